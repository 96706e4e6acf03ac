export const id = 4235;
export const ids = [4235];
export const modules = {

/***/ 14235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DepartError),
/* harmony export */   markDeparted: () => (/* binding */ markDeparted)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// The one edit offboard makes to a declaration itself: mark a person departed. The text is
// edited in place at the positions the parser reports, so the diff reviewers see is exactly
// `status` and `departed_on`: comments, quoting and spacing elsewhere stay byte for byte.

class DepartError extends Error {
}
/**
 * `text` (a person file) with `status: departed` and `departed_on: <date>`, departed_on placed
 * on the line after status. Throws DepartError when the file is not a person mapping, or the
 * person has already departed.
 */
function markDeparted(text, date, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text);
    if (doc.errors.length)
        throw new DepartError(`${file}: ${doc.errors[0].message}: fix the file (offboard validate)`);
    const map = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(map))
        throw new DepartError(`${file}: not a person mapping: fix the file first`);
    if (map.flow)
        throw new DepartError(`${file}: the person is written as one {...} mapping: write one key per line, then run again`);
    const pair = (key) => map.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.value === key);
    const status = pair('status');
    if (!status || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(status.value) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(status.key))
        throw new DepartError(`${file}: no "status" to change: add status: active first`);
    if (status.value.value === 'departed')
        throw new DepartError(`${file}: the person is already departed`);
    const edits = [
        { ...valueRange(status.value), text: 'departed' }
    ];
    const departedOn = pair('departed_on');
    if (departedOn && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(departedOn.value))
        edits.push({ ...valueRange(departedOn.value), text: date });
    else {
        // A new line after the status line, indented as its key.
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const keyAt = status.key.range[0];
        const indent = keyAt - (text.lastIndexOf('\n', keyAt - 1) + 1);
        const lineEnd = text.indexOf('\n', status.value.range[1]);
        const at = lineEnd === -1 ? text.length : lineEnd + 1;
        const newline = lineEnd === -1 ? eol : '';
        edits.push({ at, end: at, text: `${newline}${' '.repeat(indent)}departed_on: ${date}${eol}` });
    }
    // From the end, so earlier positions stay valid.
    let out = text;
    for (const e of edits.sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
}
const valueRange = (node) => ({ at: node.range[0], end: node.range[1] });


/***/ })

};
