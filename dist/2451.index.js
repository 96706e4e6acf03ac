export const id = 2451;
export const ids = [2451];
export const modules = {

/***/ 91792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifiedEverywhere),
/* harmony export */   K: () => (/* binding */ loggedChanges)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10931);
// The departures the revocation log records, read back from its records alone: one per
// person and change (its pull request, else its head commit), across every run that applied
// it (an urgent revocation and the apply after merge; reruns after a failure). A pure
// function over records; the evidence report and the audit's late_revocation build on it.

/** The platform that holds no account: a departure refused for its person. */
const OFFBOARD = 'offboard';
/** Every change a person's records belong to, grouped: by pull request, else by head. */
const groupKey = (r) => JSON.stringify([r.person, r.change.pr ?? `head ${r.change.head}`]);
/** The records grouped per person and change, in the order their first record appears. A
 *  group with `requestedAt` is a departure; one without is a departure or a reduction
 *  logged before offboard recorded request times, which only the history can tell. */
function loggedChanges(records) {
    const groups = new Map();
    for (const r of records) {
        const key = groupKey(r);
        groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()].map(summarise);
}
function summarise(records) {
    const first = records[0];
    const changes = new Map();
    for (const r of records)
        changes.set(`${r.change.base} ${r.change.head}`, r.change);
    const requested = records.flatMap(r => (r.requested_at ? [r.requested_at] : [])).sort();
    const revoked = records.filter(r => r.result === 'revoked').map(r => r.at);
    const steps = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const r of records)
        if (r.action !== 'verify' && r.result !== 'started' && r.result !== 'verified')
            steps[r.result]++;
    const platforms = [...new Set(records.map(r => r.platform))]
        .filter(p => p !== OFFBOARD)
        .map(p => platformEvidence(p, records));
    return {
        person: first.person,
        pr: first.change.pr,
        changes: [...changes.values()],
        approvers: [...new Set(records.flatMap(r => r.change.approvers))].sort(),
        urgent: records.some(r => r.urgent === true),
        ...(requested.length ? { requestedAt: requested[0] } : {}),
        ...(revoked.length ? { firstRevocation: min(revoked), lastRevocation: max(revoked) } : {}),
        platforms,
        steps,
        manualOpen: manualOpen(records, platforms),
        seq: [first.seq, records[records.length - 1].seq],
        refused: records.some(r => r.action === 'refuse_departure')
    };
}
function platformEvidence(platform, all) {
    const records = all.filter(r => r.platform === platform);
    const started = records.filter(r => r.result === 'started').map(r => r.at);
    const verifies = records.filter(r => r.action === 'verify');
    const last = verifies[verifies.length - 1];
    const lastFailed = verifies.map(r => r.result).lastIndexOf('failed');
    const since = verifies.slice(lastFailed + 1).find(r => r.result === 'verified');
    return {
        platform,
        ...(started.length ? { firstRequest: min(started) } : {}),
        verified: last?.result === 'verified',
        ...(last?.result === 'verified' && since ? { verifiedAt: since.at } : {}),
        ...(last ? { lastVerify: last.detail } : {})
    };
}
/** The steps left to a human whose platform's latest re-read still names them (or was never
 *  read again): each once. */
function manualOpen(records, platforms) {
    const open = new Map();
    for (const r of records.filter(_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isWaiting */ .Gu)) {
        const read = platforms.find(p => p.platform === r.platform)?.lastVerify;
        if (read === undefined || read.includes(r.target))
            open.set(JSON.stringify([r.platform, r.target]), { platform: r.platform, target: r.target });
    }
    return [...open.values()];
}
/** When the departure was verified gone everywhere: the last platform's `verifiedAt`, once
 *  every platform is verified; undefined before (or for one with no platform: refused). */
function verifiedEverywhere(d) {
    if (d.platforms.length === 0 || !d.platforms.every(p => p.verified))
        return undefined;
    return max(d.platforms.map(p => p.verifiedAt));
}
const min = (times) => times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
const max = (times) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));


/***/ }),

/***/ 82451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ appliedMarkdown),
/* harmony export */   Nn: () => (/* binding */ appliedComment),
/* harmony export */   ob: () => (/* binding */ timesMarkdown),
/* harmony export */   outcomeLine: () => (/* binding */ outcomeLine),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
/* harmony export */   revocationTimes: () => (/* binding */ revocationTimes),
/* harmony export */   tally: () => (/* binding */ tally),
/* harmony export */   waitingLines: () => (/* binding */ waitingLines)
/* harmony export */ });
/* unused harmony export waitingForHuman */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77607);
/* harmony import */ var _evidence_departures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91792);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10931);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29073);
// What a run did: a line per outcome as it happens, one line of counts (the command line, the
// action), and a Markdown table (the job summary of apply, and the comment an urgent
// revocation leaves on its pull request).





/** One progress line: person, platform, action, target, result and detail. */
const progressLine = (o) => outcomeLine({ ...o.step, ...o });
/** One line for any outcome worth showing, a step's or a check's (the log's fields); what
 *  platforms named is shown escaped, so it cannot forge another line. */
const outcomeLine = (o) => (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)([o.person, o.platform, o.action, o.target, o.result, o.detail].filter(x => x !== '').join('  '));
/** Manual steps the run left to a human (deploy keys): listed apart, so nobody forgets them. */
const waitingForHuman = (entries) => entries.filter(_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .isWaiting */ .Gu);
/** One line per step waiting for a human, for the terminal and the job log (a deploy key's
 *  title is the platform's text: shown escaped). */
function waitingLines(entries) {
    const waiting = waitingForHuman(entries);
    if (!waiting.length)
        return [];
    return [
        `waiting for a human: ${waiting.length} (the audit reports each as manual_step_pending until it is done)`,
        ...waiting.map(e => (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(`  ${e.person}  ${e.platform}  ${e.action}  ${e.target}`))
    ];
}
function appliedMarkdown(entries) {
    const rows = entries.map(e => `| ${[e.person, e.platform, e.action, e.target, `**${e.result}**`, e.detail].map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H).join(' | ')} |`);
    const waiting = waitingForHuman(entries).map(e => `- **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(e.person)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(e.platform)} \`${e.action}\` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(e.target)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(e.detail)}`);
    return [
        '| person | platform | action | target | result | detail |',
        '|---|---|---|---|---|---|',
        ...rows,
        ...(waiting.length
            ? [
                '',
                `**Waiting for a human** (${waiting.length}): the scheduled audit reports each as \`manual_step_pending\` until it is done.`,
                '',
                ...waiting
            ]
            : [])
    ].join('\n');
}
/** `3 revoked, 1 already absent, 0 skipped, 0 failed` (and `, 4 verified` when checked). */
function tally(entries) {
    // A `started` record is counted by the outcome that follows it.
    const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0, verified: 0, started: 0 };
    for (const e of entries)
        counts[e.result]++;
    return `${counts.revoked} revoked, ${counts.already_absent} already absent, ${counts.skipped} skipped, ${counts.failed} failed${counts.verified ? `, ${counts.verified} verified` : ''}`;
}
/** Per departure of the run: how long each platform took, from its first write sent to its
 *  re-read finding nothing left, and whether everything was verified gone by the plan's due
 *  time (policy.revoke_within). One line each. `records` are the run's log records. */
function revocationTimes(plan, records) {
    const logged = (0,_evidence_departures_js__WEBPACK_IMPORTED_MODULE_4__/* .loggedChanges */ .K)(records);
    return plan.people.flatMap(p => {
        const d = logged.find(l => l.person === p.person);
        if (p.kind !== 'departure' || !d || d.refused)
            return [];
        const platforms = d.platforms.map(s => {
            if (!s.verified)
                return `${s.platform} not verified`;
            return s.firstRequest
                ? `${s.platform} ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSpan */ .QA)(Date.parse(s.verifiedAt) - Date.parse(s.firstRequest))}`
                : `${s.platform} nothing to revoke`;
        });
        const verifiedAt = (0,_evidence_departures_js__WEBPACK_IMPORTED_MODULE_4__/* .verifiedEverywhere */ .J)(d);
        const when = verifiedAt ? `; verified gone everywhere at ${verifiedAt}` : '';
        const asked = p.requestedAt ? `, requested ${p.requestedAt}` : '';
        const sla = p.dueBy ? `: ${slaText(verifiedAt, p.dueBy, plan.revokeWithin)}` : '';
        return [
            (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(`${p.person}: ${platforms.join(', ')} (first write to verified)${when}${asked}${sla}`)
        ];
    });
}
function slaText(verifiedAt, dueBy, within) {
    const policy = `policy.revoke_within ${within}`;
    if (!verifiedAt)
        return `not verified gone everywhere; due ${dueBy} (${policy})`;
    return Date.parse(verifiedAt) <= Date.parse(dueBy)
        ? `within ${policy} (due ${dueBy})`
        : `LATE: due ${dueBy} (${policy})`;
}
/** The same for the job summary: a list under its heading, or nothing. */
function timesMarkdown(plan, records) {
    const lines = revocationTimes(plan, records);
    return lines.length
        ? `\n**Time to revoke** (per platform, first write sent to verified gone):\n\n${lines.map(l => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(l)}`).join('\n')}\n`
        : '';
}
/** The comment apply leaves on the merged pull request: what the review was, every outcome,
 *  and the commit of the log that records them. */
function appliedComment(c) {
    return [
        `### offboard applied this pull request: ${tally(c.entries)}`,
        '',
        ...c.review,
        '',
        appliedMarkdown(c.entries),
        '',
        `The revocation log records it in ${c.logCommit} on \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(c.branch)}\`${c.runLink}.`
    ].join('\n');
}


/***/ })

};
