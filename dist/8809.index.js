export const id = 8809;
export const ids = [8809];
export const modules = {

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditJson: () => (/* binding */ auditJson),
/* harmony export */   auditText: () => (/* binding */ auditText),
/* harmony export */   lG: () => (/* binding */ auditMarkdown)
/* harmony export */ });
/* unused harmony exports countBySeverity, headline */
/* harmony import */ var _audit_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13580);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29073);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72691);
// The audit's drift as terminal text, as JSON (shape documented in docs/audit.md), and as
// Markdown for the job summary and the drift issue.




function countBySeverity(findings) {
    const counts = Object.fromEntries(_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function auditJson(drift, origin) {
    return {
        version: 1,
        at: drift.at,
        declarations: origin,
        stale_key_days: drift.staleKeyDays,
        fail_at: _audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_AT */ .lL,
        drift: (0,_audit_index_js__WEBPACK_IMPORTED_MODULE_0__.blocking)(drift).length > 0,
        summary: { ...countBySeverity(drift.findings), total: drift.findings.length },
        platforms: drift.platforms.map(p => ({
            platform: p.platform,
            status: p.status,
            ...(p.reason ? { reason: p.reason } : {}),
            accounts: p.accounts,
            requests: p.requests,
            findings: countBySeverity(drift.findings.filter(f => f.platform === p.platform)),
            notes: p.notes
        })),
        findings: drift.findings.map(f => ({
            severity: f.severity,
            kind: f.kind,
            platform: f.platform,
            account: f.account,
            person: f.person ?? null,
            target: f.target ?? null,
            detail: f.detail
        }))
    };
}
/** One line: how many findings of which severity, or "no drift". */
function headline(drift) {
    const counts = countBySeverity(drift.findings);
    const parts = _audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter(s => counts[s] > 0).map(s => `${counts[s]} ${s}`);
    const unchecked = drift.platforms.filter(p => p.status === 'not_checked').length;
    const clean = unchecked === 0
        ? 'no drift'
        : unchecked < drift.platforms.length
            ? 'no drift on the platforms checked'
            : 'nothing checked';
    const found = parts.length
        ? `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(drift.findings.length, 'finding')} (${parts.join(', ')})`
        : clean;
    return `${found}${unchecked ? `; ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(unchecked, 'platform')} not checked` : ''}`;
}
function auditText(drift, origin) {
    const lines = [`offboard audit of ${origin} at ${drift.at}: ${headline(drift)}`, ''];
    const width = Math.max(8, ...drift.platforms.map(p => p.platform.length));
    for (const p of drift.platforms)
        lines.push(p.status === 'checked'
            ? `  ${p.platform.padEnd(width)}  checked: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(p.accounts, 'account')}, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(p.requests, 'request')}`
            : `  ${p.platform.padEnd(width)}  NOT CHECKED: ${whyNot(p)}`);
    for (const p of drift.platforms)
        for (const note of p.notes)
            lines.push(`  note: ${p.platform}: ${note}`);
    if (drift.findings.length)
        lines.push('');
    for (const f of drift.findings)
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${f.kind.padEnd(21)} ${f.platform} ${f.account}${f.person ? ` (${f.person})` : ''}: ${f.detail}`);
    return lines.map(_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g).join('\n');
}
/** The job summary and the drift issue body: a table by platform and severity, then the
 *  findings in <details>, most severe first. */
function auditMarkdown(drift, origin, opts = {}) {
    const head = [
        `### offboard audit: ${headline(drift)}`,
        '',
        `Declarations: \`${origin}\`, audited at ${drift.at}. Findings of severity **${_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_AT */ .lL}** or above are drift to fix; \`info\` findings are for reviewers.`,
        '',
        `| platform | status | accounts | requests | ${_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.join(' | ')} |`,
        `|---|---|--:|--:|${_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(() => '--:').join('|')}|`
    ];
    for (const p of drift.platforms) {
        const counts = countBySeverity(drift.findings.filter(f => f.platform === p.platform));
        const status = p.status === 'checked' ? 'checked' : `**not checked**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(whyNot(p))}`;
        head.push(`| ${p.platform} | ${status} | ${p.accounts} | ${p.requests} | ${_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => counts[s] || '').join(' | ')} |`);
    }
    const notes = drift.platforms.flatMap(p => p.notes.map(n => `- ${p.platform}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(n)}`));
    if (notes.length)
        head.push('', '<details><summary>Notes</summary>', '', ...notes, '', '</details>');
    const limit = opts.maxChars ?? Infinity;
    let size = head.join('\n').length;
    const sections = [];
    let left = 0;
    for (const severity of _audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC) {
        const findings = drift.findings.filter(f => f.severity === severity);
        if (!findings.length)
            continue;
        const open = `<details${(0,_audit_index_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(severity, 'high') ? ' open' : ''}><summary><b>${severity}</b>: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(findings.length, 'finding')}</summary>\n\n| kind | platform | account | person | detail |\n|---|---|---|---|---|`;
        const rows = [];
        // Room for this section's frame and the closing "not shown" line.
        let room = limit - size - open.length - 200;
        for (const f of findings) {
            const row = `| ${f.kind} | ${f.platform} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(f.account)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(f.person ?? '')} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(f.detail)} |`;
            if (row.length + 1 > room) {
                left += findings.length - rows.length;
                break;
            }
            rows.push(row);
            room -= row.length + 1;
        }
        if (!rows.length)
            continue;
        const section = [open, ...rows, '', '</details>'].join('\n');
        sections.push(section);
        size += section.length + 2;
    }
    const tail = left
        ? [`_${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(left, 'more finding')} not shown here: run \`offboard audit --json\` for all._`]
        : [];
    return [...head, '', ...sections.flatMap(s => [s, '']), ...tail].join('\n').trimEnd() + '\n';
}
/** Connectors word their reasons "not checked: ..."; the report says that once. */
const whyNot = (p) => (p.reason ?? 'no reason given').replace(/^not checked: /, '');


/***/ })

};
