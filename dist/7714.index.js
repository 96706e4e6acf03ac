export const id = 7714;
export const ids = [7714];
export const modules = {

/***/ 39975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   gr: () => (/* binding */ dueBy)
/* harmony export */ });
/* unused harmony export clockStart */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77607);
// When a departure's revocation is due. The clock starts when the departure was requested,
// or at the start of its departure day (00:00 UTC) when that is later: a departure announced
// ahead of the day is due on the day, not before. Every time is UTC.

/** When the time to revoke starts: `requestedAt`, or `departedOn` (YYYY-MM-DD) at 00:00 UTC
 *  when that is later. */
function clockStart(requestedAt, departedOn) {
    const day = departedOn ? `${departedOn}T00:00:00.000Z` : undefined;
    return day && Date.parse(day) > Date.parse(requestedAt) ? day : requestedAt;
}
/** By when access must be verified gone: `within` (policy.revoke_within) after clockStart. */
function dueBy(requestedAt, departedOn, within) {
    return new Date(Date.parse(clockStart(requestedAt, departedOn)) + (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationMs */ .pc)(within)).toISOString();
}
/** How a departure requested at `requestedAt` and verified gone at `verifiedAt` (if it was)
 *  stands against `within`, at `now`. */
function judge(requestedAt, departedOn, verifiedAt, within, now) {
    if (!requestedAt)
        return { sla: 'unknown' };
    const start = clockStart(requestedAt, departedOn);
    const due = dueBy(requestedAt, departedOn, within);
    if (!verifiedAt)
        return {
            clockStart: start,
            dueBy: due,
            sla: now.getTime() > Date.parse(due) ? 'late' : 'pending'
        };
    return {
        clockStart: start,
        dueBy: due,
        timeToRevokeMs: Math.max(0, Date.parse(verifiedAt) - Date.parse(start)),
        sla: Date.parse(verifiedAt) > Date.parse(due) ? 'late' : 'within'
    };
}


/***/ }),

/***/ 14798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ knownIdsOf),
/* harmony export */   b$: () => (/* binding */ knownIdsIn),
/* harmony export */   eU: () => (/* binding */ knownIdsFromLog),
/* harmony export */   vM: () => (/* binding */ knownIdsAt)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22458);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80599);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59365);
// The immutable account ids the revocation log knows (records' `account_id`), so that a
// departure whose declared name is no longer found recognises the same account renamed.
// A plan reads them from the log at base, as it reads the declarations at base: head's log
// is whatever the pull request says. Only an intact chain is trusted.




const key = (platform, person) => `${platform} ${person}`;
/** The ids the log knows for `person`'s account on `platform`, newest first. */
function knownIdsOf(known, platform, person) {
    return known?.byPerson.get(key(platform, person)) ?? [];
}
/** Every account id in an intact log; none, with the reason, from a broken one. */
function knownIdsFromLog(files, where) {
    const read = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .chainRecords */ .I1)(files);
    if (!read.ok)
        return {
            byPerson: new Map(),
            ignored: `the revocation log ${where} is broken at ${read.where} (${read.problem}), so the account ids it records were not used and a renamed account is not recognised: restore the log from git history (offboard verify-log checks it)`
        };
    const records = [...read.all];
    const byPerson = new Map();
    for (const r of records.reverse()) {
        if (!r.account_id)
            continue;
        const ids = byPerson.get(key(r.platform, r.person)) ?? [];
        if (!ids.includes(r.account_id))
            byPerson.set(key(r.platform, r.person), [...ids, r.account_id]);
    }
    return { byPerson };
}
/** The ids the log below `dir` holds at `commit` (read from git, not from the working tree). */
async function knownIdsAt(commit, dir, cwd) {
    const folder = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .logPath */ .Q2)(dir);
    const listing = await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__.git)(cwd, 'ls-tree', '-z', commit, '--', `${folder}/`);
    const blobs = listing
        .split('\0')
        .filter(Boolean)
        .map(entry => {
        const [meta, path] = entry.split('\t');
        const [, type, oid] = meta.split(' ');
        return { type, oid, name: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path) };
    })
        .filter(b => b.type === 'blob' && b.name.endsWith('.jsonl'));
    const files = await Promise.all(blobs.map(async (b) => ({
        path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, b.name),
        text: await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__.git)(cwd, 'cat-file', 'blob', b.oid)
    })));
    return knownIdsFromLog(files, `at ${commit.slice(0, 12)}`);
}
/** The ids the log below `dir` holds on disk (the audit, on the default branch's checkout). */
async function knownIdsIn(dir, cwd) {
    return knownIdsFromLog(await (0,_store_js__WEBPACK_IMPORTED_MODULE_2__.readLog)(dir, cwd), `in ${(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .logPath */ .Q2)(dir)}`);
}


/***/ }),

/***/ 60342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ PLAN_COMMENT_MARKER),
/* harmony export */   YH: () => (/* binding */ planMarker),
/* harmony export */   c5: () => (/* binding */ readPlanMarker)
/* harmony export */ });
// The plan comment's hidden first line, an HTML comment: it finds the comment to update in
// place, and carries what apply reads back without parsing the comment's prose: the plan's
// hash and the commits it was computed for.
//
//   <!-- offboard:plan hash=<sha-256 of the plan> base=<commit> head=<commit> -->
//
// A comment that replaced the plan because head's declarations were invalid carries the
// commits and no hash: there is no plan for that head. Comments written before the marker
// carried anything (`<!-- offboard:plan -->`) are still found, and tell of nothing.
/** What every plan comment starts with, whatever its marker carries. */
const PLAN_COMMENT_MARKER = '<!-- offboard:plan';
const HASH = /^[0-9a-f]{64}$/;
/** A git object id: SHA-1, or SHA-256 for repositories that use it. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The marker line. A value of the wrong shape is left out, so nothing can end the comment
 *  early or slip a field in. */
function planMarker(m) {
    const fields = [
        ...(m.hash && HASH.test(m.hash) ? [`hash=${m.hash}`] : []),
        ...(m.base && COMMIT.test(m.base) ? [`base=${m.base}`] : []),
        ...(m.head && COMMIT.test(m.head) ? [`head=${m.head}`] : [])
    ];
    return `${PLAN_COMMENT_MARKER}${fields.map(f => ` ${f}`).join('')} -->`;
}
/** What the marker on the first line of `body` carries; undefined when it is not a plan
 *  comment or carries nothing (an old comment). */
function readPlanMarker(body) {
    const line = /^<!-- offboard:plan((?: [a-z]+=[0-9a-f]+)*) -->(?:\r?\n|$)/.exec(body);
    if (!line)
        return undefined;
    const fields = new Map(line[1]
        .trim()
        .split(' ')
        .filter(Boolean)
        .map(f => f.split('=')));
    const [hash, base, head] = [fields.get('hash'), fields.get('base'), fields.get('head')];
    const marker = {
        ...(hash && HASH.test(hash) ? { hash } : {}),
        ...(base && COMMIT.test(base) ? { base } : {}),
        ...(head && COMMIT.test(head) ? { head } : {})
    };
    return Object.keys(marker).length ? marker : undefined;
}


/***/ }),

/***/ 51307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ failedReads),
/* harmony export */   Xg: () => (/* binding */ planMarkdown),
/* harmony export */   YT: () => (/* binding */ noPlanMarkdown),
/* harmony export */   lb: () => (/* binding */ notChecked),
/* harmony export */   planJson: () => (/* binding */ planJson),
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   refusedPeople: () => (/* binding */ refusedPeople)
/* harmony export */ });
/* unused harmony export planWarnings */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22464);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _plan_marker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60342);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29073);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72691);





const shortHash = (plan) => plan.hash.slice(0, 12);
/** People whose departure this change may not make (src/trust.ts). */
const refusedPeople = (plan) => plan.people.filter(p => p.refused);
function counts(plan) {
    const departures = plan.people.filter(p => p.kind === 'departure').length;
    const reductions = plan.people.filter(p => p.kind === 'reduction').length;
    const refused = refusedPeople(plan).length;
    const parts = [
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(departures, 'departure')}${refused ? ` (${refused} refused)` : ''}`,
        (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(reductions, 'reduction')
    ];
    if (plan.additions.length)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(plan.additions.length, 'addition')} (not applied)`);
    return parts.join(', ');
}
/** Each person's platform that could not be looked at (no credentials, discovery failed),
 *  one line each, shown escaped (the action makes each line an annotation). */
const notChecked = (plan) => plan.people.flatMap(p => p.platforms
    .filter(s => s.status === 'not_checked')
    .map(s => (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(`${p.person} ${s.platform}: ${s.reason ?? 'not checked'}`)));
/** Each secondary read that failed on a platform that was looked at, one line each. */
const failedReads = (plan) => plan.people.flatMap(p => p.platforms.flatMap(s => (s.unread ?? []).map(u => (0,_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)(`${p.person} ${s.platform}: could not read ${u.what}: ${u.error}`))));
/** Everything the plan could not see, not checked first: apply fails until each one can be
 *  read. */
const planWarnings = (plan) => [...notChecked(plan), ...failedReads(plan)];
const notCheckedHead = (plan) => {
    const platforms = [
        ...new Set(plan.people.flatMap(p => p.platforms.filter(s => s.status === 'not_checked').map(s => s.platform)))
    ];
    return `not checked: ${platforms.join(', ')}: what ${platforms.length === 1 ? 'it holds' : 'they hold'} is not in this plan, and apply fails (exit 1) there until ${platforms.length === 1 ? 'it' : 'they'} can be read`;
};
const warningHead = (n) => `${n === 1 ? 'a read failed' : `${n} reads failed`}: what ${n === 1 ? 'it' : 'they'} would have found is not in this plan, and apply fails (exit 1) until ${n === 1 ? 'it succeeds' : 'they succeed'}`;
function sectionState(s) {
    if (s.status === 'declared_only')
        return s.holdings.length
            ? `declared only: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.holdings.length, 'declared item')}`
            : 'declared only: nothing declared';
    if (s.status === 'not_checked')
        return s.reason ?? s.status;
    if (s.status === 'no_account')
        return 'no account';
    const auto = s.steps.filter(st => st.mode === 'auto').length;
    const manual = s.steps.length - auto;
    const parts = [auto === 0 ? 'nothing to revoke' : (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(auto, 'step')];
    if (manual)
        parts.push(`${manual} for a human`);
    if (s.refused.length)
        parts.push(`${s.refused.length} refused`);
    if (s.unread?.length)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.unread.length, 'read')} failed`);
    return parts.join(', ');
}
const stepLine = (st) => `${st.mode === 'manual' ? 'needs a human: ' : ''}${st.contain ? 'first: ' : ''}${st.action} ${st.target}${st.reason ? ` (${st.reason})` : ''}`;
const AFTER_MERGE_HEADING = 'platforms.yaml settings head changes: none is used by this change, each takes effect after merge';
const accountLabel = (s) => s.account
    ? ` ${s.account.display}${s.account.display !== s.account.id ? ` (id ${s.account.id})` : ''}`
    : '';
/** What a section lists under it: the steps, then refusals, failed reads and notes; for a
 *  declared-only section, what the declarations hold. */
const declaredItems = (s) => (s.status === 'declared_only' ? s.holdings : []);
function planText(plan) {
    const out = [
        `offboard plan: ${plan.base} -> ${plan.head}: ${counts(plan)}; plan ${shortHash(plan)}`
    ];
    if (plan.declaredOnly)
        out.push('DECLARED ONLY: no credentials were used; live access was not discovered.');
    if (plan.refused)
        out.push('', `REFUSED (${plan.refused.guard}): ${plan.refused.message}`, 'Every step below is what the change would run; none runs.');
    for (const p of refusedPeople(plan))
        out.push('', `REFUSED for ${p.person} (${p.refused.rule}): ${p.refused.message}`);
    const unchecked = notChecked(plan);
    if (unchecked.length)
        out.push('', `WARNING: ${notCheckedHead(plan)}:`, ...unchecked.map(w => `  ${w}`));
    const failed = failedReads(plan);
    if (failed.length)
        out.push('', `WARNING: ${warningHead(failed.length)}:`, ...failed.map(w => `  ${w}`));
    if (plan.afterMerge.length) {
        out.push('', `${AFTER_MERGE_HEADING}:`);
        for (const n of plan.afterMerge)
            out.push(`  ${n.setting}: ${n.message}`);
    }
    for (const n of plan.notices ?? [])
        out.push(`NOTICE: ${n}`);
    for (const p of plan.people) {
        out.push('', `${p.person} (${p.name} <${p.email}>): ${p.kind}, ${p.why}`);
        const due = deadline(plan, p);
        if (due)
            out.push(`  ${due}`);
        if (p.refused)
            out.push(`  REFUSED: nothing is discovered or revoked for ${p.person} (see above)`);
        for (const s of p.platforms) {
            out.push(`  ${s.platform}${accountLabel(s)}: ${sectionState(s)}`);
            for (const h of declaredItems(s))
                out.push(`    - ${h.label}`);
            for (const st of s.steps)
                out.push(`    - ${stepLine(st)}`);
            for (const r of s.refused)
                out.push(`    ! refused ${r.target}: ${r.reason}`);
            for (const u of s.unread ?? [])
                out.push(`    ! could not read ${u.what}: ${u.error}`);
            for (const n of s.notes)
                out.push(`    note: ${n}`);
        }
    }
    if (plan.additions.length) {
        out.push('', 'Not applied (provisioning is not part of offboard):');
        for (const a of plan.additions)
            out.push(`  ${a.person.id}: ${a.how.replace('_', ' ')}: ${a.add.map(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGrant */ .aN).join(', ') || 'no grants'}`);
    }
    if (plan.people.length === 0 && !plan.refused)
        out.push('', 'Nothing to revoke.');
    return out.map(_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g).join('\n');
}
const short = (sha) => sha.slice(0, 12);
/** `for head `1a2b…` against base `3c4d…``, or the plan's own labels. */
function computedFor(plan, commits, full = false) {
    const name = (sha, label) => sha ? `\`${full ? sha : short(sha)}\`` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(label);
    return `for head ${name(commits.head, plan.head)} against base ${name(commits.base, plan.base)}`;
}
/** The pull request comment (and job summary): its hidden first line (plan-marker.ts)
 *  carries the plan's hash and `commits`, the base and head it was computed for, and the
 *  first line of text names them too. */
function planMarkdown(plan, commits = {}) {
    const out = [
        (0,_plan_marker_js__WEBPACK_IMPORTED_MODULE_4__/* .planMarker */ .YH)({ hash: plan.hash, ...commits }),
        `### offboard plan: ${counts(plan)}`,
        '',
        `Plan \`${shortHash(plan)}\` ${computedFor(plan, commits)}.`,
        ''
    ];
    if (plan.declaredOnly)
        out.push('> [!NOTE]', '> **Declared only**: this pull request comes from a fork, so no credentials were used. What follows is what the declarations imply; apply discovers live access after merge.', '');
    if (plan.refused)
        out.push('> [!CAUTION]', `> **Refused** by \`policy.${plan.refused.guard}\`: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(plan.refused.message)}`, '>', '> Every step below is what this change would run: none of them runs.', '');
    for (const p of refusedPeople(plan))
        out.push('> [!CAUTION]', `> **Refused for ${p.person}** (\`${p.refused.rule}\`): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(p.refused.message)}`, '');
    const unchecked = notChecked(plan);
    if (unchecked.length)
        out.push('> [!WARNING]', `> **${notCheckedHead(plan)}.** Give the job their credentials, then push again to refresh this plan.`, '>', ...unchecked.map(w => `> - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(w)}`), '');
    const failed = failedReads(plan);
    if (failed.length)
        out.push('> [!WARNING]', `> **${warningHead(failed.length)}.** Fix the cause, then push again to refresh this plan.`, '>', ...failed.map(w => `> - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(w)}`), '');
    if (plan.afterMerge.length)
        out.push('> [!WARNING]', `> **${AFTER_MERGE_HEADING}.**`, ...plan.afterMerge.map(n => `> - \`${n.setting}\`: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(n.message)}`), '');
    for (const n of plan.notices ?? [])
        out.push('> [!WARNING]', `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(n)}`, '');
    const platforms = [...new Set(plan.people.flatMap(p => p.platforms.map(s => s.platform)))];
    if (plan.people.length && platforms.length) {
        out.push(`| Person | Change | ${platforms.join(' | ')} |`, `|---|---|${platforms.map(() => '---|').join('')}`);
        for (const p of plan.people)
            out.push(`| ${p.person} | ${p.refused ? `${p.kind}, **refused**` : p.kind} | ${platforms
                .map(name => {
                const s = p.platforms.find(x => x.platform === name);
                return s ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(sectionState(s)) : '';
            })
                .join(' | ')} |`);
        out.push('');
    }
    const deadlines = plan.people.flatMap(p => {
        const due = deadline(plan, p);
        return due ? [`- **${p.person}**: ${due}`] : [];
    });
    if (deadlines.length)
        out.push(...deadlines, '');
    for (const p of plan.people)
        out.push(...personDetails(p), '');
    if (plan.additions.length) {
        out.push('<details><summary>Not applied: additions (provisioning is not part of offboard)</summary>', '');
        for (const a of plan.additions)
            out.push(`- **${a.person.id}** (${a.how.replace('_', ' ')}): ${a.add.map(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGrant */ .aN).join(', ') || 'no grants'}`);
        out.push('', '</details>', '');
    }
    if (plan.people.length === 0 && !plan.refused)
        out.push('Nothing to revoke.', '');
    out.push(`Plan \`${plan.hash}\` ${computedFor(plan, commits, true)}`);
    return out.map(_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g).join('\n');
}
/** By when a departure must be revoked and verified (policy.revoke_within), or undefined for
 *  what is not a departure to revoke. */
function deadline(plan, p) {
    if (p.kind !== 'departure' || p.refused || plan.refused)
        return undefined;
    const sla = `policy.revoke_within ${plan.revokeWithin}`;
    return p.dueBy
        ? `to be revoked and verified by ${p.dueBy} (requested ${p.requestedAt}; ${sla})`
        : `to be revoked and verified within ${plan.revokeWithin} of the merge (${sla})`;
}
/** The comment that replaces the plan when the declarations at `which` are invalid: its
 *  marker names the commits and carries no plan hash (there is no plan to approve), then
 *  every problem. */
function noPlanMarkdown(problems, commits, which) {
    return [
        (0,_plan_marker_js__WEBPACK_IMPORTED_MODULE_4__/* .planMarker */ .YH)(commits),
        `### offboard plan: no plan for \`${short(commits.head)}\``,
        '',
        `> [!CAUTION]`,
        `> **The declarations at ${which} \`${commits[which]}\` are invalid**: there is no plan for head \`${commits.head}\`, and any plan shown here before no longer applies. Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and push again:`,
        '>',
        ...problems.map(p => `> - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(p)}`)
    ]
        .map(_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g)
        .join('\n');
}
function personDetails(p) {
    const steps = p.platforms.reduce((n, s) => n + s.steps.length, 0);
    const out = [
        `<details><summary><b>${p.person}</b> (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(p.name)}): ${p.kind}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(p.why)}; ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(steps, 'step')}</summary>`,
        ''
    ];
    if (p.refused)
        out.push(`Refused: nothing is discovered or revoked for ${p.person}.`, '');
    // What platforms named goes through cell(): it may hold HTML or Markdown of its own.
    for (const s of p.platforms) {
        out.push(`**${s.platform}**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(accountLabel(s))}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(sectionState(s))}`, '');
        for (const h of declaredItems(s))
            out.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(h.label)}`);
        for (const st of s.steps)
            out.push(`- ${st.mode === 'manual' ? ':warning: ' : ''}${st.contain ? '**first** ' : ''}\`${st.action}\` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(st.target)}${st.reason ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(st.reason)}` : ''}`);
        for (const r of s.refused)
            out.push(`- :no_entry: refused ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(r.target)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(r.reason)}`);
        for (const u of s.unread ?? [])
            out.push(`- :warning: could not read ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(u.what)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(u.error)}`);
        for (const n of s.notes)
            out.push(`- _${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .H)(n)}_`);
        out.push('');
    }
    out.push('</details>');
    return out;
}
/** The documented, stable JSON shape (`offboard plan --json`, action output `plan-json`). */
const planJson = (plan) => JSON.stringify({ version: 1, ...plan }, null, 2);


/***/ })

};
