export const id = 7326;
export const ids = [7326,383];
export const modules = {

/***/ 17326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyChange: () => (/* binding */ applyChange),
  g: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: ./src/connectors/index.ts
var connectors = __webpack_require__(51196);
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(20383);
// EXTERNAL MODULE: ./src/execute.ts
var execute = __webpack_require__(55208);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(94160);
;// CONCATENATED MODULE: ./src/log/entries.ts
/** The entries of applying `plan` for `run`; `inDoubt` are the writes earlier runs started
 *  and never saw answered (LogAppender.unanswered). */
function runEntries(plan, run, inDoubt = []) {
    const ids = accountIds(plan);
    const departures = new Map(plan.people.filter(p => p.kind === 'departure').map(p => [p.person, p]));
    const review = run.review && {
        ...run.review,
        plan: plan.hash,
        plan_matches: run.review.posted_plan === plan.hash
    };
    // The one place the fields every entry of the run carries are set. An entry keeps the id
    // of an account it names itself; otherwise it gets the one its plan section found, so
    // that a later rename is recognised. Every record of a departure says when it was
    // requested (the start of its time to revoke) and whether it was urgent.
    const stamp = (e) => {
        const accountId = e.account_id ?? ids.get(key(e.platform, e.person));
        const departure = departures.get(e.person);
        return {
            ...e,
            change: run.changes?.get(e.person) ?? run.change,
            actor: run.actor,
            ...(departure?.requestedAt ? { requested_at: departure.requestedAt } : {}),
            ...(departure && run.urgent ? { urgent: true } : {}),
            ...(accountId ? { account_id: accountId } : {}),
            ...(review ? { review } : {})
        };
    };
    const ofStep = (step, at, result, detail) => stamp({
        at,
        person: step.person,
        platform: step.platform,
        action: step.action,
        target: step.target,
        result,
        detail
    });
    return {
        checks: [
            ...refusedDepartures(plan),
            ...settledWrites(plan, inDoubt),
            ...sectionChecks(plan, run.change.kind === 'sweep')
        ].map(stamp),
        started: (step, at) => ofStep(step, at, 'started', ''),
        outcome: o => ofStep(o.step, o.finishedAt, o.result, o.detail),
        verified: verdicts => verdicts.map(v => stamp({
            at: v.at,
            person: v.person,
            platform: v.platform,
            action: 'verify',
            target: v.person,
            result: v.result,
            detail: v.detail,
            ...(v.accountId ? { account_id: v.accountId } : {})
        }))
    };
}
const key = (platform, person) => `${platform} ${person}`;
/** The id of the account each plan section found, by platform and person. */
function accountIds(plan) {
    const ids = new Map();
    for (const p of plan.people)
        for (const s of p.platforms)
            if (s.account)
                ids.set(key(s.platform, p.person), s.account.id);
    return ids;
}
/** A departure refused for its person (src/trust.ts) did not happen: a failed record says so
 *  and why, so neither the run nor an auditor takes it for done. */
const refusedDepartures = (plan) => plan.people.flatMap(p => p.refused
    ? [
        {
            at: plan.createdAt,
            person: p.person,
            platform: 'offboard',
            action: 'refuse_departure',
            target: p.person,
            result: 'failed',
            detail: `refused: ${p.refused.message}`
        }
    ]
    : []);
/** The writes left in doubt that discovery found done: on a platform this plan checked, their
 *  step is neither planned again nor refused (what it acts on is gone). */
function settledWrites(plan, inDoubt) {
    return inDoubt.flatMap(w => {
        const section = plan.people
            .find(p => p.person === w.person)
            ?.platforms.find(s => s.platform === w.platform);
        // A platform with a read that failed may hide the write's target: nothing is concluded.
        const checked = (section?.status === 'checked' || section?.status === 'no_account') && !section.unread?.length;
        const again = section?.steps.some(s => s.action === w.action && s.target === w.target) ||
            section?.refused.some(r => r.target === w.target);
        if (!checked || again)
            return [];
        return [
            {
                at: plan.createdAt,
                person: w.person,
                platform: w.platform,
                action: w.action,
                target: w.target,
                result: 'already_absent',
                detail: `the write started at seq ${w.seq} was never answered (its run stopped): discovery finds it done`
            }
        ];
    });
}
/** Evidence beyond the steps: a platform where a departing person holds nothing, or nothing
 *  left to revoke (deactivated earlier, or revoked by an urgent run before the merge), is
 *  logged as already absent, so a rerun still leaves a trace of the check (not by a sweep,
 *  whose `verify` record is that trace: a sweep that finds nothing logs one record per
 *  platform); one that could not be checked, and each read that failed, as failed (apply
 *  must not pass without looking); each refusal as skipped. */
function sectionChecks(plan, sweep) {
    return plan.people.flatMap(p => p.platforms.flatMap(s => {
        const entry = (fields) => ({
            at: plan.createdAt,
            person: p.person,
            platform: s.platform,
            ...fields
        });
        const out = [];
        const nothingLeft = s.status === 'checked' &&
            s.steps.length === 0 &&
            s.refused.length === 0 &&
            !s.unread?.length;
        if (!sweep && p.kind === 'departure' && (s.status === 'no_account' || nothingLeft))
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
        for (const u of s.unread ?? [])
            out.push(entry({ action: 'discover', target: u.what, result: 'failed', detail: u.error }));
        for (const r of s.refused)
            out.push(entry({ action: 'refuse', target: r.target, result: 'skipped', detail: r.reason }));
        return out;
    }));
}

;// CONCATENATED MODULE: ./src/verify.ts
const DEFAULT_SETTLE = [1000, 4000];
/** The verdicts on an applied plan; `again` plans the same change anew, read-only. */
async function verifyApplied(applied, execution, again, options = {}) {
    if (!applied.people.some(p => p.platforms.length > 0))
        return [];
    const sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    const now = options.now ?? (() => new Date());
    // The steps already ran: whatever happens here, their records must still reach the log.
    const read = () => again().then(found => judge(applied, found, execution), (err) => unverifiable(applied, err));
    let readings = await read();
    for (const wait of options.settle ?? DEFAULT_SETTLE) {
        if (!readings.some(r => r.settling))
            break;
        await sleep(wait);
        readings = await read();
    }
    const at = now().toISOString();
    return readings.map(({ verdict }) => ({ at, ...verdict }));
}
function judge(applied, found, execution) {
    const skipped = new Set((execution?.outcomes ?? []).filter(o => o.result === 'skipped').map(o => o.step.id));
    return applied.people.flatMap(p => p.platforms.map(s => {
        const again = found.people
            .find(q => q.person === p.person && q.kind === p.kind)
            ?.platforms.find(x => x.platform === s.platform);
        return verdict(p, s, again, skipped);
    }));
}
/** Every section failed: the fresh plan could not be made at all. */
function unverifiable(applied, err) {
    const why = err instanceof Error ? err.message : String(err);
    return applied.people.flatMap(p => p.platforms.map(s => ({
        verdict: {
            person: p.person,
            platform: s.platform,
            result: 'failed',
            detail: `could not read ${s.platform} again: ${why}`
        },
        settling: false
    })));
}
function verdict(person, applied, found, skipped) {
    const account = found?.account ?? applied.account;
    const verdict = (result, detail) => ({
        person: person.person,
        platform: applied.platform,
        result,
        detail: account ? `${account.display}: ${detail}` : detail,
        ...(account ? { accountId: account.id } : {})
    });
    const failed = (detail) => ({
        verdict: verdict('failed', detail),
        settling: false
    });
    if (applied.status === 'not_checked')
        return failed(`not verified: nothing was revoked here (${applied.reason ?? 'not checked'}); rerun apply once ${applied.platform} can be read`);
    if (!found || found.status === 'not_checked' || found.status === 'declared_only')
        return failed(`could not read ${applied.platform} again: ${found?.reason ?? 'not discovered again'}`);
    const waiting = waitingSteps(applied, found, skipped);
    const waitingIds = new Set(waiting.map(s => s.id));
    // An automatic step a manual one waits for belongs to the human's work (Slack's session
    // reset before a deactivation left to the identity provider).
    const awaited = new Set(waiting.flatMap(s => s.after));
    const left = [
        ...found.steps
            .filter(s => s.mode === 'auto' && !waitingIds.has(s.id) && !awaited.has(s.id))
            .map(s => `${s.target} (${s.action})`),
        ...found.refused.map(r => `${r.target} (refused: ${r.reason})`)
    ];
    const unread = (found.unread ?? []).map(u => `${u.what} (${u.error})`);
    const human = waiting.length
        ? [`waiting for a human: ${waiting.map(s => s.target).join(', ')}`]
        : [];
    if (left.length || unread.length)
        return {
            verdict: verdict('failed', [
                ...(left.length ? [`still there: ${left.join(', ')}`] : []),
                ...(unread.length ? [`could not read: ${unread.join('; ')}`] : []),
                ...human
            ].join('; ')),
            settling: unread.length === 0 && found.refused.length === 0
        };
    const facts = found.status === 'no_account'
        ? (found.reason ?? 'no account')
        : found.holdings.length
            ? `still listed, giving no access: ${found.holdings.map(h => h.label).join(', ')}`
            : '';
    return {
        verdict: verdict('verified', ['nothing left', facts, ...human].filter(Boolean).join('; ')),
        settling: false
    };
}
/** Manual steps of the applied plan that were skipped for a human, and those the fresh plan
 *  still holds (a deploy key is found only while its author is a member). */
function waitingSteps(applied, found, skipped) {
    const byId = new Map();
    for (const s of applied.steps)
        if (s.mode === 'manual' && skipped.has(s.id))
            byId.set(s.id, s);
    for (const s of found.steps)
        if (s.mode === 'manual')
            byId.set(s.id, s);
    return [...byId.values()];
}

;// CONCATENATED MODULE: ./src/apply.ts






async function applyChange(base, head, env, options) {
    const plan = await (0,engine.planChange)(base, head, env, { requested: options.requested });
    return applyPlan(plan, {
        env,
        platforms: (0,engine/* connectorPlatforms */.o)(base, head),
        claims: (0,grants/* declaredClaims */.SR)([base.declarations, head.declarations], base.claims),
        again: () => (0,engine.planChange)(base, head, env)
    }, options);
}
/** Runs a plan made by planChange (apply) or buildSweepPlan (sweep): nothing when it is
 *  refused; otherwise the checks, each step with its `started` record first, then verify. */
async function applyPlan(plan, target, options) {
    if (plan.refused)
        return { plan, entries: [], checks: [], verify: [], failed: 0, unrecorded: [] };
    const change = {
        base: options.change.base,
        head: options.change.head,
        ...(options.change.pr !== null ? { pr: options.change.pr } : {})
    };
    const { env, platforms, claims } = target;
    const writers = await (0,connectors/* openWriters */.l)({ ...env, platforms, change, claims });
    const log = runEntries(plan, {
        change: options.change,
        ...(options.changes ? { changes: options.changes } : {}),
        actor: options.actor,
        urgent: options.urgent,
        review: options.review
    }, options.inDoubt);
    const record = options.onRecord;
    const { checks } = log;
    await Promise.all(checks.map(c => record?.(c)));
    const unrecorded = [];
    const execution = await (0,execute/* execute */.g7)(plan, writers, {
        beforeWrite: record && (step => record(log.started(step, new Date().toISOString()))),
        onOutcome: async (o) => {
            const entry = log.outcome(o);
            await record?.(entry).catch(() => unrecorded.push(entry));
            options.onOutcome?.(o);
        }
    });
    // The steps ran: verify's entries go to the log as they are made, so that a crash later
    // leaves them on disk too.
    const verify = log.verified(await verifyApplied(plan, execution, target.again, options.verify));
    for (const v of verify)
        await record?.(v).catch(() => unrecorded.push(v));
    const entries = [...checks, ...execution.outcomes.map(log.outcome), ...verify];
    const failed = entries.filter(e => e.result === 'failed').length;
    return { plan, execution, entries, checks, verify, failed, unrecorded };
}


/***/ }),

/***/ 81532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ serialized),
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency, shared by the executor and the connectors' listings.
/** At most `size` tasks at once. */
function limiter(size) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= size)
            await new Promise(resolve => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            // The slot passes straight to the next waiter, so `active` stays counted.
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}
/** `fn` over `items`, at most `size` at once; results in the order of `items`. */
function mapLimit(items, size, fn) {
    const limit = limiter(size);
    return Promise.all(items.map(item => limit(() => fn(item))));
}
const queues = new Map();
/** Runs `fn` after every earlier call with the same key has finished, whatever their result
 *  (a connector's guard re-checks the platform one change at a time: the last owner or
 *  administrator is never removed by two steps that each saw the other still there). */
function serialized(key, fn) {
    const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    queues.set(key, run.catch(() => undefined));
    return run;
}


/***/ }),

/***/ 51196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ openReaders),
/* harmony export */   l: () => (/* binding */ openWriters)
/* harmony export */ });
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39954);

// Each platform's module is loaded here, the first time one of its instances is opened; one
// after another: modules load on the main thread either way, and concurrent imports of modules
// sharing dependencies trip some module loaders (jest's).
async function factories(ctx) {
    const made = [];
    for (const { platform, instance } of (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .configuredInstances */ .Zv)(ctx.platforms))
        made.push(await platform.connector(instance, ctx.env));
    return made;
}
/** Read-only connectors: what plan and audit are given. They cannot write. */
const openReaders = async (ctx) => (await factories(ctx)).map(f => f.reader(ctx));
/** Connectors that can revoke: only apply opens these. */
const openWriters = async (ctx) => new Map((await factories(ctx)).map(f => {
    const w = f.writer(ctx);
    return [w.platform, w];
}));


/***/ }),

/***/ 20383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditDeclarations: () => (/* binding */ auditDeclarations),
  o: () => (/* binding */ connectorPlatforms),
  loadRevisions: () => (/* binding */ loadRevisions),
  planChange: () => (/* binding */ planChange)
});

// UNUSED EXPORTS: commitRequest

// EXTERNAL MODULE: ./src/audit/index.ts + 4 modules
var audit = __webpack_require__(13580);
// EXTERNAL MODULE: ./src/connectors/index.ts
var connectors = __webpack_require__(51196);
// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(22458);
// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __webpack_require__(18975);
// EXTERNAL MODULE: ./src/log/known-ids.ts
var known_ids = __webpack_require__(14798);
// EXTERNAL MODULE: ./src/log/store.ts
var store = __webpack_require__(80599);
// EXTERNAL MODULE: ./src/log/verify.ts
var verify = __webpack_require__(59365);
// EXTERNAL MODULE: ./src/graph.ts
var graph = __webpack_require__(10931);
;// CONCATENATED MODULE: ./src/log/waiting.ts

/** Every distinct waiting step in the log, the first record of each (a rerun logs it again).
 *  Lines that do not parse are passed over: verify-log is the one that reports them. */
function waitingSteps(files) {
    const steps = new Map();
    for (const file of files)
        for (const line of file.text.split('\n')) {
            const r = parse(line);
            if (!r || !(0,graph/* isWaiting */.Gu)(r))
                continue;
            const key = JSON.stringify([r.platform, r.action, r.target]);
            if (!steps.has(key))
                steps.set(key, {
                    person: r.person,
                    platform: r.platform,
                    action: r.action,
                    target: r.target,
                    ...(r.account_id ? { account_id: r.account_id } : {}),
                    at: r.at
                });
        }
    return [...steps.values()];
}
function parse(line) {
    if (!line.trim())
        return undefined;
    try {
        const r = JSON.parse(line);
        const fields = ['person', 'platform', 'action', 'target', 'result', 'detail', 'at'];
        if (!r || !fields.every(f => typeof r[f] === 'string'))
            return undefined;
        return {
            ...r,
            account_id: typeof r.account_id === 'string' ? r.account_id : undefined
        };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/plan.ts
var plan = __webpack_require__(22464);
// EXTERNAL MODULE: ./src/trust.ts
var trust = __webpack_require__(20689);
;// CONCATENATED MODULE: ./src/engine.ts
// The flow shared by the command line and the action: declarations at two revisions ->
// change -> plan (read-only connectors). Apply builds on it.










async function revision({ cwd, dir, workingTree }, cache, ref, withLog = false) {
    if (ref === undefined) {
        const loaded = workingTree
            ? { declarations: workingTree, diagnostics: [] }
            : await (0,load.loadFromDirectory)(dir, cwd, cache);
        return [{ label: 'working tree', declarations: loaded.declarations }, loaded];
    }
    const commit = await (0,files.resolveCommit)(ref, cwd);
    const [loaded, knownIds, committedAt] = await Promise.all([
        (0,load.loadFromGit)(commit, dir, cwd, cache),
        withLog ? (0,known_ids/* knownIdsAt */.vM)(commit, dir, cwd) : undefined,
        (0,files.commitTime)(commit, cwd)
    ]);
    const label = ref.startsWith(commit.slice(0, 7))
        ? commit.slice(0, 12)
        : `${ref} (${commit.slice(0, 7)})`;
    return [
        {
            label,
            commit,
            committedAt,
            declarations: loaded.declarations,
            ...(knownIds && { knownIds })
        },
        loaded
    ];
}
/** Both revisions, each fully valid: nothing is planned from declarations with problems. */
async function loadRevisions(input) {
    // Head is read after base, through the same cache: only the files the change touches are
    // parsed again, and the rest are the same objects in both revisions.
    const cache = (0,load/* newLoadCache */.D$)();
    const [base, baseLoaded] = await revision(input, cache, input.base, true);
    const checked = cache.clean?.decl === base.declarations ? cache.clean.claims : undefined;
    const [head, headLoaded] = await revision(input, cache, input.head);
    if (headLoaded.diagnostics.length)
        return { ok: false, which: 'head', diagnostics: headLoaded.diagnostics };
    if (baseLoaded.diagnostics.length)
        return { ok: false, which: 'base', diagnostics: baseLoaded.diagnostics };
    return { ok: true, base: checked ? { ...base, claims: checked } : base, head };
}
/** Detect the change and plan it with read-only connectors (or from the declarations alone). */
async function planChange(base, head, env, options = {}) {
    const readers = await (0,connectors/* openReaders */.J)({ ...env, platforms: connectorPlatforms(base, head) });
    return (0,plan/* buildPlan */.Gg)({
        base,
        head,
        readers,
        declaredOnly: options.declaredOnly,
        known: base.knownIds,
        requested: options.requested ?? commitRequest(head)
    });
}
/** Outside a pull request, a departure is requested by the commit that makes it; a change
 *  in the working tree, when it is planned. */
const commitRequest = (head) => ({
    at: head.committedAt ?? new Date().toISOString()
});
/** The platforms.yaml connectors are opened with, for plan and apply alike: base's (head's
 *  author could otherwise aim a credential anywhere), protected lists from both. */
const connectorPlatforms = (base, head) => (0,trust/* trustedSettings */.$L)(base.declarations.platforms, head.declarations.platforms).platforms;
/** The audit both the command and the action run: every configured platform, read-only, with
 *  what the revocation log of the checkout (the default branch) adds: the manual steps left to
 *  a human, read back until they are done, and the account ids that recognise renamed accounts. */
async function auditDeclarations(declarations, env, checkout) {
    const files = await (0,store.readLog)(checkout.dir, checkout.cwd);
    const chain = (0,verify/* chainRecords */.I1)(files);
    const readers = await (0,connectors/* openReaders */.J)({ ...env, platforms: declarations.platforms });
    return (0,audit/* auditPlatforms */.A5)(declarations, readers, {
        waiting: waitingSteps(files),
        known: (0,known_ids/* knownIdsFromLog */.eU)(files, `in ${(0,store/* logPath */.Q2)(checkout.dir)}`),
        ...(chain.ok ? { records: chain.all } : {})
    });
}


/***/ }),

/***/ 55208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ planSteps),
/* harmony export */   g7: () => (/* binding */ execute)
/* harmony export */ });
/* unused harmony exports DEFAULT_PER_PLATFORM, noCredentials */
/* harmony import */ var _connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39954);
/* harmony import */ var _log_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94361);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81532);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10931);




// Wide enough for one departure's widest layer (an IAM user holding every credential type has a
// dozen independent first steps); the clients still wait out each platform's rate limits.
const DEFAULT_PER_PLATFORM = 16;
/** A step no writer was opened for: where its platform's write credentials come from. */
const noCredentials = (platform) => `no credentials for ${platform}: set ${(0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(platform).credentials} and rerun apply`;
/** Every step of a plan, in plan order. */
const planSteps = (plan) => plan.people.flatMap(p => p.platforms.flatMap(s => s.steps));
/**
 * Runs `steps` as their `after` links allow (graph.ts), each platform's at most `perPlatform`
 * at once, and returns their outcomes in the order given, timed and with secrets redacted.
 * On each platform, its containment (Step.contain, and what it waits on) ends before its
 * clean-up starts. `manual` steps are recorded as skipped; a perform that throws is a failed
 * step. Steps `unbounded` names (and manual ones) take no slot.
 */
async function runGraph(steps, perform, options = {}) {
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGraph */ .PX)(steps);
    const now = options.now ?? (() => new Date());
    const bound = (p) => {
        const n = options.perPlatform;
        const size = typeof n === 'number' ? n : (n?.[p] ?? (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(p).concurrency ?? DEFAULT_PER_PLATFORM);
        if (!(Number.isInteger(size) || size === Infinity) || size < 1)
            throw new Error(`concurrency for ${p} must be a positive whole number, got ${size}`);
        return size;
    };
    const limits = new Map();
    const limit = (p) => {
        if (!limits.has(p))
            limits.set(p, (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .limiter */ .TA)(bound(p)));
        return limits.get(p);
    };
    // A wrong bound fails here, before anything runs.
    steps.forEach(s => limit(s.platform));
    const gates = (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .containmentGates */ .ZG)(steps);
    // Once an outcome could not be recorded (the log could not be written), nothing more starts:
    // the run stops half-way, with what it did on record.
    let stopped;
    const timed = async (step) => {
        if (stopped)
            throw stopped;
        const startedAt = now().toISOString();
        const outcome = await (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .attempt */ .CD)(step, perform);
        // Connectors keep secrets out of details; error messages from elsewhere may not.
        const detail = (0,_log_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(outcome.detail);
        const done = {
            step,
            result: outcome.result,
            detail,
            startedAt,
            finishedAt: now().toISOString()
        };
        try {
            await options.onOutcome?.(done);
        }
        catch (err) {
            stopped ??= err;
            throw err;
        }
        gates.ended(step);
        return done;
    };
    const unbounded = (s) => s.mode === 'manual' || options.unbounded?.(s) === true;
    const run = (s) => (unbounded(s) ? timed(s) : limit(s.platform)(() => timed(s)));
    return (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .inOrder */ .al)(steps, s => {
        const contained = gates.wait(s);
        return contained ? contained.then(() => run(s)) : run(s);
    });
}
/** Runs a plan's steps with each platform's writer. A platform without a writer (no
 *  credentials) fails its steps, and nothing else stops: every outcome is logged. */
async function execute(plan, writers, options = {}) {
    if (plan.refused)
        throw new Error(`the change was refused (${plan.refused.guard}): nothing is revoked`);
    if (plan.declaredOnly)
        throw new Error('this plan was made without credentials (declarations only): plan again with credentials before applying');
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const steps = planSteps(plan);
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .checkGraph */ .PX)(steps);
    const perform = async (step) => {
        const writer = writers.get(step.platform);
        if (!writer)
            return { result: 'failed', detail: noCredentials(step.platform) };
        if (writer.unavailable)
            return { result: 'failed', detail: `${step.platform}: ${writer.unavailable}` };
        try {
            await options.beforeWrite?.(step);
        }
        catch (err) {
            return { result: 'failed', detail: `not attempted: ${(0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .message */ .iU)(err)}` };
        }
        return writer.perform(step);
    };
    const unbounded = (s) => writers.get(s.platform)?.gathers?.(s) === true;
    const outcomes = await runGraph(steps, perform, { ...options, now, unbounded });
    const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const o of outcomes)
        counts[o.result]++;
    return { outcomes, counts, startedAt, finishedAt: now().toISOString() };
}


/***/ })

};
