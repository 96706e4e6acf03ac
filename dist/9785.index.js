export const id = 9785;
export const ids = [9785];
export const modules = {

/***/ 99785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scimApp: () => (/* binding */ scimApp),
  scimUrlEnv: () => (/* reexport */ endpoints/* scimUrlEnv */.D)
});

// EXTERNAL MODULE: ./src/endpoints.ts
var endpoints = __webpack_require__(7437);
// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./src/connectors/shared/scim-client.ts
var scim_client = __webpack_require__(57580);
;// CONCATENATED MODULE: ./src/connectors/scim/client.ts




function connectScimApp(config, ctx, mode, timing) {
    const platform = `scim:${config.name}`;
    const token = ctx.env[config.token_env];
    if (!token)
        return { platform, config, unavailable: `not checked: ${(0,results/* noCredentials */.gT)(config.token_env)}` };
    ctx.maskSecret(token);
    const client = new scim_client/* ScimClient */.KZ({
        platform,
        baseUrl: ctx.env[(0,endpoints/* scimUrlEnv */.D)(config.name)] || config.base_url,
        token,
        tokenEnv: config.token_env,
        mode,
        log: ctx.log,
        budget: (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry),
        ...timing
    });
    return { platform, config, client };
}

// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
;// CONCATENATED MODULE: ./src/connectors/scim/plan.ts

/** Whether `scope` touches the app: a departure, or a reduction removing its grant. */
function inScope(platform, scope) {
    return (scope.kind === 'departure' ||
        scope.remove.some(g => g.platform === platform && g.kind === 'scim_app'));
}
function planScimApp(platform, config, found, scope) {
    const account = found.holdings.find(h => h.kind === 'app_account');
    if (found.status !== 'checked' || !account || !inScope(platform, scope))
        return { steps: [], refused: [] };
    const remove = config.on_departure === 'delete';
    // A deactivated account needs no deactivation, but `delete` still removes it.
    if (!remove && account.details?.active === false)
        return { steps: [], refused: [] };
    const action = remove ? 'delete_user' : 'deactivate_user';
    const userName = String(account.details?.userName ?? account.id);
    const why = scope.kind === 'departure' ? 'departure' : `no role grants ${config.name} any more`;
    const params = {
        user_id: account.id,
        user_name: userName,
        ...(account.details?.found_by ? { found_by: account.details.found_by } : {})
    };
    const reason = `${why} (on_departure: ${config.on_departure})`;
    // A departure's deactivation (or deletion) is what ends sign-in to the app: containment.
    const extra = scope.kind === 'departure' ? { contain: true } : {};
    return {
        steps: [(0,results/* step */.PM)(platform, found.person, action, userName, reason, params, extra)],
        refused: []
    };
}

;// CONCATENATED MODULE: ./src/connectors/scim/discover.ts



async function discover({ platform, config }, client, who, scope) {
    const found = (0,results/* discovery */.HD)(platform, who.person);
    if (!inScope(platform, scope))
        return found;
    const userName = who.account ?? who.email;
    if (!who.account)
        found.notes.push(`no ${config.name} userName declared: looked up ${who.email}`);
    try {
        let user = await client.findUser(userName);
        if (!user && who.account && scope.kind === 'departure') {
            const renamed = await (0,lookup/* findRenamed */.WG)(who, platform, `${config.name} user`, id => client.getUser(id), u => u.userName);
            if (renamed && 'refused' in renamed)
                return { ...found, status: 'not_checked', reason: renamed.refused };
            if (renamed)
                found.notes.push(renamed.note);
            user = renamed?.found;
        }
        if (!user)
            return { ...found, status: 'no_account' };
        // A user without an email address was found by its userName, the person's email.
        const crossed = !who.account &&
            (0,lookup/* lookupProblem */.AE)(who, platform, { account: user.userName, email: user.email ?? user.userName }, `the ${config.name} lookup of userName ${who.email}`);
        if (crossed)
            return { ...found, status: 'not_checked', reason: crossed };
        found.account = { id: user.id, display: user.displayName ?? user.userName };
        found.holdings.push({
            kind: 'app_account',
            id: user.id,
            label: `${config.name} account ${user.userName} (${user.active ? 'active' : 'deactivated'})`,
            details: {
                userName: user.userName,
                active: user.active,
                ...(who.account ? {} : { found_by: lookup/* FOUND_BY_LOOKUP */.gt })
            }
        });
        if (!user.active)
            found.notes.push(`${user.userName} is already deactivated in ${config.name}`);
        return found;
    }
    catch (err) {
        return { ...found, status: 'not_checked', reason: (0,results/* failed */.gz)(err).detail };
    }
}

;// CONCATENATED MODULE: ./src/connectors/scim/list.ts

function list({ platform, config }, client) {
    return (0,results/* listing */.RR)(platform, client, async () => (await client.listUsers()).map((u) => ({
        platform,
        account: u.userName,
        id: u.id,
        email: u.email,
        name: u.displayName,
        kind: 'user',
        active: u.active,
        grants: u.active ? [{ platform, kind: 'scim_app', value: config.name }] : [],
        credentials: []
    })), err => (0,results/* failed */.gz)(err).detail);
}

;// CONCATENATED MODULE: ./src/connectors/scim/perform.ts


async function perform(platform, client, claims, step) {
    const id = String(step.params.user_id);
    const crossed = (0,lookup/* refuseCrossed */.YQ)(claims, step, step.params.user_name);
    if (crossed)
        return crossed;
    try {
        if (step.action === 'deactivate_user') {
            const result = await client.deactivate(id);
            return { result, detail: result === 'already_absent' ? 'no active account' : '' };
        }
        if (step.action === 'delete_user') {
            const result = await client.deleteUser(id);
            return { result, detail: result === 'already_absent' ? 'no such user' : '' };
        }
        return { result: 'failed', detail: `${platform}: unknown action ${step.action}` };
    }
    catch (err) {
        return (0,results/* failed */.gz)(err);
    }
}

;// CONCATENATED MODULE: ./src/connectors/scim/connector.ts







/** The variable that replaces an app's base_url (kept here for the connector's users). */

function scimApp(config, timing = {}) {
    return {
        reader: ctx => reader(connectScimApp(config, ctx, 'read', timing)),
        writer: ctx => {
            const app = connectScimApp(config, ctx, 'write', timing);
            const { platform, client } = app;
            return {
                ...reader(app),
                perform: async (step) => client
                    ? perform(platform, client, ctx.claims, step)
                    : { result: 'failed', detail: `${platform}: ${(0,results/* noCredentials */.gT)(config.token_env)}` }
            };
        }
    };
}
function reader(app) {
    const { platform, config, client, unavailable } = app;
    return {
        platform,
        unavailable,
        discover: async (who, scope) => client
            ? discover(app, client, who, scope)
            : { ...(0,results/* discovery */.HD)(platform, who.person), status: 'not_checked', reason: unavailable },
        planSteps: (found, scope) => planScimApp(platform, config, found, scope),
        list: async () => client
            ? list(app, client)
            : { ...(0,results/* inventory */.pf)(platform), status: 'not_checked', reason: unavailable }
    };
}


/***/ }),

/***/ 23825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ fetchWithRetry)
/* harmony export */ });
/* unused harmony export RETRYABLE_STATUSES */
/* harmony import */ var _retry_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97970);
// One HTTP request within its retry budget, for the clients that call fetch themselves (the
// SCIM client, Okta's request executor, Entra ID's sign-in requests): each attempt within its
// time and never redirected, a lost connection and the answers worth another attempt (429,
// 5xx) tried again while the budget allows, waiting as long as the answer asks when that fits.

/** Answers worth another attempt: rate limits and server errors. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
/** The last answer: ok, not worth another attempt, or retryable with no room left in the
 *  budget (then `call.stopped`, and `call.gaveUp()` says so). */
async function fetchWithRetry(url, init, o) {
    const call = new _retry_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .CallBudget */ .Oo(o.budget);
    let previous;
    for (;;) {
        o.beforeAttempt?.(call, previous);
        let response;
        try {
            response = await fetch(url, { ...init, redirect: 'error', signal: call.attemptSignal() });
        }
        catch (err) {
            const why = (0,_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .isTimeout */ .kL)(err) ? call.noAnswer() : causeText(err);
            const unreachable = `${o.what} could not reach ${url.origin}: ${why}`;
            const wait = call.backoffMs();
            if (!call.retry(wait))
                throw o.unreachable(call.gaveUp(unreachable), err);
            o.log?.(`${unreachable}, retrying in ${wait} ms`);
            await o.sleep(wait);
            continue;
        }
        if (!RETRYABLE_STATUSES.has(response.status))
            return { response, call };
        const asked = o.askedMs
            ? o.askedMs(response)
            : (0,_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after'));
        const wait = asked ?? call.backoffMs();
        if (!call.retry(wait, asked !== undefined))
            return { response, call };
        await response.arrayBuffer();
        o.log?.(`${o.what} answered ${response.status}, retrying in ${wait} ms`);
        previous = response;
        await o.sleep(wait);
    }
}
/** What fetch says went wrong: undici puts the reason (ECONNREFUSED, ...) in `cause`. */
function causeText(error) {
    if (!(error instanceof Error))
        return String(error);
    return error.cause instanceof Error ? error.cause.message : String(error.cause ?? error.message);
}


/***/ }),

/***/ 57580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ ScimClient)
/* harmony export */ });
/* unused harmony exports ScimError, ScimReadOnlyError */
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23825);
/* harmony import */ var _retry_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97970);


const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** Servers cap `count` at their own maximum; asking for more costs nothing. */
const PAGE_SIZE = 1000;
class ScimError extends Error {
    status;
    scimType;
    constructor(message, status, scimType) {
        super(message);
        this.status = status;
        this.scimType = scimType;
        this.name = 'ScimError';
    }
}
/** Thrown by a read-mode client for any non-GET request. */
class ScimReadOnlyError extends Error {
    constructor(platform, method, path) {
        super(`${platform}: refused ${method} ${path}: this SCIM client is read-only (plan and audit)`);
        this.name = 'ScimReadOnlyError';
    }
}
class ScimClient {
    opts;
    /** HTTP requests sent, retries included. */
    requests = 0;
    patchSupported;
    base;
    sleep;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`;
        this.sleep = opts.sleep ?? _retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy;
    }
    /** The user whose userName matches (SCIM compares userName case-insensitively). */
    async findUser(userName) {
        // A SCIM filter string is a JSON string literal: JSON.stringify escapes quotes and backslashes.
        const filter = `userName eq ${JSON.stringify(userName)}`;
        const { body } = await this.expect('GET', 'Users', { query: { filter } });
        const wanted = userName.toLowerCase();
        return resources(body)
            .map(toUser)
            .find(u => u.userName.toLowerCase() === wanted);
    }
    async getUser(id) {
        const answer = await this.request('GET', userPath(id));
        if (answer.status === 404)
            return undefined;
        return toUser(this.check('GET', userPath(id), answer).body ?? {});
    }
    /** Every user, paged by startIndex/count with the largest page the server grants. */
    async listUsers() {
        const users = [];
        for (let startIndex = 1;;) {
            const { body } = await this.expect('GET', 'Users', {
                query: { startIndex: String(startIndex), count: String(PAGE_SIZE) }
            });
            const page = resources(body);
            users.push(...page.map(toUser));
            startIndex += page.length;
            const total = typeof body?.totalResults === 'number' ? body.totalResults : undefined;
            if (page.length === 0 || (total !== undefined ? startIndex > total : page.length < PAGE_SIZE))
                return users;
        }
    }
    /** Sets `active: false`: PATCH, or PUT of the whole resource where PATCH is unsupported. */
    async deactivate(id) {
        const path = userPath(id);
        if (await this.supportsPatch()) {
            const answer = await this.request('PATCH', path, {
                body: {
                    schemas: [PATCH_SCHEMA],
                    Operations: [{ op: 'replace', path: 'active', value: false }]
                }
            });
            if (answer.status === 404)
                return this.confirmGone('PATCH', id, inactive);
            // 501 is RFC 7644's answer for an unsupported operation; 405 is what many servers send.
            if (answer.status !== 501 && answer.status !== 405) {
                this.check('PATCH', path, answer);
                return 'revoked';
            }
            this.opts.log?.(`${this.opts.platform}: PATCH not supported, replacing the user with PUT`);
        }
        const user = await this.getUser(id);
        if (!user || !user.active)
            return 'already_absent';
        // `meta` is server-managed (RFC 7643 3.1): send the resource back without it.
        const resource = { ...user.raw, active: false };
        delete resource.meta;
        const answer = await this.request('PUT', path, { body: resource });
        if (answer.status === 404)
            return this.confirmGone('PUT', id, inactive);
        this.check('PUT', path, answer);
        return 'revoked';
    }
    /** DELETE. `deactivates`: the server's DELETE only deactivates (Slack), so an inactive user
     *  counts as gone. */
    async deleteUser(id, opts = {}) {
        const path = userPath(id);
        const answer = await this.request('DELETE', path);
        if (answer.status === 404)
            return this.confirmGone('DELETE', id, opts.deactivates ? inactive : missing);
        this.check('DELETE', path, answer);
        return 'revoked';
    }
    /** A write answered 404: the user is gone, or the token may not see it. Only a GET showing
     *  it gone (`gone`) makes it already_absent; otherwise the step fails and says why. */
    async confirmGone(method, id, gone) {
        const { platform, tokenEnv } = this.opts;
        const user = await this.getUser(id);
        if (gone(user))
            return 'already_absent';
        throw new ScimError(`${platform}: ${method} ${userPath(id)} answered 404 but the user ${user?.userName ?? id} is still there${user?.active ? ' and active' : ''}: the token in ${tokenEnv} probably lacks the right to change users`, 404);
    }
    /** ServiceProviderConfig says whether PATCH works; read once. Unknown (also when it cannot
     *  be read) means "try PATCH": PATCH's own answer (501, 405) then decides. */
    supportsPatch() {
        this.patchSupported ??= this.request('GET', 'ServiceProviderConfig').then(answer => {
            const patch = answer.status === 200 ? answer.body?.patch : undefined;
            return !(isRecord(patch) && patch.supported === false);
        }, () => true);
        return this.patchSupported;
    }
    /** A request whose non-2xx answers (404 included) are errors. */
    async expect(method, path, init = {}) {
        return this.check(method, path, await this.request(method, path, init));
    }
    check(method, path, answer) {
        if (answer.status >= 200 && answer.status < 300)
            return answer;
        throw this.error(method, path, answer);
    }
    async request(method, path, init = {}) {
        const { platform, token, mode, log } = this.opts;
        if (mode === 'read' && method !== 'GET')
            throw new ScimReadOnlyError(platform, method, path);
        const url = new URL(path, this.base);
        for (const [k, v] of Object.entries(init.query ?? {}))
            url.searchParams.set(k, v);
        const { response, call } = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchWithRetry */ .J)(url, {
            method,
            headers: {
                authorization: `Bearer ${token}`,
                accept: 'application/scim+json, application/json',
                ...(init.body === undefined ? {} : { 'content-type': 'application/scim+json' })
            },
            body: init.body === undefined ? undefined : JSON.stringify(init.body)
        }, {
            budget: this.opts.budget ?? _retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_BUDGET */ .tc,
            sleep: this.sleep,
            what: `${method} ${path}`,
            log: log && (line => log(`${platform}: ${line}`)),
            beforeAttempt: () => void this.requests++,
            unreachable: (message, cause) => new Error(`${platform}: ${message}`, { cause })
        });
        const body = await readJson(response);
        return call.stopped
            ? { status: response.status, body, gaveUp: call }
            : { status: response.status, body };
    }
    error(method, path, { status, body, gaveUp }) {
        const { platform, tokenEnv } = this.opts;
        const scimType = typeof body?.scimType === 'string' ? body.scimType : undefined;
        const detail = typeof body?.detail === 'string' ? body.detail : undefined;
        const isScimError = Array.isArray(body?.schemas) && body.schemas.includes(ERROR_SCHEMA);
        const said = [scimType, detail].filter(Boolean).join(': ');
        const hint = status === 401
            ? `the token in ${tokenEnv} was rejected: check that it is current`
            : status === 403
                ? `the token in ${tokenEnv} may not do this: give it user management rights`
                : status === 429
                    ? 'still rate limited: run again later'
                    : status >= 500
                        ? 'the SCIM server failed: run again later'
                        : isScimError
                            ? ''
                            : 'the answer is not a SCIM error: check base_url';
        const message = `${method} ${path} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`;
        return new ScimError(`${platform}: ${gaveUp ? gaveUp.gaveUp(message) : message}`, status, scimType);
    }
}
const inactive = (user) => !user || !user.active;
const missing = (user) => !user;
function userPath(id) {
    return `Users/${encodeURIComponent(id)}`;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function resources(body) {
    const list = body?.Resources;
    return Array.isArray(list) ? list.filter(isRecord) : [];
}
function toUser(raw) {
    const emails = Array.isArray(raw.emails) ? raw.emails.filter(isRecord) : [];
    const email = (emails.find(e => e.primary === true) ?? emails[0])?.value;
    const name = isRecord(raw.name) ? raw.name.formatted : undefined;
    const displayName = typeof raw.displayName === 'string' ? raw.displayName : name;
    return {
        id: String(raw.id ?? ''),
        userName: String(raw.userName ?? ''),
        active: raw.active !== false,
        displayName: typeof displayName === 'string' ? displayName : undefined,
        email: typeof email === 'string' ? email : undefined,
        raw
    };
}
async function readJson(response) {
    const text = await response.text();
    if (!text)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return isRecord(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ scimUrlEnv)
/* harmony export */ });
// Environment variables that point a connector at another server than its declaration names.
// The connectors read them and the sandbox sets them, and neither imports the other, so the
// one name computed from data, each SCIM app's, is spelled here, below both. Fixed names
// (GITHUB_API_URL, SLACK_API_URL, AWS_ENDPOINT_URL_IAM) are written out where used, as users
// write them.
/** The variable that replaces a SCIM app's `base_url` when set (the sandbox sets it):
 *  `OFFBOARD_SCIM_<NAME>_URL`, the app name upper-cased with `-` as `_`. */
function scimUrlEnv(appName) {
    return `OFFBOARD_SCIM_${appName.toUpperCase().replace(/-/g, '_')}_URL`;
}


/***/ })

};
