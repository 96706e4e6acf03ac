export const id = 931;
export const ids = [931];
export const modules = {

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyChange: () => (/* binding */ applyChange)
/* harmony export */ });
/* harmony import */ var _connectors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9760);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(825);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5208);
/* harmony import */ var _log_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4158);




async function applyChange(base, head, env, options) {
    const plan = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__.planChange)(base, head, env);
    if (plan.refused)
        return { plan, entries: [], checks: [], failed: 0 };
    const change = {
        base: options.change.base,
        head: options.change.head,
        ...(options.change.pr !== null ? { pr: options.change.pr } : {})
    };
    const writers = (0,_connectors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openWriters */ .l)({ ...env, platforms: head.declarations.platforms, change });
    const execution = await (0,_execute_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g7)(plan, writers, { onOutcome: options.onOutcome });
    const checks = sectionEntries(plan, options);
    const entries = [
        ...checks,
        ...(0,_log_record_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesFrom */ .RJ)(execution, { change: options.change, actor: options.actor })
    ];
    const failed = entries.filter(e => e.result === 'failed').length;
    return { plan, execution, entries, checks, failed };
}
/** Evidence beyond the steps: a platform where a departing person holds nothing, or nothing
 *  left to revoke (deactivated earlier, or revoked by an urgent run before the merge), is
 *  logged as already absent, so a rerun still leaves a trace of the check; one that could not
 *  be checked as failed (apply must not pass without looking); each refusal as skipped. */
function sectionEntries(plan, run) {
    return plan.people.flatMap(p => p.platforms.flatMap(s => {
        const entry = (fields) => ({
            at: plan.createdAt,
            person: p.person,
            change: run.change,
            actor: run.actor,
            platform: s.platform,
            ...fields
        });
        const out = [];
        const nothingLeft = s.status === 'checked' && s.steps.length === 0 && s.refused.length === 0;
        if (p.kind === 'departure' && (s.status === 'no_account' || nothingLeft))
            out.push(entry({
                action: 'check_account',
                target: p.person,
                result: 'already_absent',
                detail: nothingLeft
                    ? `${s.account?.display ?? p.person}: nothing left to revoke`
                    : (s.reason ?? 'no account found')
            }));
        if (s.status === 'not_checked')
            out.push(entry({
                action: 'discover',
                target: p.person,
                result: 'failed',
                detail: s.reason ?? 'not checked'
            }));
        for (const r of s.refused)
            out.push(entry({ action: 'refuse', target: r.target, result: 'skipped', detail: r.reason }));
        return out;
    }));
}


/***/ })

};
