export const id = 451;
export const ids = [451];
export const modules = {

/***/ 2451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tally: () => (/* binding */ tally)
/* harmony export */ });
/* unused harmony export appliedMarkdown */

function appliedMarkdown(entries) {
    const rows = entries.map(e => `| ${[e.person, e.platform, e.action, e.target, `**${e.result}**`, e.detail].map(cell).join(' | ')} |`);
    return [
        '| person | platform | action | target | result | detail |',
        '|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
/** `3 revoked, 1 already absent, 0 skipped, 0 failed`. */
function tally(entries) {
    const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const e of entries)
        counts[e.result]++;
    return `${counts.revoked} revoked, ${counts.already_absent} already absent, ${counts.skipped} skipped, ${counts.failed} failed`;
}


/***/ })

};
