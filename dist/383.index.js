export const id = 383;
export const ids = [383];
export const modules = {

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


/***/ })

};
