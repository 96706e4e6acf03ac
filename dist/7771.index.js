export const id = 7771;
export const ids = [7771];
export const modules = {

/***/ 67771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evidenceCsv: () => (/* binding */ evidenceCsv),
  evidenceJson: () => (/* binding */ evidenceJson),
  evidenceMarkdown: () => (/* binding */ evidenceMarkdown),
  evidenceTotals: () => (/* binding */ evidenceTotals)
});

// UNUSED EXPORTS: CSV_COLUMNS

// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(77607);
;// CONCATENATED MODULE: ./src/report/csv.ts
// CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, its quotes doubled), safe to open in a spreadsheet: a cell
// that starts with = + - @ (or a tab or CR) would run as a formula there, so it starts with a
// single quote instead. Names in the cells come from people's files and platforms.
const FORMULA = /^[=+\-@\t\r]/;
/** One field. */
function csvField(value) {
    if (value === null || value === undefined)
        return '';
    let text = String(value);
    if (typeof value === 'string' && FORMULA.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** The whole file: the header, then one line per row, each ending in CRLF. */
function csv(header, rows) {
    return [header, ...rows].map(r => `${r.map(csvField).join(',')}\r\n`).join('');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/printable.ts
var printable = __webpack_require__(29073);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/report/evidence.ts
// The evidence report (`offboard evidence`, and the scheduled audit's job summary): Markdown,
// JSON and CSV of the same rows (docs/evidence.md says what each column means). Times are
// UTC; names come from people's files and are shown as data.





const SLA_WORD = {
    within: 'yes',
    late: 'no',
    pending: 'pending',
    unknown: 'unknown'
};
/** `2026-11-26 05:00:01Z`: an ISO time, shorter for a table. */
const evidence_short = (iso) => iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
const steps = (r) => `${r.steps.revoked} revoked, ${r.steps.already_absent} already absent, ${r.steps.skipped} skipped, ${r.steps.failed} failed`;
const manual = (r) => r.manualOpen.map(m => `${m.platform} ${m.target}`).join('; ');
const period = (e) => e.since || e.until
    ? `requested from ${e.since ?? 'the first record'} to ${e.until ?? 'today'} (UTC days, both included)`
    : 'every departure in the log';
const chainLine = (e) => e.log.head
    ? `${(0,words/* plural */.L)(e.log.records, 'record')} in ${(0,words/* plural */.L)(e.log.files, 'file')}, chain head seq ${e.log.head.seq} hash \`${e.log.head.hash}\``
    : 'empty';
/** The totals, one line. */
function evidenceTotals(e) {
    const t = e.totals;
    const times = t.medianMs !== undefined
        ? `; time to revoke: median ${(0,duration/* formatSpan */.QA)(t.medianMs)}, worst ${(0,duration/* formatSpan */.QA)(t.worstMs)}`
        : '';
    return `${(0,words/* plural */.L)(t.departures, 'departure')}: ${t.late} late, ${t.pending} pending, ${t.unknown} unknown (no request time or no verification recorded)${times}`;
}
function evidenceMarkdown(e) {
    const out = [
        `### offboard evidence: ${period(e)}`,
        '',
        `SLA \`policy.revoke_within: ${e.revokeWithin}\`. Log: ${chainLine(e)} (verified; \`offboard verify-log\` prints the same). Generated ${evidence_short(e.generatedAt)}; every time is UTC.`,
        ''
    ];
    if (e.rows.length === 0)
        out.push('No departure in the period.');
    else
        out.push('| Person | Departed on | Requested at | Pull request (approvers) | Urgent | First / last revocation | Verified at | Time to revoke | Within SLA | Steps | Manual steps open |', '|---|---|---|---|---|---|---|---|---|---|---|', ...e.rows
            .map(r => [
            `**${(0,markdown/* cell */.H)(r.person)}**${r.name ? ` (${(0,markdown/* cell */.H)(r.name)})` : ''}`,
            r.departedOn ?? (r.how === 'deleted' ? 'file deleted' : ''),
            evidence_short(r.requestedAt) + (r.requestedFrom === 'commit' ? ' (commit)' : ''),
            r.pr === null
                ? ''
                : `#${r.pr}${r.approvers.length ? ` (${r.approvers.map(markdown/* cell */.H).join(', ')})` : ''}`,
            r.urgent ? 'yes' : 'no',
            r.firstRevocation ? `${evidence_short(r.firstRevocation)} / ${evidence_short(r.lastRevocation)}` : '',
            evidence_short(r.verifiedAt) ||
                (r.unverified.length ? `not yet: ${(0,markdown/* cell */.H)(r.unverified.join(', '))}` : ''),
            r.timeToRevokeMs !== undefined ? (0,duration/* formatSpan */.QA)(r.timeToRevokeMs) : '',
            `**${SLA_WORD[r.sla]}**${r.dueBy ? ` (due ${evidence_short(r.dueBy)})` : ''}`,
            steps(r),
            (0,markdown/* cell */.H)(manual(r))
        ].join(' | '))
            .map(line => `| ${line} |`));
    out.push('', `**Totals**: ${evidenceTotals(e)}.`);
    const notes = e.rows.flatMap(r => r.notes.map(n => `- ${(0,markdown/* cell */.H)(r.person)} (log seq ${r.seq[0]}-${r.seq[1]}): ${(0,markdown/* cell */.H)(n)}`));
    if (notes.length)
        out.push('', ...notes);
    return out.map(printable/* printable */.g).join('\n');
}
/** The `--format json` output. Bump `version` when a field changes meaning or goes away. */
function evidenceJson(e) {
    return JSON.stringify({
        version: 1,
        generated_at: e.generatedAt,
        since: e.since ?? null,
        until: e.until ?? null,
        revoke_within: e.revokeWithin,
        log: { records: e.log.records, files: e.log.files, head: e.log.head ?? null },
        totals: {
            departures: e.totals.departures,
            late: e.totals.late,
            pending: e.totals.pending,
            unknown: e.totals.unknown,
            median_seconds: seconds(e.totals.medianMs),
            worst_seconds: seconds(e.totals.worstMs)
        },
        departures: e.rows.map(r => ({
            person: r.person,
            name: r.name ?? null,
            departed_on: r.departedOn ?? null,
            how: r.how ?? null,
            requested_at: r.requestedAt ?? null,
            requested_from: r.requestedFrom ?? null,
            clock_start: r.clockStart ?? null,
            due_by: r.dueBy ?? null,
            pr: r.pr,
            approvers: r.approvers,
            urgent: r.urgent,
            first_revocation: r.firstRevocation ?? null,
            last_revocation: r.lastRevocation ?? null,
            verified_at: r.verifiedAt ?? null,
            time_to_revoke_seconds: seconds(r.timeToRevokeMs),
            within_sla: SLA_WORD[r.sla],
            steps: r.steps,
            manual_open: r.manualOpen,
            unverified: r.unverified,
            log_seq: r.seq,
            notes: r.notes
        }))
    }, null, 2);
}
const seconds = (ms) => (ms === undefined ? null : Math.round(ms / 1000));
const CSV_COLUMNS = [
    'person',
    'name',
    'departed_on',
    'how',
    'requested_at',
    'requested_from',
    'clock_start',
    'due_by',
    'pr',
    'approvers',
    'urgent',
    'first_revocation',
    'last_revocation',
    'verified_at',
    'time_to_revoke_seconds',
    'within_sla',
    'steps_revoked',
    'steps_already_absent',
    'steps_skipped',
    'steps_failed',
    'manual_open',
    'unverified',
    'log_seq_first',
    'log_seq_last',
    'log_head_seq',
    'log_head_hash',
    'notes'
];
/** One line per departure; the chain head on every line binds each to the log. */
function evidenceCsv(e) {
    return csv(CSV_COLUMNS, e.rows.map(r => [
        r.person,
        r.name,
        r.departedOn,
        r.how,
        r.requestedAt,
        r.requestedFrom,
        r.clockStart,
        r.dueBy,
        r.pr,
        r.approvers.join(' '),
        r.urgent ? 'yes' : 'no',
        r.firstRevocation,
        r.lastRevocation,
        r.verifiedAt,
        seconds(r.timeToRevokeMs),
        SLA_WORD[r.sla],
        r.steps.revoked,
        r.steps.already_absent,
        r.steps.skipped,
        r.steps.failed,
        manual(r),
        r.unverified.join(' '),
        r.seq[0],
        r.seq[1],
        e.log.head?.seq,
        e.log.head?.hash,
        r.notes.join('; ')
    ]));
}


/***/ })

};
