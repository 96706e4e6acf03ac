export const id = 3478;
export const ids = [3478];
export const modules = {

/***/ 3478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ seedStates),
/* harmony export */   readAccessTree: () => (/* binding */ readAccessTree)
/* harmony export */ });
/* unused harmony export accessFiles */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22458);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40725);
// Every simulated platform's state from the declarations plus a scenario: the baseline (each
// active person holds exactly what their roles grant) and what the scenario adds.



function seedStates(decl, scenario, options = {}) {
    const input = {
        decl,
        scenario,
        now: options.now ?? new Date(),
        seed: options.seed ?? 1,
        accessFiles: options.accessFiles ?? accessFiles(decl)
    };
    return Object.fromEntries(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sandboxPlatforms */ .U.map(p => [p.key, p.seed(input)]));
}
/** The files of an access tree on disk, for the access repository (regular files only). */
async function readAccessTree(dir, cwd) {
    const source = (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__/* .directorySource */ .X5)(dir, cwd);
    return Object.fromEntries(await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readAll */ .yw)(source, source.files.filter(f => !f.irregular)));
}
/** The declarations written back as an access tree (for generated declarations, which have
 *  no files of their own). */
function accessFiles(decl) {
    // Positions are the loader's bookkeeping, not part of a file.
    const yaml = (value) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)(Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'at')), {
        lineWidth: 0
    });
    const files = { 'platforms.yaml': yaml(decl.platforms) };
    for (const person of decl.people.values())
        files[`people/${person.id}.yaml`] = yaml(person);
    for (const role of decl.roles.values())
        files[`roles/${role.id}.yaml`] = yaml(role);
    return files;
}


/***/ })

};
