export const id = 4102;
export const ids = [4102];
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

/***/ 74102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildEvidence: () => (/* binding */ buildEvidence)
});

// EXTERNAL MODULE: ./src/log/verify.ts
var verify = __webpack_require__(59365);
// EXTERNAL MODULE: ./src/evidence/departures.ts
var departures = __webpack_require__(91792);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(22458);
// EXTERNAL MODULE: ./src/declarations/yaml.ts
var yaml = __webpack_require__(78106);
;// CONCATENATED MODULE: ./src/evidence/history.ts
// What the git history adds to a departure the log records: the person's file at the change's
// head and base (departed_on, the name, whether the file was deleted), and, for records
// written without `requested_at`, whether the change was a departure at all and when its head
// was committed. Only committed history is read, never the working tree.



/** The history of `d`, from the first of its changes whose commits this clone holds. */
async function departureHistory(d, dir, cwd) {
    for (const change of [...d.changes].reverse()) {
        const found = await changeHistory(change, d.person, dir, cwd);
        if (found)
            return { ...found, departure: found.departure || d.requestedAt !== undefined };
    }
    const heads = d.changes.map(c => c.head);
    return {
        departure: d.requestedAt !== undefined,
        unknown: heads.every(h => !SHA.test(h))
            ? 'applied from a working tree, not a commit: the history has no file to read'
            : `commit ${heads.map(h => h.slice(0, 12)).join(', ')} is not in this clone's history (fetch it: git fetch origin, or actions/checkout with fetch-depth: 0)`
    };
}
async function changeHistory(change, person, dir, cwd) {
    if (!(await isCommit(change.head, cwd)))
        return undefined;
    const [head, atBase, committedAt] = await Promise.all([
        personAt(change.head, person, dir, cwd),
        (await isCommit(change.base, cwd)) ? personAt(change.base, person, dir, cwd) : undefined,
        (0,files.commitTime)(change.head, cwd)
    ]);
    const text = (v) => (typeof v === 'string' ? v : undefined);
    const activeAtBase = atBase !== undefined && atBase?.status !== 'departed';
    if (head === undefined)
        return { departure: activeAtBase, how: 'deleted', committedAt, name: text(atBase?.name) };
    const atHead = head ?? {};
    const departed = atHead.status === 'departed';
    return {
        departure: departed && (atBase === undefined || activeAtBase),
        ...(departed ? { how: 'marked_departed' } : {}),
        ...(departed && text(atHead.departed_on) ? { departedOn: text(atHead.departed_on) } : {}),
        name: text(atHead.name),
        committedAt
    };
}
const SHA = /^[0-9a-f]{40}$/;
async function isCommit(sha, cwd) {
    if (!SHA.test(sha))
        return false;
    return (0,files.git)(cwd, 'cat-file', '-e', `${sha}^{commit}`).then(() => true, () => false);
}
/** The person's file at `commit`: undefined when absent; null when it is there but cannot be
 *  read as a person (too large, not YAML). */
async function personAt(commit, person, dir, cwd) {
    // `./` makes git read the path from cwd, as --dir is given.
    const rel = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, dir, 'people', `${person}.yaml`));
    const path = `./${rel.split(external_node_path_.sep).join(external_node_path_.posix.sep)}`;
    const size = await (0,files.git)(cwd, 'cat-file', '-s', `${commit}:${path}`).then(out => Number(out.trim()), () => undefined);
    if (size === undefined)
        return undefined;
    if (size > files/* MAX_FILE_BYTES */.gZ)
        return null;
    const bytes = Buffer.from(await (0,files.git)(cwd, 'show', `${commit}:${path}`), 'utf8');
    await (0,yaml/* loadCarefulParser */.yA)();
    const { parsed } = (0,yaml/* parseYaml */.hN)(path, bytes);
    const value = parsed?.value;
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

// EXTERNAL MODULE: ./src/evidence/timing.ts
var evidence_timing = __webpack_require__(39975);
;// CONCATENATED MODULE: ./src/evidence/evidence.ts




async function buildEvidence(input) {
    const read = (0,verify/* chainRecords */.I1)(input.files);
    if (!read.ok)
        return { where: read.where, problem: read.problem };
    const candidates = await Promise.all((0,departures/* loggedChanges */.K)(read.all).map(async (d) => ({
        d,
        history: await departureHistory(d, input.dir, input.cwd)
    })));
    const rows = candidates
        .filter(c => c.history.departure)
        .map(c => row(c.d, c.history, input))
        .filter(r => inPeriod(r, input));
    const times = rows.flatMap(r => (r.timeToRevokeMs === undefined ? [] : [r.timeToRevokeMs]));
    return {
        generatedAt: input.now.toISOString(),
        ...(input.since ? { since: input.since } : {}),
        ...(input.until ? { until: input.until } : {}),
        revokeWithin: input.revokeWithin,
        log: {
            records: read.records,
            files: read.files,
            ...(read.head ? { head: { seq: read.head.seq, hash: read.head.hash } } : {})
        },
        rows,
        totals: {
            departures: rows.length,
            late: rows.filter(r => r.sla === 'late').length,
            pending: rows.filter(r => r.sla === 'pending').length,
            unknown: rows.filter(r => r.sla === 'unknown').length,
            ...(times.length ? { medianMs: median(times), worstMs: Math.max(...times) } : {})
        }
    };
}
function row(d, h, input) {
    const requestedAt = d.requestedAt ?? h.committedAt;
    const verifiedAt = (0,departures/* verifiedEverywhere */.J)(d);
    const timing = (0,evidence_timing/* judge */.S4)(requestedAt, h.departedOn, verifiedAt, input.revokeWithin, input.now);
    // Records written before offboard verified after apply cannot show access gone in time.
    const unverifiable = d.platforms.length > 0 && d.platforms.every(p => p.lastVerify === undefined);
    const notes = [
        ...(h.unknown ? [h.unknown] : []),
        ...(d.refused ? ['the departure was refused for this person: nothing was revoked'] : []),
        ...(!d.requestedAt && requestedAt
            ? ['logged without requested_at: requested at is the commit time of the change']
            : []),
        ...(unverifiable
            ? ['no verification recorded (records written before offboard verified after apply)']
            : [])
    ];
    return {
        person: d.person,
        ...(h.name ? { name: h.name } : {}),
        ...(h.departedOn ? { departedOn: h.departedOn } : {}),
        ...(h.how ? { how: h.how } : {}),
        ...(requestedAt
            ? { requestedAt, requestedFrom: d.requestedAt ? 'log' : 'commit' }
            : {}),
        ...(timing.clockStart ? { clockStart: timing.clockStart, dueBy: timing.dueBy } : {}),
        pr: d.pr,
        approvers: d.approvers,
        urgent: d.urgent,
        ...(d.firstRevocation
            ? { firstRevocation: d.firstRevocation, lastRevocation: d.lastRevocation }
            : {}),
        ...(verifiedAt ? { verifiedAt } : {}),
        ...(timing.timeToRevokeMs !== undefined ? { timeToRevokeMs: timing.timeToRevokeMs } : {}),
        sla: unverifiable ? 'unknown' : timing.sla,
        steps: d.steps,
        manualOpen: d.manualOpen,
        unverified: d.platforms.filter(p => !p.verified).map(p => p.platform),
        seq: d.seq,
        notes
    };
}
/** A departure is in the period by the UTC day it was requested, both ends included; one
 *  without a request time only in a report without a period. */
function inPeriod(r, p) {
    if (!p.since && !p.until)
        return true;
    if (!r.requestedAt)
        return false;
    const day = new Date(r.requestedAt).toISOString().slice(0, 10);
    return (!p.since || day >= p.since) && (!p.until || day <= p.until);
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}


/***/ }),

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


/***/ })

};
