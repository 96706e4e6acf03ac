export const id = 4009;
export const ids = [4009,8939,8809,4235,7771,9159];
export const modules = {

/***/ 14747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ connectGithub),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   xw: () => (/* binding */ DEFAULT_GITHUB_API_URL),
/* harmony export */   zZ: () => (/* binding */ createGithubClient)
/* harmony export */ });
/* unused harmony exports tokenKind, orgTokenEnv, ENTERPRISE_TOKEN_ENV */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11267);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33893);
/* harmony import */ var _shared_results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16282);
/* harmony import */ var _shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97970);
// The one place an Octokit is built: REST + throttling + retry, pointed at GITHUB_API_URL.
// Rate limits (primary and secondary) are waited out and server errors retried here, within
// the retry budget of each request (retry-budget.ts): a wait longer than the budget allows
// fails the request at once. A read-only client refuses every request that is not GET/HEAD.






const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
function tokenKind(token) {
    if (token.startsWith('ghs_'))
        return 'installation';
    if (token.startsWith('ghp_'))
        return 'classic';
    if (token.startsWith('github_pat_'))
        return 'fine_grained';
    if (token.startsWith('gho_'))
        return 'oauth';
    return 'other';
}
/** The budget of each request, by its own `request` options (see perCall). */
const calls = new WeakMap();
const callOf = (options) => options.request && calls.get(options.request);
/** Statuses the retry plugin leaves alone: rate limits (403/429) are the throttling plugin's. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** A stand-in for the throttling plugin's write queues that lets every write through at once. */
const unpaced = {
    key: () => ({ schedule: (_job, task) => task() })
};
/** Counts every HTTP attempt (retries included), gives each its share of the request's
 *  budget as a timeout, and names bare 429s and timeouts, see below. */
function accounting(octokit) {
    const stats = { requests: 0 };
    octokit.hook.wrap('request', async (request, options) => {
        stats.requests++;
        const call = callOf(options);
        // After the write pacing: time spent queued is not the platform's.
        if (call)
            options.request.signal = call.attemptSignal();
        try {
            return await request(options);
        }
        catch (error) {
            if (call && isHttpError(error) && !error.response && (0,_shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeout */ .kL)(error.cause))
                error.message = call.noAnswer();
            // GitHub documents any 429 without `x-ratelimit-remaining: 0` as a secondary rate
            // limit; the throttling plugin recognises those by message only, so say so.
            if (isHttpError(error) &&
                error.status === 429 &&
                error.response?.headers['x-ratelimit-remaining'] !== '0' &&
                !/secondary rate/i.test(error.message))
                error.message = `${error.message} (secondary rate limit)`;
            throw error;
        }
    });
    return { stats };
}
/** Lets the retry plugin retry a server error only while the request's budget allows the
 *  plugin's next wait, and marks an error the budget gave up on (rate limits included, which
 *  the throttling plugin asked the budget about already). Sits between the two plugins. */
function budgetGate(octokit, octokitOptions) {
    const base = octokitOptions.retry?.retryAfterBaseValue ?? 1000;
    octokit.hook.error('request', (error, options) => {
        const call = callOf(options);
        if (call && isHttpError(error) && error.status >= 400 && !DO_NOT_RETRY.includes(error.status)) {
            // The retry plugin waits (n + 1)^2 base values before retry n + 1, and retries while
            // `retries` exceeds the retries it made (never more than the budget granted).
            const n = call.retries;
            options.request.retries = call.retry((n + 1) ** 2 * base) ? call.budget.retries + 1 : 0;
        }
        if (call?.stopped)
            call.mark(error);
        throw error;
    });
}
/** Gives each request its own `request` options and budget: Octokit shares one `request`
 *  object between requests (and the plugins keep their retry counts there), while every hook
 *  of one request sees the same options object. */
function perCall(octokit, octokitOptions) {
    const budget = octokitOptions.offboardBudget ?? _shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_BUDGET */ .tc;
    octokit.hook.before('request', options => {
        options.request = { ...options.request };
        calls.set(options.request, new _shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .CallBudget */ .Oo(budget));
    });
}
// Listed first, accounting's wrap sits closest to the network: it sees every retry; perCall,
// listed last, comes first.
const GithubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(accounting, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A, budgetGate, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, perCall);
function createGithubClient(opts) {
    const base = opts.retryAfterBaseValue ?? 1000;
    const wait = (kind) => (retryAfter, options) => {
        const call = callOf(options);
        if (call && !call.retry(retryAfter * base, true)) {
            opts.log(`github: ${kind} rate limit: ${call.gaveUp(`not waiting ${retryAfter}s for ${options.method} ${options.url}`)}`);
            return false;
        }
        opts.log(`github: ${kind} rate limit: waiting ${retryAfter}s before retrying ${options.method} ${options.url}`);
        return true;
    };
    const octokit = new GithubOctokit({
        offboardBudget: opts.budget,
        auth: opts.token,
        baseUrl: opts.baseUrl.replace(/\/+$/, ''),
        userAgent: 'offboard',
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => opts.log(`github: ${message}`),
            error: (message) => opts.log(`github: ${message}`)
        },
        throttle: {
            onRateLimit: wait('primary'),
            onSecondaryRateLimit: wait('secondary'),
            retryAfterBaseValue: base,
            // Writes that notify get no slower queue than the others (the plugin's is one every 3 s):
            // GitHub's limit for content-generating requests is 80 a minute, which one write a
            // second keeps under, and an answer that says otherwise is waited out above.
            notifications: unpaced,
            ...(opts.paceWrites === false ? { write: unpaced } : {})
        },
        // Rate limits (403/429) belong to the throttling plugin alone; retry handles 5xx and
        // requests that got no answer, as budgetGate lets it.
        retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base }
    });
    if (opts.readOnly)
        octokit.hook.before('request', options => {
            if (options.method !== 'GET' && options.method !== 'HEAD')
                throw new Error(`github: refused ${options.method} ${options.url}: this client is read-only (plan and audit never write)`);
        });
    return octokit;
}
function sharedReads() {
    const reads = new Map();
    return (what, read) => {
        if (!reads.has(what))
            reads.set(what, read());
        return reads.get(what);
    };
}
/** The variable holding one organization's token: each organization has its own GitHub App
 *  installation, so its own installation token (`acme-labs` reads GITHUB_TOKEN_ACME_LABS). */
const orgTokenEnv = (org) => `GITHUB_TOKEN_${org.toUpperCase().replace(/-/g, '_')}`;
/** The enterprise's token: enterprise endpoints answer an enterprise owner's token. */
const ENTERPRISE_TOKEN_ENV = 'GITHUB_ENTERPRISE_TOKEN';
function connectGithub(ctx, readOnly, options) {
    const config = ctx.platforms.github;
    if (!config)
        return { orgs: [], unavailable: 'not checked: no github block in platforms.yaml' };
    const client = (token) => {
        ctx.maskSecret(token);
        return createGithubClient({
            token,
            baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
            readOnly,
            log: ctx.log,
            budget: (0,_shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .retryBudget */ .kZ)(ctx.platforms, config.retry),
            ...options
        });
    };
    // Its own variable first, then the one token for everything (a classic token of an owner).
    const tokenFor = (own) => {
        const token = ctx.env[own] || ctx.env.GITHUB_TOKEN;
        return token
            ? { token }
            : { missing: `not checked: ${(0,_shared_results_js__WEBPACK_IMPORTED_MODULE_5__/* .noCredentials */ .gT)(`${own} or GITHUB_TOKEN`)}` };
    };
    const single = (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .orgsOf */ .n4)(config).length === 1;
    const orgs = (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .orgsOf */ .n4)(config).map((org) => {
        const own = orgTokenEnv(org);
        const t = single && !ctx.env[own] ? tokenFor('GITHUB_TOKEN') : tokenFor(own);
        if (!('token' in t) || !t.token)
            return {
                org,
                unavailable: single ? `not checked: ${(0,_shared_results_js__WEBPACK_IMPORTED_MODULE_5__/* .noCredentials */ .gT)('GITHUB_TOKEN')}` : t.missing
            };
        return {
            org,
            github: {
                config,
                org,
                octokit: client(t.token),
                tokenKind: tokenKind(t.token),
                ...(readOnly ? { shared: sharedReads() } : {})
            }
        };
    });
    const slug = config.enterprise;
    const et = slug === undefined ? undefined : tokenFor(ENTERPRISE_TOKEN_ENV);
    const enterprise = slug === undefined || !et
        ? undefined
        : et.token
            ? {
                github: {
                    config,
                    slug,
                    octokit: client(et.token),
                    tokenKind: tokenKind(et.token)
                }
            }
            : { unavailable: et.missing };
    const none = orgs.find(o => o.unavailable);
    const unavailable = orgs.every(o => o.unavailable) && none
        ? single
            ? none.unavailable
            : `not checked: ${(0,_shared_results_js__WEBPACK_IMPORTED_MODULE_5__/* .noCredentials */ .gT)('GITHUB_TOKEN, or GITHUB_TOKEN_<ORG> for each organization')}`
        : undefined;
    return {
        config,
        orgs,
        ...(enterprise ? { enterprise } : {}),
        ...(unavailable ? { unavailable } : {})
    };
}
function isHttpError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/** The HTTP status of a GitHub answer that was an error, or undefined for anything else. */
function statusOf(error) {
    return isHttpError(error) ? error.status : undefined;
}
/** A short, secret-free description of an error for notes, reasons and outcome details. */
function describeError(error) {
    const gaveUp = (0,_shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .gaveUpPrefix */ .BQ)(error);
    if (isHttpError(error)) {
        // Octokit reports a request that got no answer as a 500 without a response.
        if (!error.response)
            return `${gaveUp}could not reach GitHub: ${error.message}`;
        const data = error.response.data;
        const message = data?.message ?? error.message;
        return `${gaveUp}GitHub answered ${error.status}: ${message}`;
    }
    return gaveUp + (error instanceof Error ? error.message : String(error));
}


/***/ }),

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

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* reexport safe */ _connectors_github_client_js__WEBPACK_IMPORTED_MODULE_0__.Uc),
/* harmony export */   Y3: () => (/* binding */ VIEWER_QUERY),
/* harmony export */   c0: () => (/* binding */ repositoryClient),
/* harmony export */   wz: () => (/* binding */ viewerLogin)
/* harmony export */ });
/* harmony import */ var _connectors_github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14747);

/** A failed request in words, as the connector gives it (this file is the only one outside
 *  connectors/ that imports the connector's client). */

/** GraphQL: who the token acts as (checked against GitHub's published schema by a test). */
const VIEWER_QUERY = 'query { viewer { login } }';
/** The login the client's token acts as (`my-app[bot]` for a GitHub App installation token,
 *  `github-actions[bot]` for the job token): what its comments are written by. GraphQL's
 *  viewer answers installation tokens, which REST's GET /user refuses. */
async function viewerLogin(client) {
    try {
        const { viewer } = await client.graphql(VIEWER_QUERY);
        return viewer.login;
    }
    catch (err) {
        throw new Error(`could not tell which account repo-token acts as (GraphQL viewer): ${(0,_connectors_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}`, { cause: err });
    }
}
/** A client that may write. File contents are not scrubbed: the log's records are redacted
 *  when chained, and a person file is the declarations' own text. */
function repositoryClient(options) {
    const octokit = (0,_connectors_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createGithubClient */ .zZ)({
        token: options.token,
        baseUrl: options.baseUrl || _connectors_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GITHUB_API_URL */ .xw,
        readOnly: false,
        log: options.log,
        paceWrites: options.paceWrites
    });
    octokit.hook.before('request', request => {
        if (request.method === 'GET' || request.method === 'HEAD')
            return;
        for (const key of ['body', 'title', 'message'])
            if (typeof request[key] === 'string')
                request[key] = options.scrub(request[key]);
    });
    return octokit;
}


/***/ }),

/***/ 28939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withLockedLog: () => (/* binding */ withLockedLog)
/* harmony export */ });
/* unused harmony exports LOCK_FILE, DEFAULT_LOCK_WAIT_MS, LogLockedError, lockLog */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80599);
// The exclusive lock on a log folder while a run appends to it: `<dir>/log/.lock`, created
// with O_EXCL and holding who made it. A second run waits for it (bounded, saying so) and
// then fails naming the holder; a lock whose process is gone from this host is taken over.





/** The lock file's name inside the log folder: not a `.jsonl` file, so never read as log. */
const LOCK_FILE = '.lock';
const DEFAULT_LOCK_WAIT_MS = 300_000;
const PROGRESS_EVERY_MS = 30_000;
/** A lock file that says nothing parseable for this long was left by a run that died while
 *  writing it (writing takes microseconds). */
const UNREADABLE_STALE_MS = 10_000;
/** Another run holds the lock and did not let go within the wait. */
class LogLockedError extends Error {
    path;
    holder;
    constructor(path, holder, waitMs) {
        const who = holder ? describe(holder) : 'a run that left no readable details';
        super(`${path} is held by another run (${who})${waitMs > 0 ? ` that did not finish within ${seconds(waitMs)}` : ''}: nothing was revoked. ` +
            `Wait for that run to end and apply again (--wait SECONDS waits longer); if no such process runs${holder ? ` on ${holder.host}` : ''} any more, delete ${path} and apply again`);
        this.path = path;
        this.holder = holder;
    }
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
const describe = (h) => `${h.command}, pid ${h.pid} on ${h.host}, started ${h.started_at}`;
const code = (err) => err.code;
/** Whether a process of this host is still there (one of another user answers EPERM). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return code(err) !== 'ESRCH';
    }
}
/** Creates `file` only if it does not exist, with `text`, flushed. */
async function createExclusive(file, text) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
    try {
        await handle.writeFile(text);
        await handle.datasync();
    }
    catch (err) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch(() => undefined);
        throw err;
    }
    await handle.close();
}
/** The lock file's text, undefined when there is none. */
async function readText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function parseHolder(text) {
    try {
        const h = JSON.parse(text);
        return typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
    }
    catch {
        return undefined;
    }
}
/** Why the lock in `text` may be taken over, or undefined while its run may be alive. */
async function staleness(file, text, holder) {
    if (holder)
        return holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && !alive(holder.pid)
            ? `pid ${holder.pid} (${holder.command}, started ${holder.started_at}) no longer runs on this host`
            : undefined;
    const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then(s => Date.now() - s.mtimeMs, () => 0);
    return age > UNREADABLE_STALE_MS
        ? `it holds no readable details (${JSON.stringify(text.slice(0, 40))}) and is ${Math.round(age / 1000)} s old`
        : undefined;
}
/**
 * Removes the stale lock whose text is `text`, unless it changed meanwhile. Several runs may
 * find the same stale lock: the one holding `<lock>.takeover` removes it, and only if it still
 * reads the same, so that nobody removes a lock another run has just made.
 */
async function takeOver(file, text) {
    const guard = `${file}.takeover`;
    try {
        await createExclusive(guard, String(process.pid));
    }
    catch (err) {
        if (code(err) !== 'EEXIST')
            throw err;
        // A guard is held for microseconds: an old one was left by a run that died holding it.
        const old = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then(s => Date.now() - s.mtimeMs > UNREADABLE_STALE_MS, () => false);
        if (old)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(guard).catch(() => undefined);
        return false;
    }
    try {
        if ((await readText(file)) !== text)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(guard).catch(() => undefined);
    }
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** Takes the lock on the log below `dir` (relative to `cwd`), waiting as options say. */
async function lockLog(dir, cwd, options) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, dir, 'log');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(folder, LOCK_FILE);
    const shown = `${(0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir)}/${LOCK_FILE}`;
    const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
    let madeFolder;
    try {
        madeFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
    }
    catch (err) {
        throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .unwritable */ .mP)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir), err);
    }
    const mine = {
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        started_at: new Date().toISOString(),
        command: options.command,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()
    };
    const text = `${JSON.stringify(mine)}\n`;
    const since = Date.now();
    let told = -1;
    for (;;) {
        try {
            await createExclusive(file, text);
            break;
        }
        catch (err) {
            if (code(err) !== 'EEXIST')
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .unwritable */ .mP)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir), err);
        }
        const found = await readText(file);
        if (found === undefined)
            continue; // released meanwhile
        const holder = parseHolder(found);
        const stale = await staleness(file, found, holder);
        if (stale && (await takeOver(file, found))) {
            options.onNotice?.(`took over the lock ${shown}: ${stale}; what it did is in the log`);
            continue;
        }
        const waited = Date.now() - since;
        if (waited >= waitMs)
            throw new LogLockedError(shown, holder, waitMs);
        if (told < 0)
            options.onWait?.(`${shown} is held by another run (${holder ? describe(holder) : 'no readable details yet'}): waiting up to ${seconds(waitMs)} for it to finish`);
        else if (Math.floor(waited / PROGRESS_EVERY_MS) > told)
            options.onWait?.(`still waiting for ${shown} (${seconds(waited)} of ${seconds(waitMs)})`);
        told = Math.floor(waited / PROGRESS_EVERY_MS);
        await sleep(Math.min(options.pollMs ?? 200, waitMs - waited));
    }
    return {
        path: shown,
        async release() {
            if ((await readText(file)) === text)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
            if (madeFolder)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(folder).catch(() => undefined);
        }
    };
}
/**
 * Runs `fn` with the log below `dir` locked and open: the lock first (a second run waits
 * here), then the chain and the folder checked (openLog), so that nothing is planned or
 * revoked on a log that cannot take the records. Closes and unlocks whatever `fn` does.
 */
async function withLockedLog(dir, cwd, options, fn) {
    const lock = await lockLog(dir, cwd, options);
    try {
        const log = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openLog */ .Ne)(dir, cwd);
        try {
            return await fn(log);
        }
        finally {
            await log.close();
        }
    }
    finally {
        await lock.release();
    }
}


/***/ }),

/***/ 34009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/log/redact.ts
var redact = __webpack_require__(94361);
;// CONCATENATED MODULE: ./src/action/core.ts
// The action's output boundary: the parts of @actions/core the action uses, each scrubbing
// what it writes (log lines, annotations, failures, outputs, group names, the job summary) of
// every secret registered by then (log/redact). The action imports these, never
// @actions/core itself; what it writes to the repository is scrubbed by repoClient.



/** Masked in the job log by the runner, and scrubbed from everything offboard writes. */
function setSecret(value) {
    (0,redact/* registerSecret */.cl)(value);
    core/* setSecret */.Pq(value);
}
/** The secrets of the job's environment, registered before anything runs: the tokens, the
 *  AWS keys, the OIDC request token, private keys (see secretsInEnvironment). */
function registerEnvironmentSecrets() {
    for (const secret of (0,redact/* secretsInEnvironment */.WN)(process.env))
        setSecret(secret);
}
const debug = (message) => core/* debug */.Yz((0,redact/* redact */.E$)(message));
const info = (message) => core/* info */.pq((0,redact/* redact */.E$)(message));
const setFailed = (message) => core/* setFailed */.C1((0,redact/* redact */.E$)(message));
const setOutput = (name, value) => core/* setOutput */.uH(name, typeof value === 'string' ? (0,redact/* redact */.E$)(value) : value);
const group = (name, fn) => core/* group */.Os((0,redact/* redact */.E$)(name), fn);
const annotation = (write) => (message, properties) => properties
    ? write()((0,redact/* redact */.E$)(message), {
        ...properties,
        title: properties.title && (0,redact/* redact */.E$)(properties.title)
    })
    : write()((0,redact/* redact */.E$)(message));
const error = annotation(() => core/* error */.z3);
const warning = annotation(() => core/* warning */.$e);
const notice = annotation(() => core/* notice */.lm);
/** The job summary. What is added is scrubbed when write() appends it to the summary file,
 *  so a secret registered in between is scrubbed too. */
const pending = [];
const core_summary = {
    addRaw(text, addEOL) {
        pending.push(() => core/* summary */.z.addRaw((0,redact/* redact */.E$)(text), addEOL));
        return core_summary;
    },
    addHeading(text, level) {
        pending.push(() => core/* summary */.z.addHeading((0,redact/* redact */.E$)(text), level));
        return core_summary;
    },
    async write() {
        for (const add of pending.splice(0))
            add();
        await core/* summary */.z.write();
        return core_summary;
    }
};

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(60722);
// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __webpack_require__(18975);
;// CONCATENATED MODULE: ./src/action/annotations.ts


/** Problems become annotations on the pull request's diff, and lines in the log. */
function annotate(diagnostics) {
    for (const d of diagnostics) {
        error(d.message, {
            title: 'offboard: invalid declaration',
            file: d.file,
            startLine: d.line,
            startColumn: d.column
        });
        info((0,load/* formatDiagnostic */.xy)(d));
    }
}

// EXTERNAL MODULE: ./src/apply.ts + 2 modules
var apply = __webpack_require__(17326);
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(20383);
;// CONCATENATED MODULE: ./src/github/issues.ts
/** The first comment on `issue` written by `author` (the login offboard's token acts as)
 *  whose body starts with `marker` (its hidden first line). A marker in anyone else's comment
 *  is ignored: anybody who can comment can write one. */
async function findComment(client, repo, issue, marker, author) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100
    });
    const mine = comments.find(c => c.user?.login.toLowerCase() === author.toLowerCase() && c.body?.startsWith(marker));
    return mine && { id: mine.id, body: mine.body };
}
/** One comment per issue or pull request, found by its author and marker and edited in place
 *  on every run; created on the first. */
async function upsertComment(client, repo, issue, marker, body) {
    const mine = await findComment(client, repo, issue, marker.text, marker.author);
    if (mine)
        await client.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    else
        await addComment(client, repo, issue, body);
}
async function addComment(client, repo, issue, body) {
    await client.rest.issues.createComment({ ...repo, issue_number: issue, body });
}
/** Labels `issue` (GitHub creates a label it does not know yet). */
async function addLabels(client, repo, issue, labels) {
    await client.rest.issues.addLabels({ ...repo, issue_number: issue, labels });
}
/** The open issues labelled `label`, oldest first; pull requests (which GitHub lists among
 *  the issues) left out. */
async function openIssuesLabelled(client, repo, label) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: 'open',
        direction: 'asc',
        per_page: 100
    });
    return issues.filter(i => !i.pull_request);
}

// EXTERNAL MODULE: ./src/report/applied.ts
var report_applied = __webpack_require__(82451);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/review.ts

const review_short = (sha) => sha.slice(0, 12);
/** The hash of the plan posted for the pull request's head, if the last one was for it. */
const postedPlan = (review) => review.pull && review.posted?.head === review.pull.headSha ? review.posted.hash : undefined;
/** Why nobody's approval counts, or undefined when someone's does. */
function unreviewed(review, range) {
    const { pull } = review;
    if (!pull)
        return `the push ${range} came from no merged pull request: nobody reviewed it`;
    if (review.independent.length)
        return undefined;
    const excluded = [
        ...(pull.author ? [`its author ${pull.author}`] : []),
        ...(review.departing.length ? [`the people it departs (${review.departing.join(', ')})`] : [])
    ];
    return `nobody${excluded.length ? ` other than ${excluded.join(' and ')}` : ''} approved head ${review_short(pull.headSha)} of pull request #${pull.number}${review.approvers.length ? ` (approved by ${review.approvers.join(', ')})` : ''}`;
}
/** How the plan applied compares with the one reviewers last saw. */
function planLine(review, plan) {
    const { pull } = review;
    if (!pull)
        return `Plan \`${plan}\` applied; no plan was reviewed.`;
    const posted = postedPlan(review);
    const head = `head \`${review_short(pull.headSha)}\``;
    if (posted === plan)
        return `Plan \`${plan}\` applied: the plan offboard posted for ${head}.`;
    if (posted)
        return `Plan \`${plan}\` applied; offboard posted \`${posted}\` for ${head}: discovery found changes since the review, and everything found was revoked.`;
    if (!review.identity)
        return `Plan \`${plan}\` applied; offboard's own identity could not be told, so no plan comment was read.`;
    const other = review.posted?.head && review.posted.head !== pull.headSha
        ? ` (its plan comment is for \`${review_short(review.posted.head)}\`)`
        : '';
    return `Plan \`${plan}\` applied; ${(0,markdown/* cell */.H)(review.identity)} posted no plan for ${head}${other}.`;
}
/** The review as Markdown lines: the pull request, its approvals, the plan. */
function reviewMarkdown(review, plan, range) {
    const { pull } = review;
    const why = unreviewed(review, range);
    return [
        pull
            ? `Pull request #${pull.number} (merged), head \`${review_short(pull.headSha)}\`${pull.author ? ` by ${(0,markdown/* cell */.H)(pull.author)}` : ''}: ${review.approvers.length ? `approved by ${review.approvers.map(markdown/* cell */.H).join(', ')}` : 'no approving review of that commit'}.`
            : `**Pushed without a pull request** (${range}).`,
        ...(why ? [`**Not reviewed**: ${(0,markdown/* cell */.H)(why)}.`] : []),
        planLine(review, plan)
    ];
}

// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(22458);
;// CONCATENATED MODULE: ./src/action/git.ts


/** actions/checkout fetches one commit by default; a commit the change needs is fetched when
 *  missing (fetch-depth: 0 in the workflow avoids this). */
async function ensureCommit(sha) {
    const cwd = process.cwd();
    try {
        await (0,files.git)(cwd, 'cat-file', '-e', `${sha}^{commit}`);
    }
    catch {
        info(`fetching ${sha.slice(0, 7)} (use fetch-depth: 0 to skip this)`);
        await (0,files.git)(cwd, 'fetch', '--no-tags', '--depth=1', 'origin', sha);
    }
}
/** What a pull request's plan compares: the checkout as head, which must be the pull
 *  request's head commit or GitHub's merge commit of it (actions/checkout's default, whose
 *  parents are the base's tip and the head), and the base it is compared with. Anything else
 *  (the default branch, another pull request) is refused: its plan would be another change's. */
async function pullRequestCheckout(pull) {
    const [checkout, ...parents] = (await (0,files.git)(process.cwd(), 'rev-list', '--parents', '-n', '1', 'HEAD'))
        .trim()
        .split(' ');
    if (checkout === pull.head)
        return { checkout, base: pull.base };
    if (parents.length === 2 && parents[1] === pull.head)
        return { checkout, base: parents[0] };
    throw new Error(`the checkout is ${checkout}, neither the pull request's head ${pull.head} nor GitHub's merge commit of it: check out the pull request (actions/checkout does by default)`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/git.ts
// Files of the access repository, read and committed through the API alone: no checkout, no
// push credentials. A commit is written with the git data API (tree, commit, then the ref),
// so that it lands on the branch as one commit whatever else the branch holds.

async function branchTip(client, repo, branch) {
    const ref = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    const commit = ref.data.object.sha;
    const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: commit });
    return { commit, tree: data.tree.sha };
}
/** Writes the files onto `parent` as one commit and moves the branch to it; its sha. */
async function commitFiles(client, repo, c) {
    const { data: tree } = await client.rest.git.createTree({
        ...repo,
        base_tree: c.parent.tree,
        tree: c.files.map(f => ({
            path: f.path,
            mode: '100644',
            type: 'blob',
            content: f.content
        }))
    });
    const { data: commit } = await client.rest.git.createCommit({
        ...repo,
        message: c.message,
        tree: tree.sha,
        parents: [c.parent.commit]
    });
    if (c.move === 'fast-forward')
        await client.rest.git.updateRef({
            ...repo,
            ref: `heads/${c.branch}`,
            sha: commit.sha,
            force: false
        });
    else
        await replaceBranch(client, repo, c.branch, commit.sha);
    return commit.sha;
}
/** Points `branch` at `sha`: created, or (a leftover, say from a closed pull request) moved. */
async function replaceBranch(client, repo, branch, sha) {
    try {
        await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    }
    catch (err) {
        const { status, message } = err;
        if (status !== 422 || !/already exists/i.test(message ?? ''))
            throw err;
        await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
    }
}
/** The branch moved (or is being moved) under a fast-forward commit: read again and retry. */
function branchMoved(err) {
    const e = err;
    return e.status === 409 || (e.status === 422 && /fast.forward/i.test(e.message ?? ''));
}
/** The files directly below `folder` in `tree` whose name `keep` accepts, with their text;
 *  none when the folder does not exist. */
async function filesBelow(client, repo, tree, folder, keep) {
    let sha = tree;
    for (const part of folder.split('/')) {
        const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha });
        const next = data.tree.find(e => e.path === part && e.type === 'tree');
        if (!next?.sha)
            return [];
        sha = next.sha;
    }
    const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha });
    const blobs = data.tree.filter(e => e.type === 'blob' && e.path !== undefined && keep(e.path));
    return Promise.all(blobs.map(async (e) => {
        const blob = await client.rest.git.getBlob({ ...repo, file_sha: e.sha });
        const text = Buffer.from(blob.data.content, blob.data.encoding);
        return { path: `${folder}/${e.path}`, text: text.toString('utf8') };
    }));
}
/** The text of the file at `path` on `ref`. */
async function fileAt(client, repo, path, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            throw new Error('not a file');
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (err) {
        throw new Error(`cannot read ${path} at ${ref.slice(0, 7)} in ${repo.owner}/${repo.repo}: ${(0,github_client/* describeError */.Uc)(err)} (the token needs contents: read)`, { cause: err });
    }
}

// EXTERNAL MODULE: ./src/log/record.ts + 1 modules
var record = __webpack_require__(4158);
// EXTERNAL MODULE: ./src/log/store.ts
var store = __webpack_require__(80599);
// EXTERNAL MODULE: ./src/log/verify.ts
var verify = __webpack_require__(59365);
;// CONCATENATED MODULE: ./src/log/commit.ts




/** The records could not be pushed: the caller keeps them (job summary, artifact). */
class CommitBackError extends Error {
    records;
    constructor(message, 
    /** Chained onto the branch's log as last read (from the start if it could not be read). */
    records) {
        super(message);
        this.records = records;
    }
    /** The records as log lines. */
    get jsonl() {
        return this.records.map(r => `${JSON.stringify(r)}\n`).join('');
    }
}
const sleeper = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Appends the records to `<dir>/log/<YYYY>.jsonl` on `branch` in one commit: read the branch
 * tip and its log, chain the records after its last record, write tree and commit, move the
 * branch without force. When another commit landed meanwhile the update is not a fast
 * forward: read again, re-chain, retry. Throws CommitBackError (holding the records) when it
 * cannot push.
 */
async function commitRecords(options) {
    const { octokit, branch } = options;
    const repo = { owner: options.owner, repo: options.repo };
    const folder = (0,store/* logPath */.Q2)(options.dir ?? 'access');
    const attempts = options.attempts ?? 5;
    const sleep = options.sleep ?? sleeper;
    // What the caller keeps if nothing lands: chained onto the log as last read.
    let kept = (0,record/* chain */.cy)(options.records);
    for (let attempt = 1;; attempt++) {
        try {
            const tip = await branchTip(octokit, repo, branch);
            const files = await filesBelow(octokit, repo, tip.tree, folder, name => name.endsWith('.jsonl'));
            const { records, appends } = (0,store/* planAppend */.Ae)(files, options.records, folder);
            kept = records;
            const commit = await commitFiles(octokit, repo, {
                branch,
                parent: tip,
                message: options.message,
                files: appends.map(a => ({
                    path: a.path,
                    content: (files.find(f => f.path === a.path)?.text ?? '') + a.text
                })),
                move: 'fast-forward'
            });
            return { commit, records, attempts: attempt };
        }
        catch (err) {
            if (err instanceof verify/* BrokenLogError */.sp)
                throw new CommitBackError(`cannot append to the log on ${branch}: ${err.message}`, kept);
            if (!branchMoved(err) || attempt >= attempts) {
                const why = branchMoved(err)
                    ? `the branch kept moving (${attempt} tries)`
                    : `${err.message}: the token needs contents: write on the branch, and a way past its protection rules`;
                throw new CommitBackError(`could not push the revocation log to ${repo.owner}/${repo.repo}@${branch}: ${why}`, kept);
            }
            await sleep((options.backoffMs ?? 500) * 2 ** (attempt - 1));
        }
    }
}

// EXTERNAL MODULE: ./src/log/lock.ts
var log_lock = __webpack_require__(28939);
;// CONCATENATED MODULE: ./src/action/log.ts
// The log of the action's runs: appended in the checkout as each step happens (locked, as on
// the command line), then the records go to the log on the default branch in one commit; when
// they cannot, they are kept in the job summary and in a file the workflow uploads, and the
// run fails.





/** The commit that holds the records (also the `log-commit` output). */
async function commitLog(input) {
    try {
        const committed = await commitRecords({
            octokit: input.octokit,
            ...input.repo,
            branch: input.branch,
            records: input.entries,
            message: input.message,
            dir: input.dir
        });
        setOutput('log-commit', committed.commit);
        core_summary.addRaw(`\nLog committed in ${committed.commit} (${committed.records.length} records).\n`, true);
        return committed.commit;
    }
    catch (err) {
        if (!(err instanceof CommitBackError))
            throw err;
        const file = (0,external_node_path_.join)(process.env.RUNNER_TEMP || process.cwd(), 'offboard-unpushed-log.jsonl');
        (0,external_node_fs_.writeFileSync)(file, err.jsonl);
        setOutput('unpushed-log', file);
        await core_summary
            .addRaw(`\n**The log could not be committed** (${err.message}). Its records:\n\n\`\`\`jsonl\n${err.jsonl}\`\`\`\n`, true)
            .write();
        throw new Error(`the revocation log could not be committed back: ${err.message}. The records are in the job summary and in ${file} (upload it with actions/upload-artifact)`, { cause: err });
    }
}
/** Runs `fn` with the checkout's log below `accessDir` locked and open (withLockedLog), the
 *  wait and any takeover reported, and what earlier runs left in doubt warned about. */
function withCheckoutLog(accessDir, command, fn) {
    const lock = { command, onWait: info, onNotice: warning };
    return (0,log_lock.withLockedLog)(accessDir, process.cwd(), lock, async (log) => {
        if (log.unanswered.length > 0)
            warning(`an earlier run stopped before ${log.unanswered.length} write(s) were answered (log seq ${log.unanswered.map(r => r.seq).join(', ')}): this run discovers again what is left and logs each one found done as already absent`);
        return fn(log);
    });
}
/** What a run hands to the commit: every record the checkout's log took, then any outcome it
 *  could not take (the commit still can). */
function entriesToCommit(log, applied) {
    if (log.failure)
        error(`${log.failure.message}; the commit carries the rest`);
    return [...log.records, ...applied.unrecorded];
}
/** An apply that threw half-way: what it appended is committed back (or kept in the summary
 *  and the artifact), then the error goes on. */
async function commitInterrupted(input, log, err) {
    if (log.records.length > 0) {
        const people = [...new Set(log.records.map(r => r.person))].join(', ');
        await commitLog({
            ...input,
            entries: [...log.records],
            message: `offboard: revocation log for ${people}, of a run that stopped half-way\n\n${err.message}`
        }).catch((pushErr) => error(pushErr.message));
    }
    throw err;
}

;// CONCATENATED MODULE: ./src/action/repo.ts
// The repository the action runs in, the job's client for it (src/github/), and the
// environment the connectors get.





function currentRepo() {
    const { owner, repo } = github/* context */._.repo;
    return { owner, repo };
}
/** The client for this repository: the text the action writes to it (comments, issues, pull
 *  requests, commit messages) is scrubbed of secrets as it leaves. */
function repoClient(token) {
    if (!token)
        throw new Error('input "repo-token" is empty: pass ${{ github.token }} (the default) or a token that can write pull request comments and issues');
    return (0,github_client/* repositoryClient */.c0)({
        token,
        baseUrl: process.env.GITHUB_API_URL,
        log: line => debug(line),
        paceWrites: process.env.OFFBOARD_GITHUB_PACE_WRITES !== 'false',
        scrub: redact/* redact */.E$
    });
}
/** What the connectors get in the action: the job's environment; each secret they read is
 *  masked in the job log and registered for redaction. */
const connectorEnvironment = () => ({
    env: process.env,
    maskSecret: value => setSecret(value),
    log: line => debug(line)
});
/** " (run <url>)" for the workflow run, when the runner says which one it is. */
function runLink() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
    return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? ` (run ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID})`
        : '';
}
/** The access directory as a path inside the repository (the workspace), for the git data
 *  API: the log commit and the offboarding commit. */
function pathInRepository(accessDir) {
    const rel = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(accessDir));
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw new Error(`input "access-dir" is "${accessDir}": it must be a directory inside the repository`);
    return rel.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./src/change.ts
var change = __webpack_require__(18767);
;// CONCATENATED MODULE: ./src/github/pulls.ts
// Pull requests of the access repository: the one that merged a commit, the one open from a
// branch (opened, or reused when another run opened it first), who approved it, and review
// requests.

/** The merged pull request that brought `sha` in; undefined for a commit pushed without
 *  one (an open pull request that holds the commit did not bring it). */
async function mergedPullOf(client, repo, sha) {
    const { data: pulls } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha
    });
    const pull = pulls.find(p => p.merged_at);
    return (pull && {
        number: pull.number,
        headSha: pull.head.sha,
        author: pull.user?.login,
        merged: true,
        createdAt: pull.created_at,
        ...(pull.merged_at ? { mergedAt: pull.merged_at } : {}),
        headRef: pull.head.ref
    });
}
/** The open pull request from `head` (a branch of this repository) into `base`, if any. */
async function openPullFrom(client, repo, head, base) {
    const { data } = await client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${repo.owner}:${head}`,
        base,
        per_page: 1
    });
    return data[0] && pullRef(data[0]);
}
const pullRef = (p) => ({ number: p.number, url: p.html_url, headSha: p.head.sha, createdAt: p.created_at });
/** Opens a pull request from `head` into `base`; when another run got there first, its open
 *  pull request is returned instead (`reused`). `author` is who opened it (reviews cannot be
 *  requested from them). */
async function openPull(client, repo, pull) {
    try {
        const { data } = await client.rest.pulls.create({ ...repo, ...pull });
        return {
            pull: pullRef(data),
            reused: false,
            author: data.user?.login
        };
    }
    catch (err) {
        const raced = err.status === 422
            ? await openPullFrom(client, repo, pull.head, pull.base)
            : undefined;
        if (raced)
            return { pull: raced, reused: true };
        throw new Error(`could not open the pull request from ${pull.head}: ${(0,github_client/* describeError */.Uc)(err)} (the token needs contents: write and pull-requests: write)`, { cause: err });
    }
}
/** Who approved `head`, the pull request's head commit: each person's latest review that is
 *  not a comment, where that review approves that very commit (an approval of an earlier
 *  push approves nothing pushed since); bots' reviews are not approvals. Sorted. */
async function approversOf(client, repo, number, head) {
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
        ...repo,
        pull_number: number,
        per_page: 100
    });
    const latest = new Map();
    for (const r of reviews)
        if (r.user && r.user.type !== 'Bot' && r.state !== 'COMMENTED' && r.state !== 'PENDING')
            latest.set(r.user.login, { state: r.state, commit: r.commit_id });
    return [...latest]
        .filter(([, r]) => r.state === 'APPROVED' && r.commit === head)
        .map(([login]) => login)
        .sort();
}
/** Asks users and teams (slugs of the repository's organization) to review. */
async function requestReviews(client, repo, number, reviewers) {
    await client.rest.pulls.requestReviewers({
        ...repo,
        pull_number: number,
        reviewers: reviewers.users,
        team_reviewers: reviewers.teams
    });
}

// EXTERNAL MODULE: ./src/report/plan-marker.ts
var plan_marker = __webpack_require__(60342);
;// CONCATENATED MODULE: ./src/action/review.ts
// What apply knows of how its change was reviewed, from the access repository: the merged
// pull request that brought the commit, who approved that pull request's head commit, and
// the plan offboard last posted there for that head (read from the marker of the comment
// written by the identity repo-token acts as; a marker in anyone else's comment is ignored).







const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The GitHub accounts (at base) of the people the change from `base` to `head` departs. */
const departingAccounts = (base, head) => (0,change/* detectChange */.A)(base, head)
    .departures.map(d => d.person.accounts.github)
    .filter((login) => !!login);
async function reviewOf(client, repo, sha, departing) {
    const pull = await mergedPullOf(client, repo, sha);
    if (!pull)
        return { approvers: [], independent: [], departing };
    const [approvers, identity] = await Promise.all([
        approversOf(client, repo, pull.number, pull.headSha),
        (0,github_client/* viewerLogin */.wz)(client).catch((err) => {
            warning(`${err.message}: no plan comment is trusted, so none is compared`);
            return undefined;
        })
    ]);
    const comment = identity && (await findComment(client, repo, pull.number, plan_marker/* PLAN_COMMENT_MARKER */.FL, identity));
    const independent = approvers.filter(a => !(pull.author && same(a, pull.author)) && !departing.some(d => same(a, d)));
    return {
        pull,
        approvers,
        independent,
        departing,
        ...(identity ? { identity } : {}),
        ...(comment ? { posted: (0,plan_marker/* readPlanMarker */.c5)(comment.body) ?? {} } : {})
    };
}
/** What every log record of the run says of the review (the plan's side is added there). */
const reviewEvidence = (review) => {
    const posted = postedPlan(review);
    return {
        merged: !!review.pull,
        ...(review.pull ? { pr_head: review.pull.headSha } : {}),
        ...(review.pull?.author ? { author: review.pull.author } : {}),
        approved: review.independent.length > 0,
        ...(posted ? { posted_plan: posted } : {})
    };
};

;// CONCATENATED MODULE: ./src/action/requested.ts
const PREFIX = 'offboard/';
/** The branch of a person's offboarding pull request; offboard owns the `offboard/` prefix. */
const offboardBranch = (id) => `${PREFIX}${id}`;
/** The request times of a change pushed as `committedAt`, merged by `pull` (if any). */
const pullRequestTimes = (pull, committedAt) => ({ at: pull?.mergedAt ?? committedAt, ...dispatchTimes(pull) });
/** The dispatched departure of an offboarding pull request: its person, when it was opened. */
function dispatchTimes(pull) {
    const person = pull?.headRef.startsWith(PREFIX) ? pull.headRef.slice(PREFIX.length) : '';
    return pull && person ? { dispatched: { [person]: pull.createdAt } } : {};
}

;// CONCATENATED MODULE: ./src/action/apply.ts
// Mode `apply`, for a push to the default branch: the change is the push's before..after;
// find how it was reviewed (the merged pull request, approvals of its head, the plan posted
// for that head), refuse it when policy.require_approval asks for a review it lacks, revoke,
// commit the log back to the branch in one commit through the git data API, and say what was
// done on the merged pull request.














const ZERO = /^0+$/;
async function applyMode(settings) {
    const push = github/* context */._.payload;
    const branch = push.repository.default_branch;
    if (push.ref !== `refs/heads/${branch}`) {
        info(`${push.ref} is not the default branch (${branch}): nothing to apply`);
        return;
    }
    if (ZERO.test(push.before)) {
        info('a new branch has no previous commit to compare with: nothing to apply');
        return;
    }
    // Where the log goes, checked before anything is revoked.
    const logDir = pathInRepository(settings.accessDir);
    await Promise.all([ensureCommit(push.before), ensureCommit(push.after)]);
    const revisions = await (0,engine.loadRevisions)({
        cwd: process.cwd(),
        dir: settings.accessDir,
        base: push.before,
        head: push.after
    });
    if (!revisions.ok) {
        annotate(revisions.diagnostics);
        throw new Error(`the declarations at ${revisions.which} are invalid: nothing is revoked`);
    }
    const octokit = repoClient(settings.repoToken);
    const repo = currentRepo();
    const range = `${push.before.slice(0, 7)}..${push.after.slice(0, 7)}`;
    const review = await reviewOf(octokit, repo, push.after, departingAccounts(revisions.base.declarations, revisions.head.declarations));
    // Judged by base's policy: a change cannot lift the rule it is judged by.
    const why = unreviewed(review, range);
    if (why && revisions.base.declarations.platforms.policy.require_approval) {
        await core_summary
            .addHeading('offboard apply: refused', 3)
            .addRaw(`**Refused by \`policy.require_approval\`**: ${(0,markdown/* cell */.H)(why)}. Nothing was revoked.\n`, true)
            .write();
        throw new Error(`refused by policy.require_approval: ${why}. Nothing was revoked: revert the change, or have someone other than its author and the people it departs approve the pull request's head and re-run this job`);
    }
    if (why)
        warning(`${why}; applied all the same (policy.require_approval is off at base: turn it on to refuse such changes)`, { title: 'offboard: not reviewed' });
    const change = {
        base: push.before,
        head: push.after,
        pr: review.pull?.number ?? null,
        approvers: review.approvers
    };
    const requested = pullRequestTimes(review.pull, revisions.head.committedAt);
    const run = { push, revisions, octokit, repo, review, change, requested, branch, logDir, range };
    await withCheckoutLog(settings.accessDir, 'action apply', log => revokeAndCommit(run, log));
}
/** Revokes with the checkout's log locked and written as it happens, commits it back, and
 *  says so on the merged pull request. */
async function revokeAndCommit(run, log) {
    const { revisions, octokit, repo, review, change, requested, branch, logDir, range } = run;
    const target = { octokit, repo, branch, dir: logDir };
    const applied = await (0,apply.applyChange)(revisions.base, revisions.head, connectorEnvironment(), {
        change,
        requested,
        actor: github/* context */._.actor || 'github-actions',
        review: reviewEvidence(review),
        onOutcome: o => info((0,report_applied.progressLine)(o)),
        onRecord: entry => log.append(entry),
        inDoubt: log.unanswered
    }).catch((err) => commitInterrupted(target, log, err));
    const { plan } = applied;
    if (plan.refused)
        throw new Error(`refused: ${plan.refused.message}`);
    if (applied.entries.length === 0) {
        info('nothing to revoke');
        return;
    }
    for (const person of plan.people)
        await group(`${person.person}: ${person.kind}, ${person.why}`, async () => {
            for (const e of applied.entries.filter(x => x.person === person.person))
                info((0,report_applied.outcomeLine)(e));
        });
    const reviewed = reviewMarkdown(review, plan.hash, range);
    const people = [...new Set(applied.entries.map(e => e.person))].join(', ');
    const message = `offboard: revocation log for ${people}${change.pr ? ` (#${change.pr})` : ''}\n\nApplied ${range}, plan ${plan.hash}${change.approvers.length ? `\nApproved by ${change.approvers.join(', ')}` : '\nNot approved'}`;
    const summary = core_summary
        .addHeading(`offboard apply: ${people}`, 3)
        .addRaw(`${reviewed.join('\n\n')}\n\n`, true)
        .addRaw((0,report_applied/* appliedMarkdown */.HQ)(applied.entries), true)
        .addRaw((0,report_applied/* timesMarkdown */.ob)(plan, log.records), true);
    const logCommit = await commitLog({
        ...target,
        entries: entriesToCommit(log, applied),
        message
    });
    await summary.write();
    if (review.pull)
        await addComment(octokit, repo, review.pull.number, (0,report_applied/* appliedComment */.Nn)({
            review: reviewed,
            entries: applied.entries,
            logCommit,
            branch,
            runLink: runLink()
        })).catch((err) => warning(`could not comment on pull request #${review.pull.number} (${err.message}): the outcomes are in the job summary (the token needs pull-requests: write)`));
    if (applied.failed > 0)
        setFailed(`${applied.failed} failed: see the log lines marked failed; fix the cause and re-run this job (it resumes where it stopped)`);
}

// EXTERNAL MODULE: ./src/audit/index.ts + 4 modules
var audit = __webpack_require__(13580);
// EXTERNAL MODULE: ./src/heap.ts
var heap = __webpack_require__(72753);
// EXTERNAL MODULE: ./src/evidence/evidence.ts + 1 modules
var evidence = __webpack_require__(74102);
// EXTERNAL MODULE: ./src/report/audit.ts
var report_audit = __webpack_require__(8809);
// EXTERNAL MODULE: ./src/report/evidence.ts + 1 modules
var report_evidence = __webpack_require__(67771);
;// CONCATENATED MODULE: ./src/action/audit.ts
// Action mode `audit` (schedule, workflow_dispatch): the same audit as `offboard audit`, its
// report in the job summary with the evidence of the last 30 days after it (as
// `offboard evidence` prints it), and one drift issue in the repository kept in step with it.












/** The label that finds the drift issue; the issue is created with it. */
const DRIFT_LABEL = 'offboard-drift';
/** GitHub refuses issue bodies over 65,536 characters; leave room for the footer. */
const MAX_BODY = 60_000;
/** A job summary may hold 1 MiB; the evidence after the audit takes the rest. */
const MAX_SUMMARY = 800_000;
/** The days of departures the evidence in the job summary covers. */
const EVIDENCE_DAYS = 30;
async function runAudit(settings, head) {
    (0,heap/* collectGarbageSooner */.w)();
    const drift = await (0,engine.auditDeclarations)(head, { ...connectorEnvironment(), log: line => info(line) }, { dir: settings.accessDir, cwd: process.cwd() });
    info((0,report_audit.auditText)(drift, settings.accessDir));
    await core_summary
        .addRaw((0,report_audit/* auditMarkdown */.lG)(drift, settings.accessDir, { maxChars: MAX_SUMMARY }))
        .addRaw(`\n\n${await evidenceSummary(settings.accessDir, head)}\n`)
        .write();
    const found = (0,audit.blocking)(drift).length;
    if (found)
        warning(`offboard audit: ${found} finding(s) of severity ${audit/* FAIL_AT */.lL} or above`);
    // The issue lives in this repository: the repo-token input, else the organization token.
    const token = settings.repoToken || process.env.GITHUB_TOKEN;
    if (!token || !process.env.GITHUB_REPOSITORY) {
        warning('offboard audit: no drift issue kept: set GITHUB_TOKEN (with issues: write) and run in a repository (GITHUB_REPOSITORY)');
        return;
    }
    await syncDriftIssue(repoClient(token), currentRepo(), drift, settings.accessDir);
}
/** The evidence of the last EVIDENCE_DAYS days (UTC, today included), from the checkout's log
 *  and history, for the job summary; a broken chain gives a warning instead. */
async function evidenceSummary(dir, head, now = new Date()) {
    const since = new Date(now.getTime() - EVIDENCE_DAYS * 86_400_000).toISOString().slice(0, 10);
    const report = await (0,evidence.buildEvidence)({
        files: await (0,store.readLog)(dir, process.cwd()),
        dir,
        cwd: process.cwd(),
        revokeWithin: head.platforms.policy.revoke_within,
        now,
        since
    });
    if ('rows' in report)
        return (0,report_evidence.evidenceMarkdown)(report);
    const message = `offboard evidence: the revocation log is broken at ${report.where} (${report.problem}): no evidence until it is restored from git history`;
    warning(message);
    return `> [!CAUTION]\n> ${(0,markdown/* cell */.H)(message)}`;
}
/** Keeps exactly one open issue labelled DRIFT_LABEL: opened when drift appears, its body
 *  replaced while drift stays, closed with a comment once every platform is checked and clean. */
async function syncDriftIssue(octokit, repo, drift, origin) {
    try {
        await sync(octokit, repo, drift, origin, runLink());
    }
    catch (error) {
        throw new Error(`could not update the drift issue in ${repo.owner}/${repo.repo}: ${(0,github_client/* describeError */.Uc)(error)} (the workflow needs "permissions: issues: write")`, { cause: error });
    }
}
async function sync(octokit, repo, drift, origin, link) {
    const [issue, ...extra] = await openIssuesLabelled(octokit, repo, DRIFT_LABEL);
    const found = (0,audit.blocking)(drift).length;
    const unchecked = drift.platforms.filter(p => p.status === 'not_checked').map(p => p.platform);
    const body = `${(0,report_audit/* auditMarkdown */.lG)(drift, origin, { maxChars: MAX_BODY })}\n---\n_Kept up to date by the scheduled offboard audit${link}._\n`;
    const title = `Access drift: ${found} finding${found === 1 ? '' : 's'} of severity ${audit/* FAIL_AT */.lL} or above`;
    for (const dup of extra) {
        await addComment(octokit, repo, dup.number, `Duplicate of #${issue.number}, which tracks the drift.`);
        await octokit.rest.issues.update({ ...repo, issue_number: dup.number, state: 'closed' });
    }
    if (found > 0) {
        if (issue) {
            await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body });
            info(`drift issue #${issue.number} updated`);
        }
        else {
            const { data } = await octokit.rest.issues.create({
                ...repo,
                title,
                body,
                labels: [DRIFT_LABEL]
            });
            info(`drift issue #${data.number} opened`);
        }
        return;
    }
    if (!issue)
        return;
    if (unchecked.length) {
        // Not clean until every platform could be looked at: keep the issue, say why.
        await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body });
        info(`drift issue #${issue.number} stays open: ${unchecked.join(', ')} not checked`);
        return;
    }
    await addComment(octokit, repo, issue.number, `The audit at ${drift.at} found no drift of severity ${audit/* FAIL_AT */.lL} or above on any platform${link}: closing.`);
    await octokit.rest.issues.update({
        ...repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed'
    });
    info(`drift issue #${issue.number} closed: the audit is clean`);
}

;// CONCATENATED MODULE: ./src/action/events.ts
const EVENTS = {
    plan: { events: ['pull_request'], use: 'on: pull_request' },
    apply: { events: ['push'], use: 'on: push to the default branch' },
    audit: { events: ['schedule', 'workflow_dispatch'], use: 'on: schedule or workflow_dispatch' },
    offboard: {
        events: ['workflow_dispatch', 'repository_dispatch'],
        use: 'on: workflow_dispatch or repository_dispatch'
    },
    // Never pull_request: a sweep revokes without review, from the default branch only.
    sweep: { events: ['schedule', 'workflow_dispatch'], use: 'on: schedule or workflow_dispatch' }
};
/** Why `mode` must not run on `event`; undefined when it may (or when `mode` is none:
 *  the settings say so). */
function refusedEvent(mode, event) {
    if (event === 'pull_request_target')
        return `offboard refuses pull_request_target: it hands the repository's secrets to a job acting for a pull request nobody has reviewed (a fork's included), and it checks out the default branch, not the pull request. Run mode "plan" on pull_request instead: pull requests from forks then get a plan from the declarations alone, with no secrets`;
    const rule = EVENTS[mode];
    if (!rule || rule.events.includes(event))
        return undefined;
    const { use } = rule;
    return `mode "${mode}" does not run on "${event || 'an unknown event'}": run it ${use} (plan on pull_request, apply on push, audit and sweep on schedule, offboard on dispatch)`;
}

// EXTERNAL MODULE: ./src/declarations/depart.ts
var depart = __webpack_require__(14235);
// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __webpack_require__(40679);
// EXTERNAL MODULE: ./src/log/known-ids.ts
var known_ids = __webpack_require__(14798);
;// CONCATENATED MODULE: ./src/report/offboard.ts

/** The first line of the pull request body, and of the comment an urgent revocation leaves. */
const REQUEST_MARKER = '<!-- offboard:request -->';
const URGENT_MARKER = '<!-- offboard:urgent -->';
/** The pull request that marks the person departed: its title, its commit and its body. */
function offboardingPull(d) {
    const { person } = d;
    return {
        title: `Offboard ${person.name} (${person.id})${d.urgent ? ': urgent, access revoked at once' : ''}`,
        message: `offboard: ${person.id} departed on ${d.departedOn}\n\nRequested by ${d.actor} (${d.event}).${d.reason ? `\nReason: ${d.reason}` : ''}`,
        body: requestBody(d)
    };
}
function requestBody(d) {
    const out = [
        REQUEST_MARKER,
        `Marks **${d.person.id}** (${d.person.name}) departed on ${d.departedOn} in \`${d.path}\`.`,
        '',
        `Requested by @${d.actor} through \`${d.event}\`${d.runLink}.`,
        ''
    ];
    if (d.reason)
        out.push('Reason:', '', (0,markdown/* verbatim */.B)(d.reason), '');
    if (d.departedOn > d.today)
        out.push('> [!WARNING]', `> The departure date is after today. Merging revokes at once: merge on ${d.departedOn}.`, '');
    if (d.urgent)
        out.push('> [!CAUTION]', '> **Urgent**: access is revoked at once, before review. The comment below lists what was revoked; the revocation log holds the records. Merging records the departure, and its apply finds everything already absent.', '');
    out.push('Merging revokes everything the plan comment lists on every platform, then appends the revocation log. Review the plan; it is refreshed on every push to this branch.');
    return out.join('\n');
}
const urgent = (text) => `${URGENT_MARKER}\n${text}`;
/** The urgent revocation the guards refused. */
const urgentRefused = (message) => urgent(`Urgent revocation refused: ${message}`);
/** What the urgent revocation did, when its log could not be committed. */
const urgentUnlogged = (counts, runLink, table) => urgent(`Urgent revocation: ${counts}. **The log could not be committed**: the records are in the job summary and artifact of ${runLink || 'the workflow run'}.\n\n${table}`);
/** What the urgent revocation did, and where the log records it (`logLine`). */
function urgentRevoked(r) {
    const next = r.failed
        ? 'Some steps failed: re-run the workflow with urgent, or merge; the apply after merge tries everything again.'
        : 'Merging records the departure; its apply will find everything already absent.';
    return urgent(`### Revoked at once (urgent), before review\n\nRequested by @${r.actor}${r.runLink}: ${r.counts}. ${r.logLine}\n\n${r.table}\n\n${next}`);
}

// EXTERNAL MODULE: ./src/report/plan.ts
var report_plan = __webpack_require__(51307);
;// CONCATENATED MODULE: ./src/action/codeowners.ts
// Who owns a path by the repository's CODEOWNERS file, read as GitHub reads it: the first of
// .github/, the root and docs/; gitignore-style patterns; the last matching line wins; a
// line with no owners leaves its paths unowned.


/** Where GitHub looks, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** The repository's CODEOWNERS below `root`, or undefined when it has none. */
function readCodeowners(root) {
    for (const file of CODEOWNERS_PATHS) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
        }
        catch {
            continue;
        }
        return { file, rules: parseCodeowners(text) };
    }
    return undefined;
}
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const [first, ...rest] = line.split(/\s+/);
        const owners = [];
        for (const word of rest) {
            if (word.startsWith('#'))
                break; // an inline comment
            owners.push(word);
        }
        const pattern = first.startsWith('\\#') ? first.slice(1) : first;
        rules.push({ line: i + 1, pattern, matches: patternRegex(pattern), owners });
    });
    return rules;
}
/** The owners of `path` (relative to the repository root): those of the last matching rule. */
function ownersOf(codeowners, path) {
    for (let i = codeowners.rules.length - 1; i >= 0; i--)
        if (codeowners.rules[i].matches.test(path))
            return codeowners.rules[i];
    return undefined;
}
/** Owners as review requests: users and the organization's teams, without `exclude` (the
 *  pull request's author, the person who leaves). */
function asReviewers(owners, org, exclude) {
    const out = { users: [], teams: [], skipped: [] };
    const excluded = new Set(exclude.map(l => l.toLowerCase()));
    for (const owner of owners) {
        const team = /^@([^/\s]+)\/(.+)$/.exec(owner);
        if (team) {
            if (team[1].toLowerCase() === org.toLowerCase())
                out.teams.push(team[2]);
            else
                out.skipped.push(`${owner} (a team of another organization)`);
        }
        else if (owner.startsWith('@')) {
            const login = owner.slice(1);
            if (excluded.has(login.toLowerCase()))
                out.skipped.push(`${owner} (excluded)`);
            else
                out.users.push(login);
        }
        else
            out.skipped.push(`${owner} (an email: name the GitHub login instead)`);
    }
    return out;
}
/** gitignore-style: `*` within a segment, `**` across, `?` one character; a leading or
 *  inner `/` anchors at the root; a trailing `/` means everything inside; a match on a
 *  directory covers everything inside it, except that `dir/*` stops at dir's own files
 *  (as GitHub documents). */
function patternRegex(pattern) {
    const dirOnly = pattern.endsWith('/');
    const trimmed = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    const anchored = pattern.startsWith('/') || trimmed.includes('/');
    let body = '';
    for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed[i];
        if (trimmed.startsWith('**/', i)) {
            body += '(?:.*/)?';
            i += 2;
        }
        else if (trimmed.startsWith('/**', i) && i + 3 === trimmed.length) {
            body += '(?:/.*)?';
            i += 2;
        }
        else if (trimmed.startsWith('**', i)) {
            body += '.*';
            i += 1;
        }
        else if (c === '*')
            body += '[^/]*';
        else if (c === '?')
            body += '[^/]';
        else
            body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    const inside = dirOnly ? '/.*' : trimmed.endsWith('/*') ? '' : '(?:/.*)?';
    return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${inside}$`);
}

;// CONCATENATED MODULE: ./src/action/offboard.ts
// Mode `offboard`, for workflow_dispatch and repository_dispatch (`person-departed`, sent by an
// HR system or identity provider): open the pull request that marks a person departed (branch
// and commit through the git data API, the plan as its sticky comment, a label, reviewers from
// CODEOWNERS), or find the one already open. With urgent, also revoke at once, commit the log
// and say so on the pull request; the apply after merge then finds everything already absent.
// This file orchestrates: the repository's calls are in src/github/, the texts in
// report/offboard.ts.





















async function offboardMode(settings, local) {
    const request = settings.offboard;
    if (!request)
        throw new Error('mode "offboard" needs the input "person"');
    const person = findPerson(local, request.person, settings.accessDir);
    if (person.status === 'departed') {
        notice(`${person.id} is already departed in ${person.at.file}${person.departed_on ? ` (on ${person.departed_on})` : ''}: no pull request to open. The apply on merge revoked their access; the audit reports anything left.`);
        return;
    }
    const octokit = repoClient(settings.repoToken);
    const repo = currentRepo();
    const payload = github/* context */._.payload;
    const defaultBranch = payload.repository?.default_branch ??
        (await octokit.rest.repos.get({ ...repo })).data.default_branch;
    if (github/* context */._.ref && github/* context */._.ref !== `refs/heads/${defaultBranch}`)
        throw new Error(`mode "offboard" starts from the default branch (${defaultBranch}), but this run is on ${github/* context */._.ref}: run the workflow on ${defaultBranch}`);
    const accessDir = pathInRepository(settings.accessDir);
    const run = {
        octokit,
        repo,
        request,
        person,
        defaultBranch,
        accessDir,
        path: `${accessDir}/people/${person.id}.yaml`,
        actor: github/* context */._.actor || 'github-actions'
    };
    const open = await openPullFrom(octokit, repo, offboardBranch(person.id), defaultBranch);
    const { pull, text } = open
        ? { pull: open, text: await personFile(run, open.headSha) }
        : await openOffboardingPull(run);
    if (open)
        info(`${person.id}: pull request #${pull.number} is already open: reusing it`);
    setOutput('pull-request', pull.number);
    setOutput('pull-request-url', pull.url);
    // Base: the default branch as checked out; head: the same tree with the pull request's file.
    const edited = await (0,load/* loadDeclarations */.Cq)((0,files/* withContents */.xT)((0,files/* directorySource */.X5)(settings.accessDir), new Map([[`people/${person.id}.yaml`, Buffer.from(text)]])));
    if (edited.diagnostics.length)
        throw new Error(`${run.path} on ${offboardBranch(person.id)} is invalid (${edited.diagnostics.map(load/* formatDiagnostic */.xy).join('; ')}): fix it on the pull request #${pull.number}`);
    const base = {
        label: `${defaultBranch} (${github/* context */._.sha.slice(0, 7)})`,
        commit: github/* context */._.sha,
        declarations: local,
        // Read as the base declarations are: from the default branch's checkout.
        knownIds: await (0,known_ids/* knownIdsIn */.b$)(settings.accessDir, process.cwd())
    };
    const head = {
        label: `${offboardBranch(person.id)} (${pull.headSha.slice(0, 7)})`,
        commit: pull.headSha,
        declarations: edited.declarations
    };
    if (request.urgent)
        await revokeNow(run, pull, base, head);
    else {
        const plan = await (0,engine.planChange)(base, head, connectorEnvironment(), {
            requested: dispatched(person, pull)
        });
        const markdown = (0,report_plan/* planMarkdown */.Xg)(plan, { base: base.commit, head: head.commit });
        await upsertPlanComment(run, pull, markdown);
        await core_summary.addRaw(`Offboarding pull request: ${pull.url}\n\n${markdown}`, true).write();
        if (plan.refused)
            warning(`the plan is refused: ${plan.refused.message}`);
    }
}
/** The dispatch time of a person's departure: when their offboarding pull request was opened
 *  (by this run, or by the earlier request that opened the one reused). */
const dispatched = (person, pull) => dispatchTimes({ createdAt: pull.createdAt, headRef: offboardBranch(person.id) });
/** The person by id, or by email without regard to case; never a guess. */
function findPerson(decl, wanted, dir) {
    const byId = decl.people.get(wanted);
    if (byId)
        return byId;
    const email = wanted.toLowerCase();
    const byEmail = [...decl.people.values()].filter(p => p.email.toLowerCase() === email);
    if (byEmail.length === 1)
        return byEmail[0];
    if (byEmail.length > 1)
        throw new Error(`${wanted} is the email of ${byEmail.map(p => p.id).join(' and ')}: name the person by id`);
    const known = [...decl.people.values()].flatMap(p => [p.id, p.email]);
    throw new Error(`no person "${wanted}" in ${dir}/people, by id or email${(0,suggest/* didYouMean */.a)(wanted, known)}: check the request, or declare the person first`);
}
/** The person's file on the pull request's branch. */
const personFile = (run, ref) => fileAt(run.octokit, run.repo, run.path, ref);
/** Branch, commit and pull request, then (best effort) the label and the reviewers. */
async function openOffboardingPull(run) {
    const { octokit, repo, person, request } = run;
    const branch = offboardBranch(person.id);
    const tip = await branchTip(octokit, repo, run.defaultBranch);
    const current = await personFile(run, tip.commit);
    let text;
    try {
        text = (0,depart.markDeparted)(current, request.departedOn, run.path);
    }
    catch (err) {
        if (err instanceof depart/* DepartError */.D)
            throw new Error(`${err.message} on ${run.defaultBranch}`, { cause: err });
        throw err;
    }
    const { title, message, body } = offboardingPull({
        person,
        departedOn: request.departedOn,
        reason: request.reason,
        urgent: request.urgent,
        path: run.path,
        actor: run.actor,
        event: github/* context */._.eventName,
        runLink: runLink(),
        today: new Date().toISOString().slice(0, 10)
    });
    await commitFiles(octokit, repo, {
        branch,
        parent: tip,
        message,
        files: [{ path: run.path, content: text }],
        move: 'replace'
    });
    const opened = await openPull(octokit, repo, {
        head: branch,
        base: run.defaultBranch,
        title,
        body
    });
    // Another run for the same person got there first: its pull request, with its file.
    if (opened.reused)
        return { pull: opened.pull, text: await personFile(run, opened.pull.headSha) };
    const { pull } = opened;
    info(`${person.id}: opened pull request #${pull.number} (${pull.url})`);
    await labelAndRequestReviews(run, pull.number, opened.author);
    return { pull, text };
}
/** Nice to have, not worth failing for: each problem is a warning that says what to grant. */
async function labelAndRequestReviews(run, number, author) {
    const { octokit, repo, person } = run;
    try {
        await addLabels(octokit, repo, number, [run.request.label]);
    }
    catch (err) {
        warning(`could not label #${number} "${run.request.label}": ${(0,github_client/* describeError */.Uc)(err)} (the token needs issues: write)`);
    }
    const codeowners = readCodeowners(process.cwd());
    const rule = codeowners && ownersOf(codeowners, run.path);
    if (!codeowners || !rule?.owners.length) {
        info(`no code owners for ${run.path}${codeowners ? ` in ${codeowners.file}` : ' (no CODEOWNERS file)'}: no reviewers requested`);
        return;
    }
    // Never the author (GitHub refuses it), never the person who leaves.
    const exclude = [author, person.accounts.github].filter((l) => !!l);
    const reviewers = asReviewers(rule.owners, repo.owner, exclude);
    if (reviewers.skipped.length)
        info(`${codeowners.file}:${rule.line}: not asked: ${reviewers.skipped.join(', ')}`);
    if (!reviewers.users.length && !reviewers.teams.length)
        return;
    try {
        await requestReviews(octokit, repo, number, reviewers);
    }
    catch (err) {
        warning(`could not request reviews on #${number} from ${rule.owners.join(' ')} (${codeowners.file}:${rule.line}): ${(0,github_client/* describeError */.Uc)(err)}; owners must be collaborators with write access`);
    }
}
async function upsertPlanComment(run, pull, body) {
    const author = await (0,github_client/* viewerLogin */.wz)(run.octokit);
    await upsertComment(run.octokit, run.repo, pull.number, { text: plan_marker/* PLAN_COMMENT_MARKER */.FL, author }, body);
}
/** Urgent: revoke now, commit the log to the default branch, and leave the evidence on the
 *  pull request. Guards and protected accounts hold as for any apply, and the log is locked
 *  and written as it happens as for any apply. */
async function revokeNow(run, pull, base, head) {
    info(`${run.person.id}: urgent: revoking now, before review`);
    await withCheckoutLog(run.accessDir, 'action offboard (urgent)', log => revokeLogged(run, pull, base, head, log));
}
async function revokeLogged(run, pull, base, head, log) {
    const { octokit, repo, person } = run;
    const target = { octokit, repo, branch: run.defaultBranch, dir: run.accessDir };
    const applied = await (0,apply.applyChange)(base, head, connectorEnvironment(), {
        change: { base: base.commit, head: pull.headSha, pr: pull.number, approvers: [] },
        actor: run.actor,
        requested: dispatched(person, pull),
        urgent: true,
        onOutcome: o => info((0,report_applied.progressLine)(o)),
        onRecord: entry => log.append(entry),
        inDoubt: log.unanswered
    }).catch((err) => commitInterrupted(target, log, err));
    const { plan } = applied;
    await upsertPlanComment(run, pull, (0,report_plan/* planMarkdown */.Xg)(plan, { base: base.commit, head: head.commit }));
    if (plan.refused) {
        await comment(run, pull, urgentRefused(plan.refused.message));
        throw new Error(`refused: ${plan.refused.message}`);
    }
    const counts = (0,report_applied.tally)(applied.entries);
    const table = (0,report_applied/* appliedMarkdown */.HQ)(applied.entries);
    core_summary
        .addHeading(`offboard: urgent revocation for ${person.id}`, 3)
        .addRaw(`Pull request ${pull.url}: ${counts}\n\n${table}\n`, true)
        .addRaw((0,report_applied/* timesMarkdown */.ob)(plan, log.records), true);
    let logLine;
    try {
        const logCommit = await commitLog({
            ...target,
            entries: entriesToCommit(log, applied),
            message: `offboard: urgent revocation log for ${person.id} (#${pull.number})\n\nRevoked before review at the request of ${run.actor}, plan ${plan.hash}`
        });
        logLine = `The revocation log records it in ${logCommit} on \`${run.defaultBranch}\`.`;
    }
    catch (err) {
        await comment(run, pull, urgentUnlogged(counts, runLink(), table));
        throw err;
    }
    await comment(run, pull, urgentRevoked({
        actor: run.actor,
        runLink: runLink(),
        counts,
        logLine,
        table,
        failed: applied.failed
    }));
    await core_summary.addRaw(`\n${logLine}\n`, true).write();
    if (applied.failed)
        setFailed(`${applied.failed} failed: see the lines marked failed; re-run with urgent, or merge and let the apply retry`);
}
const comment = (run, pull, body) => addComment(run.octokit, run.repo, pull.number, body);

;// CONCATENATED MODULE: ./src/action/plan.ts
// Mode `plan`, for pull_request events: validate the pull request's head, plan, one sticky
// pull request comment updated in place, the job summary, outputs. The plan is bound to its
// commits: the comment names the head it was computed for and the base it compared with, and
// a head whose declarations are invalid replaces the comment with "no plan for <head>", so
// that nobody reads an earlier push's plan as current.












async function planMode(settings) {
    const pr = github/* context */._.payload.pull_request;
    if (!pr)
        throw new Error('the pull_request event carries no pull request');
    // Pull requests from forks get no secrets: say what the declarations imply, and pass.
    const fromFork = pr.head.repo?.full_name !== pr.base.repo.full_name;
    const { checkout, base } = await pullRequestCheckout({ base: pr.base.sha, head: pr.head.sha });
    const commits = { base, head: pr.head.sha };
    await ensureCommit(base);
    const revisions = await (0,engine.loadRevisions)({
        cwd: process.cwd(),
        dir: settings.accessDir,
        base,
        head: checkout
    });
    const post = (markdown) => postPlan(settings, pr.number, fromFork, markdown);
    if (!revisions.ok) {
        annotate(revisions.diagnostics);
        const problems = revisions.diagnostics.map(load/* formatDiagnostic */.xy);
        const markdown = (0,report_plan/* noPlanMarkdown */.YT)(problems, commits, revisions.which);
        await core_summary.addRaw(markdown, true).write();
        await post(markdown);
        setFailed(`${problems.length} problem(s) in the declarations at the pull request's ${revisions.which} (${commits[revisions.which]}): no plan for ${pr.head.sha}. See the annotations, fix them and push again`);
        return;
    }
    // Not merged yet: only a dispatched departure's request time is known (requested.ts).
    const plan = await (0,engine.planChange)(revisions.base, revisions.head, connectorEnvironment(), {
        declaredOnly: fromFork,
        requested: dispatchTimes(fromFork ? undefined : { createdAt: pr.created_at, headRef: pr.head.ref })
    });
    // What the plan could not see is an annotation of its own, never only a line in the comment.
    for (const w of (0,report_plan/* notChecked */.lb)(plan))
        warning(w, { title: 'offboard: not checked' });
    for (const w of (0,report_plan/* failedReads */.$1)(plan))
        warning(w, { title: 'offboard: a read failed' });
    const markdown = (0,report_plan/* planMarkdown */.Xg)(plan, commits);
    setOutput('departures', plan.people.filter(p => p.kind === 'departure').length);
    setOutput('plan-json', (0,report_plan.planJson)(plan));
    await core_summary.addRaw(markdown, true).write();
    await post(markdown);
    if (plan.refused)
        setFailed(`refused: ${plan.refused.message}`);
    else
        for (const p of (0,report_plan.refusedPeople)(plan))
            setFailed(`refused: ${p.refused.message}`);
}
/** The sticky comment: the one written by the identity repo-token acts as, created on the
 *  first run. A fork's token may not comment: the job summary then holds the plan. */
async function postPlan(settings, number, fromFork, markdown) {
    try {
        const client = repoClient(settings.repoToken);
        const author = await (0,github_client/* viewerLogin */.wz)(client);
        await upsertComment(client, currentRepo(), number, { text: plan_marker/* PLAN_COMMENT_MARKER */.FL, author }, markdown);
    }
    catch (err) {
        if (!fromFork)
            throw err;
        warning(`could not comment on the pull request from a fork (${err.message}): the plan is in the job summary`);
    }
}

// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(77607);
;// CONCATENATED MODULE: ./src/action/settings.ts
// The action's inputs as one typed settings object, with clear errors (as actions/checkout's
// input helper does).


const MODES = ['plan', 'apply', 'audit', 'offboard', 'sweep'];
/** GitHub refuses label names longer than this. */
const MAX_LABEL = 50;
/** A reason is a sentence or two; anything longer belongs in the HR system. */
const MAX_REASON = 1000;
function readSettings(now = new Date()) {
    const mode = core/* getInput */.V4('mode', { required: true }).trim();
    if (!MODES.includes(mode))
        throw new Error(`input "mode" is "${mode}": use one of ${MODES.join(', ')}`);
    const accessDir = core/* getInput */.V4('access-dir').trim() || 'access';
    const repoToken = core/* getInput */.V4('repo-token').trim();
    if (repoToken)
        setSecret(repoToken);
    const settings = { mode: mode, accessDir, repoToken };
    if (mode === 'offboard')
        settings.offboard = readOffboardRequest(now);
    if (mode === 'sweep') {
        const person = core/* getInput */.V4('person').trim();
        settings.sweep = person ? { person } : {};
    }
    return settings;
}
function readOffboardRequest(now) {
    const person = core/* getInput */.V4('person').trim();
    if (!person)
        throw new Error('input "person" is empty: mode "offboard" needs the id or email of the person who leaves, e.g. person: ${{ inputs.person || github.event.client_payload.person }}');
    const today = now.toISOString().slice(0, 10);
    const departedOn = core/* getInput */.V4('departed-on').trim() || today;
    if (!(0,duration/* isDate */.$P)(departedOn))
        throw new Error(`input "departed-on" is "${departedOn}": give the departure date as YYYY-MM-DD, or leave it empty for today (${today})`);
    const urgent = parseBoolean('urgent', core/* getInput */.V4('urgent'));
    if (urgent && departedOn > today)
        throw new Error(`input "departed-on" is ${departedOn}, after today (${today}), but "urgent" revokes now: leave the date empty, or drop urgent and merge the pull request on the day`);
    const reason = core/* getInput */.V4('reason').trim();
    if (reason.length > MAX_REASON)
        throw new Error(`input "reason" has ${reason.length} characters: keep it under ${MAX_REASON} (it is shown to everyone who can read the repository)`);
    const label = core/* getInput */.V4('label').trim() || 'offboarding';
    if (label.length > MAX_LABEL)
        throw new Error(`input "label" is longer than ${MAX_LABEL} characters: GitHub refuses it`);
    return { person, departedOn, reason, urgent, label };
}
/** true/false as YAML 1.2 spells them; empty is false. */
function parseBoolean(name, input) {
    const value = input.trim();
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (value === '' || /^(false|False|FALSE)$/.test(value))
        return false;
    throw new Error(`input "${name}" is "${value}": use true or false`);
}

// EXTERNAL MODULE: ./src/sweep.ts
var sweep = __webpack_require__(49159);
;// CONCATENATED MODULE: ./src/action/sweep.ts
// Mode `sweep` (schedule, workflow_dispatch; after audit): what departed people still hold,
// revoked under their merged departure (src/sweep.ts), the log committed back as apply's is.
// It runs only on the default branch's tip as checked out: a pull request's head, another
// branch or a checkout that is not the event's commit could otherwise decide who is departed.










async function sweepMode(settings) {
    const octokit = repoClient(settings.repoToken);
    const repo = currentRepo();
    const payload = github/* context */._.payload;
    const branch = payload.repository?.default_branch ??
        (await octokit.rest.repos.get({ ...repo })).data.default_branch;
    const { ref, sha } = github/* context */._;
    if (ref !== `refs/heads/${branch}`)
        throw new Error(`mode "sweep" runs on the default branch (${branch}), but this run is on ${ref || 'no ref'}: a sweep revokes without a new review, so only what ${branch} holds may say who is departed. Run the workflow on ${branch}`);
    const cwd = process.cwd();
    const checkout = (await (0,files.git)(cwd, 'rev-parse', 'HEAD')).trim();
    if (checkout !== sha)
        throw new Error(`the checkout is ${checkout}, not ${branch}'s commit ${sha} that started this run: check out the default branch as the event gives it (actions/checkout does by default), nothing else`);
    // Where the log goes, checked before anything is revoked.
    const logDir = pathInRepository(settings.accessDir);
    const loaded = await (0,load.loadFromGit)(sha, settings.accessDir, cwd);
    if (loaded.diagnostics.length) {
        annotate(loaded.diagnostics);
        throw new Error(`the declarations at ${sha.slice(0, 7)} are invalid: nothing is swept`);
    }
    const revision = {
        label: `${branch} (${sha.slice(0, 7)})`,
        commit: sha,
        committedAt: await (0,files.commitTime)(sha, cwd),
        declarations: loaded.declarations
    };
    const target = { octokit, repo, branch, dir: logDir };
    await withCheckoutLog(settings.accessDir, 'action sweep', async (log) => {
        const swept = await (0,sweep.sweep)({
            revision,
            log: await (0,store.readLog)(settings.accessDir, cwd),
            ...(settings.sweep?.person ? { person: settings.sweep.person } : {}),
            dir: settings.accessDir,
            cwd
        }, connectorEnvironment(), {
            actor: github/* context */._.actor || 'github-actions',
            onOutcome: o => info((0,report_applied.progressLine)(o)),
            onRecord: entry => log.append(entry),
            inDoubt: log.unanswered
        }).catch((err) => commitInterrupted(target, log, err));
        for (const u of swept.unswept)
            info(`not swept: ${u.person}: ${u.why}`);
        const { plan } = swept;
        if (plan.refused)
            throw new Error(`refused: ${plan.refused.message}`);
        if (swept.entries.length === 0) {
            info(`${revision.label}: no departed person to sweep`);
            return;
        }
        const people = [...new Set(swept.entries.map(e => e.person))].join(', ');
        core_summary
            .addHeading(`offboard sweep: ${people}`, 3)
            .addRaw(`Swept ${revision.label}: ${(0,report_applied.tally)(swept.entries)}\n\n`, true)
            .addRaw((0,report_applied/* appliedMarkdown */.HQ)(swept.entries), true)
            .addRaw((0,report_applied/* timesMarkdown */.ob)(plan, log.records), true);
        await commitLog({
            ...target,
            entries: entriesToCommit(log, swept),
            message: `offboard: sweep log for ${people}\n\nSwept ${revision.label}, plan ${plan.hash}`
        });
        await core_summary.write();
        if (swept.failed > 0)
            setFailed(`${swept.failed} failed: see the log lines marked failed; fix the cause and re-run this job (the next sweep finishes what is left)`);
    });
}

;// CONCATENATED MODULE: ./src/main.ts
// The action: read inputs + event, pick the mode, report. No logic of its own: the engine is
// shared with the command line.











/** The modes that start from the checkout's declarations, validated here. Plan validates the
 *  pull request's head itself, so that its comment can say there is no plan for it. */
const modes = {
    apply: applyMode,
    audit: runAudit,
    offboard: offboardMode,
    sweep: sweepMode
};
async function run() {
    try {
        registerEnvironmentSecrets();
        // Before anything else is read, the inputs of the mode included.
        const refused = refusedEvent(core/* getInput */.V4('mode').trim(), github/* context */._.eventName);
        if (refused) {
            setFailed(refused);
            return;
        }
        const settings = readSettings();
        if (settings.mode === 'plan') {
            await planMode(settings);
            return;
        }
        const { declarations, diagnostics } = await (0,load.loadFromDirectory)(settings.accessDir);
        annotate(diagnostics);
        if (diagnostics.length > 0) {
            setFailed(`${diagnostics.length} problem(s) in ${settings.accessDir}: see the annotations, fix them and push again`);
            return;
        }
        info(`${settings.accessDir}: valid`);
        await modes[settings.mode](settings, declarations);
    }
    catch (err) {
        setFailed(`offboard: ${err.message}`);
    }
}


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


/***/ }),

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


/***/ }),

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


/***/ }),

/***/ 49159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* unused harmony export SweepRefusedError */
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17326);
/* harmony import */ var _connectors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51196);
/* harmony import */ var _declarations_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18975);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22458);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55208);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94160);
/* harmony import */ var _log_known_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14798);
/* harmony import */ var _log_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80599);
/* harmony import */ var _log_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59365);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22464);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(20689);
// Sweep: what a departure left behind (a step that failed, a key created after the revocation,
// a re-invitation) revoked without a new review, because the departure itself was reviewed and
// merged. So a sweep reads only the default branch's committed declarations (never a working
// tree, never a pull request's head), sweeps only people departed there whose departure the
// log records, and only the identity that departure revoked: a departed person's file edited
// since (an account changed, a protection lifted) is refused, or a harmless-looking pull request
// could aim the next sweep at someone else. Then it plans each person as a departure is
// planned, guards, revokes and verifies as apply does (applyPlan), and logs with
// `change.kind: sweep` and the departure's own pull request.











/** A sweep refused as a whole before anything is read: a person named who is not departed at
 *  the commit, or whose departure the log does not record. */
class SweepRefusedError extends Error {
}
async function sweep(request, env, options) {
    const { revision, log } = request;
    const chain = (0,_log_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .chainRecords */ .I1)(log);
    if (!chain.ok)
        throw new _log_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .BrokenLogError */ .sp(chain.where, chain.problem, 'Nothing was swept');
    const { targets, changes, unswept } = await sweepTargets(request, chain.all);
    const { declarations } = revision;
    const { platforms } = declarations;
    const known = (0,_log_known_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .knownIdsFromLog */ .eU)(log, `in ${(0,_log_store_js__WEBPACK_IMPORTED_MODULE_7__/* .logPath */ .Q2)(request.dir)}`);
    const planned = async () => (0,_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .buildSweepPlan */ .cs)({
        revision: { label: revision.label, declarations },
        readers: await (0,_connectors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openReaders */ .J)({ ...env, platforms }),
        targets,
        known
    });
    const plan = await planned();
    const commit = revision.commit;
    const applied = await (0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .applyPlan */ .g)(plan, {
        env,
        platforms,
        claims: (0,_grants_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredClaims */ .SR)([declarations]),
        // Nothing was written: the plan's own discovery is the re-read.
        again: (0,_execute_js__WEBPACK_IMPORTED_MODULE_4__/* .planSteps */ .Dv)(plan).length > 0 ? planned : async () => plan
    }, {
        ...options,
        change: { kind: 'sweep', base: commit, head: commit, pr: null, approvers: [], swept: commit },
        changes
    });
    return { ...applied, unswept };
}
/** Who the sweep is for: every person departed at the commit (or the one named), each with
 *  the change their records will name (their departure's, `kind: sweep`), or refused. */
async function sweepTargets(request, records) {
    const { revision, person: named } = request;
    const label = revision.label;
    const people = [...revision.declarations.people.values()];
    let departed = people.filter(p => p.status === 'departed').sort((a, b) => (a.id < b.id ? -1 : 1));
    if (named !== undefined) {
        const person = revision.declarations.people.get(named);
        if (!person)
            throw new SweepRefusedError(`no person "${named}" at ${label}: a sweep finishes only departures committed to the default branch`);
        if (person.status !== 'departed')
            throw new SweepRefusedError(`${named} is not departed at ${label} (status: ${person.status}): a sweep finishes only departures already merged into the default branch, never one in a working tree or a pull request; merge the departure, and its apply revokes`);
        departed = [person];
    }
    const targets = [];
    const changes = new Map();
    const unswept = [];
    const atCommit = new Map();
    const declarationsAt = (commit) => {
        if (!atCommit.has(commit))
            atCommit.set(commit, readAt(commit, request.dir, request.cwd));
        return atCommit.get(commit);
    };
    for (const person of departed) {
        const mine = records.filter(r => r.person === person.id);
        // Every record of a departure carries requested_at; a sweep's records repeat it.
        const last = mine.findLast(r => r.requested_at !== undefined && r.change.kind !== 'sweep');
        if (!last) {
            const why = `no departure of ${person.id} in the log (departed before offboard managed the tree, or revoked elsewhere), so no reviewed revocation to finish: the audit lists what they still hold`;
            if (named !== undefined)
                throw new SweepRefusedError(why);
            unswept.push({ person: person.id, why });
            continue;
        }
        const departure = last.change;
        const ref = departure.pr !== null ? `#${departure.pr}` : `applied at ${short(departure.head)}`;
        changes.set(person.id, {
            kind: 'sweep',
            base: departure.base,
            head: departure.head,
            pr: departure.pr,
            approvers: departure.approvers,
            swept: revision.commit
        });
        const sameChange = (r) => r.change.base === departure.base &&
            r.change.head === departure.head &&
            r.change.pr === departure.pr;
        const refused = mine.some(r => sameChange(r) && r.action === 'refuse_departure')
            ? {
                rule: 'departure_refused',
                message: `${person.id}'s departure (${ref}) was refused by its apply (see the refuse_departure record in the log): a sweep never revokes a departure apply refused. Fix what the refusal says in a pull request of its own, then mark ${person.id} active and depart them again`
            }
            : await identityRefusal(person, departure, ref, revision, await declarationsAt(departure.head));
        targets.push({
            person,
            why: `departed${person.departed_on ? ` on ${person.departed_on}` : ''}: sweep of the departure ${ref}`,
            ...(last.requested_at ? { requestedAt: last.requested_at } : {}),
            ...(refused ? { refused } : {})
        });
    }
    return { targets, changes, unswept };
}
/** Why the person's identity now is not the one their departure revoked, if it is not. */
async function identityRefusal(person, departure, ref, revision, then) {
    const id = person.id;
    const atDeparture = then?.people.get(id);
    if (!then || !atDeparture)
        return {
            rule: 'departure_unreadable',
            message: `the departure of ${id} (${ref}) names head ${SHA.test(departure.head) ? `commit ${short(departure.head)}` : `"${departure.head}"`}, ${!SHA.test(departure.head) ? 'not a commit (applied from a working tree)' : !then ? 'which this clone does not hold (fetch the whole history: git fetch origin, or actions/checkout with fetch-depth: 0)' : `where ${id} is not declared`}, so the identity it revoked cannot be compared with ${id}'s file now: nothing is swept for ${id}`
        };
    const drift = (0,_trust_js__WEBPACK_IMPORTED_MODULE_10__/* .identityDrift */ .Ot)(atDeparture, person, then.platforms, revision.declarations.platforms);
    if (!drift)
        return undefined;
    return {
        rule: drift.rule,
        message: `since the departure of ${id} (${ref}), the default branch ${drift.what}. A sweep revokes only the identity that departure's reviewers approved, so nothing is swept for ${id}: to revoke what ${id}'s file declares now, mark ${id} active in one pull request and depart them again in the next (its plan shows reviewers what it revokes)`
    };
}
const SHA = /^[0-9a-f]{40}$/;
const short = (commit) => (SHA.test(commit) ? commit.slice(0, 12) : commit);
/** The declarations at a departure's head commit; undefined when it is no commit this clone
 *  holds. */
async function readAt(commit, dir, cwd) {
    if (!SHA.test(commit))
        return undefined;
    const held = await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_3__.git)(cwd, 'cat-file', '-e', `${commit}^{commit}`).then(() => true, () => false);
    if (!held)
        return undefined;
    // Valid when its apply ran (apply validates both revisions); only the person and the
    // protected lists are read.
    return (await (0,_declarations_load_js__WEBPACK_IMPORTED_MODULE_2__.loadFromGit)(commit, dir, cwd)).declarations;
}


/***/ })

};
