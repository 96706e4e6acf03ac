export const id = 6495;
export const ids = [6495];
export const modules = {

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

/***/ 36495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oktaConnector: () => (/* binding */ oktaConnector)
});

// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
;// CONCATENATED MODULE: ./src/connectors/okta/errors.ts
// What Okta's error answers say, as one secret-free line that names the call and what to do:
// Okta's error body (errorCode, errorSummary, errorCauses), or the OAuth error of the token
// request (error, error_description), with a hint by status. docs/okta.md has the scopes.
/** An answer that was not 2xx, or a request that got no answer (status 0). */
class OktaError extends Error {
    status;
    call;
    code;
    constructor(message, status, 
    /** The call that answered, as `METHOD /path/{id}`. */
    call, 
    /** Okta's errorCode, e.g. E0000007 (not found). */
    code) {
        super(message);
        this.status = status;
        this.call = call;
        this.code = code;
        this.name = 'OktaError';
    }
}
/** The HTTP status of an OktaError, else undefined. */
const statusOf = (err) => err instanceof OktaError ? err.status : undefined;
/** Where a service app asks for its access token. */
const TOKEN_PATH = '/oauth2/v1/token';
/** That call: its failures are never a sign that what a step removes is gone. */
const TOKEN_CALL = `POST ${TOKEN_PATH}`;
/** The scope each call needs, from Okta's API description (the security of each operation). */
const CALL_SCOPES = {
    'GET /api/v1/users': 'okta.users.read',
    'GET /api/v1/users/{id}': 'okta.users.read',
    'GET /api/v1/users/{id}/groups': 'okta.users.read',
    'GET /api/v1/users/{id}/appLinks': 'okta.users.read',
    'GET /api/v1/users/{id}/factors': 'okta.users.read',
    'GET /api/v1/users/{id}/grants': 'okta.users.read',
    'GET /api/v1/users/{id}/clients': 'okta.users.read',
    'GET /api/v1/users/{id}/roles': 'okta.roles.read',
    'GET /api/v1/iam/assignees/users': 'okta.roles.read',
    'GET /api/v1/groups': 'okta.groups.read',
    'GET /api/v1/groups/{id}/users': 'okta.groups.read',
    'DELETE /api/v1/users/{id}/sessions': 'okta.users.manage',
    'DELETE /api/v1/users/{id}/grants': 'okta.users.manage',
    'DELETE /api/v1/users/{id}/clients/{id}/tokens': 'okta.users.manage',
    'DELETE /api/v1/groups/{id}/users/{id}': 'okta.groups.manage',
    'POST /api/v1/users/{id}/lifecycle/suspend': 'okta.users.manage',
    'POST /api/v1/users/{id}/lifecycle/deactivate': 'okta.users.manage',
    'DELETE /api/v1/users/{id}': 'okta.users.manage'
};
const errors_text = (v) => (typeof v === 'string' && v ? v : undefined);
/** `GET /api/v1/users/{id} answered 403 E0000006 (You do not have permission ...); <hint>`. */
function describeAnswer(call, status, body, ctx) {
    const causes = Array.isArray(body?.errorCauses)
        ? body.errorCauses.map(c => errors_text(c?.errorSummary)).filter(Boolean)
        : [];
    const oauth = errors_text(body?.error);
    const said = oauth
        ? [oauth, errors_text(body?.error_description)].filter(Boolean).join(': ')
        : [errors_text(body?.errorCode), [errors_text(body?.errorSummary), ...causes].filter(Boolean).join('. ')]
            .filter(Boolean)
            .join(' ');
    const hint = oauth ? tokenHint(oauth, ctx) : statusHint(call, status, ctx);
    return `${call} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`;
}
function tokenHint(error, { clientId, credentialEnv }) {
    if (error === 'invalid_client')
        return `Okta does not accept the service app ${clientId}'s credentials: check client_id, and that the app's public key matches the private key in ${credentialEnv} (and key_id)`;
    if (error === 'invalid_scope')
        return `grant the service app ${clientId} the scopes it asks for (its Okta API Scopes tab), or narrow okta.scopes`;
    return `the service app ${clientId} could not get an access token`;
}
function statusHint(call, status, ctx) {
    const scope = CALL_SCOPES[call];
    if (status === 401)
        return ctx.auth === 'token'
            ? `the API token in ${ctx.credentialEnv} was rejected: check that it is current (Okta revokes tokens unused for 30 days, and those of deactivated admins)`
            : `the service app ${ctx.clientId}'s access token was rejected: run again, and check the app in Okta`;
    if (status === 403)
        return ctx.auth === 'token'
            ? `the admin the API token in ${ctx.credentialEnv} acts for has no role that allows this${scope ? ` (${scope})` : ''}: see docs/okta.md`
            : `the service app ${ctx.clientId} needs the scope ${scope ?? 'for this call'} and an admin role that allows it: see docs/okta.md`;
    if (status === 429)
        return 'still rate limited: run again later';
    if (status >= 500)
        return 'Okta failed: run again later';
    return '';
}

// EXTERNAL MODULE: ./src/connectors/shared/http-retry.ts
var http_retry = __webpack_require__(23825);
;// CONCATENATED MODULE: ./src/connectors/okta/http.ts
// The HTTP layer under the Okta SDK (the SDK's RequestExecutor seam). The SDK's own executor
// cannot do what offboard needs, so this one replaces it:
// - plan and audit must never write: it refuses every request but GET (and the OAuth token
//   request, which reads nothing and changes nothing) before it leaves the process;
// - a Link header naming another host would get the token sent there: it refuses any request
//   outside the org's origin;
// - the SDK retries a 429 twice for as long as Okta asks, and never a 5xx or a lost
//   connection, with no timeout per attempt: here every request keeps to its retry budget
//   (retry-budget.ts), waiting out a 429 until Okta's X-Rate-Limit-Reset (against the
//   answer's own Date, so that clock skew does not matter) when that fits;
// - it turns any error answer into an OktaError naming the call and what to do, and registers
//   the access token a service app receives as a secret.



/** Thrown for a request the guards refuse: it never reaches the network. */
class OktaRefusedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OktaRefusedError';
    }
}
/** Path segments that are names, not ids, in the paths offboard calls. */
const WORDS = new Set([
    ...['api', 'v1', 'oauth2', 'token', 'iam', 'assignees', 'lifecycle', 'suspend', 'deactivate'],
    ...['users', 'groups', 'sessions', 'grants', 'clients', 'tokens', 'roles', 'factors', 'appLinks']
]);
/** `/api/v1/users/00u1/groups` -> `/api/v1/users/{id}/groups`, for messages and hints. */
function template(path) {
    return path
        .split('/')
        .map(s => (s === '' || WORDS.has(s) ? s : '{id}'))
        .join('/');
}
class OktaExecutor {
    opts;
    /** HTTP requests sent, retries included. */
    requests = 0;
    wait;
    constructor(opts) {
        this.opts = opts;
        this.wait = opts.sleep ?? retry_budget/* sleep */.yy;
    }
    /** The SDK's `requestExecutor.fetch`: the answer when it is 2xx, else an OktaError. */
    async fetch(request) {
        const { origin, mode, budget, log } = this.opts;
        const method = (request.method ?? request.httpMethod ?? 'GET').toUpperCase();
        const url = new URL(request.url);
        const call = `${method} ${template(url.pathname)}`;
        if (url.origin !== origin)
            throw new OktaRefusedError(`okta: refused ${method} ${url.origin}${url.pathname}: not the org ${origin} (a Link header or a redirect pointed elsewhere)`);
        const token = url.pathname === TOKEN_PATH && method === 'POST';
        if (mode === 'read' && method !== 'GET' && !token)
            throw new OktaRefusedError(`okta: refused ${call}: this client only reads (plan and audit never write)`);
        const headers = { ...request.headers };
        const { response, call: budgeted } = await (0,http_retry/* fetchWithRetry */.J)(url, { method, headers, body: request.body }, {
            budget,
            sleep: this.wait,
            what: call,
            log: line => log(`okta: ${line}`),
            // Until X-Rate-Limit-Reset, when Okta names it; else the budget's backoff.
            askedMs: r => (r.status === 429 ? rateLimitWaitMs(r.headers) : undefined),
            beforeAttempt: (attempt, previous) => {
                this.requests++;
                if (!previous)
                    return;
                // As Okta's SDKs do, so that Okta can tell retries apart in its request logs.
                const requestId = previous.headers.get('x-okta-request-id');
                if (requestId)
                    headers['X-Okta-Retry-For'] ??= requestId;
                headers['X-Okta-Retry-Count'] = String(attempt.retries);
            },
            unreachable: message => new OktaError(`okta: ${message}`, 0, call)
        });
        if (response.ok) {
            if (token)
                await this.maskAccessToken(response);
            return response;
        }
        const body = await readJson(response);
        const described = describeAnswer(call, response.status, body, this.opts);
        const message = budgeted.stopped ? budgeted.gaveUp(described) : described;
        throw new OktaError(`okta: ${message}`, response.status, call, typeof body?.errorCode === 'string' ? body.errorCode : undefined);
    }
    /** The service app's access token is a secret like the key that got it. */
    async maskAccessToken(response) {
        const body = await readJson(response.clone());
        if (typeof body?.access_token === 'string')
            this.opts.maskSecret(body.access_token);
    }
}
/**
 * How long a 429 asks to wait: until X-Rate-Limit-Reset (epoch seconds), measured against the
 * answer's Date header (the same clock; whole seconds, so never too short), else against our
 * clock. Undefined when Okta named no reset: the budget's backoff applies.
 */
function rateLimitWaitMs(headers, now = Date.now()) {
    const reset = Number(headers.get('x-rate-limit-reset'));
    if (!headers.get('x-rate-limit-reset') || !Number.isFinite(reset))
        return undefined;
    const date = Date.parse(headers.get('date') ?? '');
    return Math.max(0, reset * 1000 - (Number.isNaN(date) ? now : date));
}
async function readJson(response) {
    const text = await response.text();
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/connectors/okta/client.ts



/** The largest pages Okta serves, per collection (its API description). */
const PAGE = { users: 200, groups: 10000, groupUsers: 1000, grants: 200, assignees: 100 };
/** Users whose roles and status are read at once when counting super admins. */
const ROLE_READS = 8;
const row = (v) => (typeof v === 'object' && v !== null ? v : {});
const str = (v) => typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : undefined;
let sdkModule;
/** The SDK, imported once per process, however many clients use it. */
const loadSdk = () => (sdkModule ??= Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(470), __webpack_require__.e(7099)]).then(__webpack_require__.t.bind(__webpack_require__, 77099, 23)));
class OktaClient {
    opts;
    executor;
    sdk;
    constructor(opts) {
        this.opts = opts;
        const { auth } = opts;
        const errors = auth.kind === 'token'
            ? { auth: 'token', credentialEnv: auth.env }
            : { auth: 'app', credentialEnv: auth.env, clientId: auth.clientId };
        this.executor = new OktaExecutor({ ...opts, ...errors, origin: new URL(opts.orgUrl).origin });
    }
    /** HTTP requests sent, retries and token requests included. */
    get requests() {
        return this.executor.requests;
    }
    api() {
        this.sdk ??= loadSdk().then(({ Client }) => {
            const { auth, orgUrl } = this.opts;
            const app = auth.kind === 'app' ? auth : undefined;
            return new Client({
                orgUrl: new URL(orgUrl).origin,
                authorizationMode: app ? 'PrivateKey' : 'SSWS',
                token: auth.kind === 'token' ? auth.token : '',
                clientId: app?.clientId ?? '',
                scopes: app?.scopes ?? [],
                privateKey: app?.privateKey ?? '',
                keyId: app?.keyId ?? '',
                cacheMiddleware: null,
                // Only its fetch is called; the SDK's type asks for its own class.
                requestExecutor: this.executor
            });
        });
        return this.sdk;
    }
    // ------------------------------------------------------------------ reads
    /** A user by id or login (Okta also resolves an unambiguous login shortname); undefined
     *  when Okta answers 404. */
    async user(idOrLogin) {
        const api = await this.api();
        return absentOn404(api.userApi.getUser({ userId: idOrLogin }).then(toUser));
    }
    /** Users whose email is `email` (Okta's search compares values without regard to case). */
    async usersByEmail(email) {
        const api = await this.api();
        const search = `profile.email eq ${JSON.stringify(email)}`;
        return (await client_all(api.userApi.listUsers({ search, limit: PAGE.users }))).map(toUser);
    }
    /** Every user, deactivated ones included (Okta's plain listing leaves them out). */
    async users() {
        const api = await this.api();
        const [live, deprovisioned] = await Promise.all([
            client_all(api.userApi.listUsers({ limit: PAGE.users })),
            client_all(api.userApi.listUsers({ filter: 'status eq "DEPROVISIONED"', limit: PAGE.users }))
        ]);
        return [...live, ...deprovisioned].map(toUser);
    }
    async userGroups(userId) {
        const api = await this.api();
        return (await client_all(api.userApi.listUserGroups({ userId }))).map(toGroup);
    }
    async appLinks(userId) {
        const api = await this.api();
        return (await client_all(api.userApi.listAppLinks({ userId }))).map(l => {
            const r = row(l);
            return {
                appId: str(r.appInstanceId) ?? '',
                label: str(r.label) ?? '',
                appName: str(r.appName) ?? ''
            };
        });
    }
    async factors(userId) {
        const api = await this.api();
        return (await client_all(api.userFactorApi.listFactors({ userId }))).map(f => {
            const r = row(f);
            return {
                id: str(r.id) ?? '',
                type: str(r.factorType) ?? 'unknown',
                provider: str(r.provider) ?? '',
                status: str(r.status) ?? ''
            };
        });
    }
    async consentGrants(userId) {
        const api = await this.api();
        return (await client_all(api.userApi.listUserGrants({ userId, limit: PAGE.grants }))).map(g => {
            const r = row(g);
            return { id: str(r.id) ?? '', clientId: str(r.clientId) ?? '', scope: str(r.scopeId) ?? '' };
        });
    }
    /** The apps (OAuth clients) holding the user's grants or tokens. */
    async appClients(userId) {
        const api = await this.api();
        return (await client_all(api.userApi.listUserClients({ userId }))).map(c => {
            const r = row(c);
            const clientId = str(r.client_id) ?? '';
            return { clientId, name: str(r.client_name) ?? clientId };
        });
    }
    async roles(userId) {
        const api = await this.api();
        return (await client_all(api.roleAssignmentApi.listAssignedRolesForUser({ userId }))).map(x => {
            const r = row(x);
            return {
                id: str(r.id) ?? '',
                type: str(r.type) ?? '',
                label: str(r.label) ?? str(r.type) ?? '',
                assignmentType: str(r.assignmentType) ?? 'USER'
            };
        });
    }
    /** Ids of the active users holding the super administrator role (directly or through a
     *  group): every user with a role assignment, each one's roles and status read. */
    async activeSuperAdmins() {
        const api = await this.api();
        const ids = [];
        let after;
        do {
            const page = row(await api.roleAssignmentApi.listUsersWithRoleAssignments({ after, limit: PAGE.assignees }));
            for (const u of Array.isArray(page.value) ? page.value : [])
                ids.push(str(row(u).id) ?? '');
            const next = str(row(row(page._links).next).href);
            after = next ? (new URL(next).searchParams.get('after') ?? undefined) : undefined;
        } while (after);
        const checked = await (0,concurrency/* mapLimit */.sf)(ids, ROLE_READS, async (id) => {
            const [roles, user] = await Promise.all([this.roles(id), this.user(id)]);
            return roles.some(r => r.type === 'SUPER_ADMIN') && user?.status === 'ACTIVE' ? id : '';
        });
        return checked.filter(Boolean);
    }
    async groups() {
        const api = await this.api();
        return (await client_all(api.groupApi.listGroups({ limit: PAGE.groups }))).map(toGroup);
    }
    /** Ids of the group's members; undefined when the group is gone (404). */
    async groupMembers(groupId) {
        const api = await this.api();
        const members = await absentOn404(client_all(api.groupApi.listGroupUsers({ groupId, limit: PAGE.groupUsers })));
        return members?.map(u => str(row(u).id) ?? '');
    }
    // ------------------------------------------------------------------ writes
    /** Ends every Okta session of the user and revokes the OpenID Connect and OAuth tokens Okta
     *  issued them (`oauthTokens=true`). */
    async clearSessions(userId) {
        const api = await this.api();
        await api.userApi.revokeUserSessions({ userId, oauthTokens: true });
    }
    /** Revokes every consent grant the user gave to apps. */
    async revokeGrants(userId) {
        const api = await this.api();
        await api.userApi.revokeUserGrants({ userId });
    }
    /** Revokes every refresh token one app holds for the user. */
    async revokeClientTokens(userId, clientId) {
        const api = await this.api();
        await api.userApi.revokeTokensForUserAndClient({ userId, clientId });
    }
    async removeFromGroup(groupId, userId) {
        const api = await this.api();
        await api.groupApi.unassignUserFromGroup({ groupId, userId });
    }
    async suspend(userId) {
        const api = await this.api();
        await api.userApi.suspendUser({ userId });
    }
    async deactivate(userId) {
        const api = await this.api();
        await api.userApi.deactivateUser({ userId, sendEmail: false });
    }
    /** Deletes a deactivated user (on any other user Okta's delete deactivates instead). */
    async deleteUser(userId) {
        const api = await this.api();
        await api.userApi.deleteUser({ userId, sendEmail: false });
    }
}
async function client_all(collection) {
    const items = [];
    for await (const item of await collection)
        if (item)
            items.push(item);
    return items;
}
/** The answer, or undefined when Okta answers 404. */
async function absentOn404(read) {
    try {
        return await read;
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw err;
    }
}
function toUser(u) {
    const r = row(u);
    const profile = row(r.profile);
    const name = str(profile.displayName) ??
        ([str(profile.firstName), str(profile.lastName)].filter(Boolean).join(' ') || undefined);
    return {
        id: str(r.id) ?? '',
        login: str(profile.login) ?? '',
        email: str(profile.email),
        name,
        status: str(r.status) ?? 'UNKNOWN',
        transitioningToStatus: str(r.transitioningToStatus),
        lastLogin: str(r.lastLogin)
    };
}
function toGroup(g) {
    const r = row(g);
    return { id: str(r.id) ?? '', name: str(row(r.profile).name) ?? '', type: str(r.type) ?? '' };
}


// EXTERNAL MODULE: ./src/connectors/okta/discover.ts
var discover = __webpack_require__(34685);
// EXTERNAL MODULE: ./src/connectors/okta/vocabulary.ts
var vocabulary = __webpack_require__(83918);
;// CONCATENATED MODULE: ./src/connectors/okta/list.ts


/** Statuses in which a user cannot sign in. */
const INACTIVE = new Set(['SUSPENDED', 'DEPROVISIONED']);
async function listOkta(client, declared) {
    const inventory = {
        platform: vocabulary/* OKTA */.SM,
        status: 'checked',
        accounts: [],
        requests: 0,
        notes: []
    };
    const before = client.requests;
    const names = [
        ...new Set(declared.filter(g => g.platform === vocabulary/* OKTA */.SM && g.kind === vocabulary/* OKTA_GROUP */.c$).map(g => g.value))
    ];
    try {
        const [users, members] = await Promise.all([
            client.users(),
            names.length ? groupMembers(client, names, inventory.notes) : new Map()
        ]);
        inventory.accounts = users.map(u => listed(u, members.get(u.id) ?? []));
    }
    catch (err) {
        Object.assign(inventory, { status: 'not_checked', reason: (0,results/* failed */.gz)(err).detail });
    }
    inventory.requests = client.requests - before;
    return inventory;
}
/** User id -> the declared groups they are in. */
async function groupMembers(client, names, notes) {
    const groups = await client.groups();
    const byName = new Map();
    for (const g of groups)
        byName.set(g.name, [...(byName.get(g.name) ?? []), g]);
    const wanted = [];
    for (const name of names) {
        const found = byName.get(name) ?? [];
        if (found.length === 0)
            notes.push(`declared Okta group ${name} not found`);
        if (found.length > 1)
            notes.push(`${found.length} Okta groups are named ${name} (${found.map(g => `${g.id} ${g.type}`).join(', ')}): members of each count`);
        wanted.push(...found);
    }
    const lists = await Promise.all(wanted.map(async (g) => [g, await client.groupMembers(g.id)]));
    const out = new Map();
    for (const [g, ids] of lists) {
        // Deleted between the two reads: nobody is in it.
        if (!ids)
            notes.push(`Okta group ${g.name} was deleted while the audit read it`);
        for (const id of ids ?? [])
            out.set(id, [...new Set([...(out.get(id) ?? []), g.name])]);
    }
    return out;
}
function listed(u, groups) {
    const active = !INACTIVE.has(u.status);
    return {
        platform: vocabulary/* OKTA */.SM,
        account: u.login,
        id: u.id,
        ...(u.email ? { email: u.email } : {}),
        ...(u.name ? { name: u.name } : {}),
        kind: 'user',
        active,
        grants: groups.map(value => ({ platform: vocabulary/* OKTA */.SM, kind: vocabulary/* OKTA_GROUP */.c$, value })),
        credentials: []
    };
}

// EXTERNAL MODULE: ./src/graph.ts
var graph = __webpack_require__(10931);
// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
// EXTERNAL MODULE: ./src/connectors/okta/plan.ts
var plan = __webpack_require__(45897);
;// CONCATENATED MODULE: ./src/connectors/okta/perform.ts
// One Okta step, the one place Okta is written to. Before the write: the step's login must not
// be protected, nor found by lookup and declared by someone else, nor (for the steps that
// could lock the org out) the last active super administrator, counted live. After an answer
// that may mean "nothing left to do" (Okta answers 404 for a user already deactivated, 400 for
// suspending one that is not active), what the step removes is read back: only a read showing
// it gone makes the step already_absent.








/** Answers after which the state is read back: they may mean the work is already done. */
const READ_BACK = new Set([400, 404, 409]);
const revoked = (detail = '') => ({ result: 'revoked', detail });
const absent = (detail) => ({ result: 'already_absent', detail });
const userId = (step) => String(step.params.user_id);
/** Gone when the user is, or (`deprovisioned`) once Okta has deactivated them. */
const userGone = (deprovisioned, ...statuses) => async (client, step) => {
    const user = await client.user(userId(step));
    if (!user || user.id !== userId(step))
        return 'no such user';
    if (deprovisioned && user.status === 'DEPROVISIONED')
        return deprovisioned;
    return statuses.includes(user.status) ? `already ${user.status.toLowerCase()}` : undefined;
};
const ACTIONS = {
    clear_sessions: {
        write: (c, s) => c.clearSessions(userId(s)),
        gone: userGone('deactivated: no session remains'),
        remains: 'the user still exists and is not deactivated'
    },
    suspend_user: {
        write: (c, s) => c.suspend(userId(s)),
        gone: userGone('deactivated', 'SUSPENDED'),
        remains: 'the user is neither suspended nor deactivated'
    },
    revoke_consent_grants: {
        write: (c, s) => c.revokeGrants(userId(s)),
        gone: async (c, s) => (await absentOn404(c.consentGrants(userId(s))))?.length ? undefined : 'no consent grant',
        remains: 'consent grants remain'
    },
    revoke_app_tokens: {
        write: (c, s) => c.revokeClientTokens(userId(s), String(s.params.client_id)),
        gone: async (c, s) => {
            const clients = await absentOn404(c.appClients(userId(s)));
            return clients?.some(x => x.clientId === s.params.client_id)
                ? undefined
                : 'the app holds no token';
        },
        remains: "the app still holds the user's grants or tokens"
    },
    remove_from_group: {
        write: (c, s) => c.removeFromGroup(String(s.params.group_id), userId(s)),
        gone: async (c, s) => {
            const groups = await absentOn404(c.userGroups(userId(s)));
            if (!groups)
                return 'no such user';
            return groups.some(g => g.id === s.params.group_id) ? undefined : 'not a member';
        },
        remains: 'the user is still a member'
    },
    deactivate_user: {
        write: (c, s) => c.deactivate(userId(s)),
        gone: userGone('already deactivated'),
        remains: 'the user is not deactivated'
    },
    delete_user: {
        // Okta deletes only a deactivated user; any other it would deactivate instead.
        write: async (c, s) => {
            const user = await absentOn404(c.user(userId(s)));
            if (!user)
                return absent('no such user');
            if (user.status !== 'DEPROVISIONED')
                return {
                    result: 'failed',
                    detail: `okta: ${user.login} is ${user.status.toLowerCase()}${user.transitioningToStatus ? ` (becoming ${user.transitioningToStatus.toLowerCase()})` : ''}, not deactivated: Okta would only deactivate it; run apply again once it is deactivated`
                };
            await c.deleteUser(userId(s));
        },
        gone: userGone(undefined),
        remains: 'the user is still there'
    }
};
/** One change of super administrators at a time, so that two departures cannot each see the
 *  other as the remaining one. */
const oneAtATime = (0,concurrency/* limiter */.TA)(1);
async function performOkta(client, config, claims, step) {
    if (step.mode === 'manual')
        return { result: 'skipped', detail: (0,graph/* needsAHuman */.EE)(step) };
    const login = String(step.params.login ?? '');
    if ((0,plan/* isProtected */.bz)(config, login))
        return { result: 'skipped', detail: (0,plan/* protectedReason */.zN)(login) };
    const crossed = (0,lookup/* refuseCrossed */.YQ)(claims, step, login);
    if (crossed)
        return crossed;
    const act = ACTIONS[step.action];
    if (!act)
        return { result: 'failed', detail: `okta: unknown action ${step.action}` };
    const run = () => attempt(client, act, step);
    // Only a super administrator, or one whose roles could not be read, needs the live count.
    if (!plan/* GUARDED_ACTIONS */.rW.has(step.action) || step.params.super_admin === false)
        return run();
    return oneAtATime(async () => {
        try {
            const id = userId(step);
            const [roles, user] = await Promise.all([
                absentOn404(client.roles(id)),
                absentOn404(client.user(id))
            ]);
            if (roles?.some(r => r.type === discover/* SUPER_ADMIN */.i) && user?.status === 'ACTIVE') {
                const admins = await client.activeSuperAdmins();
                if (admins.filter(a => a !== id).length === 0)
                    return { result: 'skipped', detail: (0,plan/* lastSuperAdminReason */.zO)(login) };
            }
        }
        catch (err) {
            return {
                result: 'failed',
                detail: `${(0,results/* failed */.gz)(err).detail} (reading the super administrators, to never remove the last one)`
            };
        }
        return run();
    });
}
async function attempt(client, act, step) {
    try {
        return (await act.write(client, step)) ?? revoked();
    }
    catch (err) {
        const status = statusOf(err);
        const signIn = err instanceof OktaError && err.call === TOKEN_CALL;
        if (status === undefined || signIn || !READ_BACK.has(status))
            return (0,results/* failed */.gz)(err);
        let why;
        try {
            why = await act.gone(client, step);
        }
        catch (readErr) {
            return {
                result: 'failed',
                detail: `${(0,results/* failed */.gz)(err).detail}; reading it back failed: ${(0,results/* failed */.gz)(readErr).detail}`
            };
        }
        return why
            ? absent(`Okta answered ${status}; read back: ${why}`)
            : {
                result: 'failed',
                detail: `${(0,results/* failed */.gz)(err).detail}; read back: ${act.remains}`
            };
    }
}

// EXTERNAL MODULE: ./src/connectors/okta/types.ts
var types = __webpack_require__(83469);
;// CONCATENATED MODULE: ./src/connectors/okta/connector.ts









function oktaConnector(block, timing = {}) {
    return {
        reader: ctx => {
            const { platform, unavailable, discover, planSteps, list } = build(block, ctx, 'read', timing);
            return { platform, unavailable, discover, planSteps, list };
        },
        writer: ctx => build(block, ctx, 'write', timing)
    };
}
function build(block, ctx, mode, timing) {
    const config = (0,types/* oktaConfig */.ww)(block);
    const orgUrl = ctx.env[types/* OKTA_URL_ENV */.WN] || config.org_url;
    const auth = credentials(config, ctx);
    const problem = (0,types/* credentialsProblem */.sL)(block) ?? (typeof auth === 'string' ? auth : urlProblem(orgUrl));
    const unavailable = problem ? `not checked: ${problem}` : undefined;
    const client = problem || typeof auth === 'string'
        ? undefined
        : new OktaClient({
            orgUrl,
            auth: mode === 'read' && auth.kind === 'app'
                ? { ...auth, scopes: (0,types/* readScopes */.Q9)(auth.scopes) }
                : auth,
            mode,
            budget: (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry),
            log: ctx.log,
            maskSecret: ctx.maskSecret,
            ...timing
        });
    const notChecked = (who) => ({
        platform: vocabulary/* OKTA */.SM,
        person: who.person,
        status: 'not_checked',
        reason: unavailable,
        holdings: [],
        notes: []
    });
    return {
        platform: vocabulary/* OKTA */.SM,
        unavailable,
        discover: (who, scope) => client ? (0,discover/* discoverOkta */.r)(client, config, who, scope) : Promise.resolve(notChecked(who)),
        planSteps: (found, scope) => (0,plan/* planOktaSteps */.Op)(found, scope, config),
        list: async (declared) => client
            ? listOkta(client, declared)
            : {
                platform: vocabulary/* OKTA */.SM,
                status: 'not_checked',
                reason: unavailable,
                accounts: [],
                requests: 0,
                notes: []
            },
        perform: async (step) => client
            ? performOkta(client, config, ctx.claims, step)
            : { result: 'failed', detail: `okta: ${problem ?? 'no credentials'}` }
    };
}
/** The credentials the block names, read from the environment and masked; or why there are
 *  none. */
function credentials(config, ctx) {
    if (config.token_env) {
        const token = ctx.env[config.token_env];
        if (!token)
            return (0,results/* noCredentials */.gT)(config.token_env);
        ctx.maskSecret(token);
        return { kind: 'token', token, env: config.token_env };
    }
    if (!config.client_id || !config.private_key_env)
        return 'no credentials';
    const stored = ctx.env[config.private_key_env];
    if (!stored)
        return (0,results/* noCredentials */.gT)(config.private_key_env);
    ctx.maskSecret(stored);
    // A PEM pasted into a secret as one line keeps its line breaks as the two characters \n.
    const privateKey = stored.includes('\n') || !stored.includes('\\n') ? stored : stored.replace(/\\n/g, '\n');
    // A JWK's private members are secrets each, wherever they turn up.
    for (const part of jwkSecrets(privateKey))
        ctx.maskSecret(part);
    return {
        kind: 'app',
        clientId: config.client_id,
        privateKey,
        ...(config.key_id ? { keyId: config.key_id } : {}),
        scopes: config.scopes,
        env: config.private_key_env
    };
}
function jwkSecrets(key) {
    try {
        const jwk = JSON.parse(key);
        return ['d', 'p', 'q', 'dp', 'dq', 'qi'].flatMap(k => typeof jwk[k] === 'string' ? [jwk[k]] : []);
    }
    catch {
        return [];
    }
}
/** The token must not travel in the clear: plain http only to a loopback test server. */
function urlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return `${url} is not a URL: set okta.org_url to the org's https:// address`;
    }
    if (parsed.protocol === 'https:')
        return undefined;
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    return parsed.protocol === 'http:' && loopback
        ? undefined
        : `${parsed.origin} is not https: Okta is reached over https only (plain http only to a loopback test server)`;
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


/***/ })

};
