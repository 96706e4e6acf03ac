export const id = 661;
export const ids = [661];
export const modules = {

/***/ 1880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ ScimClient)
/* harmony export */ });
/* unused harmony exports ScimError, ScimReadOnlyError */
const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** Servers cap `count` at their own maximum; asking for more costs nothing. */
const PAGE_SIZE = 1000;
const RETRYABLE = new Set([429, 502, 503, 504]);
/** A request that hangs longer is retried like a dropped connection. */
const REQUEST_TIMEOUT_MS = 30_000;
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
        this.sleep = opts.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
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
                return 'already_absent';
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
            return 'already_absent';
        this.check('PUT', path, answer);
        return 'revoked';
    }
    async deleteUser(id) {
        const path = userPath(id);
        const answer = await this.request('DELETE', path);
        if (answer.status === 404)
            return 'already_absent';
        this.check('DELETE', path, answer);
        return 'revoked';
    }
    /** ServiceProviderConfig says whether PATCH works; read once. Unknown means "try PATCH". */
    supportsPatch() {
        this.patchSupported ??= this.request('GET', 'ServiceProviderConfig').then(answer => {
            const patch = answer.status === 200 ? answer.body?.patch : undefined;
            return !(isRecord(patch) && patch.supported === false);
        });
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
        const maxAttempts = this.opts.maxAttempts ?? 6;
        for (let attempt = 1;; attempt++) {
            this.requests++;
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${token}`,
                        accept: 'application/scim+json, application/json',
                        ...(init.body === undefined ? {} : { 'content-type': 'application/scim+json' })
                    },
                    body: init.body === undefined ? undefined : JSON.stringify(init.body),
                    redirect: 'error',
                    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
                });
            }
            catch (err) {
                if (attempt >= maxAttempts) {
                    const why = err instanceof Error ? (err.cause ?? err).toString() : String(err);
                    throw new Error(`${platform}: ${method} ${path} could not reach ${url.origin}: ${why}`, {
                        cause: err
                    });
                }
                await this.sleep(backoff(attempt));
                continue;
            }
            if (RETRYABLE.has(response.status) && attempt < maxAttempts) {
                await response.arrayBuffer();
                const wait = Math.min(retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt), this.opts.maxWaitMs ?? 120_000);
                log?.(`${platform}: ${method} ${path} answered ${response.status}, retrying in ${wait} ms`);
                await this.sleep(wait);
                continue;
            }
            return { status: response.status, body: await readJson(response) };
        }
    }
    error(method, path, { status, body }) {
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
                    ? 'still rate limited after several waits: run again later'
                    : status >= 500
                        ? 'the SCIM server failed: run again later'
                        : isScimError
                            ? ''
                            : 'the answer is not a SCIM error: check base_url';
        const message = `${platform}: ${method} ${path} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`;
        return new ScimError(message, status, scimType);
    }
}
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
/** Retry-After is either seconds or an HTTP date (RFC 9110). */
function retryAfterMs(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function backoff(attempt) {
    return 500 * 2 ** (attempt - 1);
}


/***/ }),

/***/ 7570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ scimUrlEnv),
/* harmony export */   c5: () => (/* binding */ scimApp),
/* harmony export */   gT: () => (/* binding */ noCredentials),
/* harmony export */   gz: () => (/* binding */ failed)
/* harmony export */ });
/* harmony import */ var _scim_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1880);

/** Why a connector without its token cannot work; `unavailable` prefixes "not checked: ". */
function noCredentials(envName) {
    return `no credentials (set ${envName})`;
}
/** An error as an outcome: the message already names platform and call. */
function failed(err) {
    return { result: 'failed', detail: err instanceof Error ? err.message : String(err) };
}
/** The environment variable that replaces an app's `base_url` when set (the sandbox sets it):
 *  `OFFBOARD_SCIM_<NAME>_URL`, the app name upper-cased with `-` as `_`. */
function scimUrlEnv(appName) {
    return `OFFBOARD_SCIM_${appName.toUpperCase().replace(/-/g, '_')}_URL`;
}
function scimApp(config, timing = {}) {
    return {
        reader: ctx => {
            const { platform, unavailable, discover, planSteps, list } = build(config, ctx, 'read', timing);
            return { platform, unavailable, discover, planSteps, list };
        },
        writer: ctx => build(config, ctx, 'write', timing)
    };
}
function build(config, ctx, mode, timing) {
    const platform = `scim:${config.name}`;
    const token = ctx.env[config.token_env];
    if (token)
        ctx.maskSecret(token);
    const unavailable = token ? undefined : `not checked: ${noCredentials(config.token_env)}`;
    const client = token
        ? new _scim_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ScimClient */ .KZ({
            platform,
            baseUrl: ctx.env[scimUrlEnv(config.name)] || config.base_url,
            token,
            tokenEnv: config.token_env,
            mode,
            log: ctx.log,
            ...timing
        })
        : undefined;
    const reader = {
        platform,
        unavailable,
        async discover(who, scope) {
            const found = {
                platform,
                person: who.person,
                status: 'checked',
                holdings: [],
                notes: []
            };
            if (!client)
                return { ...found, status: 'not_checked', reason: unavailable };
            if (!inScope(scope))
                return found;
            const userName = who.account ?? who.email;
            if (!who.account)
                found.notes.push(`no ${config.name} userName declared: looked up ${who.email}`);
            try {
                const user = await client.findUser(userName);
                if (!user)
                    return { ...found, status: 'no_account' };
                found.account = { id: user.id, display: user.displayName ?? user.userName };
                found.holdings.push({
                    kind: 'app_account',
                    id: user.id,
                    label: `${config.name} account ${user.userName} (${user.active ? 'active' : 'deactivated'})`,
                    details: { userName: user.userName, active: user.active }
                });
                if (!user.active)
                    found.notes.push(`${user.userName} is already deactivated in ${config.name}`);
                return found;
            }
            catch (err) {
                return { ...found, status: 'not_checked', reason: failed(err).detail };
            }
        },
        planSteps(found, scope) {
            const account = found.holdings.find(h => h.kind === 'app_account');
            if (found.status !== 'checked' || !account || !inScope(scope))
                return { steps: [], refused: [] };
            const remove = config.on_departure === 'delete';
            // A deactivated account needs no deactivation, but `delete` still removes it.
            if (!remove && account.details?.active === false)
                return { steps: [], refused: [] };
            const action = remove ? 'delete_user' : 'deactivate_user';
            const userName = String(account.details?.userName ?? account.id);
            const why = scope.kind === 'departure' ? 'departure' : `no role grants ${config.name} any more`;
            const step = {
                id: `${platform}/${found.person}/${action}/${userName}`,
                platform,
                person: found.person,
                action,
                target: userName,
                reason: `${why} (on_departure: ${config.on_departure})`,
                after: [],
                mode: 'auto',
                params: { user_id: account.id, user_name: userName }
            };
            return { steps: [step], refused: [] };
        },
        async list() {
            const inventory = {
                platform,
                status: 'checked',
                accounts: [],
                requests: 0,
                notes: []
            };
            if (!client)
                return { ...inventory, status: 'not_checked', reason: unavailable };
            const before = client.requests;
            try {
                const users = await client.listUsers();
                inventory.accounts = users.map(u => listed(platform, config.name, u));
            }
            catch (err) {
                Object.assign(inventory, { status: 'not_checked', reason: failed(err).detail });
            }
            inventory.requests = client.requests - before;
            return inventory;
        }
    };
    function inScope(scope) {
        return (scope.kind === 'departure' ||
            scope.remove.some(g => g.platform === platform && g.kind === 'scim_app'));
    }
    return {
        ...reader,
        async perform(step) {
            if (!client)
                return { result: 'failed', detail: `${platform}: ${noCredentials(config.token_env)}` };
            const id = String(step.params.user_id);
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
                return failed(err);
            }
        }
    };
}
function listed(platform, app, u) {
    return {
        platform,
        account: u.userName,
        email: u.email,
        name: u.displayName,
        kind: 'user',
        active: u.active,
        // A deactivated account gives no access: it holds no grant.
        grants: u.active ? [{ platform, kind: 'scim_app', value: app }] : [],
        credentials: []
    };
}


/***/ }),

/***/ 7661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startSandbox: () => (/* binding */ startSandbox)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/connectors/scim.ts
var scim = __webpack_require__(7570);
// EXTERNAL MODULE: ./src/sandbox/aws-iam.ts
var aws_iam = __webpack_require__(1797);
// EXTERNAL MODULE: ./src/sandbox/github.ts + 5 modules
var sandbox_github = __webpack_require__(7868);
// EXTERNAL MODULE: ./src/sandbox/scim.ts + 1 modules
var sandbox_scim = __webpack_require__(2375);
// EXTERNAL MODULE: ./src/sandbox/seed.ts + 4 modules
var seed = __webpack_require__(2786);
// EXTERNAL MODULE: ./src/sandbox/server.ts
var sandbox_server = __webpack_require__(2584);
// EXTERNAL MODULE: ./src/sandbox/slack-state.ts
var slack_state = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/sandbox/slack-scim.ts


function toScimUser(m) {
    const [givenName, ...rest] = m.real_name.split(' ');
    return {
        id: m.id,
        userName: m.name,
        displayName: m.profile.display_name || m.real_name,
        name: { givenName, familyName: rest.join(' '), formatted: m.real_name },
        emails: m.profile.email ? [{ value: m.profile.email, primary: true }] : [],
        active: !m.deleted
    };
}
const primaryOwnerRefusal = {
    status: 403,
    detail: 'the primary owner cannot be deactivated; transfer primary ownership first'
};
/** Write SCIM attributes onto a member; refuse to deactivate the primary owner. */
function apply(state, m, attrs) {
    if (!attrs.active && m.is_primary_owner)
        return primaryOwnerRefusal;
    m.name = attrs.userName;
    const formatted = attrs.name?.formatted ??
        [attrs.name?.givenName, attrs.name?.familyName].filter(Boolean).join(' ');
    if (formatted)
        m.real_name = formatted;
    if (attrs.displayName !== undefined)
        m.profile.display_name = attrs.displayName;
    const email = attrs.emails?.find(e => e.primary)?.value ?? attrs.emails?.[0]?.value;
    if (email !== undefined)
        m.profile.email = email;
    (0,slack_state/* setDeactivated */.rI)(state, m, !attrs.active);
    return undefined;
}
function slackScimStore(state) {
    const member = (id) => {
        const m = (0,slack_state/* findMember */.gz)(state, id);
        return m && !m.is_bot ? m : undefined;
    };
    let created = 0;
    return {
        all: () => state.members.filter(m => !m.is_bot).map(toScimUser),
        get: id => {
            const m = member(id);
            return m && toScimUser(m);
        },
        create: attrs => {
            let id;
            do
                id = `U0SCIM${String(++created).padStart(3, '0')}`;
            while ((0,slack_state/* findMember */.gz)(state, id));
            const m = (0,slack_state/* slackMember */.V)({ id, name: attrs.userName });
            state.members.push(m);
            apply(state, m, attrs);
            return toScimUser(m);
        },
        update: (id, attrs) => {
            const m = member(id);
            return apply(state, m, attrs) ?? toScimUser(m);
        },
        delete: id => {
            const m = member(id);
            return apply(state, m, { ...toScimUser(m), active: false });
        }
    };
}
/** Slack's SCIM API as a sim platform. Tokens default to those of the state holding the
 *  `admin` scope when the platform is created, as Slack requires that scope. */
function createSlackScimPlatform(state, options = {}) {
    return (0,sandbox_scim/* createScimPlatform */.kS)(slackScimStore(state), {
        name: 'slack-scim',
        tokens: state.tokens.filter(t => t.scopes.includes('admin')).map(t => t.token),
        ...options
    });
}

// EXTERNAL MODULE: ./src/sandbox/slack.ts
var slack = __webpack_require__(1447);
;// CONCATENATED MODULE: ./src/sandbox/index.ts
// The whole sandbox: every platform the declarations configure, seeded from them plus a
// scenario, each on its own loopback server, with the tokens and the environment variables
// that point the command line (or a test, or a benchmark) at it.
//
// The GitHub connector spaces writes 1 s apart by default, as GitHub asks of integrations;
// the sandbox has no secondary limit unless a knob injects one, so code that drives it
// in-process uses createGithubConnector({ paceWrites: false }).










/** A made-up token: recognisably the sandbox's, different on every run. */
const token = (prefix) => `${prefix}sandbox-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
/** Every Slack scope the connector's methods need, so that the token is never refused. */
const SLACK_SCOPES = [
    'admin',
    'admin.users:write',
    'team:read',
    'users:read',
    'users:read.email',
    'usergroups:read',
    'usergroups:write',
    'channels:read',
    'groups:read',
    'channels:manage',
    'channels:write',
    'groups:write'
];
async function startSandbox(decl, scenario, options = {}) {
    const seeded = (0,seed/* seedStates */.E)(decl, scenario, options);
    const tokens = { scim: {} };
    const env = {};
    const platforms = [];
    if (seeded.github) {
        const { state, tokenOwner } = seeded.github;
        const t = (tokens.github = token('ghp_'));
        platforms.push({
            platform: (0,sandbox_github/* createGithubPlatform */.Vw)(state, {
                tokens: { [t]: tokenOwner },
                checkRequest: options.checkGithubRequest
            }).platform,
            // The simulated GitHub needs no spacing between writes (see connectors/index.ts).
            env: url => Object.assign(env, {
                GITHUB_API_URL: url,
                GITHUB_TOKEN: t,
                OFFBOARD_GITHUB_PACE_WRITES: 'false'
            })
        });
    }
    if (seeded.iam)
        platforms.push({
            platform: (0,aws_iam/* createIamPlatform */.NW)(seeded.iam, { seed: options.seed ?? 1 }),
            env: url => Object.assign(env, {
                AWS_ENDPOINT_URL_IAM: url,
                AWS_REGION: 'us-east-1',
                // The sandbox checks no signature: any key signs.
                AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
                AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
            })
        });
    if (seeded.slack) {
        const { state, tokenOwner } = seeded.slack;
        const t = (tokens.slack = token('xoxp-'));
        // Before the SCIM platform is made: it takes the tokens holding the admin scope.
        state.tokens.push({ token: t, user_id: tokenOwner, scopes: SLACK_SCOPES, admin: true });
        platforms.push({
            platform: (0,slack/* createSlackPlatform */.Qb)(state),
            env: url => Object.assign(env, { SLACK_API_URL: `${url}/api/`, SLACK_TOKEN: t })
        }, {
            platform: createSlackScimPlatform(state),
            env: url => (env.SLACK_SCIM_URL = `${url}/scim/v2/`)
        });
    }
    for (const app of decl.platforms.scim) {
        const t = (tokens.scim[app.name] = token(`scim-${app.name}-`));
        platforms.push({
            platform: (0,sandbox_scim/* createScimPlatform */.kS)(seeded.scim[app.name], {
                name: `scim:${app.name}`,
                tokens: [t]
            }),
            env: url => Object.assign(env, { [app.token_env]: t, [(0,scim/* scimUrlEnv */.DV)(app.name)]: `${url}/scim/v2` })
        });
    }
    const servers = {};
    const close = () => Promise.all(Object.values(servers).map(s => s.close())).then(() => undefined);
    try {
        for (const [i, { platform, env: setEnv }] of platforms.entries()) {
            const port = options.portBase === undefined ? undefined : options.portBase + i;
            if (port !== undefined)
                await checkPortFree(port, platform.name);
            const server = await (0,sandbox_server/* startSimServer */.hE)(platform, {
                port,
                seed: options.seed,
                knobs: { latencyMs: options.latencyMs ?? 0, ...options.knobs?.[platform.name] }
            });
            servers[platform.name] = server;
            setEnv(server.url);
        }
    }
    catch (err) {
        await close();
        throw err;
    }
    const github = seeded.github;
    return {
        servers,
        states: {
            github: github?.state,
            iam: seeded.iam,
            slack: seeded.slack?.state,
            scim: seeded.scim
        },
        tokens,
        accessRepo: github && {
            owner: github.state.org.login,
            repo: github.accessRepo.name,
            branch: github.accessRepo.default_branch
        },
        env,
        close
    };
}
/** Fails with a clear message when a fixed port is taken (the server would only crash). */
function checkPortFree(port, name) {
    return new Promise((resolve, reject) => {
        const probe = (0,external_node_net_.createServer)();
        probe.once('error', (err) => reject(new Error(`sandbox: cannot serve ${name} on 127.0.0.1:${port} (${err.code ?? err.message}): choose another --port-base, or leave it out to use free ports`)));
        probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
}


/***/ })

};
