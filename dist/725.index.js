export const id = 725;
export const ids = [725];
export const modules = {

/***/ 76094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ GoogleAuthError),
/* harmony export */   Ky: () => (/* binding */ googleAuth),
/* harmony export */   No: () => (/* binding */ signJwt),
/* harmony export */   PT: () => (/* binding */ TOKEN_AUDIENCE),
/* harmony export */   lN: () => (/* binding */ scopesFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67595);
// The Google connector's access token: domain-wide delegation, i.e. a JWT that names the admin
// to act as (`sub`) and the scopes, signed by the service account and exchanged at Google's
// OAuth 2.0 token endpoint (RFC 7523). A service account key signs it here; keyless, the
// workflow's GitHub OIDC token is exchanged for a federated token (workload identity
// federation: google-auth-library's IdentityPoolClient), with which IAM signs it (signJwt).
// google-auth-library's JWT client covers only the key, and posts to a token URL fixed in its
// code, which the sandbox cannot take over: so both ways are done here, one code path for
// Google and the sandbox, behind an OAuth2Client the Admin SDK uses like any other. Every key,
// token and signed assertion goes to maskSecret.



/** What Google's token endpoint expects as the assertion's `aud`, wherever it is sent. */
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const HOSTS = {
    oauth: 'https://oauth2.googleapis.com',
    sts: 'https://sts.googleapis.com',
    iam: 'https://iamcredentials.googleapis.com'
};
const scope = (name) => `https://www.googleapis.com/auth/${name}`;
/** The scopes each client asks for; docs/google.md says why each is needed. Tokens, ASPs and
 *  backup codes have no read-only scope: the read-only client guard keeps plan from writing. */
function scopesFor(mode, transfers) {
    const read = mode === 'read';
    return [
        scope(read ? 'admin.directory.user.readonly' : 'admin.directory.user'),
        scope('admin.directory.user.security'),
        scope('admin.directory.group.readonly'),
        scope(read ? 'admin.directory.group.member.readonly' : 'admin.directory.group.member'),
        scope('admin.directory.rolemanagement.readonly'),
        ...(transfers ? [scope(read ? 'admin.datatransfer.readonly' : 'admin.datatransfer')] : [])
    ];
}
/** A token service's refusal; `status` undefined when it could not be reached, `retryAfter`
 *  its Retry-After header when it sent one. */
class GoogleAuthError extends Error {
    status;
    retryAfter;
    constructor(message, status, retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
        this.name = 'GoogleAuthError';
    }
}
/** The client the Admin SDK authenticates with, or why there is none. */
function googleAuth(ctx) {
    const creds = ctx.config.credentials;
    const signer = 'key_env' in creds
        ? keySigner(ctx, creds.key_env)
        : federatedSigner(ctx, creds.workload_identity);
    if ('unavailable' in signer)
        return signer;
    const auth = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.OAuth2Client({ transporterOptions: { timeout: ctx.attemptMs } });
    let pending;
    // Called when there is no token or it is about to expire; concurrent requests share one.
    auth.refreshHandler = () => (pending ??= delegatedToken(ctx, signer).finally(() => (pending = undefined)));
    return { auth };
}
function keySigner(ctx, name) {
    const raw = ctx.env[name];
    if (!raw)
        return { unavailable: `no credentials (set ${name})` };
    ctx.maskSecret(raw);
    let key;
    try {
        key = JSON.parse(raw);
    }
    catch {
        key = {};
    }
    const { client_email: iss, private_key: pem, client_id: clientId } = key;
    if (typeof pem === 'string')
        ctx.maskSecret(pem);
    if (typeof iss !== 'string' || typeof pem !== 'string')
        return {
            unavailable: `${name} does not hold a service account key: set it to the key's JSON (with client_email and private_key)`
        };
    return {
        iss,
        source: name,
        clientId: typeof clientId === 'string' ? clientId : undefined,
        sign: async (claims) => signJwt(claims, pem)
    };
}
/** A JWT of `claims`, signed RS256 with a service account's private key (PEM). */
function signJwt(claims, pem) {
    const body = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}`;
    return `${body}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('RSA-SHA256').update(body).sign(pem, 'base64url')}`;
}
function federatedSigner(ctx, { audience, service_account: sa }) {
    const requestUrl = ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = ctx.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        return {
            unavailable: "no credentials (workload identity federation needs the workflow's OIDC token: give the job `permissions: id-token: write`)"
        };
    ctx.maskSecret(requestToken);
    const source = `workload identity pool ${audience}`;
    // google-auth-library exchanges the OIDC token at STS and caches the federated token until
    // it expires. Its own retry of the exchange (3 retries, seconds of backoff) is turned off
    // below, so that the call's budget counts every attempt and a Retry-After is honoured, as
    // for every other call.
    const idp = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.IdentityPoolClient({
        type: 'external_account',
        audience,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${host(ctx, 'sts')}/v1/token`,
        transporterOptions: { timeout: ctx.attemptMs },
        subject_token_supplier: {
            getSubjectToken: async () => {
                const url = new URL(requestUrl);
                url.searchParams.set('audience', `https:${audience}`);
                const said = await tokenCall(ctx, url.toString(), 'the GitHub OIDC token', {
                    method: 'GET',
                    headers: { authorization: `bearer ${requestToken}` }
                });
                return secret(ctx, said.value, 'the GitHub OIDC token');
            }
        }
    });
    // The exchange goes through the client's own StsCredentials, whose transporter is not the
    // client's and takes neither its timeout nor its options: its retry is turned off there.
    const sts = idp
        .stsCredential;
    sts.transporter.interceptors.request.add({
        resolved: async (config) => ({
            ...config,
            retry: false,
            retryConfig: { retry: 0 },
            timeout: ctx.attemptMs
        })
    });
    return {
        iss: sa,
        source,
        sign: async (claims) => {
            let federated;
            try {
                federated = secret(ctx, (await idp.getAccessToken()).token, 'a federated token');
            }
            catch (err) {
                throw exchangeError(err, source);
            }
            const url = `${host(ctx, 'iam')}/v1/projects/-/serviceAccounts/${encodeURIComponent(sa)}:signJwt`;
            const said = await tokenCall(ctx, url, `IAM signJwt for ${sa}`, {
                headers: { authorization: `Bearer ${federated}`, 'content-type': 'application/json' },
                body: JSON.stringify({ payload: JSON.stringify(claims) })
            });
            return secret(ctx, said.signedJwt, `IAM signJwt for ${sa}`);
        }
    };
}
async function delegatedToken(ctx, signer) {
    const now = Math.floor(Date.now() / 1000);
    const assertion = await signer.sign({
        iss: signer.iss,
        sub: ctx.config.admin,
        scope: ctx.scopes.join(' '),
        aud: TOKEN_AUDIENCE,
        iat: now,
        exp: now + 3600
    });
    ctx.maskSecret(assertion);
    const said = await tokenCall(ctx, `${host(ctx, 'oauth')}/token`, 'the OAuth 2.0 token endpoint', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString(),
        refusal: said => delegationHint(ctx, signer, said)
    });
    const expiresIn = typeof said.expires_in === 'number' ? said.expires_in : 3600;
    return {
        access_token: secret(ctx, said.access_token, 'the OAuth 2.0 token endpoint'),
        expiry_date: Date.now() + expiresIn * 1000
    };
}
/** What to do about a refused delegation (RFC 6749 error codes, as Google words them). */
function delegationHint(ctx, signer, said) {
    const code = String(said.error ?? '');
    const client = signer.clientId ? ` (client id ${signer.clientId})` : '';
    if (code === 'unauthorized_client')
        return `the service account${client} may not act for ${ctx.config.admin} with these scopes: add them to its domain-wide delegation in the Admin console (Security > API controls > Domain-wide delegation): ${ctx.scopes.join(',')}`;
    if (code === 'invalid_grant')
        return `check that google.admin (${ctx.config.admin}) is an active super admin, and the credentials in ${signer.source}`;
    return `check the credentials in ${signer.source}`;
}
function host(ctx, which) {
    return (ctx.env[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .AUTH_URL_ENV */ .Hb] || HOSTS[which]).replace(/\/+$/, '');
}
/** A token service's JSON answer; its refusals become GoogleAuthError, secret-free. */
async function tokenCall(ctx, url, what, init) {
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            redirect: 'error',
            signal: AbortSignal.timeout(ctx.attemptMs),
            ...init
        });
    }
    catch (err) {
        const why = err instanceof Error ? String(err.cause ?? err.message) : String(err);
        throw new GoogleAuthError(`could not reach ${what} (${new URL(url).origin}): ${why}`);
    }
    const text = await response.text();
    let said = {};
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object')
            said = parsed;
    }
    catch {
        // Not JSON: the status says enough.
    }
    if (response.ok)
        return said;
    const error = said.error;
    const detail = typeof error === 'string'
        ? [error, said.error_description].filter(Boolean).join(': ')
        : typeof error?.message === 'string'
            ? error.message
            : '';
    // What to do about a refusal; a rate limit or a failure of the service is no refusal.
    const refused = response.status < 500 && response.status !== 429;
    const hint = refused ? init.refusal?.(said) : undefined;
    throw new GoogleAuthError(`${what} answered ${response.status}${detail ? ` (${detail})` : ''}${hint ? `: ${hint}` : ''}`, response.status, response.headers.get('retry-after'));
}
/** A token-like string from an answer, masked; a missing one is an error. */
function secret(ctx, value, what) {
    if (typeof value !== 'string' || !value)
        throw new GoogleAuthError(`${what} answered without a token`);
    ctx.maskSecret(value);
    return value;
}
/** google-auth-library's error from the STS exchange, as a GoogleAuthError. */
function exchangeError(err, source) {
    if (err instanceof GoogleAuthError)
        return err;
    const e = err;
    const message = err instanceof Error ? err.message : String(err);
    if (!e.response)
        return new GoogleAuthError(`could not reach the token exchange of ${source}: ${message}`);
    const { status, data } = e.response;
    const detail = data ? [data.error, data.error_description].filter(Boolean).join(': ') : '';
    // A rate limit or a failure of STS says nothing about the token.
    const said = status !== undefined && (status >= 500 || status === 429)
        ? `the token exchange of ${source} answered ${status} (${detail || message})`
        : `${source} refused the GitHub OIDC token (${status}): ${detail || message}; check the audience, and the provider's attribute condition for this repository`;
    return new GoogleAuthError(said, status, e.response.headers?.get?.('retry-after'));
}
const b64url = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');


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

/***/ 40725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ sandboxPlatforms)
});

// UNUSED EXPORTS: SANDBOX_PLATFORMS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sandbox/shared/server.ts
var server = __webpack_require__(65126);
;// CONCATENATED MODULE: ./src/sandbox/github/state.ts
// What the simulated GitHub knows, as plain data. The caller seeds it; the simulator's
// handlers change it in place, so a test can read the outcome of every write from it.
const SEED_DATE = '2024-01-01T00:00:00Z';
/** An org with nothing in it yet; push users, members, teams, repos into the lists. */
function newGithubState(org, options = {}) {
    return {
        org: {
            login: org,
            id: 1000,
            name: null,
            samlSso: false,
            copilot: false,
            created_at: SEED_DATE,
            ...options
        },
        users: [],
        members: [],
        outsideCollaborators: [],
        invitations: [],
        teams: [],
        credentialAuthorizations: [],
        patGrants: [],
        patRequests: [],
        copilotSeats: [],
        repos: []
    };
}
/** Another organization in the same simulated GitHub: its own members, teams and repositories,
 *  the same users. Requests naming it (`/orgs/{org}`, `/repos/{owner}`) are answered from it. */
function addGithubOrg(state, org, options = {}) {
    const id = 1000 + 1 + (state.moreOrgs?.length ?? 0);
    const more = { ...newGithubState(org, { id, ...options }), users: state.users };
    (state.moreOrgs ??= []).push(more);
    return more;
}
/** The organization a request names (case-insensitive), or the first one. */
const orgState = (state, login) => (login !== undefined && state.moreOrgs?.find(o => sameLogin(o.org.login, login))) || state;
/** An empty repository (no commits: see `commitFiles` to add some). */
function newGithubRepo(name, options = {}) {
    return {
        id: stableId(name),
        name,
        default_branch: 'main',
        visibility: 'private',
        description: null,
        created_at: SEED_DATE,
        deployKeys: [],
        labels: [],
        issues: [],
        comments: [],
        pulls: [],
        git: { blobs: {}, trees: {}, commits: {}, refs: {} },
        ...options
    };
}
/** A repeatable id from a name, so that seeded repositories differ without bookkeeping. */
function stableId(name) {
    let h = 0;
    for (const c of name)
        h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return 100000 + (h % 900000);
}
/** Case-insensitive login comparison, as GitHub does. */
const sameLogin = (a, b) => a != null && b != null && a.toLowerCase() === b.toLowerCase();
/** The next free number in a list (ids, issue numbers). */
const nextId = (taken, floor = 0) => Math.max(floor, ...taken) + 1;

;// CONCATENATED MODULE: ./src/sandbox/github/http.ts

const DOCS = 'https://docs.github.com/rest';
// These parameters may span several path segments (`heads/feature/x`, `docs/a.md`).
const MULTI_SEGMENT = new Set(['ref', 'path']);
function compileRoutes(routes) {
    return routes
        .map(r => {
        const names = [];
        const source = r.template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name) => {
            names.push(name);
            return MULTI_SEGMENT.has(name) ? '(.*)' : '([^/]+)';
        });
        const literals = r.template.split('/').filter(s => s !== '' && !s.startsWith('{')).length;
        return { ...r, pattern: new RegExp(`^${source}/?$`), names, literals };
    })
        .sort((a, b) => b.literals - a.literals);
}
/** The route a request names (first by method, then any method, for a 404 vs 405 choice). */
function matchRoute(routes, method, path) {
    for (const route of routes) {
        if (route.method !== method)
            continue;
        const m = route.pattern.exec(path);
        if (!m)
            continue;
        const params = {};
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
        return { route, params };
    }
    return undefined;
}
const json = (status, body, headers = {}) => ({
    status,
    body,
    headers
});
const noContent = () => ({ status: 204 });
/** Base64 as GitHub sends file content: wrapped at 60 characters. */
const wrapped = (content) => (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
/** GitHub's error body: message, documentation_url, and the status as a string. */
function error(status, message, extra = {}) {
    return json(status, { message, documentation_url: DOCS, status: String(status), ...extra });
}
const notFound = () => error(404, 'Not Found');
/** 422 Validation Failed with GitHub's `errors` list. */
function validationFailed(errors, message = 'Validation Failed') {
    return error(422, message, { errors });
}
/** GitHub's 422 for a required field that is absent. */
const missingField = (resource, field) => validationFailed([{ resource, field, code: 'missing_field' }]);
/** Sorts by a date field, newest first unless `direction=asc` (GitHub's default order). */
function byDate(ctx, items, date) {
    const sorted = [...items].sort((a, b) => date(a).localeCompare(date(b)));
    return ctx.req.query.get('direction') === 'asc' ? sorted : sorted.reverse();
}
/** One page of `items` with the Link header GitHub sends (per_page default 30, max 100). */
function page(ctx, items, wrap) {
    const q = ctx.req.query;
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || 30));
    const current = Math.max(1, Math.floor(Number(q.get('page')) || 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((current - 1) * perPage, current * perPage);
    const link = (n, rel) => {
        const params = new URLSearchParams(q);
        params.set('per_page', String(perPage));
        params.set('page', String(n));
        return `<${ctx.api}${ctx.req.path}?${params.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (current > 1)
        links.push(link(current - 1, 'prev'));
    if (current < last)
        links.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1)
        links.push(link(1, 'first'));
    const headers = links.length > 0 ? { link: links.join(', ') } : {};
    return json(200, wrap ? wrap(slice) : slice, headers);
}
/** Lower-cased login -> position in `state.users`, per users array. */
const loginIndex = new WeakMap();
/** O(1) for a known login (listing 10,000 members looks each one up). The index is checked
 *  on every hit and rebuilt on a miss, so seeds and handlers may change `users` freely. */
function findUser(state, login) {
    const key = login.toLowerCase();
    let at = loginIndex.get(state.users)?.get(key);
    if (at === undefined || !sameLogin(state.users[at]?.login, login)) {
        const index = new Map();
        state.users.forEach((u, i) => {
            if (!index.has(u.login.toLowerCase()))
                index.set(u.login.toLowerCase(), i);
        });
        loginIndex.set(state.users, index);
        at = index.get(key);
    }
    return at === undefined ? undefined : state.users[at];
}
/** A user by login, or a stand-in for a login the seed did not list (so shapes stay whole). */
function userOrStandIn(state, login) {
    return findUser(state, login) ?? { login, id: 0, email: null };
}
/** GitHub's `simple-user`. */
function simpleUser(ctx, login) {
    const u = userOrStandIn(ctx.state, login);
    const url = `${ctx.api}/users/${u.login}`;
    return {
        login: u.login,
        id: u.id,
        node_id: Buffer.from(`04:User${u.id}`).toString('base64'),
        avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
        gravatar_id: '',
        url,
        html_url: `https://github.com/${u.login}`,
        followers_url: `${url}/followers`,
        following_url: `${url}/following{/other_user}`,
        gists_url: `${url}/gists{/gist_id}`,
        starred_url: `${url}/starred{/owner}{/repo}`,
        subscriptions_url: `${url}/subscriptions`,
        organizations_url: `${url}/orgs`,
        repos_url: `${url}/repos`,
        events_url: `${url}/events{/privacy}`,
        received_events_url: `${url}/received_events`,
        type: u.type ?? 'User',
        user_view_type: 'public',
        site_admin: false
    };
}
/** The organization as a `simple-user`: a repository's `owner`, a branch's `user`. */
const orgUser = (ctx) => ({
    ...simpleUser(ctx, ctx.state.org.login),
    id: ctx.state.org.id,
    type: 'Organization'
});
/** GitHub's full user (`GET /user`, `GET /users/{username}`). */
function fullUser(ctx, u) {
    return {
        ...simpleUser(ctx, u.login),
        name: u.name ?? null,
        company: null,
        blog: '',
        location: null,
        email: u.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z'
    };
}
/** A request's JSON object body ({} when empty); undefined when it is not a JSON object. */
function parseBody(req) {
    if (req.body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(req.body.toString('utf8'));
        const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
        return isObject ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The values of a query list parameter: `owner[]=a&owner[]=b` or `owner=a,b`. */
function queryList(req, name) {
    return [...req.query.getAll(name), ...req.query.getAll(`${name}[]`)]
        .flatMap(v => v.split(','))
        .filter(v => v !== '');
}

;// CONCATENATED MODULE: ./src/sandbox/github/org.ts


const isOwner = (ctx, login) => ctx.state.members.some(m => sameLogin(m.login, login) && m.role === 'admin' && m.state === 'active');
const activeOwners = (ctx) => ctx.state.members.filter(m => m.role === 'admin' && m.state === 'active');
const findMember = (ctx, login) => ctx.state.members.find(m => sameLogin(m.login, login));
const findTeam = (ctx) => ctx.state.teams.find(t => t.slug === ctx.params.team_slug);
/** An org route: 404 for another org's name; `owner` routes answer 403 to non-owners. */
function orgRoute(method, template, handler, owner = false) {
    return {
        method,
        template,
        handler: ctx => {
            if (!sameLogin(ctx.params.org, ctx.state.org.login))
                return notFound();
            if (owner && !isOwner(ctx, ctx.viewer)) {
                return error(403, 'You must be an organization owner to perform this action.');
            }
            return handler(ctx);
        }
    };
}
function orgSimple(ctx) {
    const { org } = ctx.state;
    const url = `${ctx.api}/orgs/${org.login}`;
    return {
        login: org.login,
        id: org.id,
        node_id: Buffer.from(`04:Organization${org.id}`).toString('base64'),
        url,
        repos_url: `${url}/repos`,
        events_url: `${url}/events`,
        hooks_url: `${url}/hooks`,
        issues_url: `${url}/issues`,
        members_url: `${url}/members{/member}`,
        public_members_url: `${url}/public_members{/member}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
        description: null
    };
}
function membership(ctx, m) {
    const orgUrl = `${ctx.api}/orgs/${ctx.state.org.login}`;
    return {
        url: `${orgUrl}/memberships/${m.login}`,
        state: m.state,
        role: m.role,
        organization_url: orgUrl,
        organization: orgSimple(ctx),
        user: simpleUser(ctx, m.login)
    };
}
/** GitHub keeps at least one owner: the last one can be neither removed nor demoted. */
function lastOwnerRefusal(ctx, m, verb) {
    const owners = activeOwners(ctx);
    if (m.state === 'active' && m.role === 'admin' && owners.length === 1) {
        return error(403, `You cannot ${verb} the last owner of an organization.`);
    }
    return undefined;
}
const twoFactorFilter = (ctx) => (login) => ctx.req.query.get('filter') !== '2fa_disabled' || findUser(ctx.state, login)?.twoFactor === false;
/** Renders only the page being answered, so a page costs its size, not the organization's. */
const simpleUsers = (ctx) => (slice) => slice.map(x => simpleUser(ctx, x.login));
function teamJson(ctx, t) {
    const url = `${ctx.api}/organizations/${ctx.state.org.id}/team/${t.id}`;
    return {
        id: t.id,
        node_id: Buffer.from(`04:Team${t.id}`).toString('base64'),
        url,
        html_url: `https://github.com/orgs/${ctx.state.org.login}/teams/${t.slug}`,
        name: t.name,
        slug: t.slug,
        description: t.description ?? null,
        privacy: t.privacy ?? 'closed',
        notification_setting: 'notifications_enabled',
        permission: 'pull',
        members_url: `${url}/members{/member}`,
        repositories_url: `${url}/repos`,
        parent: null,
        type: 'organization',
        organization_id: ctx.state.org.id
    };
}
/** Fine-grained token grants and requests share a shape and their filters. */
function patJson(ctx, p) {
    const kind = 'reason' in p ? 'personal-access-token-requests' : 'personal-access-tokens';
    const out = {
        ...p,
        owner: simpleUser(ctx, p.owner),
        repositories_url: `${ctx.api}/organizations/${ctx.state.org.id}/${kind}/${p.id}/repositories`
    };
    // GitHub lists the repositories at repositories_url, not inline.
    delete out.repositories;
    return out;
}
function listPats(ctx, items, date) {
    const owners = queryList(ctx.req, 'owner');
    const tokenIds = queryList(ctx.req, 'token_id');
    const repo = ctx.req.query.get('repository');
    const selected = items
        .filter(p => owners.length === 0 || owners.some(o => sameLogin(o, p.owner)))
        .filter(p => tokenIds.length === 0 || tokenIds.includes(String(p.token_id)))
        .filter(p => !repo || p.repository_selection === 'all' || p.repositories.includes(repo));
    return page(ctx, byDate(ctx, selected, date).map(p => patJson(ctx, p)));
}
/** GitHub's 422 for a required list field that is absent or empty. */
function missingList(ctx, field, resource) {
    const value = ctx.body[field];
    return Array.isArray(value) && value.length > 0 ? undefined : missingField(resource, field);
}
/** Removes the listed ids from `items` all at once, or nothing when one is unknown. */
function takeAll(items, ids) {
    const found = ids.map(id => items.find(p => p.id === id));
    if (found.some(p => p === undefined))
        return undefined;
    for (const p of found)
        items.splice(items.indexOf(p), 1);
    return found;
}
function reviewPatRequests(ctx, ids) {
    const taken = takeAll(ctx.state.patRequests, ids);
    if (!taken)
        return notFound();
    if (ctx.body.action === 'approve') {
        for (const request of taken) {
            const grant = {
                ...request,
                access_granted_at: ctx.now().toISOString()
            };
            delete grant.reason;
            delete grant.created_at;
            ctx.state.patGrants.push(grant);
        }
    }
    return undefined;
}
/** GitHub's `copilot-seat-details`. */
function seatJson(ctx, { login, ...seat }) {
    return {
        updated_at: seat.created_at,
        plan_type: 'business',
        ...seat,
        assignee: simpleUser(ctx, login),
        assigning_team: null
    };
}
/** The day a cancelled Copilot seat ends: the first day of the next billing month. */
function endOfCycle(now) {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
        .toISOString()
        .slice(0, 10);
}
const orgRoutes = [
    {
        method: 'GET',
        template: '/user',
        handler: ctx => {
            const u = findUser(ctx.state, ctx.viewer);
            if (!u)
                return error(401, 'Bad credentials');
            return json(200, {
                ...fullUser(ctx, u),
                private_gists: 0,
                total_private_repos: 0,
                owned_private_repos: 0,
                disk_usage: 0,
                collaborators: 0,
                two_factor_authentication: u.twoFactor ?? true
            });
        }
    },
    {
        // A user by their numeric id, whatever their login is now (a renamed user is found).
        method: 'GET',
        template: '/user/{account_id}',
        handler: ctx => {
            const u = ctx.state.users.find(x => String(x.id) === ctx.params.account_id);
            return u ? json(200, fullUser(ctx, u)) : notFound();
        }
    },
    {
        method: 'GET',
        template: '/users/{username}',
        handler: ctx => {
            const u = findUser(ctx.state, ctx.params.username);
            return u ? json(200, fullUser(ctx, u)) : notFound();
        }
    },
    orgRoute('GET', '/orgs/{org}', ctx => json(200, {
        ...orgSimple(ctx),
        name: ctx.state.org.name,
        html_url: `https://github.com/${ctx.state.org.login}`,
        has_organization_projects: true,
        has_repository_projects: true,
        public_repos: ctx.state.repos.filter(r => r.visibility === 'public').length,
        public_gists: 0,
        followers: 0,
        following: 0,
        type: 'Organization',
        created_at: ctx.state.org.created_at,
        updated_at: ctx.state.org.created_at,
        archived_at: null
    })),
    orgRoute('GET', '/orgs/{org}/members', ctx => {
        const role = ctx.req.query.get('role') ?? 'all';
        const members = ctx.state.members
            .filter(m => m.state === 'active' && (role === 'all' || m.role === role))
            .filter(m => twoFactorFilter(ctx)(m.login));
        return page(ctx, members, simpleUsers(ctx));
    }),
    orgRoute('GET', '/orgs/{org}/memberships/{username}', ctx => {
        const m = findMember(ctx, ctx.params.username);
        return m ? json(200, membership(ctx, m)) : notFound();
    }),
    orgRoute('PUT', '/orgs/{org}/memberships/{username}', ctx => {
        const user = findUser(ctx.state, ctx.params.username);
        if (!user)
            return notFound();
        const role = ctx.body.role === 'admin' ? 'admin' : 'member';
        let m = findMember(ctx, user.login);
        if (m) {
            const refusal = role === 'member' ? lastOwnerRefusal(ctx, m, 'demote') : undefined;
            if (refusal)
                return refusal;
            m.role = role;
        }
        else {
            // Someone outside the org is invited: the membership stays pending until accepted.
            m = { login: user.login, role, state: 'pending' };
            ctx.state.members.push(m);
            ctx.state.invitations.push({
                id: nextId(ctx.state.invitations.map(i => i.id)),
                login: user.login,
                email: user.email,
                role: role === 'admin' ? 'admin' : 'direct_member',
                created_at: ctx.now().toISOString(),
                inviter: ctx.viewer
            });
        }
        return json(200, membership(ctx, m));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/memberships/{username}', ctx => {
        const login = ctx.params.username;
        const m = findMember(ctx, login);
        const invited = ctx.state.invitations.some(i => sameLogin(i.login, login));
        if (!m && !invited)
            return notFound();
        const refusal = m && lastOwnerRefusal(ctx, m, 'remove');
        if (refusal)
            return refusal;
        // Leaving the org ends every team membership, every SAML SSO credential authorization
        // and any invitation; a Copilot seat stops working at once and stays billed, pending
        // cancellation, to the cycle's end.
        ctx.state.members = ctx.state.members.filter(x => !sameLogin(x.login, login));
        ctx.state.credentialAuthorizations = ctx.state.credentialAuthorizations.filter(c => !sameLogin(c.login, login));
        for (const seat of ctx.state.copilotSeats)
            if (sameLogin(seat.login, login))
                seat.pending_cancellation_date ??= endOfCycle(ctx.now());
        ctx.state.invitations = ctx.state.invitations.filter(i => !sameLogin(i.login, login));
        for (const t of ctx.state.teams)
            t.members = t.members.filter(x => !sameLogin(x.login, login));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/outside_collaborators', ctx => page(ctx, ctx.state.outsideCollaborators.filter(c => twoFactorFilter(ctx)(c.login)), simpleUsers(ctx))),
    orgRoute('DELETE', '/orgs/{org}/outside_collaborators/{username}', ctx => {
        const login = ctx.params.username;
        if (!findUser(ctx.state, login))
            return notFound();
        if (findMember(ctx, login)?.state === 'active') {
            return error(422, 'You cannot specify an organization member to remove as an outside collaborator.', {
                errors: [{ resource: 'User', field: 'username', code: 'invalid' }]
            });
        }
        ctx.state.outsideCollaborators = ctx.state.outsideCollaborators.filter(c => !sameLogin(c.login, login));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/invitations', ctx => {
        const role = ctx.req.query.get('role') ?? 'all';
        const items = ctx.state.invitations.filter(i => role === 'all' || i.role === role);
        return page(ctx, items.map(i => ({
            ...i,
            node_id: Buffer.from(`04:OrganizationInvitation${i.id}`).toString('base64'),
            inviter: simpleUser(ctx, i.inviter),
            team_count: 0,
            invitation_teams_url: `${ctx.api}/organizations/${ctx.state.org.id}/invitations/${i.id}/teams`,
            invitation_source: 'member',
            failed_at: null,
            failed_reason: null
        })));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/invitations/{invitation_id}', ctx => {
        const inv = ctx.state.invitations.find(i => i.id === Number(ctx.params.invitation_id));
        if (!inv)
            return notFound();
        ctx.state.invitations.splice(ctx.state.invitations.indexOf(inv), 1);
        ctx.state.members = ctx.state.members.filter(m => !(m.state === 'pending' && sameLogin(m.login, inv.login)));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/credential-authorizations', ctx => {
        if (!ctx.state.org.samlSso)
            return notFound();
        const login = ctx.req.query.get('login');
        const items = ctx.state.credentialAuthorizations.filter(c => !login || sameLogin(c.login, login));
        return page(ctx, items.map(c => ({
            token_last_eight: null,
            fingerprint: null,
            scopes: [],
            authorized_credential_title: null,
            authorized_credential_note: null,
            authorized_credential_expires_at: null,
            ...c
        })));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/credential-authorizations/{credential_id}', ctx => {
        const list = ctx.state.credentialAuthorizations;
        const found = ctx.state.org.samlSso &&
            list.find(c => c.credential_id === Number(ctx.params.credential_id));
        if (!found)
            return notFound();
        list.splice(list.indexOf(found), 1);
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/personal-access-tokens', ctx => listPats(ctx, ctx.state.patGrants, p => p.access_granted_at), true),
    orgRoute('POST', '/orgs/{org}/personal-access-tokens', ctx => missingList(ctx, 'pat_ids', 'PersonalAccessToken') ??
        (takeAll(ctx.state.patGrants, ctx.body.pat_ids) ? json(202, {}) : notFound()), true),
    orgRoute('POST', '/orgs/{org}/personal-access-tokens/{pat_id}', ctx => (takeAll(ctx.state.patGrants, [Number(ctx.params.pat_id)]) ? noContent() : notFound()), true),
    orgRoute('GET', '/orgs/{org}/personal-access-token-requests', ctx => listPats(ctx, ctx.state.patRequests, p => p.created_at), true),
    orgRoute('POST', '/orgs/{org}/personal-access-token-requests', ctx => reviewPatRequests(ctx, ctx.body.pat_request_ids ?? []) ??
        json(202, {}), true),
    orgRoute('POST', '/orgs/{org}/personal-access-token-requests/{pat_request_id}', ctx => reviewPatRequests(ctx, [Number(ctx.params.pat_request_id)]) ?? noContent(), true),
    orgRoute('GET', '/orgs/{org}/copilot/billing/seats', ctx => {
        if (!ctx.state.org.copilot)
            return notFound();
        const seats = ctx.state.copilotSeats;
        return page(ctx, seats.map(s => seatJson(ctx, s)), items => ({ total_seats: seats.length, seats: items }));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/copilot/billing/selected_users', ctx => {
        if (!ctx.state.org.copilot)
            return notFound();
        const missing = missingList(ctx, 'selected_usernames', 'CopilotSeat');
        if (missing)
            return missing;
        const names = ctx.body.selected_usernames;
        let cancelled = 0;
        for (const seat of ctx.state.copilotSeats) {
            if (seat.pending_cancellation_date === null && names.some(n => sameLogin(n, seat.login))) {
                seat.pending_cancellation_date = endOfCycle(ctx.now());
                cancelled++;
            }
        }
        return json(200, { seats_cancelled: cancelled });
    }, true),
    orgRoute('GET', '/orgs/{org}/members/{username}/copilot', ctx => {
        // GitHub: 422 when Copilot is off or the user is only invited; 404 for anyone else
        // without a seat (a seat left pending cancellation by leaving the org included).
        const m = findMember(ctx, ctx.params.username);
        if (!ctx.state.org.copilot || m?.state === 'pending')
            return error(422, 'Copilot Business or Enterprise is not enabled for this organization, or the user has a pending organization invitation.');
        const seat = ctx.state.copilotSeats.find(s => sameLogin(s.login, ctx.params.username));
        return m && seat ? json(200, seatJson(ctx, seat)) : notFound();
    }, true),
    orgRoute('GET', '/orgs/{org}/teams', ctx => page(ctx, ctx.state.teams.map(t => teamJson(ctx, t)))),
    orgRoute('GET', '/orgs/{org}/teams/{team_slug}/members', ctx => {
        const team = findTeam(ctx);
        if (!team)
            return notFound();
        const role = ctx.req.query.get('role') ?? 'all';
        const members = team.members.filter(m => (m.state ?? 'active') === 'active' && (role === 'all' || m.role === role));
        return page(ctx, members, simpleUsers(ctx));
    }),
    orgRoute('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const m = team?.members.find(x => sameLogin(x.login, ctx.params.username));
        if (!team || !m)
            return notFound();
        return json(200, teamMembership(ctx, team, m.login, m.role, m.state ?? 'active'));
    }),
    orgRoute('PUT', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const user = findUser(ctx.state, ctx.params.username);
        if (!team || !user)
            return notFound();
        const role = ctx.body.role === 'maintainer' ? 'maintainer' : 'member';
        const state = findMember(ctx, user.login)?.state === 'active' ? 'active' : 'pending';
        team.members = team.members.filter(x => !sameLogin(x.login, user.login));
        team.members.push({ login: user.login, role, state });
        return json(200, teamMembership(ctx, team, user.login, role, state));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const m = team?.members.find(x => sameLogin(x.login, ctx.params.username));
        if (!team || !m)
            return notFound();
        team.members.splice(team.members.indexOf(m), 1);
        return noContent();
    }, true)
];
function teamMembership(ctx, team, login, role, state) {
    return {
        url: `${ctx.api}/organizations/${ctx.state.org.id}/team/${team.id}/memberships/${login}`,
        role,
        state
    };
}

;// CONCATENATED MODULE: ./src/sandbox/github/git.ts
// Git objects as git stores them: every blob, tree and commit is named by the SHA-1 of its
// canonical encoding, so the simulator's SHAs are real content addresses and ancestry
// (fast-forward checks, "which PR holds this commit") is computed, not declared.

/** A request git would refuse; the handler answers it with `status` and `message`. */
class GitDataError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function hashObject(type, content) {
    const header = Buffer.from(`${type} ${content.length}\0`);
    return (0,external_node_crypto_.createHash)('sha1').update(header).update(content).digest('hex');
}
function putBlob(git, content) {
    const sha = hashObject('blob', content);
    git.blobs[sha] = content.toString('base64');
    return sha;
}
const blobContent = (git, sha) => git.blobs[sha] === undefined ? undefined : Buffer.from(git.blobs[sha], 'base64');
/** Git orders tree entries by name, comparing a subtree as if its name ended in '/'. */
const sortKey = (e) => (e.type === 'tree' ? `${e.name}/` : e.name);
/** A tree's entries as git encodes them (already in git's order). */
const encodeTree = (sorted) => Buffer.concat(sorted.flatMap(e => [
    Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`),
    Buffer.from(e.sha, 'hex')
]));
function putTree(git, entries) {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))));
    const sha = hashObject('tree', encodeTree(sorted));
    git.trees[sha] = sorted;
    return sha;
}
/** `Name <email> 1700000000 +0000`, keeping the offset the ISO date was written with. */
function signature(p) {
    const seconds = Math.floor(Date.parse(p.date) / 1000);
    const offset = /([+-])(\d\d):?(\d\d)$/.exec(p.date);
    const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000';
    return `${p.name} <${p.email}> ${seconds} ${zone}`;
}
function encodeCommit(commit) {
    const lines = [
        `tree ${commit.tree}`,
        ...commit.parents.map(p => `parent ${p}`),
        `author ${signature(commit.author)}`,
        `committer ${signature(commit.committer)}`
    ];
    return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
}
function putCommit(git, commit) {
    const sha = hashObject('commit', encodeCommit(commit));
    git.commits[sha] = commit;
    return sha;
}
/** Every object of the store as git stores it (type and content, which hash to its SHA), so
 *  that a test can copy the simulated repository into a real one, as a fetch would. */
function* gitObjects(git) {
    for (const [sha, b64] of Object.entries(git.blobs))
        yield { sha, type: 'blob', content: Buffer.from(b64, 'base64') };
    for (const [sha, entries] of Object.entries(git.trees))
        yield { sha, type: 'tree', content: encodeTree(entries) };
    for (const [sha, commit] of Object.entries(git.commits))
        yield { sha, type: 'commit', content: encodeCommit(commit) };
}
const isFolder = (x) => 'entries' in x;
function openFolder(git, sha) {
    const entries = new Map();
    if (sha !== undefined) {
        const tree = git.trees[sha];
        if (!tree)
            throw new GitDataError(422, `Invalid tree info: ${sha} is not a tree`);
        for (const e of tree)
            entries.set(e.name, e);
    }
    return { entries };
}
function writeFolder(git, folder) {
    const entries = [];
    for (const [name, item] of folder.entries) {
        if (!isFolder(item))
            entries.push(item);
        else {
            const sha = writeFolder(git, item);
            // Git keeps no empty folders.
            if (sha !== undefined)
                entries.push({ name, mode: '040000', type: 'tree', sha });
        }
    }
    return entries.length === 0 ? undefined : putTree(git, entries);
}
function checkObject(git, type, sha) {
    const known = type === 'blob' ? git.blobs[sha] : type === 'tree' ? git.trees[sha] : 'submodule';
    if (known === undefined)
        throw new GitDataError(422, `tree.sha ${sha} is not a valid ${type}`);
}
/** The tree `base` (or an empty one) with `changes` applied; returns its SHA. */
function buildTree(git, base, changes) {
    const root = openFolder(git, base);
    for (const change of changes) {
        const parts = change.path.split('/').filter(p => p !== '');
        if (parts.length === 0)
            throw new GitDataError(422, `tree.path "${change.path}" is not a valid path`);
        const name = parts.pop();
        let folder = root;
        for (const part of parts) {
            const item = folder.entries.get(part);
            const next = item && isFolder(item)
                ? item
                : openFolder(git, item?.type === 'tree' ? item.sha : undefined);
            folder.entries.set(part, next);
            folder = next;
        }
        if (change.sha === null) {
            folder.entries.delete(name);
            continue;
        }
        let sha = change.sha;
        if (change.content !== undefined)
            sha = putBlob(git, Buffer.from(change.content, 'utf8'));
        if (sha === undefined)
            throw new GitDataError(422, `tree.sha or tree.content is required for "${change.path}"`);
        checkObject(git, change.type, sha);
        folder.entries.set(name, { name, mode: change.mode, type: change.type, sha });
    }
    return writeFolder(git, root) ?? putTree(git, []);
}
/** Every commit reachable from `from`, itself included. */
function reachable(git, from, stop = new Set()) {
    const seen = new Set();
    const queue = [from];
    while (queue.length > 0) {
        const sha = queue.pop();
        if (seen.has(sha) || stop.has(sha))
            continue;
        seen.add(sha);
        queue.push(...(git.commits[sha]?.parents ?? []));
    }
    return seen;
}
/** Whether `ancestor` is `descendant` or reachable through its parents. */
const isAncestor = (git, ancestor, descendant) => reachable(git, descendant).has(ancestor);
/** Commits reachable from `head` but not from `base`: the commits a pull request adds. */
const commitsBetween = (git, base, head) => reachable(git, head, reachable(git, base));
/** A branch, tag, full ref or commit SHA, as the `ref` query parameter takes it. */
function resolveCommitish(git, ref) {
    for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
        if (git.refs[name] !== undefined)
            return git.refs[name];
    }
    return git.commits[ref] ? ref : undefined;
}
/** The entries of a tree; with `recursive`, every nested entry with its full path. */
function listTree(git, sha, recursive, prefix = '') {
    const out = [];
    for (const e of git.trees[sha] ?? []) {
        const path = prefix + e.name;
        const size = e.type === 'blob' ? blobContent(git, e.sha)?.length : undefined;
        out.push({
            path,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            ...(size === undefined ? {} : { size })
        });
        if (recursive && e.type === 'tree')
            out.push(...listTree(git, e.sha, true, `${path}/`));
    }
    return out;
}
/** The entry at `path` below the tree `root` (the root itself for an empty path). */
function entryAt(git, root, path) {
    let entry = { name: '', mode: '040000', type: 'tree', sha: root };
    for (const part of path.split('/').filter(p => p !== '')) {
        if (entry.type !== 'tree')
            return undefined;
        const next = git.trees[entry.sha]?.find(e => e.name === part);
        if (!next)
            return undefined;
        entry = next;
    }
    return entry;
}
/** Points `ref` at `sha`, as a push does: every open pull request from that branch follows it
 *  (its head is the branch's tip, as on GitHub). */
function setRef(repo, ref, sha, now = new Date()) {
    repo.git.refs[ref] = sha;
    const branch = ref.replace(/^refs\/heads\//, '');
    if (branch === ref)
        return;
    for (const p of repo.pulls)
        if (p.state === 'open' && p.head.ref === branch && p.head.sha !== sha) {
            p.head = { ...p.head, sha };
            p.updated_at = now.toISOString();
        }
}
/** Seeds a commit on `branch` that writes `files` over its tree; a new branch starts from
 *  the default branch. Returns the commit SHA. */
function commitFiles(repo, options) {
    const git = repo.git;
    const ref = `refs/heads/${options.branch ?? repo.default_branch}`;
    const parent = git.refs[ref] ?? git.refs[`refs/heads/${repo.default_branch}`];
    const changes = [
        ...Object.entries(options.files).map(([path, content]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: putBlob(git, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
        })),
        ...(options.remove ?? []).map(path => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: null
        }))
    ];
    const author = options.author ?? {
        name: 'Sandbox',
        email: 'sandbox@example.test',
        date: new Date().toISOString()
    };
    const tree = buildTree(git, parent === undefined ? undefined : git.commits[parent]?.tree, changes);
    const sha = putCommit(git, {
        tree,
        parents: parent === undefined ? [] : [parent],
        message: options.message,
        author,
        committer: author
    });
    setRef(repo, ref, sha);
    return sha;
}
/** The newest commit reachable from both (breadth first from `b`): the base of a merge. */
function mergeBase(git, a, b) {
    const fromA = reachable(git, a);
    const queue = [b];
    const seen = new Set();
    while (queue.length > 0) {
        const sha = queue.shift();
        if (fromA.has(sha))
            return sha;
        if (seen.has(sha))
            continue;
        seen.add(sha);
        queue.push(...(git.commits[sha]?.parents ?? []));
    }
    return undefined;
}
const filesOf = (git, commit) => new Map(commit === undefined
    ? []
    : listTree(git, git.commits[commit].tree, true)
        .filter(e => e.type === 'blob')
        .map(e => [e.path, { sha: e.sha, mode: e.mode }]));
/** The tree of merging `theirs` into `ours`, file by file as git's three-way merge decides
 *  when no file changed on both sides; the paths changed on both sides otherwise. */
function mergeTree(git, ours, theirs) {
    const [base, mine, other] = [mergeBase(git, ours, theirs), ours, theirs].map(c => filesOf(git, c));
    const same = (x, y) => x?.sha === y?.sha && x?.mode === y?.mode;
    const changes = [];
    const conflicts = [];
    for (const path of new Set([...base.keys(), ...mine.keys(), ...other.keys()])) {
        const [b, o, t] = [base.get(path), mine.get(path), other.get(path)];
        // Both sides agree, or only one side changed the file (a deletion included).
        const result = same(o, t) || same(t, b) ? o : same(o, b) ? t : null;
        if (result === null)
            conflicts.push(path);
        else if (result)
            changes.push({ path, mode: result.mode, type: 'blob', sha: result.sha });
    }
    if (conflicts.length > 0)
        return { conflicts: conflicts.sort() };
    return { tree: buildTree(git, undefined, changes) };
}

;// CONCATENATED MODULE: ./src/sandbox/github/repos.ts
// Repository endpoints of the simulated GitHub: the org's repositories and one repository,
// and what every repository route shares (the owner and name check, the repository's JSON).
// Issues, pull requests, contents and the git data API have files of their own.




const repoUrl = (ctx, repo) => `${ctx.api}/repos/${ctx.state.org.login}/${repo.name}`;
const htmlUrl = (ctx, repo) => `https://github.com/${ctx.state.org.login}/${repo.name}`;
/** A repository route: 404 unless the owner is the org and the repository exists. */
function repoRoute(method, template, handler) {
    return {
        method,
        template,
        handler: ctx => {
            const repo = ctx.state.repos.find(r => r.name.toLowerCase() === ctx.params.repo.toLowerCase());
            if (!sameLogin(ctx.params.owner, ctx.state.org.login) || !repo)
                return notFound();
            try {
                return handler(ctx, repo);
            }
            catch (err) {
                if (err instanceof GitDataError)
                    return error(err.status, err.message);
                throw err;
            }
        }
    };
}
// The `*_url` fields of a repository: name and path below the repository URL.
const REPO_URLS = [
    ['archive_url', '/{archive_format}{/ref}'],
    ['assignees_url', '/assignees{/user}'],
    ['blobs_url', '/git/blobs{/sha}'],
    ['branches_url', '/branches{/branch}'],
    ['collaborators_url', '/collaborators{/collaborator}'],
    ['comments_url', '/comments{/number}'],
    ['commits_url', '/commits{/sha}'],
    ['compare_url', '/compare/{base}...{head}'],
    ['contents_url', '/contents/{+path}'],
    ['contributors_url', '/contributors'],
    ['deployments_url', '/deployments'],
    ['downloads_url', '/downloads'],
    ['events_url', '/events'],
    ['forks_url', '/forks'],
    ['git_commits_url', '/git/commits{/sha}'],
    ['git_refs_url', '/git/refs{/sha}'],
    ['git_tags_url', '/git/tags{/sha}'],
    ['hooks_url', '/hooks'],
    ['issue_comment_url', '/issues/comments{/number}'],
    ['issue_events_url', '/issues/events{/number}'],
    ['issues_url', '/issues{/number}'],
    ['keys_url', '/keys{/key_id}'],
    ['labels_url', '/labels{/name}'],
    ['languages_url', '/languages'],
    ['merges_url', '/merges'],
    ['milestones_url', '/milestones{/number}'],
    ['notifications_url', '/notifications{?since,all,participating}'],
    ['pulls_url', '/pulls{/number}'],
    ['releases_url', '/releases{/id}'],
    ['stargazers_url', '/stargazers'],
    ['statuses_url', '/statuses/{sha}'],
    ['subscribers_url', '/subscribers'],
    ['subscription_url', '/subscription'],
    ['tags_url', '/tags'],
    ['teams_url', '/teams'],
    ['trees_url', '/git/trees{/sha}']
];
function repoJson(ctx, repo) {
    const url = repoUrl(ctx, repo);
    const html = htmlUrl(ctx, repo);
    const openIssues = repo.issues.filter(i => i.state === 'open').length;
    const lastPush = Object.values(repo.git.commits).reduce((max, c) => (c.committer.date > max ? c.committer.date : max), repo.created_at);
    return {
        id: repo.id,
        node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
        name: repo.name,
        full_name: `${ctx.state.org.login}/${repo.name}`,
        private: repo.visibility !== 'public',
        owner: orgUser(ctx),
        html_url: html,
        description: repo.description,
        fork: false,
        url,
        ...Object.fromEntries(REPO_URLS.map(([k, suffix]) => [k, url + suffix])),
        git_url: `git://github.com/${ctx.state.org.login}/${repo.name}.git`,
        ssh_url: `git@github.com:${ctx.state.org.login}/${repo.name}.git`,
        clone_url: `${html}.git`,
        svn_url: html,
        mirror_url: null,
        homepage: null,
        language: null,
        size: 0,
        forks_count: 0,
        forks: 0,
        stargazers_count: 0,
        watchers_count: 0,
        watchers: 0,
        open_issues_count: openIssues,
        open_issues: openIssues,
        default_branch: repo.default_branch,
        visibility: repo.visibility,
        archived: repo.archived ?? false,
        disabled: false,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: true,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        license: null,
        allow_forking: false,
        web_commit_signoff_required: false,
        network_count: 0,
        subscribers_count: 0,
        pushed_at: lastPush,
        created_at: repo.created_at,
        updated_at: lastPush,
        permissions: { admin: true, maintain: true, push: true, triage: true, pull: true }
    };
}
const repoRoutes = [
    orgRoute('GET', '/orgs/{org}/repos', ctx => {
        const type = ctx.req.query.get('type') ?? 'all';
        const repos = ctx.state.repos.filter(r => type !== 'public' && type !== 'private'
            ? type !== 'forks'
            : (r.visibility === 'public') === (type === 'public'));
        const sort = ctx.req.query.get('sort') ?? 'created';
        const ordered = sort === 'full_name'
            ? [...repos].sort((a, b) => a.name.localeCompare(b.name))
            : byDate(ctx, repos, r => r.created_at);
        if (sort === 'full_name' && ctx.req.query.get('direction') === 'desc')
            ordered.reverse();
        return page(ctx, ordered.map(r => repoJson(ctx, r)));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}', (ctx, repo) => json(200, {
        ...repoJson(ctx, repo),
        organization: orgUser(ctx)
    }))
];

;// CONCATENATED MODULE: ./src/sandbox/github/contents.ts



const CONTENT_TYPES = {
    blob: 'file',
    tree: 'dir',
    commit: 'submodule'
};
function contentJson(ctx, repo, path, e, ref) {
    const url = `${repoUrl(ctx, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${repoUrl(ctx, repo)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
    const html = `${htmlUrl(ctx, repo)}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
    const isFile = e.type === 'blob';
    return {
        type: e.mode === '120000' ? 'symlink' : CONTENT_TYPES[e.type],
        size: isFile ? (blobContent(repo.git, e.sha)?.length ?? 0) : 0,
        name: path.split('/').pop(),
        path,
        sha: e.sha,
        url,
        git_url: gitUrl,
        html_url: html,
        download_url: isFile
            ? `https://raw.githubusercontent.com/${ctx.state.org.login}/${repo.name}/${ref}/${path}`
            : null,
        _links: { self: url, git: gitUrl, html }
    };
}
const deployKeyJson = (ctx, repo, k) => ({
    verified: true,
    ...k,
    url: `${repoUrl(ctx, repo)}/keys/${k.id}`,
    added_by: k.added_by,
    last_used: k.last_used,
    enabled: true
});
const contentRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/keys', (ctx, repo) => page(ctx, repo.deployKeys.map(k => deployKeyJson(ctx, repo, k)))),
    repoRoute('GET', '/repos/{owner}/{repo}/keys/{key_id}', (ctx, repo) => {
        const key = repo.deployKeys.find(k => k.id === Number(ctx.params.key_id));
        return key ? json(200, deployKeyJson(ctx, repo, key)) : notFound();
    }),
    repoRoute('DELETE', '/repos/{owner}/{repo}/keys/{key_id}', (ctx, repo) => {
        const key = repo.deployKeys.find(k => k.id === Number(ctx.params.key_id));
        if (!key)
            return notFound();
        repo.deployKeys.splice(repo.deployKeys.indexOf(key), 1);
        return noContent();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx, repo) => {
        const ref = ctx.req.query.get('ref') ?? repo.default_branch;
        const sha = resolveCommitish(repo.git, ref);
        if (!sha)
            return error(404, `No commit found for the ref ${ref}`);
        const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
        const entry = entryAt(repo.git, repo.git.commits[sha].tree, path);
        if (!entry)
            return notFound();
        if (entry.type !== 'tree') {
            const content = blobContent(repo.git, entry.sha) ?? Buffer.alloc(0);
            return json(200, {
                ...contentJson(ctx, repo, path, entry, ref),
                content: wrapped(content),
                encoding: 'base64'
            });
        }
        const children = repo.git.trees[entry.sha] ?? [];
        return json(200, children.map(c => contentJson(ctx, repo, path ? `${path}/${c.name}` : c.name, c, ref)));
    })
];

;// CONCATENATED MODULE: ./src/sandbox/github/issues.ts
// Issues, their comments and labels on the simulated GitHub's repositories. Pull requests
// share their numbers, labels and comments, as on GitHub.



const isPull = (x) => 'head' in x;
const findIssueLike = (repo, n) => [...repo.issues, ...repo.pulls].find(i => i.number === Number(n));
function labelJson(ctx, repo, l) {
    return {
        id: l.id,
        node_id: Buffer.from(`010:Label${l.id}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        color: l.color,
        default: l.default ?? false,
        description: l.description
    };
}
/** The repository's label of that name; adding an unknown label to an issue creates it. */
function ensureLabel(repo, name) {
    const found = repo.labels.find(l => l.name.toLowerCase() === name.toLowerCase());
    if (found)
        return found;
    const label = {
        id: nextId(repo.labels.map(l => l.id), repo.id * 100),
        name,
        color: 'ededed',
        description: null
    };
    repo.labels.push(label);
    return label;
}
/** Label names from a request's `labels`: strings or `{name}` objects. */
const labelNames = (value) => Array.isArray(value)
    ? value.map(v => (typeof v === 'string' ? v : String(v.name)))
    : [];
function issueJson(ctx, repo, i) {
    const url = `${repoUrl(ctx, repo)}/issues/${i.number}`;
    const pull = isPull(i);
    return {
        id: repo.id * 100000 + i.number,
        node_id: Buffer.from(`05:Issue${repo.id}:${i.number}`).toString('base64'),
        url,
        repository_url: repoUrl(ctx, repo),
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: `${htmlUrl(ctx, repo)}/${pull ? 'pull' : 'issues'}/${i.number}`,
        number: i.number,
        state: i.state,
        state_reason: pull ? null : (i.state_reason ?? null),
        title: i.title,
        body: i.body,
        user: simpleUser(ctx, i.user),
        labels: i.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n))),
        assignee: null,
        assignees: (pull ? [] : (i.assignees ?? [])).map(a => simpleUser(ctx, a)),
        milestone: null,
        locked: false,
        active_lock_reason: null,
        comments: repo.comments.filter(c => c.issue_number === i.number).length,
        closed_at: i.closed_at,
        created_at: i.created_at,
        updated_at: i.updated_at,
        author_association: 'MEMBER',
        ...(pull
            ? {
                pull_request: {
                    url: `${repoUrl(ctx, repo)}/pulls/${i.number}`,
                    html_url: `${htmlUrl(ctx, repo)}/pull/${i.number}`,
                    diff_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.diff`,
                    patch_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.patch`,
                    merged_at: i.merged_at
                },
                draft: i.draft ?? false
            }
            : {})
    };
}
function commentJson(ctx, repo, c) {
    return {
        id: c.id,
        node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/issues/comments/${c.id}`,
        html_url: `${htmlUrl(ctx, repo)}/issues/${c.issue_number}#issuecomment-${c.id}`,
        issue_url: `${repoUrl(ctx, repo)}/issues/${c.issue_number}`,
        body: c.body,
        user: simpleUser(ctx, c.user),
        created_at: c.created_at,
        updated_at: c.updated_at,
        author_association: 'MEMBER'
    };
}
/** Title, body, state and labels of an issue or pull request, from a create or edit body. */
function applyIssueEdit(ctx, repo, i) {
    const b = ctx.body;
    const now = ctx.now().toISOString();
    if (b.title !== undefined && b.title !== null)
        i.title = String(b.title);
    if (b.body !== undefined)
        i.body = b.body;
    if (b.labels !== undefined)
        i.labels = labelNames(b.labels).map(n => ensureLabel(repo, n).name);
    if (!isPull(i) && Array.isArray(b.assignees))
        i.assignees = b.assignees;
    if (b.state === 'open' || b.state === 'closed') {
        if (b.state !== i.state)
            i.closed_at = b.state === 'closed' ? now : null;
        i.state = b.state;
        if (!isPull(i))
            i.state_reason =
                b.state_reason ??
                    (b.state === 'closed' ? 'completed' : 'reopened');
    }
    i.updated_at = now;
}
const issueRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
        const q = ctx.req.query;
        const state = q.get('state') ?? 'open';
        const labels = (q.get('labels') ?? '').split(',').filter(l => l !== '');
        const creator = q.get('creator');
        const since = q.get('since');
        const items = [...repo.issues, ...repo.pulls]
            .filter(i => state === 'all' || i.state === state)
            .filter(i => labels.every(l => i.labels.some(x => x.toLowerCase() === l.toLowerCase())))
            .filter(i => !creator || sameLogin(i.user, creator))
            .filter(i => !since || i.updated_at >= since);
        const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at';
        return page(ctx, byDate(ctx, items, i => i[field]).map(i => issueJson(ctx, repo, i)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
        if (ctx.body.title === undefined || ctx.body.title === '')
            return missingField('Issue', 'title');
        const now = ctx.now().toISOString();
        const issue = {
            number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
            title: '',
            body: null,
            labels: [],
            state: 'open',
            user: ctx.viewer,
            created_at: now,
            updated_at: now,
            closed_at: null
        };
        applyIssueEdit(ctx, repo, issue);
        repo.issues.push(issue);
        return json(201, issueJson(ctx, repo, issue));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        return issue ? json(200, issueJson(ctx, repo, issue)) : notFound();
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        applyIssueEdit(ctx, repo, issue);
        return json(200, issueJson(ctx, repo, issue));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        const since = ctx.req.query.get('since');
        const comments = repo.comments.filter(c => c.issue_number === issue.number && (!since || c.updated_at >= since));
        return page(ctx, comments.map(c => commentJson(ctx, repo, c)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        if (typeof ctx.body.body !== 'string')
            return missingField('IssueComment', 'body');
        const now = ctx.now().toISOString();
        const comment = {
            id: nextId(repo.comments.map(c => c.id), repo.id * 1000),
            issue_number: issue.number,
            body: ctx.body.body,
            user: ctx.viewer,
            created_at: now,
            updated_at: now
        };
        repo.comments.push(comment);
        return json(201, commentJson(ctx, repo, comment));
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx, repo) => {
        const comment = repo.comments.find(c => c.id === Number(ctx.params.comment_id));
        if (!comment)
            return notFound();
        if (typeof ctx.body.body !== 'string')
            return missingField('IssueComment', 'body');
        comment.body = ctx.body.body;
        comment.updated_at = ctx.now().toISOString();
        return json(200, commentJson(ctx, repo, comment));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        for (const name of labelNames(ctx.body.labels)) {
            const label = ensureLabel(repo, name);
            if (!issue.labels.some(l => l.toLowerCase() === label.name.toLowerCase()))
                issue.labels.push(label.name);
        }
        return json(200, issue.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n))));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/labels', (ctx, repo) => page(ctx, repo.labels.map(l => labelJson(ctx, repo, l)))),
    repoRoute('POST', '/repos/{owner}/{repo}/labels', (ctx, repo) => {
        const name = ctx.body.name;
        if (typeof name !== 'string' || name === '')
            return missingField('Label', 'name');
        if (repo.labels.some(l => l.name.toLowerCase() === name.toLowerCase())) {
            return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
        }
        const label = ensureLabel(repo, name);
        label.color =
            typeof ctx.body.color === 'string' ? ctx.body.color.replace(/^#/, '') : label.color;
        label.description = typeof ctx.body.description === 'string' ? ctx.body.description : null;
        return json(201, labelJson(ctx, repo, label));
    })
];

;// CONCATENATED MODULE: ./src/sandbox/github/pulls.ts






function branchJson(ctx, repo, b) {
    return {
        label: `${ctx.state.org.login}:${b.ref}`,
        ref: b.ref,
        sha: b.sha,
        user: orgUser(ctx),
        repo: repoJson(ctx, repo)
    };
}
function pullJson(ctx, repo, p) {
    const url = `${repoUrl(ctx, repo)}/pulls/${p.number}`;
    const html = `${htmlUrl(ctx, repo)}/pull/${p.number}`;
    const issue = issueJson(ctx, repo, p);
    return {
        url,
        id: repo.id * 100000 + p.number,
        node_id: Buffer.from(`011:PullRequest${repo.id}:${p.number}`).toString('base64'),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issue.url,
        commits_url: `${url}/commits`,
        review_comments_url: `${url}/comments`,
        review_comment_url: `${repoUrl(ctx, repo)}/pulls/comments{/number}`,
        comments_url: issue.comments_url,
        statuses_url: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}`,
        number: p.number,
        state: p.state,
        locked: false,
        title: p.title,
        user: issue.user,
        body: p.body,
        labels: issue.labels,
        milestone: null,
        active_lock_reason: null,
        created_at: p.created_at,
        updated_at: p.updated_at,
        closed_at: p.closed_at,
        merged_at: p.merged_at,
        merge_commit_sha: p.merge_commit_sha,
        assignee: null,
        assignees: [],
        requested_reviewers: p.requested_reviewers.map(r => simpleUser(ctx, r)),
        requested_teams: (p.requested_teams ?? []).flatMap(slug => {
            const team = ctx.state.teams.find(t => t.slug === slug);
            return team ? [teamJson(ctx, team)] : [];
        }),
        head: branchJson(ctx, repo, p.head),
        base: branchJson(ctx, repo, p.base),
        _links: {
            self: { href: url },
            html: { href: html },
            issue: { href: issue.url },
            comments: { href: issue.comments_url },
            review_comments: { href: `${url}/comments` },
            review_comment: { href: `${repoUrl(ctx, repo)}/pulls/comments{/number}` },
            commits: { href: `${url}/commits` },
            statuses: { href: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}` }
        },
        author_association: 'MEMBER',
        auto_merge: null,
        draft: p.draft ?? false,
        merged: p.merged,
        mergeable: p.state === 'open' ? true : null,
        rebaseable: p.state === 'open' ? true : null,
        mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
        merged_by: p.merged_by ? simpleUser(ctx, p.merged_by) : null,
        comments: issue.comments,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: commitsBetween(repo.git, p.base.sha, p.head.sha).size,
        additions: 0,
        deletions: 0,
        changed_files: 0
    };
}
function reviewJson(ctx, repo, p, r) {
    const html = `${htmlUrl(ctx, repo)}/pull/${p.number}#pullrequestreview-${r.id}`;
    const pullUrl = `${repoUrl(ctx, repo)}/pulls/${p.number}`;
    return {
        id: r.id,
        node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString('base64'),
        user: simpleUser(ctx, r.user),
        body: r.body,
        state: r.state,
        html_url: html,
        pull_request_url: pullUrl,
        _links: { html: { href: html }, pull_request: { href: pullUrl } },
        submitted_at: r.submitted_at,
        commit_id: r.commit_id,
        author_association: 'MEMBER'
    };
}
/** `head` is `owner:branch` or a bare branch name. */
const headBranch = (head) => head.slice(head.indexOf(':') + 1);
const findPull = (repo, n) => repo.pulls.find(p => p.number === Number(n));
const REVIEW_EVENTS = {
    APPROVE: 'APPROVED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    COMMENT: 'COMMENTED'
};
/** A review, as GitHub takes one: of the head commit unless another is named, submitted when
 *  it has an event (pending otherwise); an author may not approve or reject their own. */
function createReview(ctx, repo, pull) {
    const event = ctx.body.event;
    if (event !== undefined && !(event in REVIEW_EVENTS))
        return validationFailed([{ resource: 'PullRequestReview', field: 'event', code: 'invalid' }]);
    if (event && event !== 'COMMENT' && sameLogin(ctx.viewer, pull.user))
        return error(422, 'Unprocessable Entity', {
            errors: [
                `Can not ${event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request`
            ]
        });
    const commit = typeof ctx.body.commit_id === 'string' ? ctx.body.commit_id : pull.head.sha;
    const review = {
        id: nextId(repo.pulls.flatMap(p => p.reviews.map(r => r.id)), repo.id * 10),
        user: ctx.viewer,
        state: event ? REVIEW_EVENTS[event] : 'PENDING',
        body: typeof ctx.body.body === 'string' ? ctx.body.body : '',
        commit_id: commit,
        submitted_at: event ? ctx.now().toISOString() : null
    };
    pull.reviews.push(review);
    return json(200, reviewJson(ctx, repo, pull, review));
}
/** Merges an open pull request into its base branch: a merge commit (parents: the base's tip,
 *  the head), or one squashed commit on the base's tip; refused when the head is not the
 *  `sha` given, or when a file changed on both sides. */
function mergePull(ctx, repo, pull) {
    if (pull.state !== 'open')
        return error(405, 'Pull Request is not mergeable');
    if (typeof ctx.body.sha === 'string' && ctx.body.sha !== pull.head.sha)
        return error(409, 'Head branch was modified. Review and try the merge again.');
    const method = ctx.body.merge_method ?? 'merge';
    if (method !== 'merge' && method !== 'squash')
        return error(405, `Merge method ${String(method)} is not allowed on this simulated repository`);
    const baseRef = `refs/heads/${pull.base.ref}`;
    const tip = repo.git.refs[baseRef];
    if (!tip)
        return error(422, `Base branch ${pull.base.ref} does not exist`);
    const merged = mergeTree(repo.git, tip, pull.head.sha);
    if ('conflicts' in merged)
        return error(405, 'Pull Request is not mergeable');
    const user = findUser(ctx.state, ctx.viewer);
    const date = ctx
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
    const who = {
        name: user?.name ?? ctx.viewer,
        email: user?.email ?? `${ctx.viewer}@users.noreply.github.com`,
        date
    };
    const title = typeof ctx.body.commit_title === 'string'
        ? ctx.body.commit_title
        : method === 'squash'
            ? `${pull.title} (#${pull.number})`
            : `Merge pull request #${pull.number} from ${ctx.state.org.login}/${pull.head.ref}`;
    const detail = typeof ctx.body.commit_message === 'string' ? ctx.body.commit_message : '';
    const sha = putCommit(repo.git, {
        tree: merged.tree,
        parents: method === 'squash' ? [tip] : [tip, pull.head.sha],
        message: detail ? `${title}\n\n${detail}` : title,
        author: who,
        committer: who
    });
    setRef(repo, baseRef, sha, ctx.now());
    const now = ctx.now().toISOString();
    Object.assign(pull, {
        state: 'closed',
        merged: true,
        merged_at: now,
        merged_by: ctx.viewer,
        merge_commit_sha: sha,
        closed_at: now,
        updated_at: now
    });
    return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
}
const pullRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
        const q = ctx.req.query;
        const state = q.get('state') ?? 'open';
        const head = q.get('head');
        const base = q.get('base');
        const items = repo.pulls
            .filter(p => state === 'all' || p.state === state)
            .filter(p => !head || p.head.ref === headBranch(head))
            .filter(p => !base || p.base.ref === base);
        const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at';
        return page(ctx, byDate(ctx, items, p => p[field]).map(p => pullJson(ctx, repo, p)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
        const head = headBranch(String(ctx.body.head ?? ''));
        const base = String(ctx.body.base ?? '');
        const headSha = repo.git.refs[`refs/heads/${head}`];
        const baseSha = repo.git.refs[`refs/heads/${base}`];
        if (!headSha)
            return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
        if (!baseSha)
            return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        if (repo.pulls.some(p => p.state === 'open' && p.head.ref === head && p.base.ref === base)) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: `A pull request already exists for ${ctx.state.org.login}:${head}.`
                }
            ]);
        }
        if (isAncestor(repo.git, headSha, baseSha)) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: `No commits between ${base} and ${head}`
                }
            ]);
        }
        const now = ctx.now().toISOString();
        const pull = {
            number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
            title: typeof ctx.body.title === 'string' ? ctx.body.title : head,
            body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
            state: 'open',
            user: ctx.viewer,
            head: { ref: head, sha: headSha },
            base: { ref: base, sha: baseSha },
            draft: ctx.body.draft === true,
            merged: false,
            merged_at: null,
            merge_commit_sha: null,
            labels: [],
            requested_reviewers: [],
            reviews: [],
            created_at: now,
            updated_at: now,
            closed_at: null
        };
        repo.pulls.push(pull);
        return json(201, pullJson(ctx, repo, pull));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        return pull ? json(200, pullJson(ctx, repo, pull)) : notFound();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        if (!pull)
            return notFound();
        return page(ctx, pull.reviews.map(r => reviewJson(ctx, repo, pull, r)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        return pull ? createReview(ctx, repo, pull) : notFound();
    }),
    repoRoute('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/merge', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        return pull ? mergePull(ctx, repo, pull) : notFound();
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        if (!pull)
            return notFound();
        const reviewers = Array.isArray(ctx.body.reviewers) ? ctx.body.reviewers : [];
        const teams = Array.isArray(ctx.body.team_reviewers)
            ? ctx.body.team_reviewers
            : [];
        if (reviewers.some(r => sameLogin(r, pull.user))) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: 'Review cannot be requested from pull request author.'
                }
            ], 'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.');
        }
        const users = reviewers.map(login => findUser(ctx.state, login));
        const found = teams.map(slug => ctx.state.teams.find(t => t.slug.toLowerCase() === slug.toLowerCase()));
        if (users.some(u => !u) || found.some(t => !t))
            return validationFailed([
                {
                    resource: 'PullRequest',
                    field: users.some(u => !u) ? 'reviewers' : 'team_reviewers',
                    code: 'invalid'
                }
            ], 'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.');
        for (const user of users)
            if (!pull.requested_reviewers.some(r => sameLogin(r, user.login)))
                pull.requested_reviewers.push(user.login);
        for (const team of found)
            if (!(pull.requested_teams ??= []).includes(team.slug))
                pull.requested_teams.push(team.slug);
        return json(201, pullJson(ctx, repo, pull));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx, repo) => {
        // A commit seeded only as a pull request's merge or head commit exists on GitHub too.
        const seeded = repo.pulls.some(p => p.merge_commit_sha === ctx.params.commit_sha || p.head.sha === ctx.params.commit_sha);
        const sha = resolveCommitish(repo.git, ctx.params.commit_sha) ??
            (seeded ? ctx.params.commit_sha : undefined);
        if (!sha)
            return validationFailed([{ resource: 'Commit', field: 'commit_sha', code: 'invalid' }], `No commit found for SHA: ${ctx.params.commit_sha}`);
        // The merged pull request that brought the commit in, or the open ones that carry it.
        const pulls = repo.pulls.filter(p => p.merge_commit_sha === sha ||
            p.head.sha === sha ||
            commitsBetween(repo.git, p.base.sha, p.head.sha).has(sha));
        return page(ctx, pulls.map(p => pullJson(ctx, repo, p)));
    })
];

;// CONCATENATED MODULE: ./src/sandbox/github/git-data.ts



function refJson(ctx, repo, name) {
    const sha = repo.git.refs[name];
    return {
        ref: name,
        node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/git/${name}`,
        object: { type: 'commit', sha, url: `${repoUrl(ctx, repo)}/git/commits/${sha}` }
    };
}
function commitJson(ctx, repo, sha) {
    const c = repo.git.commits[sha];
    const base = repoUrl(ctx, repo);
    return {
        sha,
        node_id: Buffer.from(`06:Commit${repo.id}:${sha}`).toString('base64'),
        url: `${base}/git/commits/${sha}`,
        html_url: `${htmlUrl(ctx, repo)}/commit/${sha}`,
        author: c.author,
        committer: c.committer,
        tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
        message: c.message,
        parents: c.parents.map(p => ({
            sha: p,
            url: `${base}/git/commits/${p}`,
            html_url: `${htmlUrl(ctx, repo)}/commit/${p}`
        })),
        verification: {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null
        }
    };
}
function treeJson(ctx, repo, sha, recursive) {
    const base = repoUrl(ctx, repo);
    return {
        sha,
        url: `${base}/git/trees/${sha}`,
        tree: listTree(repo.git, sha, recursive).map(item => ({
            ...item,
            url: `${base}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`
        })),
        truncated: false
    };
}
const fullRef = (ref) => `refs/${ref.replace(/^refs\//, '')}`;
/** Author or committer of a new commit; GitHub fills in the token owner and the time. */
function person(ctx, given, fallback) {
    const user = findUser(ctx.state, ctx.viewer);
    const p = (given ?? {});
    return {
        name: p.name ?? fallback?.name ?? user?.name ?? ctx.viewer,
        email: p.email ?? fallback?.email ?? user?.email ?? `${ctx.viewer}@users.noreply.github.com`,
        date: p.date ??
            fallback?.date ??
            ctx
                .now()
                .toISOString()
                .replace(/\.\d{3}Z$/, 'Z')
    };
}
const gitRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (ctx, repo) => {
        const name = fullRef(ctx.params.ref);
        return repo.git.refs[name] ? json(200, refJson(ctx, repo, name)) : notFound();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (ctx, repo) => {
        const prefix = fullRef(ctx.params.ref);
        const names = Object.keys(repo.git.refs)
            .filter(n => n.startsWith(prefix))
            .sort();
        return json(200, names.map(n => refJson(ctx, repo, n)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/refs', (ctx, repo) => {
        const ref = String(ctx.body.ref ?? '');
        const sha = String(ctx.body.sha ?? '');
        if (!/^refs\/[^/]+\/.+/.test(ref))
            return error(422, `${ref} is not a valid ref name.`);
        if (repo.git.refs[ref])
            return error(422, 'Reference already exists');
        if (!repo.git.commits[sha])
            return error(422, 'Object does not exist');
        setRef(repo, ref, sha, ctx.now());
        return json(201, refJson(ctx, repo, ref));
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (ctx, repo) => {
        const name = fullRef(ctx.params.ref);
        const current = repo.git.refs[name];
        const sha = String(ctx.body.sha ?? '');
        if (!current)
            return error(422, 'Reference does not exist');
        if (!repo.git.commits[sha])
            return error(422, 'Object does not exist');
        if (ctx.body.force !== true && !isAncestor(repo.git, current, sha)) {
            return error(422, 'Update is not a fast forward');
        }
        setRef(repo, name, sha, ctx.now());
        return json(200, refJson(ctx, repo, name));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', (ctx, repo) => repo.git.commits[ctx.params.commit_sha]
        ? json(200, commitJson(ctx, repo, ctx.params.commit_sha))
        : notFound()),
    repoRoute('POST', '/repos/{owner}/{repo}/git/commits', (ctx, repo) => {
        const tree = String(ctx.body.tree ?? '');
        const parents = Array.isArray(ctx.body.parents) ? ctx.body.parents : [];
        if (!repo.git.trees[tree])
            return error(422, 'Tree SHA does not exist');
        if (parents.some(p => !repo.git.commits[p]))
            return error(422, 'Parent SHA does not exist or is not a commit object');
        const author = person(ctx, ctx.body.author);
        const sha = putCommit(repo.git, {
            tree,
            parents,
            message: String(ctx.body.message ?? ''),
            author,
            committer: person(ctx, ctx.body.committer, author)
        });
        return json(201, commitJson(ctx, repo, sha));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', (ctx, repo) => {
        const given = ctx.params.tree_sha;
        const commit = repo.git.trees[given] ? undefined : resolveCommitish(repo.git, given);
        const sha = commit ? repo.git.commits[commit].tree : given;
        if (!repo.git.trees[sha])
            return notFound();
        // GitHub treats any value of `recursive` as "yes".
        return json(200, treeJson(ctx, repo, sha, ctx.req.query.has('recursive')));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/trees', (ctx, repo) => {
        const changes = (Array.isArray(ctx.body.tree) ? ctx.body.tree : []);
        const base = typeof ctx.body.base_tree === 'string' ? ctx.body.base_tree : undefined;
        const sha = buildTree(repo.git, base, changes);
        return json(201, treeJson(ctx, repo, sha, false));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', (ctx, repo) => {
        const sha = ctx.params.file_sha;
        const content = blobContent(repo.git, sha);
        if (!content)
            return notFound();
        return json(200, {
            sha,
            node_id: Buffer.from(`04:Blob${repo.id}:${sha}`).toString('base64'),
            size: content.length,
            url: `${repoUrl(ctx, repo)}/git/blobs/${sha}`,
            content: wrapped(content),
            encoding: 'base64'
        });
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/blobs', (ctx, repo) => {
        const encoding = ctx.body.encoding ?? 'utf-8';
        if (typeof ctx.body.content !== 'string')
            return missingField('Blob', 'content');
        if (encoding !== 'utf-8' && encoding !== 'base64') {
            return validationFailed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }]);
        }
        const sha = putBlob(repo.git, Buffer.from(ctx.body.content, encoding === 'base64' ? 'base64' : 'utf8'));
        return json(201, { sha, url: `${repoUrl(ctx, repo)}/git/blobs/${sha}` });
    })
];

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/connectors/github/enterprise.ts
var enterprise = __webpack_require__(9879);
;// CONCATENATED MODULE: ./src/sandbox/github/enterprise.ts



const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const SCIM_LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const enterpriseOf = (ctx) => {
    const e = ctx.state.enterprise;
    return e && sameLogin(e.slug, ctx.params.enterprise) ? e : undefined;
};
/** An enterprise route: 404 for another enterprise's slug. */
const route = (method, template, handler) => ({
    method,
    template,
    handler: ctx => {
        const e = enterpriseOf(ctx);
        return e ? handler(ctx, e) : notFound();
    }
});
/** A SCIM route: only an EMU enterprise has them; errors in SCIM's shape. */
const scimRoute = (method, template, handler) => route(method, template, (ctx, e) => (e.scimUsers ? handler(ctx, e.scimUsers) : scimError(404)));
const scimError = (status, detail = 'Resource not found') => ({
    status,
    headers: { 'content-type': 'application/scim+json; charset=utf-8' },
    body: { schemas: [SCIM_ERROR], status: String(status), detail }
});
const scim = (status, body) => ({
    status,
    headers: { 'content-type': 'application/scim+json; charset=utf-8' },
    body
});
function scimJson(ctx, u) {
    return {
        schemas: [SCIM_USER],
        id: u.id,
        externalId: u.externalId,
        userName: u.userName,
        displayName: u.displayName,
        active: u.active,
        emails: [{ value: u.email, primary: true, type: 'work' }],
        roles: [{ value: 'user', primary: false }],
        meta: {
            resourceType: 'User',
            location: `${ctx.api}/scim/v2/enterprises/${ctx.params.enterprise}/Users/${u.id}`
        }
    };
}
/** The one filter offboard sends, `<attribute> eq "<value>"` (userName, externalId, id). */
function matches(filter) {
    if (filter === null)
        return () => true;
    const m = /^\s*(userName|externalId|id|displayName)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i.exec(filter);
    if (!m)
        return undefined;
    const value = JSON.parse(m[2]);
    const field = m[1].toLowerCase();
    return u => {
        const v = field === 'username'
            ? u.userName
            : field === 'externalid'
                ? u.externalId
                : field === 'id'
                    ? u.id
                    : u.displayName;
        // userName compares without case (RFC 7643 caseExact false); the ids exactly.
        return field === 'username' ? sameLogin(v, value) : v === value;
    };
}
/** What removing an enterprise member does: no organization or license holds them any more. */
function leaveEnterprise(ctx, e, login) {
    for (const org of [ctx.state, ...(ctx.state.moreOrgs ?? [])]) {
        org.members = org.members.filter(m => !sameLogin(m.login, login));
        for (const t of org.teams)
            t.members = t.members.filter(m => !sameLogin(m.login, login));
    }
    e.members = e.members.filter(m => !sameLogin(m.login, login));
}
/** Suspending a managed user: deactivated, and out of the enterprise. */
function suspend(ctx, e, u) {
    u.active = false;
    leaveEnterprise(ctx, e, u.login);
}
const enterpriseRoutes = [
    route('GET', '/enterprises/{enterprise}/consumed-licenses', (ctx, e) => page(ctx, e.members.map(m => ({
        github_com_login: m.login,
        github_com_name: m.name ?? null,
        enterprise_server_user_ids: [],
        github_com_user: true,
        enterprise_server_user: null,
        visual_studio_subscription_user: false,
        license_type: 'Enterprise',
        github_com_profile: `https://github.com/${m.login}`,
        github_com_member_roles: [],
        github_com_enterprise_roles: m.roles,
        github_com_verified_domain_emails: [],
        github_com_saml_name_id: null,
        github_com_orgs_with_pending_invites: [],
        github_com_two_factor_auth: true,
        enterprise_server_emails: [],
        visual_studio_license_status: null,
        visual_studio_subscription_email: null,
        total_user_accounts: 1
    })), users => ({
        total_seats_consumed: e.members.length,
        total_seats_purchased: e.members.length,
        users
    }))),
    route('GET', '/enterprises/{enterprise}/members/{username}/copilot', (ctx, e) => {
        if (!e.copilot)
            return error(422, 'Copilot Business or Enterprise is not enabled for this enterprise.');
        const seat = e.copilotSeats.find(s => sameLogin(s.login, ctx.params.username));
        return seat ? json(200, seatJson(ctx, seat)) : notFound();
    }),
    route('DELETE', '/enterprises/{enterprise}/copilot/billing/selected_users', (ctx, e) => {
        if (!e.copilot)
            return notFound();
        const names = ctx.body.selected_usernames;
        if (!Array.isArray(names) || names.length === 0)
            return error(422, 'Invalid request: selected_usernames is required');
        let cancelled = 0;
        for (const seat of e.copilotSeats)
            if (seat.pending_cancellation_date === null && names.some(n => sameLogin(n, seat.login))) {
                seat.pending_cancellation_date = endOfCycle(ctx.now());
                cancelled++;
            }
        return json(200, { seats_cancelled: cancelled });
    }),
    scimRoute('GET', '/scim/v2/enterprises/{enterprise}/Users', (ctx, users) => {
        const match = matches(ctx.req.query.get('filter'));
        if (!match)
            return scimError(400, 'Unsupported filter');
        const found = users.filter(match);
        const start = Math.max(1, Number(ctx.req.query.get('startIndex')) || 1);
        const count = Math.max(0, Number(ctx.req.query.get('count') ?? 100) || 0);
        const shown = found.slice(start - 1, start - 1 + count);
        return scim(200, {
            schemas: [SCIM_LIST],
            totalResults: found.length,
            Resources: shown.map(u => scimJson(ctx, u)),
            startIndex: start,
            itemsPerPage: shown.length
        });
    }),
    scimRoute('GET', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
        const u = users.find(x => x.id === ctx.params.scim_user_id);
        return u ? scim(200, scimJson(ctx, u)) : scimError(404);
    }),
    scimRoute('PATCH', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
        const u = users.find(x => x.id === ctx.params.scim_user_id);
        if (!u)
            return scimError(404);
        const ops = ctx.body.Operations;
        if (!Array.isArray(ops) || ops.length === 0)
            return scimError(400, 'Operations are required');
        for (const op of ops) {
            const active = op.path === 'active' ? op.value : op.value?.active;
            if (op.op?.toLowerCase() !== 'replace' || typeof active !== 'boolean')
                return scimError(400, 'The simulated GitHub supports only replacing active');
            if (!active)
                suspend(ctx, ctx.state.enterprise, u);
            else
                u.active = true;
        }
        return scim(200, scimJson(ctx, u));
    }),
    scimRoute('DELETE', '/scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', (ctx, users) => {
        const at = users.findIndex(x => x.id === ctx.params.scim_user_id);
        if (at < 0)
            return scimError(404);
        suspend(ctx, ctx.state.enterprise, users[at]);
        users.splice(at, 1);
        return noContent();
    })
];

;// CONCATENATED MODULE: ./src/sandbox/github/graphql.ts





/** A GraphQL error as GitHub words it. */
const failure = (type, message, path) => ({ type, path, message });
const enterpriseId = (e) => Buffer.from(`010:Enterprise${e.slug}`).toString('base64');
const userId = (id) => Buffer.from(`04:User${id}`).toString('base64');
const graphql_enterpriseOf = (ctx, pick) => {
    const e = ctx.state.enterprise;
    return e && pick(e) ? e : undefined;
};
const squeezed = (q) => q.replace(/\s+/g, ' ').trim();
const DOCUMENTS = [
    {
        name: 'query viewer',
        document: client/* VIEWER_QUERY */.Y3,
        write: false,
        answer: ctx => json(200, { data: { viewer: { login: ctx.viewer } } })
    },
    {
        name: 'query enterprise user',
        document: enterprise/* ENTERPRISE_MEMBER_IDS */.MV,
        write: false,
        answer: (ctx, v) => {
            const e = graphql_enterpriseOf(ctx, e => sameLogin(e.slug, String(v.slug)));
            const u = findUser(ctx.state, String(v.login ?? ''));
            const errors = [
                ...(e
                    ? []
                    : [
                        failure('NOT_FOUND', `Could not resolve to an Enterprise with the slug of '${String(v.slug)}'.`, ['enterprise'])
                    ]),
                ...(u
                    ? []
                    : [
                        failure('NOT_FOUND', `Could not resolve to a User with the login of '${String(v.login)}'.`, ['user'])
                    ])
            ];
            const data = {
                enterprise: e ? { id: enterpriseId(e) } : null,
                user: u ? { id: userId(u.id), databaseId: u.id } : null
            };
            return json(200, errors.length ? { data, errors } : { data });
        }
    },
    {
        name: 'mutation removeEnterpriseMember',
        document: enterprise/* REMOVE_ENTERPRISE_MEMBER */._k,
        write: true,
        answer: (ctx, v) => {
            const path = ['removeEnterpriseMember'];
            const no = (type, message) => json(200, {
                data: { removeEnterpriseMember: null },
                errors: [failure(type, message, path)]
            });
            const e = graphql_enterpriseOf(ctx, e => enterpriseId(e) === v.enterpriseId);
            if (!e)
                return no('NOT_FOUND', `Could not resolve to a node with the global id of '${String(v.enterpriseId)}'`);
            const u = ctx.state.users.find(x => userId(x.id) === v.userId);
            if (!u)
                return no('NOT_FOUND', `Could not resolve to a node with the global id of '${String(v.userId)}'`);
            if (!e.members.some(m => sameLogin(m.login, u.login)))
                return no('UNPROCESSABLE', `${u.login} is not a member of the ${e.slug} enterprise.`);
            leaveEnterprise(ctx, e, u.login);
            return json(200, { data: { removeEnterpriseMember: { user: { login: u.login } } } });
        }
    }
];
const documentOf = (query) => typeof query === 'string'
    ? DOCUMENTS.find(d => squeezed(d.document) === squeezed(query))
    : undefined;
/** How the simulator names a GraphQL request: its document's operation, else the endpoint. */
function graphqlOperation(req) {
    const d = documentOf(parseBody(req)?.query);
    return d
        ? { operation: `POST /graphql ${d.name}`, write: d.write }
        : { operation: 'POST /graphql', write: true };
}
const graphqlOperations = () => DOCUMENTS.map(d => `POST /graphql ${d.name}`);
const graphqlRoutes = [
    {
        method: 'POST',
        template: '/graphql',
        handler: ctx => {
            const d = documentOf(ctx.body.query);
            const variables = ctx.body.variables;
            return d
                ? d.answer(ctx, variables && typeof variables === 'object' ? variables : {})
                : json(200, {
                    errors: [
                        {
                            message: `The simulated GitHub answers only these documents: ${DOCUMENTS.map(x => x.name).join('; ')}`
                        }
                    ]
                });
        }
    }
];

;// CONCATENATED MODULE: ./src/sandbox/github/platform.ts
// The simulated GitHub REST API: `offboard demo`, the tests and the benchmarks run against it.
// It answers like api.github.com where the product looks: token auth, a real per-token
// rate-limit budget with GitHub's headers, secondary-limit refusals, GitHub's error bodies,
// Link pagination, and state that changes as the writes say.












/** Status the simulator answers a request that breaks GitHub's contract: no GitHub status. */
const CONTRACT_VIOLATION_STATUS = 599;
const ANONYMOUS_LIMIT = 60;
const HOUR_SECONDS = 3600;
const rateLimitRoute = {
    method: 'GET',
    template: '/rate_limit',
    handler: ctx => {
        const core = { ...ctx.rate, resource: 'core' };
        return json(200, { resources: { core }, rate: core });
    }
};
const ROUTES = compileRoutes([
    rateLimitRoute,
    ...orgRoutes,
    ...repoRoutes,
    ...contentRoutes,
    ...issueRoutes,
    ...pullRoutes,
    ...gitRoutes,
    ...graphqlRoutes,
    ...enterpriseRoutes
]);
/** GitHub's messages for the statuses a fault rule may ask for. */
const FAULT_MESSAGES = {
    400: 'Problems parsing JSON',
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
const SECONDARY_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID.';
/** Every REST operation the simulator implements, as `METHOD /template` (GraphQL's documents
 *  are operations of their own too: graphql.ts). */
const githubOperations = () => ROUTES.map(r => `${r.method} ${r.template}`);
function tokenOf(req) {
    const header = req.headers.authorization ?? '';
    return /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
}
function rateHeaders(b) {
    return {
        'x-ratelimit-limit': String(b.limit),
        'x-ratelimit-remaining': String(b.remaining),
        'x-ratelimit-reset': String(b.reset),
        'x-ratelimit-used': String(b.used),
        'x-ratelimit-resource': 'core'
    };
}
function createGithubPlatform(state, options = {}) {
    const now = options.now ?? (() => new Date());
    const limit = options.rateLimit ?? 5000;
    const budgets = new Map();
    const violations = [];
    function budget(key, size) {
        const seconds = Math.floor(now().getTime() / 1000);
        let b = budgets.get(key);
        if (!b || b.reset <= seconds) {
            b = { limit: size, remaining: size, reset: seconds + HOUR_SECONDS, used: 0 };
            budgets.set(key, b);
        }
        return b;
    }
    function viewerOf(token) {
        if (options.tokens)
            return options.tokens[token];
        return (options.viewer ?? state.members.find(m => m.role === 'admin' && m.state === 'active')?.login);
    }
    function answer(req) {
        const token = tokenOf(req);
        const rate = budget(token === undefined ? 'anonymous' : `token:${token}`, token === undefined ? ANONYMOUS_LIMIT : limit);
        const user = token === undefined ? undefined : findUser(state, viewerOf(token) ?? '');
        const matched = matchRoute(ROUTES, req.method, req.path);
        // Asking for the budget does not spend it, as on GitHub.
        if (matched?.route.template !== rateLimitRoute.template) {
            if (rate.remaining === 0) {
                const who = user ? `user ID ${user.id}` : 'your IP address';
                return { ...error(403, `API rate limit exceeded for ${who}.`), rate };
            }
            rate.remaining--;
            rate.used++;
        }
        if (token === undefined)
            return { ...error(401, 'Requires authentication'), rate };
        if (!user)
            return { ...error(401, 'Bad credentials'), rate };
        if (!matched)
            return { ...error(404, 'Not Found'), rate };
        const body = parseBody(req);
        if (!body)
            return { ...error(400, 'Problems parsing JSON'), rate };
        const api = `http://${req.headers.host ?? '127.0.0.1'}`;
        // Another organization's requests are answered from its own state.
        const ctx = {
            req,
            state: orgState(state, matched.params.org ?? matched.params.owner),
            params: matched.params,
            body,
            viewer: user.login,
            api,
            now,
            rate
        };
        return { ...matched.route.handler(ctx), rate };
    }
    const platform = {
        name: 'github',
        classify(req) {
            const matched = matchRoute(ROUTES, req.method, req.path);
            if (matched?.route.template === '/graphql')
                return graphqlOperation(req);
            return {
                operation: `${req.method} ${matched ? matched.route.template : req.path}`,
                write: req.method !== 'GET' && req.method !== 'HEAD'
            };
        },
        handle(req) {
            const found = options.checkRequest?.(req) ?? [];
            if (found.length > 0) {
                violations.push(...found.map(v => `${req.method} ${req.path}: ${v}`));
                return { status: CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } };
            }
            const { rate, ...res } = answer(req);
            return {
                ...res,
                headers: {
                    ...rateHeaders(rate),
                    'x-github-api-version-selected': '2022-11-28',
                    'x-github-media-type': 'github.v3; format=json',
                    'x-github-request-id': (0,external_node_crypto_.randomUUID)().toUpperCase(),
                    ...res.headers
                }
            };
        },
        throttled(retryAfterSeconds) {
            return secondaryLimit(options.secondaryLimitStatus ?? 403, retryAfterSeconds);
        },
        serverError() {
            return error(500, FAULT_MESSAGES[500]);
        },
        fault(status, rule) {
            // A 429 from GitHub is always a rate limit: its body says which.
            const answer = status === 429 && rule.code === undefined
                ? secondaryLimit(429)
                : error(status, rule.code ?? FAULT_MESSAGES[status] ?? 'Error');
            if (rule.retryAfterSeconds !== undefined)
                answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) };
            return answer;
        },
        operations: () => [...githubOperations(), ...graphqlOperations()],
        echo(answer, echo) {
            const fields = (0,server/* jsonFields */.yX)(answer);
            if (answer.status < 400 || typeof fields?.message !== 'string')
                return answer;
            return { ...answer, body: { ...fields, message: `${fields.message} ${echo}` } };
        }
    };
    return {
        platform,
        state,
        violations,
        rateLimit: token => ({ ...budget(`token:${token}`, limit) })
    };
}
function secondaryLimit(status, retryAfterSeconds) {
    return {
        status,
        headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
        body: {
            message: SECONDARY_LIMIT_MESSAGE,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: String(status)
        }
    };
}

// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(94160);
// EXTERNAL MODULE: ./src/connectors/github/settings.ts
var settings = __webpack_require__(33893);
;// CONCATENATED MODULE: ./src/sandbox/github/scenario.ts


function checkGithub(c) {
    const s = c.scenario;
    const configured = c.decl.platforms.github !== undefined;
    const repos = new Set([s.github?.access_repo ?? 'access', ...(s.github?.repos ?? [])]);
    const checkDeployKeys = (path, h) => (h?.deploy_keys ?? []).forEach((repo, i) => {
        if (!repos.has(repo))
            c.problem([...path, 'deploy_keys', i], `deploy key on "${repo}", which is not a repository of the scenario: add it to github.repos`);
    });
    for (const { id, person, holds } of c.people) {
        if (holds.github)
            c.needsAccount(id, 'github', configured, person.accounts.github, 'a GitHub login');
        checkDeployKeys(['people', id, 'github'], holds.github);
        const orgs = c.decl.platforms.github ? (0,settings/* orgsOf */.n4)(c.decl.platforms.github).slice(1) : [];
        for (const org of Object.keys(holds.github?.orgs ?? {}))
            if (!orgs.includes(org))
                c.problem(['people', id, 'github', 'orgs', org], `${org} is not one of the other organizations of github.orgs${orgs.length ? ` (${orgs.join(', ')})` : ''}: name one of them`);
    }
    const others = s.others?.github;
    if (others && !configured)
        c.unconfigured(['others', 'github'], 'github');
    c.notDeclared('github', (others ?? []).map(a => a.login), 'login', login => login.toLowerCase());
    (others ?? []).forEach((a, i) => checkDeployKeys(['others', 'github', i], a));
    const owner = s.github?.token_owner;
    if (owner !== undefined && !githubOwners(s, c.decl).has(owner.toLowerCase()))
        c.problem(['github', 'token_owner'], `${owner} is not an org owner in the sandbox: name an owner (a person whose roles grant org_role: admin, or an account under others with role: admin)`);
}
/** Logins (lower-case) that are org owners once the scenario is seeded. */
function githubOwners(s, decl) {
    const owners = new Set();
    for (const p of decl.people.values()) {
        const login = p.accounts.github?.toLowerCase();
        const role = s.people?.[p.id]?.github?.role;
        const admin = role
            ? role === 'admin'
            : p.status === 'active' && (0,grants/* personGrants */.$u)(p, decl).some(g => g.kind === 'github_org_admin');
        if (login && admin)
            owners.add(login);
    }
    for (const a of s.others?.github ?? [])
        if (a.role === 'admin')
            owners.add(a.login.toLowerCase());
    return owners;
}

// EXTERNAL MODULE: ./src/declarations/names.ts
var names = __webpack_require__(88389);
;// CONCATENATED MODULE: ./src/sandbox/shared/seeding.ts
// What every platform's seeding shares: the declarations and scenario it reads, the clock,
// and stable made-up material (fingerprints, key bodies) derived from names.



/** When seeded accounts and credentials were created, unless the scenario says. */
const SEED_CREATED = '2024-01-01T00:00:00Z';
function seededPeople(input) {
    const people = input.scenario.people;
    return [...input.decl.people.values()].map(person => {
        const active = person.status === 'active';
        return {
            person,
            active,
            grants: active ? (0,grants/* personGrants */.$u)(person, input.decl) : [],
            // Every platform's part of a person is optional: one the scenario does not describe
            // holds nothing more.
            holds: (0,names/* byName */.nG)(people, person.id) ?? {}
        };
    });
}
/** Values of one grant kind. */
const valuesOf = (grants, kind) => grants.filter(g => g.kind === kind).map(g => g.value);
/** Every value of one grant kind that any role declares, in declaration order. */
function declaredValues(decl, kind) {
    const all = [...decl.roles.values()].flatMap(r => (0,grants/* roleGrants */.eL)(r, decl));
    return [...new Set(valuesOf(all, kind))];
}
/** `YYYY-MM-DD` as an ISO timestamp (9:00 UTC). */
const dayOf = (date) => `${date}T09:00:00Z`;
/** ISO timestamp `days` before `now`. */
const daysBefore = (now, days) => new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Stable bytes from a name: public-looking material that is the same on every run. */
const digest = (name) => (0,external_node_crypto_.createHash)('sha256').update(name).digest();
/** An OpenSSH ed25519 public key line, made up from a name. */
function sshPublicKey(name) {
    const type = Buffer.from('ssh-ed25519');
    const key = digest(`ssh:${name}`);
    const u32 = (n) => {
        const b = Buffer.alloc(4);
        b.writeUInt32BE(n);
        return b;
    };
    const blob = Buffer.concat([u32(type.length), type, u32(key.length), key]);
    return `ssh-ed25519 ${blob.toString('base64')} ${name}`;
}
/** Items in `a` or `b`, each once, in order. */
const union = (a, b = []) => [...new Set([...a, ...b])];

;// CONCATENATED MODULE: ./src/sandbox/github/seed.ts
// The simulated GitHub org seeded from the declarations and the scenario: users, members and
// owners, teams, the extras the scenario gives (invitations, SSO credentials, fine-grained
// tokens, Copilot seats, deploy keys), and the access repository holding the tree as a commit.




/** Seeds the org; the access tree is committed under `access/` on the access repository's
 *  default branch. */
function seedGithub(input) {
    const config = input.decl.platforms.github;
    if (!config)
        return undefined;
    const sc = input.scenario.github ?? {};
    const [first, ...more] = (0,settings/* orgsOf */.n4)(config);
    const state = newGithubState(first, {
        samlSso: sc.saml_sso ?? false,
        copilot: sc.copilot ?? false
    });
    const recent = daysBefore(input.now, 1);
    const accessRepo = newGithubRepo(sc.access_repo ?? 'access', {
        description: 'Access as code: people, roles and platforms'
    });
    state.repos.push(accessRepo, ...(sc.repos ?? []).map(name => newGithubRepo(name)));
    commitFiles(accessRepo, {
        files: Object.fromEntries(Object.entries(input.accessFiles).map(([rel, body]) => [`access/${rel}`, body])),
        message: 'Access declarations',
        author: { name: 'Sandbox', email: 'sandbox@example.test', date: SEED_CREATED }
    });
    const addUser = (login, fields) => state.users.push({
        login,
        id: 5000 + state.users.length + 1,
        email: fields.email ?? null,
        name: fields.name ?? null,
        type: fields.bot ? 'Bot' : 'User'
    });
    const team = (slug, st = state) => {
        let t = st.teams.find(x => sameLogin(x.slug, slug));
        if (!t) {
            t = { id: 7000 + st.teams.length + 1, slug, name: slug, privacy: 'closed', members: [] };
            st.teams.push(t);
        }
        return t;
    };
    const moreOrgs = more.map(org => addGithubOrg(state, org, { samlSso: sc.saml_sso ?? false, copilot: sc.copilot ?? false }));
    // A role's team is `org/slug` in another organization than the first (settings.ts).
    const teamsIn = (values, st) => values.flatMap(v => {
        const { org, slug } = (0,settings/* teamRef */.JO)(v, config);
        return sameLogin(org, st.org.login) ? [slug] : [];
    });
    for (const st of [state, ...moreOrgs])
        for (const slug of teamsIn(declaredValues(input.decl, 'github_team'), st))
            team(slug, st);
    /** A pending invitation by email, sent by the token's owner. */
    const invite = (email, role, st = state) => st.invitations.push({
        id: nextId(st.invitations.map(i => i.id), 9000),
        login: null,
        email,
        role,
        created_at: daysBefore(input.now, 3),
        inviter: tokenOwner
    });
    /** One account: membership, teams, and every extra the scenario gives it. */
    const hold = (login, email, role, teams, h, st = state) => {
        if (role !== 'none')
            st.members.push({ login, role, state: 'active' });
        for (const slug of teams)
            team(slug, st).members.push({ login, role: 'member' });
        if (h.invitation)
            invite(email ?? null, h.invitation, st);
        for (const type of h.sso_authorizations ?? []) {
            const id = nextId(st.credentialAuthorizations.map(c => c.credential_id), 3000);
            const material = digest(`sso:${login}:${id}`);
            st.credentialAuthorizations.push({
                credential_id: id,
                login,
                credential_type: type === 'token' ? 'personal access token' : 'SSH key',
                ...(type === 'token'
                    ? { token_last_eight: material.toString('hex').slice(0, 8), scopes: ['repo', 'read:org'] }
                    : { fingerprint: `SHA256:${material.toString('base64').replace(/=+$/, '')}` }),
                credential_authorized_at: SEED_CREATED,
                credential_accessed_at: recent,
                authorized_credential_id: id + 100000,
                authorized_credential_title: type === 'token' ? null : `${login} laptop`
            });
        }
        const token = (name) => {
            const id = nextId([...st.patGrants, ...st.patRequests].map(t => t.id), 4000);
            return {
                id,
                owner: login,
                token_id: id + 50000,
                token_name: name,
                repository_selection: 'all',
                repositories: [],
                permissions: { repository: { contents: 'read', metadata: 'read' } },
                token_expired: false,
                token_expires_at: daysBefore(input.now, -60),
                token_last_used_at: recent
            };
        };
        for (const name of h.token_grants ?? [])
            st.patGrants.push({ ...token(name), access_granted_at: SEED_CREATED });
        for (const name of h.token_requests ?? [])
            st.patRequests.push({
                ...token(name),
                reason: 'sync scripts',
                created_at: daysBefore(input.now, 2)
            });
        if (h.copilot)
            st.copilotSeats.push({
                login,
                created_at: SEED_CREATED,
                pending_cancellation_date: null,
                last_activity_at: recent,
                last_activity_editor: 'vscode/1.95.0/copilot/1.250.0',
                plan_type: 'business'
            });
        for (const name of h.deploy_keys ?? []) {
            const repo = st.repos.find(r => r.name === name);
            repo.deployKeys.push({
                id: nextId(st.repos.flatMap(r => r.deployKeys.map(k => k.id)), 8000),
                title: `${login} deploy key`,
                key: sshPublicKey(`${login}@${name}`).split(' ').slice(0, 2).join(' '),
                read_only: false,
                added_by: login,
                created_at: SEED_CREATED,
                last_used: recent,
                verified: true
            });
        }
    };
    const people = seededPeople(input).filter(p => p.person.accounts.github);
    const others = input.scenario.others?.github ?? [];
    for (const { person } of people)
        addUser(person.accounts.github, { email: person.email, name: person.name });
    for (const a of others)
        addUser(a.login, a);
    // Owners are known before any extra is seeded: invitations name who sent them.
    const roles = new Map();
    for (const p of people) {
        const h = p.holds.github;
        const granted = valuesOf(p.grants, 'github_org_admin').length > 0 ? 'admin' : 'member';
        roles.set(p.person.id, h?.role ?? (p.active ? granted : h ? 'member' : 'none'));
    }
    const owners = [
        ...people.filter(p => roles.get(p.person.id) === 'admin').map(p => p.person.accounts.github),
        ...others.filter(a => a.role === 'admin').map(a => a.login)
    ];
    const tokenOwner = input.scenario.github?.token_owner ?? owners[0];
    if (!tokenOwner)
        throw new Error('the sandbox GitHub org has no owner: give a role org_role: admin, or add an account with role: admin under others.github in the scenario');
    for (const p of people) {
        const h = p.holds.github ?? {};
        const teams = union(valuesOf(p.grants, 'github_team'), h.teams);
        hold(p.person.accounts.github, p.person.email, roles.get(p.person.id), teams, h);
    }
    for (const a of others)
        hold(a.login, a.email, a.role ?? 'member', a.teams ?? [], a);
    // The other organizations: the token's owner owns each; a person holds there what
    // `github.orgs.<org>` gives, and the teams their roles grant there.
    for (const st of moreOrgs) {
        st.members.push({ login: tokenOwner, role: 'admin', state: 'active' });
        for (const p of people) {
            const login = p.person.accounts.github;
            if (sameLogin(login, tokenOwner))
                continue;
            const h = p.holds.github?.orgs?.[st.org.login];
            const teams = union(teamsIn(valuesOf(p.grants, 'github_team'), st), h?.teams);
            if (h || (p.active && teams.length))
                hold(login, p.person.email, h?.role ?? (p.active ? roles.get(p.person.id) : 'member'), teams, h ?? {}, st);
        }
    }
    if (config.enterprise !== undefined)
        state.enterprise = seedEnterprise(input, state, people, sc, recent);
    for (const inv of input.scenario.others?.github_invitations ?? [])
        invite(inv.email, inv.role ?? 'direct_member');
    return { state, tokenOwner, accessRepo };
}
/** The enterprise: every account of an organization holds one of its licenses (unless the
 *  scenario says `enterprise.member: false`); with EMU each person's managed user has a SCIM
 *  identity whose userName is their email. */
function seedEnterprise(input, state, people, sc, recent) {
    const config = input.decl.platforms.github;
    const inOrg = new Set([state, ...(state.moreOrgs ?? [])].flatMap(o => o.members.map(m => m.login.toLowerCase())));
    const e = {
        slug: config.enterprise,
        members: [],
        copilot: sc.enterprise?.copilot ?? false,
        copilotSeats: [],
        ...(config.emu ? { scimUsers: [] } : {})
    };
    const add = (login, name, email, holds) => {
        if (holds.member ?? inOrg.has(login.toLowerCase()))
            e.members.push({ login, name, roles: ['Member'] });
        if (holds.copilot)
            e.copilotSeats.push({
                login,
                created_at: SEED_CREATED,
                pending_cancellation_date: null,
                last_activity_at: recent,
                last_activity_editor: 'vscode/1.95.0/copilot/1.250.0',
                plan_type: 'enterprise'
            });
        if (e.scimUsers && email)
            e.scimUsers.push({
                id: digest(`scim:${login}`).toString('hex').slice(0, 8) + '-0000-4000-8000-000000000000',
                userName: email,
                externalId: digest(`idp:${email}`).toString('hex').slice(0, 12),
                displayName: name,
                email,
                active: true,
                login
            });
    };
    for (const p of people)
        add(p.person.accounts.github, p.person.name, p.person.email, p.holds.github?.enterprise ?? {});
    for (const a of input.scenario.others?.github ?? [])
        add(a.login, a.name ?? null, a.email, a.enterprise ?? {});
    return e;
}

;// CONCATENATED MODULE: ./src/sandbox/github/index.ts






const github = {
    key: 'github',
    name: 'github',
    servers: decl => (decl.platforms.github ? ['github'] : []),
    seed: seedGithub,
    state: seeded => seeded?.state,
    start({ state, tokenOwner }, { options, token }) {
        const t = token('ghp_');
        const { platform } = createGithubPlatform(state, {
            tokens: { [t]: tokenOwner },
            checkRequest: options.checkGithubRequest
        });
        // The GitHub connector spaces writes 1 s apart by default, as GitHub asks of
        // integrations; the sandbox has no secondary limit unless a knob injects one, so the
        // command line skips the spacing here, and code that drives the sandbox in-process uses
        // createGithubConnector({ paceWrites: false }).
        const env = (url) => ({
            GITHUB_API_URL: url,
            GITHUB_TOKEN: t,
            OFFBOARD_GITHUB_PACE_WRITES: 'false'
        });
        return { tokens: t, servers: [{ platform, env }] };
    },
    check: checkGithub,
    accessRepo: seeded => seeded && {
        owner: seeded.state.org.login,
        repo: seeded.accessRepo.name,
        branch: seeded.accessRepo.default_branch
    }
};

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/protocol.ts
// The AWS query protocol as IAM speaks it: form-encoded requests (`Action=...&Tags.member.1.Key=`),
// XML answers wrapped in <XResponse><XResult>, errors as <ErrorResponse> with AWS's HTTP status,
// and Marker/MaxItems pagination.

const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';
/** HTTP status AWS answers with for each IAM error code; anything else is a 400. */
const STATUS = {
    AccessDenied: 403,
    NoSuchEntity: 404,
    DeleteConflict: 409,
    EntityAlreadyExists: 409,
    LimitExceeded: 409,
    ConcurrentModification: 409,
    DuplicateCertificate: 409,
    InvalidAuthenticationCode: 403,
    NotSupportedService: 404,
    ReportNotPresent: 410,
    ServiceFailure: 500
};
/** An IAM error answer; thrown by actions, turned into <ErrorResponse> by errorResponse(). */
class IamError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
function errorResponse(code, message, status = STATUS[code] ?? 400) {
    const type = status >= 500 ? 'Receiver' : 'Sender';
    const id = (0,external_node_crypto_.randomUUID)();
    return {
        status,
        headers: headers(id),
        body: `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type><Code>${esc(code)}</Code>` +
            `<Message>${esc(message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
    };
}
/** A successful answer; `result` undefined for actions that return nothing (DeleteUser, ...). */
function okResponse(action, result) {
    const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
    const id = (0,external_node_crypto_.randomUUID)();
    return {
        status: 200,
        headers: headers(id),
        body: `<${action}Response xmlns="${XMLNS}">${inner}` +
            `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></${action}Response>`
    };
}
const headers = (requestId) => ({
    'content-type': 'text/xml',
    'x-amzn-requestid': requestId
});
function toXml(value) {
    const parts = [];
    write(value, parts);
    return parts.join('');
}
// Appends to one array (joined once): answers of 1,000 users stay a few milliseconds.
function write(value, out) {
    if (value === undefined)
        return;
    if (typeof value === 'string')
        out.push(esc(value));
    else if (typeof value !== 'object')
        out.push(String(value));
    else if (Buffer.isBuffer(value))
        out.push(value.toString('base64'));
    else if (Array.isArray(value))
        for (const v of value) {
            out.push('<member>');
            write(v, out);
            out.push('</member>');
        }
    else
        for (const k in value) {
            const v = value[k];
            if (v === undefined)
                continue;
            out.push(`<${k}>`);
            write(v, out);
            out.push(`</${k}>`);
        }
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s) => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, c => ESCAPES[c]) : s);
/** The form parameters of one request, with typed readers that answer as AWS validates. */
class Params {
    form;
    constructor(form) {
        this.form = form;
    }
    get action() {
        return this.form.get('Action') ?? '';
    }
    optional(name) {
        return this.form.get(name) ?? undefined;
    }
    required(name) {
        const v = this.form.get(name);
        if (v === null || v === '')
            throw validation(name, 'null', 'Member must not be null');
        return v;
    }
    /** `name` must be one of `values` (Status=Active|Inactive, ...). */
    oneOf(name, values) {
        const v = this.required(name);
        if (!values.includes(v))
            throw validation(name, v, `Member must satisfy enum value set: [${values.join(', ')}]`);
        return v;
    }
    bool(name) {
        return this.form.get(name) === 'true';
    }
    /** `Name.member.N` scalars, in N order. */
    list(name) {
        const out = [];
        for (let i = 1; this.form.has(`${name}.member.${i}`); i++)
            out.push(this.form.get(`${name}.member.${i}`));
        return out;
    }
    /** `Name.member.N.Field` structures, in N order. */
    structs(name, fields) {
        const out = [];
        for (let i = 1; fields.some(f => this.form.has(`${name}.member.${i}.${f}`)); i++) {
            const item = {};
            for (const f of fields)
                item[f] = this.form.get(`${name}.member.${i}.${f}`) ?? '';
            out.push(item);
        }
        return out;
    }
    /** MaxItems as AWS reads it: 1..1000, 100 when absent. */
    maxItems() {
        const raw = this.form.get('MaxItems');
        if (raw === null)
            return 100;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1 || n > 1000)
            throw validation('MaxItems', raw, 'Member must have value less than or equal to 1000 and greater than or equal to 1');
        return n;
    }
}
function validation(field, value, constraint) {
    const f = field.charAt(0).toLowerCase() + field.slice(1);
    return new IamError('ValidationError', `1 validation error detected: Value '${value}' at '${f}' failed to satisfy constraint: ${constraint}`);
}
const parsed = new WeakMap();
/** The request's parameters: the form body (POST, as the SDK sends) or the query string. */
function paramsOf(req) {
    let p = parsed.get(req);
    if (!p) {
        const form = new URLSearchParams(req.body.length ? req.body.toString('utf8') : req.query);
        p = new Params(form);
        parsed.set(req, p);
    }
    return p;
}
// ---- pagination over sorted keys: O(log n + page) per request, whatever the list's size ----
/** First index whose key is > `after` (or >= when `inclusive`) in an ascending array. */
function lowerBound(sorted, key, inclusive = false) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key || (!inclusive && sorted[mid] === key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function sortedInsert(sorted, key) {
    const i = lowerBound(sorted, key, true);
    if (sorted[i] !== key)
        sorted.splice(i, 0, key);
}
function sortedRemove(sorted, key) {
    const i = lowerBound(sorted, key, true);
    if (sorted[i] !== key)
        return false;
    sorted.splice(i, 1);
    return true;
}
// Markers are opaque to callers, as AWS's are; here they carry the section and the last key
// returned, so a page stays correct when entries are added or removed between requests.
const encodeMarker = (section, lastKey) => Buffer.from(`${section}\n${lastKey}`, 'utf8').toString('base64url');
function decodeMarker(marker) {
    if (marker === undefined)
        return undefined;
    const text = Buffer.from(marker, 'base64url').toString('utf8');
    const nl = text.indexOf('\n');
    const section = Number(text.slice(0, nl));
    const key = text.slice(nl + 1);
    if (nl < 1 || !Number.isInteger(section) || encodeMarker(section, key) !== marker)
        throw new IamError('InvalidInput', 'Invalid Marker.');
    return { section, key };
}
/** One page across `sections` in order (each ascending), after the request's Marker. */
function pageAcross(p, sections) {
    const max = p.maxItems();
    const after = decodeMarker(p.optional('Marker'));
    const items = [];
    let last = after ?? { section: 0, key: '' };
    for (let s = after?.section ?? 0; s < sections.length; s++) {
        const { keys, get } = sections[s];
        for (let i = after && s === after.section ? lowerBound(keys, after.key) : 0; i < keys.length; i++) {
            if (items.length === max)
                return { items, marker: encodeMarker(last.section, last.key) };
            const item = get(keys[i]);
            if (item !== undefined)
                items.push(item);
            last = { section: s, key: keys[i] };
        }
    }
    return { items };
}
/** One page of one sorted list. */
const pageOf = (p, keys, get) => pageAcross(p, [{ keys, get }]);
/** The result fields AWS adds to every paginated list. */
const truncation = (page) => ({
    IsTruncated: page.marker !== undefined,
    Marker: page.marker
});

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/state.ts
// The simulated IAM account as plain data. Callers seed it (the demo from the example access
// tree, benchmarks with thousands of users); the platform in platform.ts reads and changes it.
// Maps keep lookups O(1); per-user lists are short (AWS quotas keep them small).


const EPOCH = '2015-02-06T18:39:46Z';
const ALLOW_ALL = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
/** AWS-managed policies every account can attach (a usual subset of AWS's catalogue). */
const AWS_MANAGED_POLICY_NAMES = [
    'AdministratorAccess',
    'PowerUserAccess',
    'ReadOnlyAccess',
    'ViewOnlyAccess',
    'SecurityAudit',
    'IAMUserChangePassword',
    'IAMReadOnlyAccess',
    'IAMFullAccess',
    'AmazonS3ReadOnlyAccess',
    'AmazonS3FullAccess',
    'AmazonEC2ReadOnlyAccess',
    'AmazonEC2FullAccess',
    'AWSCodeCommitPowerUser',
    'AWSBillingReadOnlyAccess',
    'job-function/Billing',
    'job-function/DatabaseAdministrator',
    'job-function/NetworkAdministrator',
    'job-function/SystemAdministrator'
];
/** An empty account holding only the AWS-managed policies. */
function emptyIamState(accountId = '123456789012') {
    const policies = new Map();
    for (const name of AWS_MANAGED_POLICY_NAMES) {
        const slash = name.lastIndexOf('/');
        const arn = `arn:aws:iam::aws:policy/${name}`;
        policies.set(arn, {
            arn,
            policyName: name.slice(slash + 1),
            // A stable id per name, shaped like AWS's (ANPA + 17 characters).
            policyId: `ANPA${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, '0').slice(0, 17)}`,
            path: slash < 0 ? '/' : `/${name.slice(0, slash + 1)}`,
            document: ALLOW_ALL,
            createDate: EPOCH,
            awsManaged: true
        });
    }
    return {
        accountId,
        users: new Map(),
        groups: new Map(),
        policies,
        virtualMfaDevices: new Map()
    };
}
/** A stable AWS-shaped id derived from a name, so seeded states are the same on every run. */
function derivedId(prefix, name) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(name).digest();
    let out = prefix;
    for (let i = 0; out.length < 21; i++)
        out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[digest[i] & 31];
    return out;
}
const state_SEED_DATE = '2024-01-01T00:00:00Z';
/** A user with nothing attached; callers fill in what they seed, then `state.users.set`. */
function newIamUser(userName, o = {}) {
    return {
        userName,
        userId: o.id ?? derivedId('AIDA', userName),
        path: o.path ?? '/',
        createDate: o.createDate ?? state_SEED_DATE,
        tags: [],
        accessKeys: [],
        mfaDevices: [],
        signingCertificates: [],
        sshPublicKeys: [],
        serviceSpecificCredentials: [],
        inlinePolicies: {},
        attachedPolicyArns: [],
        groupNames: []
    };
}
function newIamGroup(groupName, o = {}) {
    return {
        groupName,
        groupId: o.id ?? derivedId('AGPA', groupName),
        path: o.path ?? '/',
        createDate: o.createDate ?? state_SEED_DATE,
        userNames: [],
        inlinePolicies: {},
        attachedPolicyArns: []
    };
}
/** Puts a user in a group on both sides, keeping both name lists sorted as paging needs. */
function joinGroup(user, group) {
    sortedInsert(user.groupNames, group.groupName);
    sortedInsert(group.userNames, user.userName);
}
const userArn = (s, u) => `arn:aws:iam::${s.accountId}:user${u.path}${u.userName}`;
const groupArn = (s, g) => `arn:aws:iam::${s.accountId}:group${g.path}${g.groupName}`;

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/context.ts
// What every IAM action works with: the state, the clock, id minting, lookups that answer
// NoSuchEntity as AWS words it, and the indexes that keep lists and key lookups O(page)/O(1).



/** Names of a Map's keys, sorted, kept in step with the platform's own writes. A caller that
 *  adds or removes entries directly is noticed by the size check and the index is rebuilt. */
class SortedKeys {
    map;
    sorted = [];
    constructor(map) {
        this.map = map;
    }
    get keys() {
        if (this.sorted.length !== this.map.size)
            this.sorted = [...this.map.keys()].sort(byCodePoint);
        return this.sorted;
    }
    add(key) {
        if (this.sorted.length === this.map.size - 1)
            sortedInsert(this.sorted, key);
    }
    remove(key) {
        if (this.sorted.length === this.map.size + 1)
            sortedRemove(this.sorted, key);
    }
}
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
class IamContext {
    state;
    options;
    users;
    groups;
    policies;
    virtualMfa;
    random;
    /** Access key id -> user name; checked on use, rebuilt when a key is not found in it. */
    keyOwners = new Map();
    /** users.size at the last rebuild: an unknown key rescans only when users came or went. */
    scannedUsers = -1;
    constructor(state, options = {}) {
        this.state = state;
        this.options = options;
        this.users = new SortedKeys(state.users);
        this.groups = new SortedKeys(state.groups);
        this.policies = new SortedKeys(state.policies);
        this.virtualMfa = new SortedKeys(state.virtualMfaDevices);
        this.random = options.seed === undefined ? Math.random : (0,server/* seededRandom */.Is)(options.seed);
    }
    /** Now, as AWS writes timestamps (ISO 8601, UTC). */
    now() {
        return (this.options.now?.() ?? new Date()).toISOString();
    }
    /** An id shaped like AWS's: a type prefix (AIDA, AKIA, ...) and upper-case characters. */
    mintId(prefix, length, alphabet = ID_CHARS) {
        let out = prefix;
        while (out.length < length)
            out += alphabet[Math.floor(this.random() * alphabet.length)];
        return out;
    }
    user(name) {
        const u = this.state.users.get(name);
        if (!u)
            throw new IamError('NoSuchEntity', `The user with name ${name} cannot be found.`);
        return u;
    }
    group(name) {
        const g = this.state.groups.get(name);
        if (!g)
            throw new IamError('NoSuchEntity', `The group with name ${name} cannot be found.`);
        return g;
    }
    /** The user named by UserName. */
    userParam(p) {
        return this.user(p.required('UserName'));
    }
    /** The user that owns an access key, or undefined. */
    keyOwner(accessKeyId) {
        const owns = (u) => u?.accessKeys.some(k => k.accessKeyId === accessKeyId);
        const cached = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '');
        if (owns(cached))
            return cached;
        // Not indexed (seeded directly, or gone): one scan, which also refreshes the index. Keys
        // that are simply unknown (dummy credentials signing every request) do not rescan.
        if (this.scannedUsers === this.state.users.size)
            return undefined;
        this.scannedUsers = this.state.users.size;
        this.keyOwners = new Map();
        for (const u of this.state.users.values())
            for (const k of u.accessKeys)
                this.keyOwners.set(k.accessKeyId, u.userName);
        const found = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '');
        return owns(found) ? found : undefined;
    }
    noteKey(accessKeyId, userName) {
        this.keyOwners.set(accessKeyId, userName);
    }
    /** The user whose access key signed the request, if any. */
    caller(req) {
        const id = signingKey(req);
        return id ? this.keyOwner(id) : undefined;
    }
    // ---- the shapes AWS answers with ----
    userXml(u, full) {
        return {
            Path: u.path,
            UserName: u.userName,
            UserId: u.userId,
            Arn: userArn(this.state, u),
            CreateDate: u.createDate,
            PasswordLastUsed: u.loginProfile?.passwordLastUsed,
            // ListUsers leaves these out; GetUser answers them (AWS's documented difference).
            PermissionsBoundary: full ? boundaryXml(u) : undefined,
            Tags: full && u.tags.length ? u.tags : undefined
        };
    }
    groupXml(g) {
        return {
            Path: g.path,
            GroupName: g.groupName,
            GroupId: g.groupId,
            Arn: groupArn(this.state, g),
            CreateDate: g.createDate
        };
    }
    /** An AttachedPolicy entry. */
    attached(arn) {
        return {
            PolicyName: this.state.policies.get(arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1),
            PolicyArn: arn
        };
    }
}
/** The access key id that signed a request (SigV4 Credential=AKID/...). */
const signingKey = (req) => /Credential=([^/,\s]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
/** A user's PermissionsBoundary element, or undefined when it has none. */
const boundaryXml = (u) => u.permissionsBoundaryArn
    ? {
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
        PermissionsBoundaryArn: u.permissionsBoundaryArn
    }
    : undefined;
/** Quota check with AWS's wording. */
function quota(count, limit, name) {
    if (count >= limit)
        throw new IamError('LimitExceeded', `Cannot exceed quota for ${name}: ${limit}`);
}
/** Policy documents travel URL-encoded in IAM answers (GetUserPolicy, authorization details). */
const encodeDocument = (doc) => encodeURIComponent(doc);
/** A JSON policy document, as AWS validates it before storing. */
function checkDocument(doc) {
    try {
        const parsed = JSON.parse(doc);
        if (parsed && typeof parsed === 'object' && parsed.Statement !== undefined)
            return;
    }
    catch {
        // reported below
    }
    throw new IamError('MalformedPolicyDocument', 'Syntax errors in policy.');
}

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/identities.ts



// AWS quotas (IAM and STS quotas page, defaults).
const GROUPS_PER_USER = 10;
const MANAGED_POLICIES_PER_USER = 10;
const TAGS_PER_USER = 50;
const INLINE_POLICY_BYTES_PER_USER = 2048;
const NAME = /^[\w+=,.@-]+$/;
function identities_name(p, field, max) {
    const v = p.required(field);
    if (v.length > max)
        throw validation(field, v, `Member must have length less than or equal to ${max}`);
    if (!NAME.test(v))
        throw validation(field, v, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+');
    return v;
}
function path(p) {
    const v = p.optional('Path') ?? '/';
    if (!/^\/([\x21-\x7e]+\/)?$/.test(v))
        throw validation('Path', v, 'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)');
    return v;
}
/** What still blocks DeleteUser, each with AWS's DeleteConflict message, in the order checked. */
function leftovers(u) {
    const out = [];
    const must = (held, what) => held && out.push(`Cannot delete entity, must ${what} first.`);
    must(u.loginProfile !== undefined, 'delete login profile');
    must(u.accessKeys.length > 0, 'delete access keys');
    must(u.signingCertificates.length > 0, 'delete signing certificates');
    must(u.sshPublicKeys.length > 0, 'delete SSH public keys');
    must(u.serviceSpecificCredentials.length > 0, 'delete service-specific credentials');
    must(u.mfaDevices.length > 0, 'delete MFA device');
    must(Object.keys(u.inlinePolicies).length > 0, 'delete policies');
    must(u.attachedPolicyArns.length > 0, 'detach all policies');
    must(u.groupNames.length > 0, 'remove users from group');
    return out;
}
function applyTags(u, tags) {
    for (const t of tags) {
        if (!t.Key)
            throw validation('Tags', '', 'Member must have length greater than or equal to 1');
        // Tag keys are case-insensitive in IAM: a new value replaces the old key's.
        const i = u.tags.findIndex(x => x.Key.toLowerCase() === t.Key.toLowerCase());
        if (i >= 0)
            u.tags[i] = t;
        else
            u.tags.push(t);
    }
    if (u.tags.length > TAGS_PER_USER)
        throw new IamError('LimitExceeded', `The number of tags has reached the maximum limit.`);
}
const tagsParam = (p) => p.structs('Tags', ['Key', 'Value']);
function policyArnParam(ctx, p, field) {
    const arn = p.required(field);
    if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\/.+/.test(arn))
        throw new IamError('InvalidInput', `ARN ${arn} is not valid.`);
    if (!ctx.state.policies.has(arn))
        throw new IamError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
    return arn;
}
const byPathPrefix = (p) => {
    const prefix = p.optional('PathPrefix') ?? '/';
    return (path) => path.startsWith(prefix);
};
function userDetail(ctx, u) {
    return {
        Path: u.path,
        UserName: u.userName,
        UserId: u.userId,
        Arn: userArn(ctx.state, u),
        CreateDate: u.createDate,
        UserPolicyList: Object.entries(u.inlinePolicies).map(([n, d]) => ({
            PolicyName: n,
            PolicyDocument: encodeDocument(d)
        })),
        GroupList: [...u.groupNames],
        AttachedManagedPolicies: u.attachedPolicyArns.map(a => ctx.attached(a)),
        PermissionsBoundary: boundaryXml(u),
        Tags: u.tags
    };
}
const identityActions = {
    CreateUser(ctx, p) {
        const userName = identities_name(p, 'UserName', 64);
        if (ctx.state.users.has(userName))
            throw new IamError('EntityAlreadyExists', `User with name ${userName} already exists.`);
        const boundary = p.optional('PermissionsBoundary') && policyArnParam(ctx, p, 'PermissionsBoundary');
        const u = newIamUser(userName, {
            id: ctx.mintId('AIDA', 21),
            createDate: ctx.now(),
            path: path(p)
        });
        applyTags(u, tagsParam(p));
        if (boundary)
            u.permissionsBoundaryArn = boundary;
        ctx.state.users.set(userName, u);
        ctx.users.add(userName);
        return { User: ctx.userXml(u, true) };
    },
    GetUser(ctx, p, req) {
        const named = p.optional('UserName');
        const u = named ? ctx.user(named) : ctx.caller(req);
        if (u)
            return { User: ctx.userXml(u, true) };
        // Signed by a key no user owns: AWS answers for the account's root user.
        const root = `arn:aws:iam::${ctx.state.accountId}:root`;
        return { User: { UserId: ctx.state.accountId, Arn: root, CreateDate: '2015-02-06T18:39:46Z' } };
    },
    ListUsers(ctx, p) {
        const inPath = byPathPrefix(p);
        const page = pageOf(p, ctx.users.keys, n => {
            const u = ctx.state.users.get(n);
            return u && inPath(u.path) ? ctx.userXml(u, false) : undefined;
        });
        return { Users: page.items, ...truncation(page) };
    },
    DeleteUser(ctx, p) {
        const u = ctx.userParam(p);
        const [conflict] = leftovers(u);
        if (conflict)
            throw new IamError('DeleteConflict', conflict);
        ctx.state.users.delete(u.userName);
        ctx.users.remove(u.userName);
        return undefined;
    },
    TagUser(ctx, p) {
        applyTags(ctx.userParam(p), tagsParam(p));
        return undefined;
    },
    UntagUser(ctx, p) {
        const u = ctx.userParam(p);
        const drop = new Set(p.list('TagKeys').map(k => k.toLowerCase()));
        u.tags = u.tags.filter(t => !drop.has(t.Key.toLowerCase()));
        return undefined;
    },
    ListUserTags(ctx, p) {
        const u = ctx.userParam(p);
        const byKey = new Map(u.tags.map(t => [t.Key, t]));
        const page = pageOf(p, [...byKey.keys()].sort(), k => byKey.get(k));
        return { Tags: page.items, ...truncation(page) };
    },
    PutUserPermissionsBoundary(ctx, p) {
        const u = ctx.userParam(p);
        u.permissionsBoundaryArn = policyArnParam(ctx, p, 'PermissionsBoundary');
        return undefined;
    },
    DeleteUserPermissionsBoundary(ctx, p) {
        delete ctx.userParam(p).permissionsBoundaryArn;
        return undefined;
    },
    // ---- groups ----
    CreateGroup(ctx, p) {
        const groupName = identities_name(p, 'GroupName', 128);
        if (ctx.state.groups.has(groupName))
            throw new IamError('EntityAlreadyExists', `Group with name ${groupName} already exists.`);
        const g = newIamGroup(groupName, {
            id: ctx.mintId('AGPA', 21),
            createDate: ctx.now(),
            path: path(p)
        });
        ctx.state.groups.set(groupName, g);
        ctx.groups.add(groupName);
        return { Group: ctx.groupXml(g) };
    },
    GetGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const page = pageOf(p, g.userNames, n => {
            const u = ctx.state.users.get(n);
            return u && ctx.userXml(u, false);
        });
        return { Group: ctx.groupXml(g), Users: page.items, ...truncation(page) };
    },
    ListGroups(ctx, p) {
        const inPath = byPathPrefix(p);
        const page = pageOf(p, ctx.groups.keys, n => {
            const g = ctx.state.groups.get(n);
            return g && inPath(g.path) ? ctx.groupXml(g) : undefined;
        });
        return { Groups: page.items, ...truncation(page) };
    },
    DeleteGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        if (g.userNames.length)
            throw new IamError('DeleteConflict', 'Cannot delete entity, must remove users from group first.');
        if (Object.keys(g.inlinePolicies).length)
            throw new IamError('DeleteConflict', 'Cannot delete entity, must delete policies first.');
        if (g.attachedPolicyArns.length)
            throw new IamError('DeleteConflict', 'Cannot delete entity, must detach all policies first.');
        ctx.state.groups.delete(g.groupName);
        ctx.groups.remove(g.groupName);
        return undefined;
    },
    AddUserToGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const u = ctx.userParam(p);
        if (u.groupNames.includes(g.groupName))
            return undefined;
        quota(u.groupNames.length, GROUPS_PER_USER, 'GroupsPerUser');
        joinGroup(u, g);
        return undefined;
    },
    RemoveUserFromGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const u = ctx.userParam(p);
        if (!sortedRemove(g.userNames, u.userName))
            throw new IamError('NoSuchEntity', `The user with name ${u.userName} cannot be found.`);
        sortedRemove(u.groupNames, g.groupName);
        return undefined;
    },
    ListGroupsForUser(ctx, p) {
        const u = ctx.userParam(p);
        const page = pageOf(p, u.groupNames, n => {
            const g = ctx.state.groups.get(n);
            return g && ctx.groupXml(g);
        });
        return { Groups: page.items, ...truncation(page) };
    },
    // ---- inline policies ----
    PutUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = identities_name(p, 'PolicyName', 128);
        const doc = p.required('PolicyDocument');
        checkDocument(doc);
        // AWS counts the user's inline policies together, without whitespace.
        const size = (d) => d.replace(/\s/g, '').length;
        let total = size(doc);
        for (const [n, d] of Object.entries(u.inlinePolicies))
            if (n !== policyName)
                total += size(d);
        if (total > INLINE_POLICY_BYTES_PER_USER)
            throw new IamError('LimitExceeded', `Maximum policy size of ${INLINE_POLICY_BYTES_PER_USER} bytes exceeded for user ${u.userName}`);
        u.inlinePolicies[policyName] = doc;
        return undefined;
    },
    GetUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = p.required('PolicyName');
        const doc = Object.hasOwn(u.inlinePolicies, policyName)
            ? u.inlinePolicies[policyName]
            : undefined;
        if (doc === undefined)
            throw new IamError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`);
        return { UserName: u.userName, PolicyName: policyName, PolicyDocument: encodeDocument(doc) };
    },
    ListUserPolicies(ctx, p) {
        const page = pageOf(p, Object.keys(ctx.userParam(p).inlinePolicies).sort(), n => n);
        return { PolicyNames: page.items, ...truncation(page) };
    },
    DeleteUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = p.required('PolicyName');
        if (!Object.hasOwn(u.inlinePolicies, policyName))
            throw new IamError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`);
        delete u.inlinePolicies[policyName];
        return undefined;
    },
    // ---- managed policies ----
    CreatePolicy(ctx, p) {
        const policyName = identities_name(p, 'PolicyName', 128);
        const doc = p.required('PolicyDocument');
        checkDocument(doc);
        const policyPath = path(p);
        const arn = `arn:aws:iam::${ctx.state.accountId}:policy${policyPath}${policyName}`;
        if (ctx.state.policies.has(arn))
            throw new IamError('EntityAlreadyExists', `A policy called ${policyName} already exists. Duplicate names are not allowed.`);
        const now = ctx.now();
        const policy = {
            arn,
            policyName,
            policyId: ctx.mintId('ANPA', 21),
            path: policyPath,
            document: doc,
            description: p.optional('Description'),
            createDate: now,
            awsManaged: false
        };
        ctx.state.policies.set(arn, policy);
        ctx.policies.add(arn);
        return {
            Policy: {
                PolicyName: policyName,
                PolicyId: policy.policyId,
                Arn: arn,
                Path: policyPath,
                DefaultVersionId: 'v1',
                AttachmentCount: 0,
                PermissionsBoundaryUsageCount: 0,
                IsAttachable: true,
                CreateDate: now,
                UpdateDate: now
            }
        };
    },
    AttachUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const arn = policyArnParam(ctx, p, 'PolicyArn');
        if (u.attachedPolicyArns.includes(arn))
            return undefined;
        quota(u.attachedPolicyArns.length, MANAGED_POLICIES_PER_USER, 'PoliciesPerUser');
        u.attachedPolicyArns.push(arn);
        return undefined;
    },
    DetachUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const arn = p.required('PolicyArn');
        const i = u.attachedPolicyArns.indexOf(arn);
        if (i < 0)
            throw new IamError('NoSuchEntity', `Policy ${arn} was not found.`);
        u.attachedPolicyArns.splice(i, 1);
        return undefined;
    },
    ListAttachedUserPolicies(ctx, p) {
        const u = ctx.userParam(p);
        const inPath = byPathPrefix(p);
        const page = pageOf(p, [...u.attachedPolicyArns].sort(), arn => {
            const pol = ctx.state.policies.get(arn);
            return !pol || inPath(pol.path) ? ctx.attached(arn) : undefined;
        });
        return { AttachedPolicies: page.items, ...truncation(page) };
    },
    // ---- the audit read: everything about users (and groups, policies) in pages ----
    GetAccountAuthorizationDetails(ctx, p) {
        const filters = new Set(p.list('Filter'));
        const wants = (f) => filters.size === 0 || filters.has(f);
        const sections = [];
        if (wants('User'))
            sections.push({
                keys: ctx.users.keys,
                get: n => {
                    const u = ctx.state.users.get(n);
                    return u && { list: 'UserDetailList', value: userDetail(ctx, u) };
                }
            });
        if (wants('Group'))
            sections.push({
                keys: ctx.groups.keys,
                get: n => {
                    const g = ctx.state.groups.get(n);
                    if (!g)
                        return undefined;
                    const value = {
                        ...ctx.groupXml(g),
                        GroupPolicyList: Object.entries(g.inlinePolicies).map(([pn, d]) => ({
                            PolicyName: pn,
                            PolicyDocument: encodeDocument(d)
                        })),
                        AttachedManagedPolicies: g.attachedPolicyArns.map(a => ctx.attached(a))
                    };
                    return { list: 'GroupDetailList', value };
                }
            });
        const local = wants('LocalManagedPolicy');
        const aws = wants('AWSManagedPolicy');
        if (local || aws)
            sections.push({
                keys: ctx.policies.keys,
                get: arn => {
                    const pol = ctx.state.policies.get(arn);
                    if (!pol || !(pol.awsManaged ? aws : local))
                        return undefined;
                    const value = {
                        PolicyName: pol.policyName,
                        PolicyId: pol.policyId,
                        Arn: pol.arn,
                        Path: pol.path,
                        DefaultVersionId: 'v1',
                        IsAttachable: true,
                        Description: pol.description,
                        CreateDate: pol.createDate,
                        UpdateDate: pol.createDate,
                        PolicyVersionList: [
                            {
                                Document: encodeDocument(pol.document),
                                VersionId: 'v1',
                                IsDefaultVersion: true,
                                CreateDate: pol.createDate
                            }
                        ]
                    };
                    return { list: 'Policies', value };
                }
            });
        // The sandbox has no roles: asked for, they come back as an empty list.
        const page = pageAcross(p, sections);
        const of = (list) => page.items.filter(d => d.list === list).map(d => d.value);
        return {
            UserDetailList: of('UserDetailList'),
            GroupDetailList: of('GroupDetailList'),
            RoleDetailList: [],
            Policies: of('Policies'),
            ...truncation(page)
        };
    }
};

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/credentials.ts
// IAM actions on a user's credentials: access keys, console password (login profile), MFA
// devices, signing certificates, SSH public keys, service-specific credentials, and the
// credential report that audits them all.





// AWS quotas (IAM and STS quotas page, defaults).
const ACCESS_KEYS_PER_USER = 2;
const CERTIFICATES_PER_USER = 2;
const SSH_KEYS_PER_USER = 5;
const SERVICE_CREDENTIALS_PER_SERVICE = 2;
const MFA_DEVICES_PER_USER = 8;
const SERVICES = ['codecommit.amazonaws.com', 'cassandra.amazonaws.com', 'bedrock.amazonaws.com'];
const STATUSES = ['Active', 'Inactive'];
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX_UPPER = '0123456789ABCDEF';
function find(kind, u, id) {
    const i = kind.of(u).findIndex(t => kind.id(t) === id);
    if (i < 0)
        throw new IamError('NoSuchEntity', kind.missing(id));
    return i;
}
/** Update<Kind>: set Status on one credential. */
const updater = (kind) => (ctx, p) => {
    const u = ctx.userParam(p);
    const item = kind.of(u)[find(kind, u, p.required(kind.idParam))];
    item.status = p.oneOf('Status', STATUSES);
    return undefined;
};
/** Delete<Kind>: remove one credential. */
const deleter = (kind) => (ctx, p) => {
    const u = ctx.userParam(p);
    kind.of(u).splice(find(kind, u, p.required(kind.idParam)), 1);
    return undefined;
};
/** List<Kind>: one page of a user's credentials, in id order. */
function listPage(kind, ctx, p, shape) {
    const u = ctx.userParam(p);
    const byId = new Map(kind.of(u).map(t => [kind.id(t), t]));
    const page = pageOf(p, [...byId.keys()].sort(), id => shape(byId.get(id), u));
    return { items: page.items, ...truncation(page) };
}
const accessKeys = {
    of: u => u.accessKeys,
    idParam: 'AccessKeyId',
    id: k => k.accessKeyId,
    missing: id => `The Access Key with id ${id} cannot be found.`
};
const certificates = {
    of: u => u.signingCertificates,
    idParam: 'CertificateId',
    id: c => c.certificateId,
    missing: id => `The Certificate with id ${id} cannot be found.`
};
const sshKeys = {
    of: u => u.sshPublicKeys,
    idParam: 'SSHPublicKeyId',
    id: k => k.sshPublicKeyId,
    missing: id => `The Public Key with id ${id} cannot be found.`
};
const serviceCredentials = {
    of: u => u.serviceSpecificCredentials,
    idParam: 'ServiceSpecificCredentialId',
    id: c => c.serviceSpecificCredentialId,
    missing: id => `No such credential ${id} exists.`
};
/** OpenSSH `ssh-rsa AAAA... comment` (or ed25519): the key blob, checked as AWS does. */
function sshKeyBlob(body) {
    const [type, b64] = body.trim().split(/\s+/);
    if (!type || !b64 || !['ssh-rsa', 'ssh-ed25519'].includes(type))
        throw new IamError('UnrecognizedPublicKeyEncoding', 'Unrecognized public key encoding.');
    const blob = Buffer.from(b64, 'base64');
    const len = blob.length >= 4 ? blob.readUInt32BE(0) : 0;
    if (blob.subarray(4, 4 + len).toString('latin1') !== type)
        throw new IamError('InvalidPublicKey', 'The public key is not valid.');
    return blob;
}
/** IAM's fingerprint of an SSH public key: the MD5 of its key blob, as colon-separated hex. */
const sshFingerprint = (body) => (0,external_node_crypto_.createHash)('md5')
    .update(sshKeyBlob(body))
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:');
function loginProfileXml(u) {
    const lp = u.loginProfile;
    if (!lp)
        throw new IamError('NoSuchEntity', `Login Profile for User ${u.userName} cannot be found.`);
    return {
        UserName: u.userName,
        CreateDate: lp.createDate,
        PasswordResetRequired: lp.passwordResetRequired
    };
}
function userMfa(ctx, u, serial) {
    const i = u.mfaDevices.findIndex(d => d.serialNumber === serial);
    if (i < 0)
        throw new IamError('NoSuchEntity', `MFA Device with serial number ${serial} does not exist for user ${u.userName} in account ${ctx.state.accountId}.`);
    return i;
}
// ---- the credential report: AWS's columns, one row per user after the root account's ----
const REPORT_COLUMNS = [
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'password_next_rotation',
    'mfa_active',
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_1_last_used_region',
    'access_key_1_last_used_service',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
    'access_key_2_last_used_region',
    'access_key_2_last_used_service',
    'cert_1_active',
    'cert_1_last_rotated',
    'cert_2_active',
    'cert_2_last_rotated'
];
/** Report dates are written `2026-11-20T09:12:00+00:00`. */
const reportDate = (iso, none = 'N/A') => iso ? iso.replace(/\.\d{3}Z$|Z$/, '+00:00') : none;
function reportRow(ctx, u) {
    const lp = u.loginProfile;
    const cells = [
        u.userName,
        userArn(ctx.state, u),
        reportDate(u.createDate),
        String(lp !== undefined),
        lp ? reportDate(lp.passwordLastUsed, 'no_information') : 'N/A',
        lp ? reportDate(lp.createDate) : 'N/A',
        'N/A',
        String(u.mfaDevices.length > 0)
    ];
    for (const k of [u.accessKeys[0], u.accessKeys[1]])
        cells.push(String(k?.status === 'Active'), reportDate(k?.createDate), reportDate(k?.lastUsed?.date), k?.lastUsed?.region ?? 'N/A', k?.lastUsed?.serviceName ?? 'N/A');
    for (const c of [u.signingCertificates[0], u.signingCertificates[1]])
        cells.push(String(c?.status === 'Active'), reportDate(c?.uploadDate));
    return cells.join(',');
}
function credentialReport(ctx) {
    const root = [
        '<root_account>',
        `arn:aws:iam::${ctx.state.accountId}:root`,
        '2015-02-06T18:39:46+00:00',
        'not_supported',
        'no_information',
        'not_supported',
        'not_supported',
        'false',
        'false',
        'N/A',
        'N/A',
        'N/A',
        'N/A',
        'false',
        'N/A',
        'N/A',
        'N/A',
        'N/A',
        'false',
        'N/A',
        'false',
        'N/A'
    ].join(',');
    const rows = [REPORT_COLUMNS.join(','), root];
    for (const name of ctx.users.keys) {
        const u = ctx.state.users.get(name);
        if (u)
            rows.push(reportRow(ctx, u));
    }
    return rows.join('\n');
}
const credentialActions = {
    // ---- access keys ----
    CreateAccessKey(ctx, p) {
        const u = ctx.userParam(p);
        quota(u.accessKeys.length, ACCESS_KEYS_PER_USER, 'AccessKeysPerUser');
        const key = {
            accessKeyId: ctx.mintId('AKIA', 20),
            status: 'Active',
            createDate: ctx.now()
        };
        u.accessKeys.push(key);
        ctx.noteKey(key.accessKeyId, u.userName);
        return {
            AccessKey: {
                UserName: u.userName,
                AccessKeyId: key.accessKeyId,
                Status: key.status,
                // Handed out once, as AWS does; the state never keeps it.
                SecretAccessKey: ctx.mintId('', 40, SECRET_CHARS),
                CreateDate: key.createDate
            }
        };
    },
    ListAccessKeys(ctx, p) {
        const { items, ...rest } = listPage(accessKeys, ctx, p, (k, u) => ({
            UserName: u.userName,
            AccessKeyId: k.accessKeyId,
            Status: k.status,
            CreateDate: k.createDate
        }));
        return { AccessKeyMetadata: items, ...rest };
    },
    UpdateAccessKey: updater(accessKeys),
    DeleteAccessKey: deleter(accessKeys),
    GetAccessKeyLastUsed(ctx, p) {
        const id = p.required('AccessKeyId');
        const u = ctx.keyOwner(id);
        const key = u?.accessKeys.find(k => k.accessKeyId === id);
        if (!u || !key)
            throw new IamError('NoSuchEntity', accessKeys.missing(id));
        return {
            UserName: u.userName,
            AccessKeyLastUsed: {
                LastUsedDate: key.lastUsed?.date,
                ServiceName: key.lastUsed?.serviceName ?? 'N/A',
                Region: key.lastUsed?.region ?? 'N/A'
            }
        };
    },
    // ---- console password ----
    CreateLoginProfile(ctx, p) {
        const u = ctx.userParam(p);
        if (u.loginProfile)
            throw new IamError('EntityAlreadyExists', `Login Profile for user ${u.userName} already exists.`);
        // The default account password policy: at least 8 characters. Never stored.
        if ((p.optional('Password') ?? '').length < 8)
            throw new IamError('PasswordPolicyViolation', 'Password should have a minimum length of 8');
        u.loginProfile = {
            createDate: ctx.now(),
            passwordResetRequired: p.bool('PasswordResetRequired')
        };
        return { LoginProfile: loginProfileXml(u) };
    },
    GetLoginProfile: (ctx, p) => ({ LoginProfile: loginProfileXml(ctx.userParam(p)) }),
    DeleteLoginProfile(ctx, p) {
        const u = ctx.userParam(p);
        loginProfileXml(u);
        delete u.loginProfile;
        return undefined;
    },
    // ---- MFA ----
    CreateVirtualMFADevice(ctx, p) {
        const deviceName = p.required('VirtualMFADeviceName');
        const serial = `arn:aws:iam::${ctx.state.accountId}:mfa${path(p)}${deviceName}`;
        if (ctx.state.virtualMfaDevices.has(serial))
            throw new IamError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
        ctx.state.virtualMfaDevices.set(serial, { serialNumber: serial });
        ctx.virtualMfa.add(serial);
        // The TOTP seed is returned once (base32 text, as a blob); the state never keeps it.
        const seed = ctx.mintId('', 64);
        return { VirtualMFADevice: { SerialNumber: serial, Base32StringSeed: Buffer.from(seed) } };
    },
    EnableMFADevice(ctx, p) {
        const u = ctx.userParam(p);
        const serial = p.required('SerialNumber');
        for (const f of ['AuthenticationCode1', 'AuthenticationCode2'])
            if (!/^\d{6}$/.test(p.required(f)))
                throw new IamError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (!device)
            throw new IamError('NoSuchEntity', `VirtualMFADevice with serial number ${serial} doesn't exist.`);
        if (device.userName)
            throw new IamError('EntityAlreadyExists', 'MFA Device is already in use.');
        quota(u.mfaDevices.length, MFA_DEVICES_PER_USER, 'MFADevicesPerUser');
        const enableDate = ctx.now();
        Object.assign(device, { userName: u.userName, enableDate });
        u.mfaDevices.push({ serialNumber: serial, enableDate });
        return undefined;
    },
    DeactivateMFADevice(ctx, p) {
        const u = ctx.userParam(p);
        const serial = p.required('SerialNumber');
        u.mfaDevices.splice(userMfa(ctx, u, serial), 1);
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (device) {
            delete device.userName;
            delete device.enableDate;
        }
        return undefined;
    },
    ListMFADevices(ctx, p, req) {
        const named = p.optional('UserName');
        // Without UserName AWS lists the caller's devices.
        const u = named ? ctx.user(named) : ctx.caller(req);
        const devices = new Map((u?.mfaDevices ?? []).map(d => [d.serialNumber, d]));
        const page = pageOf(p, [...devices.keys()].sort(), s => ({
            UserName: u?.userName,
            SerialNumber: s,
            EnableDate: devices.get(s)?.enableDate
        }));
        return { MFADevices: page.items, ...truncation(page) };
    },
    ListVirtualMFADevices(ctx, p) {
        const status = p.optional('AssignmentStatus') ?? 'Any';
        const page = pageOf(p, ctx.virtualMfa.keys, s => {
            const d = ctx.state.virtualMfaDevices.get(s);
            const user = d?.userName ? ctx.state.users.get(d.userName) : undefined;
            if (!d || (status === 'Assigned' && !user) || (status === 'Unassigned' && user))
                return undefined;
            return {
                SerialNumber: s,
                User: user && ctx.userXml(user, false),
                EnableDate: user && d.enableDate
            };
        });
        return { VirtualMFADevices: page.items, ...truncation(page) };
    },
    DeleteVirtualMFADevice(ctx, p) {
        const serial = p.required('SerialNumber');
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (!device)
            throw new IamError('NoSuchEntity', `VirtualMFADevice with serial number ${serial} doesn't exist.`);
        // AWS refuses while the device is enabled: DeactivateMFADevice first.
        if (device.userName)
            throw new IamError('DeleteConflict', 'MFA device is still in use.');
        ctx.state.virtualMfaDevices.delete(serial);
        ctx.virtualMfa.remove(serial);
        return undefined;
    },
    // ---- signing certificates ----
    UploadSigningCertificate(ctx, p) {
        const u = ctx.userParam(p);
        const body = p.required('CertificateBody');
        try {
            new external_node_crypto_.X509Certificate(body);
        }
        catch {
            throw new IamError('MalformedCertificate', 'Unable to parse certificate. Please ensure the certificate is in PEM format.');
        }
        if (u.signingCertificates.some(c => c.certificateBody.trim() === body.trim()))
            throw new IamError('DuplicateCertificate', 'The request was rejected because the same certificate is associated with an IAM user in the account.');
        quota(u.signingCertificates.length, CERTIFICATES_PER_USER, 'CertificatesPerUser');
        const cert = {
            certificateId: ctx.mintId('', 32, HEX_UPPER),
            certificateBody: body,
            status: 'Active',
            uploadDate: ctx.now()
        };
        u.signingCertificates.push(cert);
        return {
            Certificate: {
                UserName: u.userName,
                CertificateId: cert.certificateId,
                CertificateBody: body,
                Status: cert.status,
                UploadDate: cert.uploadDate
            }
        };
    },
    ListSigningCertificates(ctx, p) {
        const { items, ...rest } = listPage(certificates, ctx, p, (c, u) => ({
            UserName: u.userName,
            CertificateId: c.certificateId,
            CertificateBody: c.certificateBody,
            Status: c.status,
            UploadDate: c.uploadDate
        }));
        return { Certificates: items, ...rest };
    },
    UpdateSigningCertificate: updater(certificates),
    DeleteSigningCertificate: deleter(certificates),
    // ---- SSH public keys ----
    UploadSSHPublicKey(ctx, p) {
        const u = ctx.userParam(p);
        const body = p.required('SSHPublicKeyBody');
        const fingerprint = sshFingerprint(body);
        if (u.sshPublicKeys.some(k => k.fingerprint === fingerprint))
            throw new IamError('DuplicateSSHPublicKey', 'The SSH public key is already associated with the specified IAM user.');
        quota(u.sshPublicKeys.length, SSH_KEYS_PER_USER, 'PublicKeysPerUser');
        const key = {
            sshPublicKeyId: ctx.mintId('APKA', 21),
            sshPublicKeyBody: body,
            fingerprint,
            status: 'Active',
            uploadDate: ctx.now()
        };
        u.sshPublicKeys.push(key);
        return {
            SSHPublicKey: {
                UserName: u.userName,
                SSHPublicKeyId: key.sshPublicKeyId,
                Fingerprint: fingerprint,
                SSHPublicKeyBody: body,
                Status: key.status,
                UploadDate: key.uploadDate
            }
        };
    },
    ListSSHPublicKeys(ctx, p) {
        const { items, ...rest } = listPage(sshKeys, ctx, p, (k, u) => ({
            UserName: u.userName,
            SSHPublicKeyId: k.sshPublicKeyId,
            Status: k.status,
            UploadDate: k.uploadDate
        }));
        return { SSHPublicKeys: items, ...rest };
    },
    UpdateSSHPublicKey: updater(sshKeys),
    DeleteSSHPublicKey: deleter(sshKeys),
    // ---- service-specific credentials (CodeCommit Git, Keyspaces, Bedrock) ----
    CreateServiceSpecificCredential(ctx, p) {
        const u = ctx.userParam(p);
        const serviceName = p.required('ServiceName');
        if (!SERVICES.includes(serviceName))
            throw new IamError('NotSupportedService', `Service ${serviceName} is not supported for service-specific credentials.`);
        quota(u.serviceSpecificCredentials.filter(c => c.serviceName === serviceName).length, SERVICE_CREDENTIALS_PER_SERVICE, 'ServiceSpecificCredentialsPerUserPerService');
        const cred = {
            serviceSpecificCredentialId: ctx.mintId('ACCA', 21),
            serviceName,
            serviceUserName: `${u.userName}-at-${ctx.state.accountId}`,
            status: 'Active',
            createDate: ctx.now()
        };
        u.serviceSpecificCredentials.push(cred);
        return {
            ServiceSpecificCredential: {
                CreateDate: cred.createDate,
                ServiceName: serviceName,
                ServiceUserName: cred.serviceUserName,
                // Handed out once; the state never keeps it.
                ServicePassword: ctx.mintId('', 44, SECRET_CHARS),
                ServiceSpecificCredentialId: cred.serviceSpecificCredentialId,
                UserName: u.userName,
                Status: cred.status
            }
        };
    },
    ListServiceSpecificCredentials(ctx, p) {
        const only = p.optional('ServiceName');
        const { items, ...rest } = listPage(serviceCredentials, ctx, p, (c, u) => only && c.serviceName !== only
            ? undefined
            : {
                UserName: u.userName,
                Status: c.status,
                ServiceUserName: c.serviceUserName,
                CreateDate: c.createDate,
                ServiceSpecificCredentialId: c.serviceSpecificCredentialId,
                ServiceName: c.serviceName
            });
        return { ServiceSpecificCredentials: items, ...rest };
    },
    UpdateServiceSpecificCredential: updater(serviceCredentials),
    DeleteServiceSpecificCredential: deleter(serviceCredentials),
    // ---- credential report ----
    GenerateCredentialReport(ctx) {
        const existed = ctx.state.credentialReport !== undefined;
        // Regenerated on every request (AWS waits 4 hours): sandbox state changes within seconds,
        // and GeneratedTime says which snapshot a reader got.
        ctx.state.credentialReport = { generatedTime: ctx.now(), csv: credentialReport(ctx) };
        return existed
            ? { State: 'COMPLETE', Description: 'Report generated' }
            : { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
    },
    GetCredentialReport(ctx) {
        const report = ctx.state.credentialReport;
        if (!report)
            throw new IamError('ReportNotPresent', 'Credential report not present. Call GenerateCredentialReport first.');
        return {
            Content: Buffer.from(report.csv, 'utf8'),
            ReportFormat: 'text/csv',
            GeneratedTime: report.generatedTime
        };
    }
};

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/sts.ts



const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_SECONDS = 3600;
class Accounts {
    own;
    options;
    /** Session key id -> the role and session it was assumed as, in the order assumed. */
    sessions = new Map();
    members = new Map();
    constructor(own, options) {
        this.own = own;
        this.options = options;
    }
    /** The IAM a request acts in: the member account of the session that signed it, else the
     *  credentials' own. */
    contextOf(req) {
        const key = signingKey(req);
        const account = key === undefined ? undefined : this.sessions.get(key)?.account;
        const state = account === undefined ? undefined : this.own.state.memberAccounts?.get(account);
        if (!account || !state)
            return this.own;
        let ctx = this.members.get(account);
        if (!ctx)
            this.members.set(account, (ctx = new IamContext(state, this.options)));
        return ctx;
    }
    assumeRole(p) {
        const roleArn = p.required('RoleArn');
        const sessionName = p.required('RoleSessionName');
        const [, account, role] = ROLE_ARN.exec(roleArn) ?? [];
        if (!account || !role)
            throw new IamError('ValidationError', `${roleArn} is invalid: use a role ARN`);
        const own = this.own.state;
        if (account !== own.accountId && !own.memberAccounts?.has(account))
            throw new IamError('AccessDenied', `User: arn:aws:iam::${own.accountId}:user/offboard is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
        const keyId = this.own.mintId('ASIA', 20);
        this.sessions.set(keyId, { account, roleArn, sessionName });
        const expires = new Date(Date.parse(this.own.now()) + SESSION_SECONDS * 1000);
        return {
            Credentials: {
                AccessKeyId: keyId,
                SecretAccessKey: this.own.mintId('', 40, SECRET_CHARS),
                SessionToken: this.own.mintId('', 128, SECRET_CHARS),
                Expiration: expires.toISOString()
            },
            AssumedRoleUser: {
                AssumedRoleId: `${this.own.mintId('AROA', 21)}:${sessionName}`,
                Arn: `arn:aws:sts::${account}:assumed-role/${role}/${sessionName}`
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/platform.ts





const actions = { ...identityActions, ...credentialActions };
/** The IAM error a fault rule's status stands for, and its message. */
const FAULT_CODES = {
    400: ['ValidationError', () => 'The request was rejected because it did not validate.'],
    403: [
        'AccessDenied',
        action => `User: arn:aws:iam::123456789012:user/offboard is not authorized to perform: iam:${action} because no identity-based policy allows the iam:${action} action`
    ],
    404: [
        'NoSuchEntity',
        () => 'The request was rejected because it referenced an entity that does not exist.'
    ],
    409: ['ConcurrentModification', () => 'Concurrent modification of the entity was detected.'],
    429: ['Throttling', () => 'Rate exceeded'],
    500: [
        'ServiceFailure',
        () => 'The request processing has failed because of an unknown error, exception or failure.'
    ],
    503: ['ServiceUnavailable', () => 'The service is unavailable. Please try again later.']
};
function createIamPlatform(state, options = {}) {
    const ctx = new IamContext(state, options);
    const accounts = new Accounts(ctx, options);
    const all = { ...actions, AssumeRole: (_, p) => accounts.assumeRole(p) };
    return {
        name: 'aws-iam',
        state,
        actions: Object.keys(all),
        sessions: accounts.sessions,
        classify(req) {
            const operation = paramsOf(req).action || 'Unknown';
            const write = !/^(Get|List|AssumeRole$)/.test(operation) && operation !== 'GenerateCredentialReport';
            return { operation, write };
        },
        handle(req) {
            const p = paramsOf(req);
            const action = Object.hasOwn(all, p.action) ? all[p.action] : undefined;
            if (!action)
                return errorResponse('InvalidAction', `Could not find operation ${p.action || '(none)'} for version ${p.optional('Version') ?? '(none)'}`);
            try {
                return okResponse(p.action, action(accounts.contextOf(req), p, req));
            }
            catch (err) {
                if (err instanceof IamError)
                    return errorResponse(err.code, err.message);
                throw err;
            }
        },
        throttled: () => errorResponse('Throttling', 'Rate exceeded'),
        serverError: () => errorResponse(FAULT_CODES[500][0], FAULT_CODES[500][1]('')),
        fault(status, rule, req) {
            const [code, message] = FAULT_CODES[status] ?? ['ServiceFailure', FAULT_CODES[500][1]];
            const answer = errorResponse(rule.code ?? code, message(paramsOf(req).action), status);
            if (rule.retryAfterSeconds !== undefined)
                answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) };
            return answer;
        },
        operations: () => Object.keys(all),
        // At the end of the error's message, XML-escaped.
        echo(answer, echo) {
            const body = answer.body;
            if (answer.status < 400 || typeof body !== 'string' || !body.includes('</Message>'))
                return answer;
            return { ...answer, body: body.replace('</Message>', `${esc(` ${echo}`)}</Message>`) };
        },
        user: userName => state.users.get(userName),
        userNames: () => ctx.users.keys,
        leftovers: userName => {
            const u = state.users.get(userName);
            return u ? leftovers(u) : [];
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/scenario.ts

function checkAws(c) {
    const configured = c.decl.platforms.aws !== undefined;
    for (const { id, person, holds } of c.people) {
        if (holds.aws)
            c.needsAccount(id, 'aws', configured, (0,grants/* declaredAccount */.k8)(person, 'aws'), 'an IAM user name');
        const baselineKey = person.status === 'active' ? 1 : 0;
        const keys = (holds.aws?.access_keys?.length ?? 0) + baselineKey;
        if (keys > 2)
            c.problem(['people', id, 'aws', 'access_keys'], `${id} would hold ${keys} access keys (an active person holds one already); IAM allows two`);
    }
    const others = c.scenario.others?.aws;
    if (others && !configured)
        c.unconfigured(['others', 'aws'], 'aws');
    c.notDeclared('aws', (others ?? []).map(u => u.user), 'user');
}

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/seed.ts
// The simulated IAM account seeded from the declarations and the scenario: the declared
// groups and policies, a user per declared person (active ones with their roles' groups and
// policies, one access key and a console password), and every credential the scenario adds.





const seed_HEX_UPPER = '0123456789ABCDEF';
const DOCUMENT = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
});
function seedIam(input) {
    if (!input.decl.platforms.aws)
        return undefined;
    const state = emptyIamState();
    // Mints ids as the platform does (same seed, same ids on every run).
    const ids = new IamContext(state, { seed: input.seed });
    const recent = daysBefore(input.now, 1);
    const group = (name) => {
        let g = state.groups.get(name);
        if (!g)
            state.groups.set(name, (g = newIamGroup(name)));
        return g;
    };
    /** A managed policy: AWS's exist; a customer one is created on first mention. */
    const policy = (arn) => {
        if (state.policies.has(arn))
            return;
        const slash = arn.lastIndexOf('/');
        state.policies.set(arn, {
            arn,
            policyName: arn.slice(slash + 1),
            policyId: ids.mintId('ANPA', 21),
            path: '/',
            document: DOCUMENT,
            createDate: SEED_CREATED,
            awsManaged: false
        });
    };
    for (const name of declaredValues(input.decl, 'aws_group'))
        group(name);
    for (const arn of declaredValues(input.decl, 'aws_policy'))
        policy(arn);
    const key = (u, spec) => u.accessKeys.push({
        accessKeyId: ids.mintId('AKIA', 20),
        status: spec.status ?? 'Active',
        createDate: spec.created ? dayOf(spec.created) : SEED_CREATED,
        lastUsed: {
            date: spec.last_used ? dayOf(spec.last_used) : recent,
            serviceName: 's3',
            region: 'us-east-1'
        }
    });
    /** A user holding `h` (and the groups and policies given). */
    const user = (name, h, groups, policies) => {
        const u = newIamUser(name);
        state.users.set(name, u);
        for (const g of union(groups, h.groups))
            joinGroup(u, group(g));
        for (const arn of union(policies, h.policies)) {
            policy(arn);
            u.attachedPolicyArns.push(arn);
        }
        for (const spec of h.access_keys ?? [])
            key(u, spec);
        if (h.password)
            u.loginProfile = {
                createDate: SEED_CREATED,
                passwordResetRequired: false,
                passwordLastUsed: recent
            };
        if (h.mfa) {
            const serialNumber = `arn:aws:iam::${state.accountId}:mfa/${name}`;
            state.virtualMfaDevices.set(serialNumber, {
                serialNumber,
                userName: name,
                enableDate: SEED_CREATED
            });
            u.mfaDevices.push({ serialNumber, enableDate: SEED_CREATED });
        }
        for (let i = 0; i < (h.ssh_keys ?? 0); i++) {
            const body = sshPublicKey(`${name}-${i + 1}`);
            u.sshPublicKeys.push({
                sshPublicKeyId: ids.mintId('APKA', 21),
                sshPublicKeyBody: body,
                fingerprint: sshFingerprint(body),
                status: 'Active',
                uploadDate: SEED_CREATED
            });
        }
        for (let i = 0; i < (h.signing_certificates ?? 0); i++)
            u.signingCertificates.push({
                certificateId: ids.mintId('', 32, seed_HEX_UPPER),
                certificateBody: placeholderCertificate(`${name}-${i + 1}`),
                status: 'Active',
                uploadDate: SEED_CREATED
            });
        for (const serviceName of h.service_credentials ?? [])
            u.serviceSpecificCredentials.push({
                serviceSpecificCredentialId: ids.mintId('ACCA', 21),
                serviceName,
                serviceUserName: `${name}-at-${state.accountId}`,
                status: 'Active',
                createDate: SEED_CREATED
            });
        for (const p of h.inline_policies ?? [])
            u.inlinePolicies[p] = DOCUMENT;
        if (h.permissions_boundary) {
            policy(h.permissions_boundary);
            u.permissionsBoundaryArn = h.permissions_boundary;
        }
        return u;
    };
    for (const p of seededPeople(input)) {
        const name = (0,grants/* declaredAccount */.k8)(p.person, 'aws');
        const h = p.holds.aws;
        if (!name || (!p.active && !h))
            continue;
        // An active person signs in to the console and uses one key; the scenario adds to that.
        const baseline = p.active
            ? { access_keys: [{}, ...(h?.access_keys ?? [])], password: true }
            : {};
        user(name, { ...h, ...baseline }, valuesOf(p.grants, 'aws_group'), valuesOf(p.grants, 'aws_policy'));
    }
    for (const o of input.scenario.others?.aws ?? [])
        user(o.user, o, [], []);
    return state;
}
/** A PEM-shaped stand-in for a signing certificate: the sandbox never parses stored ones. */
function placeholderCertificate(name) {
    const body = Buffer.concat([digest(`cert:${name}`), digest(`cert2:${name}`)]).toString('base64');
    return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

;// CONCATENATED MODULE: ./src/sandbox/aws-iam/index.ts





const awsIam = {
    key: 'iam',
    name: 'aws-iam',
    servers: decl => (decl.platforms.aws ? ['aws-iam'] : []),
    seed: seedIam,
    state: seeded => seeded,
    start: (state, { seed }) => ({
        servers: [
            {
                platform: createIamPlatform(state, { seed }),
                env: url => ({
                    AWS_ENDPOINT_URL_IAM: url,
                    // STS too: a role assumed in a member account of aws.accounts (sts.ts).
                    AWS_ENDPOINT_URL_STS: url,
                    AWS_REGION: 'us-east-1',
                    // The sandbox checks no signature: any key signs.
                    AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
                    AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
                })
            }
        ]
    }),
    check: checkAws
};

;// CONCATENATED MODULE: ./src/sandbox/slack/state.ts
// The simulated Slack workspace as plain data. The Web API sim (platform.ts) and Slack's SCIM
// API sim (scim.ts) both read and change the same SlackSimState, so a member
// deactivated through SCIM shows `deleted: true` in users.info, as on Slack.
/** A member with Slack's defaults (active, not admin, not a bot, not a guest). */
function slackMember(fields) {
    return {
        real_name: fields.name,
        profile: {},
        deleted: false,
        is_admin: false,
        is_owner: false,
        is_primary_owner: false,
        is_bot: false,
        is_restricted: false,
        is_ultra_restricted: false,
        ...fields
    };
}
/** An empty workspace; fill its lists, or pass the parts to override. */
function slackState(fields = {}) {
    return {
        team: { id: 'T0ACME001', name: 'Acme', domain: 'acme' },
        members: [],
        usergroups: [],
        channels: [],
        tokens: [],
        sessionResets: [],
        ...fields
    };
}
const state_findMember = (state, id) => state.members.find(m => m.id === id);
const findMemberByEmail = (state, email) => state.members.find(m => m.profile.email?.toLowerCase() === email.toLowerCase());
const findUsergroup = (state, idOrHandle) => state.usergroups.find(g => g.id === idOrHandle || g.handle === idOrHandle);
const findChannel = (state, id) => state.channels.find(c => c.id === id);
/** Deactivate (or reactivate) a member. Slack drops a deactivated member from every
 *  usergroup; channel member lists keep them. */
function setDeactivated(state, member, deleted) {
    member.deleted = deleted;
    if (!deleted)
        return;
    for (const g of state.usergroups)
        g.users = g.users.filter(u => u !== member.id);
}

;// CONCATENATED MODULE: ./src/sandbox/slack/platform.ts
// A simulated Slack Web API over a SlackSimState: the methods offboard calls, answering as
// Slack does: HTTP 200 with `{ok: false, error}` for every API error, 429 with Retry-After
// when rate limited, scopes checked per token, `admin.*` only for an org admin's token.


const fail = (error, extra = {}) => ({ ...extra, ok: false, error });
function str(args, key) {
    const v = args[key];
    return v === undefined || v === null ? '' : String(v);
}
function bool(args, key) {
    const v = args[key];
    return v === true || v === 'true' || v === '1' || v === 1;
}
/** A list argument: a JSON array (the WebClient's form encoding of arrays), an actual array
 *  (JSON bodies), or Slack's comma-separated string. */
function list(args, key) {
    const v = args[key];
    if (Array.isArray(v))
        return v.map(String);
    const s = str(args, key).trim();
    if (s.startsWith('[')) {
        try {
            const parsed = JSON.parse(s);
            if (Array.isArray(parsed))
                return parsed.map(String);
        }
        catch {
            // not JSON: fall through to the comma-separated form
        }
    }
    return s === '' ? [] : s.split(',').map(x => x.trim());
}
/** Slack-style opaque cursor over a list of member ids: base64 of `user:<next id>`. */
function platform_page(call, items, idOf, defaultLimit) {
    const rawLimit = str(call.args, 'limit');
    const limit = rawLimit === '' ? 0 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 0)
        return fail('invalid_limit');
    const size = Math.min(limit === 0 ? defaultLimit : limit, call.maxPageSize);
    const cursor = str(call.args, 'cursor');
    let start = 0;
    if (cursor !== '') {
        const decoded = Buffer.from(cursor, 'base64').toString('utf8');
        start = decoded.startsWith('user:') ? items.findIndex(i => idOf(i) === decoded.slice(5)) : -1;
        if (start < 0)
            return fail('invalid_cursor');
    }
    const slice = items.slice(start, start + size);
    const next = items[start + size];
    return {
        items: slice,
        next_cursor: next === undefined ? '' : Buffer.from(`user:${idOf(next)}`).toString('base64')
    };
}
const isFailure = (r) => 'ok' in r && r.ok === false;
function renderMember(call, m) {
    // Slack shows email addresses only to tokens holding users:read.email.
    const showEmail = call.token.scopes.includes('users:read.email');
    return {
        id: m.id,
        team_id: call.state.team.id,
        name: m.name,
        real_name: m.real_name,
        deleted: m.deleted,
        is_admin: m.is_admin,
        is_owner: m.is_owner,
        is_primary_owner: m.is_primary_owner,
        is_bot: m.is_bot,
        is_app_user: false,
        is_restricted: m.is_restricted,
        is_ultra_restricted: m.is_ultra_restricted,
        profile: {
            real_name: m.real_name,
            display_name: m.profile.display_name ?? '',
            ...(showEmail && m.profile.email !== undefined ? { email: m.profile.email } : {})
        }
    };
}
function renderUsergroup(call, g, withUsers) {
    return {
        id: g.id,
        team_id: call.state.team.id,
        is_usergroup: true,
        name: g.name,
        handle: g.handle,
        date_delete: g.disabled ? 1 : 0,
        user_count: g.users.length,
        ...(withUsers ? { users: [...g.users] } : {})
    };
}
function renderChannel(c) {
    return {
        id: c.id,
        name: c.name,
        is_channel: !c.is_private,
        is_group: c.is_private,
        is_private: c.is_private,
        is_general: c.is_general,
        is_archived: c.is_archived,
        num_members: c.members.length
    };
}
/** The member a `user`/`user_id` argument names, or Slack's error. */
function member(call, key) {
    return state_findMember(call.state, str(call.args, key)) ?? fail('user_not_found');
}
function channel(call) {
    return findChannel(call.state, str(call.args, 'channel')) ?? fail('channel_not_found');
}
/** Reading a channel needs channels:read, a private one groups:read (same for writes). */
const channelScopes = (pub, priv) => (call) => findChannel(call.state, str(call.args, 'channel'))?.is_private ? priv : pub;
const METHODS = {
    'auth.test': {
        scopes: [],
        run: ({ state, token }) => {
            const user = state_findMember(state, token.user_id);
            return {
                ok: true,
                url: `https://${state.team.domain}.slack.com/`,
                team: state.team.name,
                user: user?.name ?? token.user_id,
                team_id: state.team.id,
                user_id: token.user_id,
                ...(token.bot ? { bot_id: `B${token.user_id.slice(1)}` } : {}),
                is_enterprise_install: token.admin,
                ...(state.team.enterprise_id ? { enterprise_id: state.team.enterprise_id } : {})
            };
        }
    },
    'team.info': {
        scopes: ['team:read'],
        run: ({ state }) => ({ ok: true, team: { ...state.team } })
    },
    'users.info': {
        scopes: ['users:read'],
        required: ['user'],
        run: call => {
            const m = member(call, 'user');
            return isFailure(m) ? m : { ok: true, user: renderMember(call, m) };
        }
    },
    'users.lookupByEmail': {
        scopes: ['users:read.email'],
        required: ['email'],
        run: call => {
            // Slack does not find deactivated members by email.
            const m = findMemberByEmail(call.state, str(call.args, 'email'));
            return m && !m.deleted ? { ok: true, user: renderMember(call, m) } : fail('users_not_found');
        }
    },
    'users.list': {
        scopes: ['users:read'],
        run: call => {
            const p = platform_page(call, call.state.members, m => m.id, call.maxPageSize);
            if (isFailure(p))
                return p;
            return {
                ok: true,
                members: p.items.map(m => renderMember(call, m)),
                cache_ts: Math.floor(Date.now() / 1000),
                response_metadata: { next_cursor: p.next_cursor }
            };
        }
    },
    'usergroups.list': {
        scopes: ['usergroups:read'],
        run: call => ({
            ok: true,
            usergroups: call.state.usergroups
                .filter(g => !g.disabled || bool(call.args, 'include_disabled'))
                .map(g => renderUsergroup(call, g, bool(call.args, 'include_users')))
        })
    },
    'usergroups.users.list': {
        scopes: ['usergroups:read'],
        required: ['usergroup'],
        run: call => {
            const g = findUsergroup(call.state, str(call.args, 'usergroup'));
            return g ? { ok: true, users: [...g.users] } : fail('no_such_subteam');
        }
    },
    'usergroups.users.update': {
        scopes: ['usergroups:write'],
        write: true,
        required: ['usergroup'],
        run: call => {
            const g = findUsergroup(call.state, str(call.args, 'usergroup'));
            if (!g)
                return fail('no_such_subteam');
            if (call.args.users === undefined)
                return fail('no_users_provided');
            const users = list(call.args, 'users');
            // Slack refuses to empty a usergroup (usergroups.disable does that), and takes only
            // active, non-bot members.
            if (users.length === 0)
                return fail('invalid_users');
            const invalid = users.some(u => {
                const m = state_findMember(call.state, u);
                return !m || m.deleted || m.is_bot;
            });
            if (invalid)
                return fail('invalid_users');
            g.users = [...new Set(users)];
            return { ok: true, usergroup: renderUsergroup(call, g, true) };
        }
    },
    'conversations.info': {
        scopes: channelScopes(['channels:read'], ['groups:read']),
        required: ['channel'],
        run: call => {
            const c = channel(call);
            return isFailure(c) ? c : { ok: true, channel: renderChannel(c) };
        }
    },
    'conversations.members': {
        scopes: channelScopes(['channels:read'], ['groups:read']),
        required: ['channel'],
        run: call => {
            const c = channel(call);
            if (isFailure(c))
                return c;
            const p = platform_page(call, c.members, id => id, 100);
            if (isFailure(p))
                return p;
            return { ok: true, members: p.items, response_metadata: { next_cursor: p.next_cursor } };
        }
    },
    'conversations.kick': {
        scopes: channelScopes(['channels:manage', 'channels:write'], ['groups:write']),
        write: true,
        required: ['channel', 'user'],
        run: call => {
            const c = channel(call);
            if (isFailure(c))
                return c;
            const m = member(call, 'user');
            if (isFailure(m))
                return m;
            if (m.id === call.token.user_id)
                return fail('cant_kick_self');
            if (c.is_general)
                return fail('cant_kick_from_general');
            if (!c.members.includes(m.id))
                return fail('not_in_channel');
            c.members = c.members.filter(u => u !== m.id);
            return { ok: true };
        }
    },
    'admin.users.session.reset': {
        scopes: ['admin.users:write'],
        admin: true,
        write: true,
        required: ['user_id'],
        run: call => {
            const m = member(call, 'user_id');
            if (isFailure(m))
                return m;
            if (m.is_bot)
                return fail('cannot_reset_bot');
            if (m.is_primary_owner && m.id !== call.token.user_id)
                return fail('cannot_reset_primary_owner');
            call.state.sessionResets.push({
                user_id: m.id,
                mobile_only: bool(call.args, 'mobile_only'),
                web_only: bool(call.args, 'web_only')
            });
            return { ok: true };
        }
    },
    'admin.users.remove': {
        scopes: ['admin.users:write'],
        admin: true,
        write: true,
        required: ['team_id', 'user_id'],
        run: call => {
            if (str(call.args, 'team_id') !== call.state.team.id)
                return fail('team_not_found');
            const m = member(call, 'user_id');
            if (isFailure(m))
                return m;
            if (m.is_primary_owner)
                return fail('cannot_modify_primary_owner');
            if (m.deleted)
                return fail('user_already_deleted');
            setDeactivated(call.state, m, true);
            return { ok: true };
        }
    }
};
/** `POST /api/users.info` or `/users.info`: the method is the last path segment. */
const methodOf = (req) => req.path.split('/').filter(Boolean).pop() ?? '';
/** Query string and body together; the body is form-encoded or JSON, as Slack accepts.
 *  Undefined when a JSON body does not parse. */
function argsOf(req) {
    const args = Object.fromEntries(req.query);
    const text = req.body.toString('utf8');
    if (text === '')
        return args;
    if (!String(req.headers['content-type'] ?? '').includes('application/json'))
        return Object.assign(args, Object.fromEntries(new URLSearchParams(text)));
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? Object.assign(args, parsed) : undefined;
    }
    catch {
        return undefined;
    }
}
function platform_tokenOf(req, args) {
    const auth = String(req.headers.authorization ?? '');
    return auth.startsWith('Bearer ') ? auth.slice(7).trim() : str(args, 'token');
}
const platform_json = (body, headers = {}, status = 200) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body
});
/** The Slack `error` a fault rule's HTTP status stands for. Slack answers most errors with
 *  200 and ok: false; a rule asks for one with status 200 and its code. */
const FAULT_ERRORS = {
    200: 'internal_error',
    400: 'invalid_arguments',
    401: 'invalid_auth',
    403: 'no_permission',
    404: 'unknown_method',
    429: 'ratelimited',
    500: 'internal_error',
    503: 'service_unavailable'
};
function createSlackPlatform(state, options = {}) {
    const maxPageSize = options.maxPageSize ?? 1000;
    return {
        name: options.name ?? 'slack',
        classify: req => {
            const method = methodOf(req);
            return { operation: method, write: METHODS[method]?.write ?? false };
        },
        handle: req => {
            const method = methodOf(req);
            const spec = METHODS[method];
            if (!spec)
                return platform_json(fail('unknown_method', { req_method: method }));
            const args = argsOf(req);
            if (!args)
                return platform_json(fail('invalid_json'));
            const presented = platform_tokenOf(req, args);
            if (presented === '')
                return platform_json(fail('not_authed'));
            const token = state.tokens.find(t => t.token === presented);
            if (!token)
                return platform_json(fail('invalid_auth'));
            const call = { args, token, state, maxPageSize };
            const accepted = typeof spec.scopes === 'function' ? spec.scopes(call) : spec.scopes;
            const headers = {
                'x-oauth-scopes': token.scopes.join(','),
                'x-accepted-oauth-scopes': accepted.join(',')
            };
            if (spec.admin && !token.admin)
                return platform_json(fail('not_allowed_token_type'), headers);
            if (accepted.length > 0 && !accepted.some(s => token.scopes.includes(s)))
                return platform_json(fail('missing_scope', { needed: accepted.join(','), provided: token.scopes.join(',') }), headers);
            const missing = (spec.required ?? []).filter(k => str(args, k) === '');
            if (missing.length > 0)
                return platform_json(fail('invalid_arguments', {
                    response_metadata: {
                        messages: missing.map(k => `[ERROR] missing required field: ${k}`)
                    }
                }), headers);
            return platform_json(spec.run(call), headers);
        },
        throttled: retryAfterSeconds => platform_json(fail('ratelimited'), { 'retry-after': String(retryAfterSeconds) }, 429),
        serverError: () => platform_json(fail(FAULT_ERRORS[500]), {}, 500),
        fault: (status, rule) => platform_json(fail(rule.code ?? FAULT_ERRORS[status] ?? 'internal_error'), rule.retryAfterSeconds === undefined
            ? {}
            : { 'retry-after': String(rule.retryAfterSeconds) }, status),
        operations: () => Object.keys(METHODS),
        // Beside the error code, which clients match on.
        echo: (answer, echo) => {
            const fields = (0,server/* jsonFields */.yX)(answer);
            return fields?.ok === false ? { ...answer, body: { ...fields, detail: echo } } : answer;
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/slack/scenario.ts
function checkSlack(c) {
    const configured = c.decl.platforms.slack !== undefined;
    // Seeding makes up an id for a person who declares none: no account is needed.
    for (const { id, holds } of c.people)
        if (holds.slack && !configured)
            c.unconfigured(['people', id, 'slack'], 'slack');
    const others = c.scenario.others?.slack;
    if (others && !configured)
        c.unconfigured(['others', 'slack'], 'slack');
    c.notDeclared('slack', (others ?? []).map(m => m.id), 'id');
    const owner = c.scenario.slack?.token_owner;
    const admins = (others ?? []).filter(m => m.admin || m.owner || m.primary_owner);
    if (owner !== undefined && !admins.some(m => m.id === owner))
        c.problem(['slack', 'token_owner'], `${owner} is not a Slack admin in the scenario: name a member of others.slack with admin: true`);
}

;// CONCATENATED MODULE: ./src/sandbox/scim/filter.ts
// SCIM filter expressions (RFC 7644 section 3.4.2.2): parse into plain data, then match
// resources. Covers attribute comparisons (eq ne co sw ew gt ge lt le pr), and/or/not,
// parentheses and value paths such as `emails[type eq "work" and value co "@acme"]`.
/** A filter the server cannot parse or evaluate: the `detail` of a 400 invalidFilter. */
class ScimFilterError extends Error {
}
const COMPARE = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';
function tokenize(input) {
    const tokens = [];
    let i = 0;
    while (i < input.length) {
        const c = input[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if ('()[]'.includes(c)) {
            tokens.push({ kind: 'punct', text: c });
            i++;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < input.length && input[j] !== '"')
                j += input[j] === '\\' ? 2 : 1;
            if (j >= input.length)
                throw new ScimFilterError(`unterminated string at ${i + 1}`);
            const text = input.slice(i, j + 1);
            tokens.push({ kind: 'string', text, value: JSON.parse(text) });
            i = j + 1;
        }
        else {
            const m = /^[^\s()[\]"]+/.exec(input.slice(i));
            tokens.push({ kind: 'word', text: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}
/** Parse a filter; throws ScimFilterError on anything RFC 7644 would call invalidFilter. */
function parseFilter(input) {
    const tokens = tokenize(input);
    let pos = 0;
    const peek = () => tokens[pos];
    const word = (t) => (t?.kind === 'word' ? t.text.toLowerCase() : undefined);
    const expect = (text) => {
        if (peek()?.text !== text)
            throw new ScimFilterError(`expected "${text}" at token ${pos + 1}`);
        pos++;
    };
    const attrPath = () => {
        const t = peek();
        if (t?.kind !== 'word' || !/^[A-Za-z$][\w$:.-]*$/.test(t.text))
            throw new ScimFilterError(`expected an attribute name at token ${pos + 1}`);
        pos++;
        const path = t.text.toLowerCase();
        return path.startsWith(USER_URN) ? path.slice(USER_URN.length) : path;
    };
    const value = () => {
        const t = peek();
        pos++;
        if (t?.kind === 'string')
            return t.value;
        if (t?.kind === 'word') {
            if (t.text === 'true')
                return true;
            if (t.text === 'false')
                return false;
            if (t.text === 'null')
                return null;
            if (/^-?\d+(\.\d+)?$/.test(t.text))
                return Number(t.text);
        }
        throw new ScimFilterError(`expected a value at token ${pos}`);
    };
    const factor = () => {
        if (word(peek()) === 'not') {
            pos++;
            expect('(');
            const filter = expr();
            expect(')');
            return { op: 'not', filter };
        }
        if (peek()?.text === '(') {
            pos++;
            const filter = expr();
            expect(')');
            return filter;
        }
        const attr = attrPath();
        if (peek()?.text === '[') {
            pos++;
            const filter = expr();
            expect(']');
            return { op: 'has', attr, filter };
        }
        const op = word(peek());
        pos++;
        if (op === 'pr')
            return { op: 'pr', attr };
        if (op && COMPARE.has(op))
            return { op: op, attr, value: value() };
        throw new ScimFilterError(`expected an operator after "${attr}"`);
    };
    const chain = (next, join) => {
        let left = next();
        while (word(peek()) === join) {
            pos++;
            left = { op: join, left, right: next() };
        }
        return left;
    };
    const expr = () => chain(() => chain(factor, 'and'), 'or');
    if (tokens.length === 0)
        throw new ScimFilterError('empty filter');
    const filter = expr();
    if (pos < tokens.length)
        throw new ScimFilterError(`unexpected "${tokens[pos].text}"`);
    return filter;
}
/** Every attribute path a filter names (inner paths of `has` prefixed with the outer one). */
function filterAttributes(f, prefix = '') {
    switch (f.op) {
        case 'and':
        case 'or':
            return [...filterAttributes(f.left, prefix), ...filterAttributes(f.right, prefix)];
        case 'not':
            return filterAttributes(f.filter, prefix);
        case 'has':
            return [prefix + f.attr, ...filterAttributes(f.filter, `${prefix}${f.attr}.`)];
        default:
            return [prefix + f.attr];
    }
}
/** Values at a path; multi-valued attributes are flattened, and a path ending at a list of
 *  complex values compares their `value` sub-attribute (RFC 7644 3.4.2.2). */
function valuesAt(resource, path) {
    if (path.length === 0) {
        if (Array.isArray(resource))
            return resource.flatMap(v => valuesAt(v, path));
        if (resource && typeof resource === 'object' && 'value' in resource)
            return [resource.value];
        return resource === undefined ? [] : [resource];
    }
    if (Array.isArray(resource))
        return resource.flatMap(v => valuesAt(v, path));
    const [head, ...rest] = path;
    const next = attribute(resource, head);
    return next === undefined ? [] : valuesAt(next, rest);
}
/** The spelling each lower-cased attribute name was last found with: filtering thousands
 *  of users then costs one property lookup per attribute, not a scan of every key. */
const spelling = new Map();
/** One attribute of a complex value; SCIM attribute names are case-insensitive. */
function attribute(resource, lowerName) {
    if (!resource || typeof resource !== 'object')
        return undefined;
    const record = resource;
    const known = spelling.get(lowerName);
    if (known !== undefined && known in record)
        return record[known];
    const key = Object.keys(record).find(k => k.toLowerCase() === lowerName);
    if (key !== undefined)
        spelling.set(lowerName, key);
    return key === undefined ? undefined : record[key];
}
function compare(op, actual, expected, caseExact) {
    if (typeof expected === 'boolean' || expected === null) {
        if (op !== 'eq' && op !== 'ne')
            throw new ScimFilterError(`"${op}" cannot compare with ${String(expected)}`);
        return op === 'eq' ? actual === expected : actual !== expected;
    }
    const norm = (v) => typeof v === 'string' && !caseExact ? v.toLowerCase() : v;
    const a = norm(actual);
    const e = norm(expected);
    switch (op) {
        case 'eq':
            return a === e;
        case 'ne':
            return a !== e;
        case 'co':
            return typeof a === 'string' && a.includes(String(e));
        case 'sw':
            return typeof a === 'string' && a.startsWith(String(e));
        case 'ew':
            return typeof a === 'string' && a.endsWith(String(e));
        case 'gt':
            return a > e;
        case 'ge':
            return a >= e;
        case 'lt':
            return a < e;
        case 'le':
            return a <= e;
    }
}
/** Does the resource match? `caseExact` lists the (lower-case) paths compared exactly. */
function matchesFilter(f, resource, caseExact) {
    switch (f.op) {
        case 'and':
            return (matchesFilter(f.left, resource, caseExact) && matchesFilter(f.right, resource, caseExact));
        case 'or':
            return (matchesFilter(f.left, resource, caseExact) || matchesFilter(f.right, resource, caseExact));
        case 'not':
            return !matchesFilter(f.filter, resource, caseExact);
        case 'has': {
            const parent = attribute(resource, f.attr);
            const list = Array.isArray(parent) ? parent : parent === undefined ? [] : [parent];
            return list.some(el => matchesFilter(f.filter, el, []));
        }
        case 'pr':
            return valuesAt(resource, f.attr.split('.')).some(v => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
        default: {
            const exact = caseExact.includes(f.attr);
            const found = valuesAt(resource, f.attr.split('.'));
            // `ne` holds when no value equals; the others when some value satisfies the operator.
            if (f.op === 'ne')
                return !found.some(v => compare('eq', v, f.value, exact));
            return found.some(v => compare(f.op, v, f.value, exact));
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/scim/platform.ts
// A simulated SCIM 2.0 service provider (RFC 7643/7644), Users only, over a user store: the
// generic in-memory store serves apps with their own users (Jira, PagerDuty, ...), and
// slack/scim.ts serves Slack's SCIM API over the Slack workspace state.


const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const isRefusal = (r) => 'status' in r && 'detail' in r;
function scimState(seeds = []) {
    const at = new Date().toISOString();
    const users = seeds.map((s, i) => ({
        id: String(i + 1),
        active: true,
        created: at,
        lastModified: at,
        ...s
    }));
    const numeric = users.map(u => Number(u.id)).filter(Number.isInteger);
    return { users, nextId: Math.max(0, ...numeric) + 1 };
}
function memoryScimStore(state) {
    const now = () => new Date().toISOString();
    return {
        all: () => state.users,
        get: id => state.users.find(u => u.id === id),
        create: attrs => {
            const at = now();
            const user = { ...attrs, id: String(state.nextId++), created: at, lastModified: at };
            state.users.push(user);
            return user;
        },
        update: (id, attrs) => {
            const i = state.users.findIndex(u => u.id === id);
            const old = state.users[i];
            state.users[i] = { ...attrs, id, created: old.created, lastModified: now() };
            return state.users[i];
        },
        delete: id => {
            state.users = state.users.filter(u => u.id !== id);
            return undefined;
        }
    };
}
const SCIM_JSON = { 'content-type': 'application/scim+json' };
const answer = (status, body, headers = {}) => ({ status, headers: { ...SCIM_JSON, ...headers }, body });
function platform_scimError(status, detail, scimType, headers = {}) {
    const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(status), scimType, detail };
    return answer(status, body, headers);
}
const refused = (r) => platform_scimError(r.status, r.detail, r.scimType);
/** What `classify` names: method and path template under the base path. */
const SCIM_OPERATIONS = [
    ...['GET', 'POST'].map(m => `${m} /Users`),
    ...['GET', 'PUT', 'PATCH', 'DELETE'].map(m => `${m} /Users/{id}`),
    ...[
        'ServiceProviderConfig',
        'ResourceTypes',
        'ResourceTypes/{id}',
        'Schemas',
        'Schemas/{id}'
    ].map(p => `GET /${p}`)
];
/** The `detail` of the error a fault rule's status stands for. */
const FAULT_DETAILS = {
    400: 'the request is not valid',
    401: 'a valid bearer token is required',
    403: 'the token may not perform this operation',
    404: 'resource not found',
    409: 'the resource was changed meanwhile',
    429: 'too many requests',
    500: 'internal server error',
    503: 'service unavailable'
};
const listResponse = (resources, total = resources.length, startIndex = 1) => ({
    schemas: [SCIM_LIST_SCHEMA],
    totalResults: total,
    itemsPerPage: resources.length,
    startIndex,
    Resources: resources
});
// Lower-case attribute paths a filter may name (matched against the stored user, so not
// meta), and those compared case-exactly (RFC 7643).
const FILTERABLE = [
    'id',
    'externalid',
    'username',
    'displayname',
    'active',
    'name',
    'name.givenname',
    'name.familyname',
    'name.formatted',
    'emails',
    'emails.value',
    'emails.type',
    'emails.primary'
];
const CASE_EXACT = ['id', 'externalid'];
const userPath = (p) => p.toLowerCase().replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, '');
function asBoolean(v) {
    if (typeof v === 'boolean')
        return v;
    // Some identity providers (Azure AD) send "True"/"False" strings.
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    return undefined;
}
const invalid = (detail, scimType = 'invalidValue') => ({
    status: 400,
    scimType,
    detail
});
const NAME_PARTS = {
    'name.givenname': 'givenName',
    'name.familyname': 'familyName',
    'name.formatted': 'formatted'
};
/** Set one attribute (PATCH add/replace, or a key of a POST/PUT body); a refusal when the
 *  path or value is not one this server knows. */
function setAttr(attrs, path, value) {
    const p = userPath(path);
    const text = () => (typeof value === 'string' ? value : undefined);
    switch (p) {
        case 'active': {
            const b = asBoolean(value);
            if (b === undefined)
                return invalid('active must be a boolean');
            attrs.active = b;
            return;
        }
        case 'username':
            if (!text())
                return invalid('userName must be a non-empty string');
            attrs.userName = text();
            return;
        case 'externalid':
        case 'displayname':
            if (text() === undefined)
                return invalid(`${path} must be a string`);
            attrs[p === 'externalid' ? 'externalId' : 'displayName'] = text();
            return;
        case 'name':
            if (!value || typeof value !== 'object')
                return invalid('name must be an object');
            attrs.name = {};
            for (const [k, v] of Object.entries(value)) {
                const r = setAttr(attrs, `name.${k}`, v);
                if (r)
                    return r;
            }
            return;
        case 'name.givenname':
        case 'name.familyname':
        case 'name.formatted': {
            if (text() === undefined)
                return invalid(`${path} must be a string`);
            const key = NAME_PARTS[p];
            attrs.name = { ...attrs.name, [key]: text() };
            return;
        }
        case 'emails':
            if (!Array.isArray(value) || value.some(e => typeof e?.value !== 'string'))
                return invalid('emails must be a list of objects with a string value');
            attrs.emails = value.map((e) => ({
                value: e.value,
                ...(e.type !== undefined ? { type: e.type } : {}),
                ...(e.primary !== undefined ? { primary: e.primary } : {})
            }));
            return;
        case 'schemas':
        case 'id':
        case 'meta':
            return; // read-only or protocol attributes: ignored on write, as RFC 7644 allows
        default:
            return invalid(`unknown attribute "${path}"`, 'invalidPath');
    }
}
/** The attributes of a POST/PUT body: what it gives, the rest cleared (active defaults to true). */
function attrsFromBody(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return invalid('the body must be a User resource', 'invalidSyntax');
    const attrs = { userName: '', active: true };
    for (const [k, v] of Object.entries(body)) {
        const r = setAttr(attrs, k, v);
        if (r)
            return r;
    }
    return attrs.userName ? attrs : invalid('userName is required');
}
/** The client-writable part of a user. */
const writable = ({ userName, externalId, displayName, name, emails, active }) => ({
    userName,
    externalId,
    displayName,
    name,
    emails,
    active
});
/** Apply a PatchOp body to a copy of the user's attributes. */
function patched(user, body) {
    const b = body;
    if (!Array.isArray(b?.schemas) || !b.schemas.includes(SCIM_PATCH_SCHEMA))
        return invalid(`a PATCH body must have schemas ["${SCIM_PATCH_SCHEMA}"]`, 'invalidSyntax');
    if (!Array.isArray(b.Operations) || b.Operations.length === 0)
        return invalid('a PATCH body needs a non-empty Operations list', 'invalidSyntax');
    const attrs = structuredClone(writable(user));
    for (const raw of b.Operations) {
        const op = String(raw?.op ?? '').toLowerCase();
        const path = typeof raw?.path === 'string' ? raw.path : undefined;
        let r;
        if (op === 'add' || op === 'replace') {
            if (path !== undefined)
                r = setAttr(attrs, path, raw.value);
            else if (raw.value && typeof raw.value === 'object' && !Array.isArray(raw.value))
                for (const [k, v] of Object.entries(raw.value))
                    r ??= setAttr(attrs, k, v);
            else
                r = invalid(`"${op}" without a path needs an object value`);
        }
        else if (op === 'remove') {
            r = removeAttr(attrs, path);
        }
        else {
            r = invalid(`unknown PATCH op "${String(raw?.op)}"`, 'invalidSyntax');
        }
        if (r)
            return r;
    }
    return attrs;
}
function removeAttr(attrs, path) {
    if (path === undefined)
        return invalid('"remove" needs a path', 'noTarget');
    const p = userPath(path);
    if (p === 'username' || p === 'active')
        return invalid(`${path} is required and cannot be removed`, 'mutability');
    const key = {
        externalid: 'externalId',
        displayname: 'displayName',
        name: 'name',
        emails: 'emails'
    }[p];
    if (!key)
        return invalid(`unknown attribute "${path}"`, 'invalidPath');
    delete attrs[key];
    return undefined;
}
function parseJson(req) {
    try {
        return { body: JSON.parse(req.body.toString('utf8')) };
    }
    catch {
        return undefined;
    }
}
/** An integer query parameter; `fallback` when absent or not a number (callers clamp it). */
const intParam = (raw, fallback) => {
    const n = raw === null ? NaN : Number.parseInt(raw, 10);
    return Number.isNaN(n) ? fallback : n;
};
function createScimPlatform(source, options) {
    const store = 'users' in source ? memoryScimStore(source) : source;
    const basePath = (options.basePath ?? '/scim/v2').replace(/\/$/, '');
    const patchMode = options.patch ?? 'supported';
    const maxResults = options.maxResults ?? 100;
    /** The path under basePath split into segments, or undefined when outside it. */
    const route = (req) => {
        if (req.path !== basePath && !req.path.startsWith(`${basePath}/`))
            return undefined;
        return req.path.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
    };
    const render = (req, u) => ({
        schemas: [SCIM_USER_SCHEMA],
        id: u.id,
        ...(u.externalId !== undefined ? { externalId: u.externalId } : {}),
        userName: u.userName,
        ...(u.name ? { name: u.name } : {}),
        ...(u.displayName !== undefined ? { displayName: u.displayName } : {}),
        ...(u.emails ? { emails: u.emails } : {}),
        active: u.active,
        meta: {
            resourceType: 'User',
            ...(u.created ? { created: u.created, lastModified: u.lastModified ?? u.created } : {}),
            location: `http://${req.headers.host ?? 'sandbox'}${basePath}/Users/${encodeURIComponent(u.id)}`
        }
    });
    /** 409 uniqueness when another user already has the userName (compared case-insensitively). */
    const userNameTaken = (userName, exceptId) => {
        const lower = userName.toLowerCase();
        const taken = store.all().some(u => u.id !== exceptId && u.userName.toLowerCase() === lower);
        return taken
            ? platform_scimError(409, `userName "${userName}" is already taken`, 'uniqueness')
            : undefined;
    };
    const listUsers = (req) => {
        let users = store.all();
        const filter = req.query.get('filter');
        if (filter !== null) {
            try {
                const f = parseFilter(filter);
                const unknown = filterAttributes(f).find(a => !FILTERABLE.includes(a));
                if (unknown)
                    throw new ScimFilterError(`unknown attribute "${unknown}"`);
                users = users.filter(u => matchesFilter(f, u, CASE_EXACT));
            }
            catch (err) {
                if (!(err instanceof ScimFilterError))
                    throw err;
                return platform_scimError(400, `invalid filter: ${err.message}`, 'invalidFilter');
            }
        }
        const startIndex = Math.max(1, intParam(req.query.get('startIndex'), 1));
        const count = Math.min(maxResults, Math.max(0, intParam(req.query.get('count'), maxResults)));
        const pageOf = users.slice(startIndex - 1, startIndex - 1 + count).map(u => render(req, u));
        return answer(200, listResponse(pageOf, users.length, startIndex));
    };
    const createUser = (req, body) => {
        const attrs = attrsFromBody(body);
        if (isRefusal(attrs))
            return refused(attrs);
        const taken = userNameTaken(attrs.userName);
        if (taken)
            return taken;
        const user = store.create(attrs);
        if (isRefusal(user))
            return refused(user);
        const resource = render(req, user);
        return answer(201, resource, { location: resource.meta.location });
    };
    const writeUser = (req, user, attrs) => {
        if (isRefusal(attrs))
            return refused(attrs);
        const taken = userNameTaken(attrs.userName, user.id);
        if (taken)
            return taken;
        const updated = store.update(user.id, attrs);
        return isRefusal(updated) ? refused(updated) : answer(200, render(req, updated));
    };
    const patchUnsupported = () => patchMode === 'not_implemented'
        ? platform_scimError(501, 'PATCH is not supported; replace the user with PUT')
        : platform_scimError(405, 'Method Not Allowed', undefined, { allow: 'GET, PUT, DELETE' });
    const serviceProviderConfig = () => ({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        patch: { supported: patchMode === 'supported' },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: true, maxResults },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [
            { type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authorization: Bearer' }
        ],
        meta: { resourceType: 'ServiceProviderConfig' }
    });
    const userResourceType = {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
        id: 'User',
        name: 'User',
        endpoint: '/Users',
        schema: SCIM_USER_SCHEMA,
        meta: { resourceType: 'ResourceType' }
    };
    const userSchema = {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
        id: SCIM_USER_SCHEMA,
        name: 'User',
        attributes: [
            ['userName', 'string', true],
            ['externalId', 'string', false],
            ['displayName', 'string', false],
            ['name', 'complex', false],
            ['emails', 'complex', false],
            ['active', 'boolean', false]
        ].map(([name, type, required]) => ({
            name,
            type,
            required,
            multiValued: name === 'emails',
            caseExact: name === 'externalId',
            mutability: 'readWrite',
            returned: 'default',
            uniqueness: name === 'userName' ? 'server' : 'none'
        })),
        meta: { resourceType: 'Schema' }
    };
    const handle = (req) => {
        const segments = route(req);
        if (!segments)
            return platform_scimError(404, `no SCIM API at ${req.path}; it is under ${basePath}`);
        const auth = String(req.headers.authorization ?? '');
        const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
        if (!options.tokens.includes(token))
            return platform_scimError(401, 'a valid bearer token is required', undefined, {
                'www-authenticate': 'Bearer'
            });
        const [collection, id, extra] = segments;
        const notAllowed = () => platform_scimError(405, `${req.method} is not allowed on ${req.path}`);
        const readOnly = (body) => (req.method === 'GET' ? answer(200, body) : notAllowed());
        if (extra !== undefined)
            return platform_scimError(404, `no such resource ${req.path}`);
        if (collection === 'ServiceProviderConfig' && id === undefined)
            return readOnly(serviceProviderConfig());
        if (collection === 'ResourceTypes')
            return readOnly(id === undefined ? listResponse([userResourceType]) : userResourceType);
        if (collection === 'Schemas' && (id === undefined || id === SCIM_USER_SCHEMA))
            return readOnly(id === undefined ? listResponse([userSchema]) : userSchema);
        if (collection !== 'Users')
            return platform_scimError(404, `no such resource ${req.path}`);
        const needsBody = ['POST', 'PUT', 'PATCH'].includes(req.method);
        const parsed = needsBody ? parseJson(req) : { body: undefined };
        if (!parsed)
            return platform_scimError(400, 'the body is not valid JSON', 'invalidSyntax');
        if (id === undefined) {
            if (req.method === 'GET')
                return listUsers(req);
            if (req.method === 'POST')
                return createUser(req, parsed.body);
            return notAllowed();
        }
        if (req.method === 'PATCH' && patchMode !== 'supported')
            return patchUnsupported();
        const user = store.get(id);
        if (!user)
            return platform_scimError(404, `User ${id} not found`);
        switch (req.method) {
            case 'GET':
                return answer(200, render(req, user));
            case 'PUT':
                return writeUser(req, user, attrsFromBody(parsed.body));
            case 'PATCH':
                return writeUser(req, user, patched(user, parsed.body));
            case 'DELETE': {
                const r = store.delete(id);
                return r ? refused(r) : { status: 204 };
            }
            default:
                return notAllowed();
        }
    };
    return {
        name: options.name ?? 'scim',
        classify: req => {
            const [collection, id] = route(req) ?? [];
            const path = collection === undefined ? req.path : `/${collection}${id ? '/{id}' : ''}`;
            return { operation: `${req.method} ${path}`, write: req.method !== 'GET' };
        },
        handle,
        throttled: retryAfterSeconds => platform_scimError(429, 'too many requests', undefined, { 'retry-after': String(retryAfterSeconds) }),
        serverError: () => platform_scimError(500, FAULT_DETAILS[500]),
        fault: (status, rule) => platform_scimError(status, FAULT_DETAILS[status] ?? 'request failed', rule.code, rule.retryAfterSeconds === undefined
            ? {}
            : { 'retry-after': String(rule.retryAfterSeconds) }),
        operations: () => SCIM_OPERATIONS,
        echo: (answer, echo) => {
            const fields = (0,server/* jsonFields */.yX)(answer);
            if (!Array.isArray(fields?.schemas) || !fields.schemas.includes(SCIM_ERROR_SCHEMA))
                return answer;
            return { ...answer, body: { ...fields, detail: `${fields.detail ?? ''} ${echo}`.trim() } };
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/slack/scim.ts


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
    setDeactivated(state, m, !attrs.active);
    return undefined;
}
function slackScimStore(state) {
    const member = (id) => {
        const m = state_findMember(state, id);
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
            while (state_findMember(state, id));
            const m = slackMember({ id, name: attrs.userName });
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
    return createScimPlatform(slackScimStore(state), {
        name: 'slack-scim',
        tokens: state.tokens.filter(t => t.scopes.includes('admin')).map(t => t.token),
        ...options
    });
}

;// CONCATENATED MODULE: ./src/sandbox/slack/seed.ts
// The simulated Slack workspace seeded from the declarations and the scenario: the declared
// usergroups and channels, a member per active person (in their roles' usergroups and
// channels), departed people the scenario keeps, and the members nobody declares.


const upper = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
function seedSlack(input) {
    if (!input.decl.platforms.slack)
        return undefined;
    const state = slackState();
    const usergroup = (handle) => {
        let g = findUsergroup(state, handle);
        if (!g) {
            g = { id: `S0${upper(handle)}`.slice(0, 11), handle, name: handle, users: [] };
            state.usergroups.push(g);
        }
        return g;
    };
    const channel = (id) => {
        let c = findChannel(state, id);
        if (!c) {
            const name = id.replace(/^[CG]0?/, '').toLowerCase();
            c = {
                id,
                name,
                is_private: id.startsWith('G'),
                is_general: false,
                is_archived: false,
                members: []
            };
            state.channels.push(c);
        }
        return c;
    };
    for (const h of declaredValues(input.decl, 'slack_usergroup'))
        usergroup(h);
    for (const id of declaredValues(input.decl, 'slack_channel'))
        channel(id);
    const join = (m, usergroups, channels, h) => {
        state.members.push(m);
        for (const handle of union(usergroups, h.usergroups))
            usergroup(handle).users.push(m.id);
        for (const id of union(channels, h.channels))
            channel(id).members.push(m.id);
        if (h.deactivated)
            setDeactivated(state, m, true);
    };
    for (const p of seededPeople(input)) {
        const h = p.holds.slack;
        const usergroups = valuesOf(p.grants, 'slack_usergroup');
        const channels = valuesOf(p.grants, 'slack_channel');
        const member = p.active && (p.person.accounts.slack || usergroups.length + channels.length > 0);
        if (!member && !h)
            continue;
        // Without a declared id the tool finds the person by email; the id is made up.
        const id = p.person.accounts.slack ??
            `U0${digest(p.person.id).toString('hex').toUpperCase().slice(0, 8)}`;
        const m = slackMember({
            id,
            name: p.person.id,
            real_name: p.person.name,
            profile: { email: p.person.email, display_name: p.person.id }
        });
        join(m, usergroups, channels, h ?? {});
    }
    for (const o of input.scenario.others?.slack ?? []) {
        const m = slackMember({
            id: o.id,
            name: o.name,
            profile: o.email ? { email: o.email } : {},
            is_admin: o.admin ?? false,
            is_owner: o.owner ?? false,
            is_primary_owner: o.primary_owner ?? false,
            is_bot: o.bot ?? false,
            is_restricted: o.guest ?? false
        });
        join(m, [], [], o);
    }
    const tokenOwner = input.scenario.slack?.token_owner ??
        (state.members.find(m => m.is_primary_owner) ?? state.members.find(m => m.is_admin))?.id;
    if (!tokenOwner)
        throw new Error('the sandbox Slack workspace has no admin for its token: add a member with admin: true under others.slack in the scenario');
    return { state, tokenOwner };
}

;// CONCATENATED MODULE: ./src/sandbox/slack/index.ts







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
const slack = {
    key: 'slack',
    name: 'slack',
    servers: decl => (decl.platforms.slack ? ['slack', 'slack-scim'] : []),
    seed: seedSlack,
    state: seeded => seeded?.state,
    start({ state, tokenOwner }, { token }) {
        const t = token('xoxp-');
        // Before the SCIM platform is made: it takes the tokens holding the admin scope.
        state.tokens.push({ token: t, user_id: tokenOwner, scopes: SLACK_SCOPES, admin: true });
        return {
            tokens: t,
            servers: [
                {
                    platform: createSlackPlatform(state),
                    env: url => ({ SLACK_API_URL: `${url}/api/`, SLACK_TOKEN: t })
                },
                {
                    platform: createSlackScimPlatform(state),
                    env: url => ({ SLACK_SCIM_URL: `${url}/scim/v2/` })
                }
            ]
        };
    },
    check: checkSlack
};

// EXTERNAL MODULE: ./src/endpoints.ts
var endpoints = __webpack_require__(7437);
;// CONCATENATED MODULE: ./src/sandbox/scim/scenario.ts
function checkScim(c) {
    const apps = new Set(c.decl.platforms.scim.map(a => a.name));
    const checkApps = (path, names) => {
        for (const app of names)
            if (!apps.has(app))
                c.problem([...path, app], `no SCIM app "${app}" in platforms.yaml (configured: ${[...apps].join(', ') || 'none'})`, true);
    };
    for (const { id, holds } of c.people)
        checkApps(['people', id, 'scim'], Object.keys(holds.scim ?? {}));
    checkApps(['others', 'scim'], Object.keys(c.scenario.others?.scim ?? {}));
}

;// CONCATENATED MODULE: ./src/sandbox/scim/seed.ts
// The simulated SCIM apps' users, seeded from the declarations and the scenario: in each app,
// the active people its roles grant it to and the people the scenario gives an account there,
// and the users nobody declares.




/** Every configured app's state, by app name. */
function seedScim(input) {
    return Object.fromEntries(input.decl.platforms.scim.map(app => [app.name, seedApp(input, app.name)]));
}
function seedApp(input, app) {
    const users = [];
    for (const p of seededPeople(input)) {
        const held = (0,names/* byName */.nG)(p.holds.scim, app);
        if (!held && !valuesOf(p.grants, 'scim_app').includes(app))
            continue;
        users.push({
            userName: (0,grants/* declaredAccount */.k8)(p.person, `scim:${app}`) ?? p.person.email,
            displayName: p.person.name,
            emails: [{ value: p.person.email, primary: true }],
            active: held !== 'inactive'
        });
    }
    for (const o of (0,names/* byName */.nG)(input.scenario.others?.scim, app) ?? [])
        users.push({ userName: o.userName, active: o.active ?? true });
    return scimState(users);
}

;// CONCATENATED MODULE: ./src/sandbox/scim/index.ts
// The simulated SCIM apps: their descriptor for the sandbox (a server per app platforms.yaml
// configures), and what the tests and the benchmarks use of them.





const scim_scim = {
    key: 'scim',
    name: 'scim',
    servers: decl => decl.platforms.scim.map(app => `scim:${app.name}`),
    seed: seedScim,
    state: seeded => seeded,
    start(states, { decl, token }) {
        const tokens = {};
        const servers = decl.platforms.scim.map(app => {
            const t = (tokens[app.name] = token(`scim-${app.name}-`));
            return {
                platform: createScimPlatform(states[app.name], { name: `scim:${app.name}`, tokens: [t] }),
                env: (url) => ({ [app.token_env]: t, [(0,endpoints/* scimUrlEnv */.D)(app.name)]: `${url}/scim/v2` })
            };
        });
        return { tokens, servers };
    },
    check: checkScim
};

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/protocol.ts
// The AWS JSON 1.1 protocol as Identity Store and SSO admin speak it: POST / with the action
// in X-Amz-Target (`AWSIdentityStore.ListUsers`, `SWBExternalService.ListInstances`) and the
// input as a JSON body; answers as JSON; errors as {"__type", "Message"} with the HTTP status
// the service model gives each error; NextToken/MaxResults pagination.

/** X-Amz-Target prefixes: which service a request is for. */
const TARGETS = { store: 'AWSIdentityStore', admin: 'SWBExternalService' };
/** The service models' HTTP status of each error (both services agree). */
const protocol_STATUS = {
    AccessDeniedException: 403,
    ConflictException: 409,
    InternalServerException: 500,
    ResourceNotFoundException: 404,
    ServiceQuotaExceededException: 402,
    ThrottlingException: 429,
    ValidationException: 400
};
/** An error answer; thrown by actions, answered by errorResponse(). `fields` are the error's
 *  members beside its message (ResourceType, Reason, ...). */
class SsoError extends Error {
    code;
    fields;
    constructor(code, message, fields = {}) {
        super(message);
        this.code = code;
        this.fields = fields;
    }
}
const protocol_notFound = (type, message = `${type} not found.`) => new SsoError('ResourceNotFoundException', message, { ResourceType: type });
/** SSO admin's ResourceNotFound, which names no resource type. */
const missing = (message) => new SsoError('ResourceNotFoundException', message);
const protocol_validation = (message) => new SsoError('ValidationException', message);
const protocol_headers = () => ({
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': (0,external_node_crypto_.randomUUID)()
});
function protocol_errorResponse(code, message, fields = {}, status = protocol_STATUS[code] ?? 400) {
    return {
        status,
        headers: { ...protocol_headers(), 'x-amzn-errortype': code },
        body: { __type: code, Message: message, ...fields }
    };
}
const protocol_okResponse = (body) => ({ status: 200, headers: protocol_headers(), body });
/** A request's service and action, or undefined when X-Amz-Target names neither service. */
function targetOf(req) {
    const target = String(req.headers['x-amz-target'] ?? '');
    const dot = target.indexOf('.');
    const prefix = target.slice(0, dot);
    const service = Object.keys(TARGETS).find(s => TARGETS[s] === prefix);
    return service ? { service, action: target.slice(dot + 1) } : undefined;
}
/** The request's JSON input, read with the checks the services make. */
class Input {
    body;
    constructor(req) {
        let parsed;
        const text = req.body.toString('utf8');
        try {
            parsed = text ? JSON.parse(text) : {};
        }
        catch {
            throw new SsoError('SerializationException', 'the request body is not JSON');
        }
        this.body =
            typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    optional(name) {
        const v = this.body[name];
        return typeof v === 'string' ? v : undefined;
    }
    required(name) {
        const v = this.optional(name);
        if (v === undefined || v === '')
            throw protocol_validation(`1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
        return v;
    }
    /** A nested object input (AlternateIdentifier, MemberId, Filter, Name). */
    object(name) {
        const v = this.body[name];
        return typeof v === 'object' && v !== null && !Array.isArray(v)
            ? v
            : undefined;
    }
    list(name) {
        const v = this.body[name];
        return Array.isArray(v) ? v : [];
    }
    maxResults() {
        const v = this.body.MaxResults;
        if (v === undefined)
            return 100;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 100)
            throw protocol_validation('MaxResults must be between 1 and 100');
        return v;
    }
}
/** One page of `items` after the request's NextToken (an offset, opaque to callers). */
function protocol_page(input, items) {
    const token = input.optional('NextToken');
    const from = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(from) || from < 0 || from > items.length)
        throw protocol_validation('The NextToken is not valid');
    const to = from + input.maxResults();
    const next = to < items.length ? Buffer.from(String(to), 'utf8').toString('base64url') : undefined;
    return { items: items.slice(from, to), ...(next ? { NextToken: next } : {}) };
}

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/context.ts
// What every simulated Identity Store and SSO admin action works with: the state, the clock,
// id minting, and lookups that answer ResourceNotFound as the services word it.


class SsoContext {
    state;
    options;
    random;
    constructor(state, options = {}) {
        this.state = state;
        this.options = options;
        this.random = options.seed === undefined ? Math.random : (0,server/* seededRandom */.Is)(options.seed);
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    /** A random UUID, from the seeded generator. */
    uuid() {
        const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join('');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    /** The request names this store (an unknown one is not found). */
    store(input) {
        if (input.required('IdentityStoreId') !== this.state.identityStoreId)
            throw protocol_notFound('IDENTITY_STORE', 'IDENTITY_STORE not found.');
    }
    /** The request names this instance. */
    instance(input) {
        if (input.required('InstanceArn') !== this.state.instanceArn)
            throw missing(`Could not find Instance with arn ${input.optional('InstanceArn')}`);
    }
    user(userId) {
        const u = this.state.users.get(userId);
        if (!u)
            throw protocol_notFound('USER');
        return u;
    }
    group(groupId) {
        const g = this.state.groups.get(groupId);
        if (!g)
            throw protocol_notFound('GROUP');
        return g;
    }
    permissionSet(input) {
        this.instance(input);
        const arn = input.required('PermissionSetArn');
        const ps = this.state.permissionSets.get(arn);
        if (!ps)
            throw missing(`Could not find PermissionSet with id ${arn.split('/').pop()}`);
        return ps;
    }
}
/** Timestamps travel as epoch seconds in the JSON protocol. */
const seconds = (ms) => ms / 1000;

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/state.ts
// The simulated IAM Identity Center instance as plain data: its identity store (users, groups,
// memberships) and its SSO admin side (permission sets, the accounts each is provisioned to,
// account assignments, and the asynchronous requests that change them). Seeding (seed.ts)
// fills it; the platform (platform.ts) reads and changes it.

function emptySsoState(o = {}) {
    return {
        instanceArn: o.instanceArn ?? 'arn:aws:sso:::instance/ssoins-72231c8f9f5c3b1a',
        identityStoreId: o.identityStoreId ?? 'd-9067a1b2c3',
        accountId: o.accountId ?? '123456789012',
        users: new Map(),
        groups: new Map(),
        memberships: new Map(),
        permissionSets: new Map(),
        assignments: [],
        requests: new Map()
    };
}
/** A UUID-shaped id derived from a name: the same on every run. */
function derivedUuid(name) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** Identity Store user ids: a store prefix and a UUID, as AWS's own directory mints them. */
const userIdFor = (state, userName) => `${state.identityStoreId.slice(2)}-${derivedUuid(`user:${userName}`)}`;
const permissionSetArnFor = (state, name) => `arn:aws:sso:::permissionSet/${state.instanceArn.split('/')[1]}/ps-${derivedUuid(`ps:${name}`).replace(/-/g, '').slice(0, 16)}`;
const sameAssignment = (a, b) => a.account === b.account &&
    a.permissionSetArn === b.permissionSetArn &&
    a.principalType === b.principalType &&
    a.principalId === b.principalId;

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/identitystore.ts


/** User names compare without regard to case (see connectors/aws_sso/rules.ts). */
const fold = (s) => s.toLowerCase();
const conflict = (what) => new SsoError('ConflictException', `Duplicate ${what}`, {
    Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION'
});
function userJson(ctx, u) {
    return {
        IdentityStoreId: ctx.state.identityStoreId,
        UserId: u.userId,
        UserName: u.userName,
        DisplayName: u.displayName,
        Name: u.name,
        Emails: u.emails,
        UserStatus: u.status
    };
}
const groupJson = (ctx, g) => ({
    IdentityStoreId: ctx.state.identityStoreId,
    GroupId: g.groupId,
    DisplayName: g.displayName,
    Description: g.description
});
const membershipJson = (ctx, m) => ({
    IdentityStoreId: ctx.state.identityStoreId,
    MembershipId: m.membershipId,
    GroupId: m.groupId,
    MemberId: { UserId: m.userId }
});
/** The user a request's `UserName` would collide with, if any. */
const userNamed = (ctx, userName) => [...ctx.state.users.values()].find(u => fold(u.userName) === fold(userName));
/** A UniqueAttribute alternate identifier: its attribute path and value. */
function uniqueAttribute(input) {
    const id = input.object('AlternateIdentifier');
    if (id?.ExternalId)
        throw protocol_validation('ExternalId alternate identifiers are not supported here');
    const u = id?.UniqueAttribute;
    if (typeof u?.AttributePath !== 'string' ||
        typeof u.AttributeValue !== 'string' ||
        !u.AttributeValue)
        throw protocol_validation('attribute value cannot be empty or null for attribute path');
    return { path: u.AttributePath.toLowerCase(), value: u.AttributeValue };
}
function members(ctx, keep) {
    return [...ctx.state.memberships.values()].filter(keep).map(m => membershipJson(ctx, m));
}
const storeActions = {
    CreateUser(ctx, input) {
        ctx.store(input);
        const userName = input.required('UserName');
        const name = input.object('Name');
        const missing = [
            !input.optional('DisplayName') && 'displayname',
            !name && 'name',
            name && !name.GivenName && 'givenname',
            name && !name.FamilyName && 'familyname'
        ].filter(Boolean);
        if (missing.length)
            throw protocol_validation(missing.map(a => `${a}: The attribute ${a} is required`).join(', '));
        if (userNamed(ctx, userName))
            throw conflict('UserName');
        const user = {
            userId: userIdFor(ctx.state, `${userName}:${ctx.uuid()}`),
            userName,
            displayName: input.optional('DisplayName'),
            name,
            emails: input.list('Emails'),
            status: 'ENABLED'
        };
        ctx.state.users.set(user.userId, user);
        return { IdentityStoreId: ctx.state.identityStoreId, UserId: user.userId };
    },
    DescribeUser(ctx, input) {
        ctx.store(input);
        return userJson(ctx, ctx.user(input.required('UserId')));
    },
    GetUserId(ctx, input) {
        ctx.store(input);
        const { path, value } = uniqueAttribute(input);
        if (path !== 'username' && path !== 'emails.value')
            throw protocol_validation(`The attribute ${path} is not a unique attribute`);
        const user = path === 'username'
            ? userNamed(ctx, value)
            : [...ctx.state.users.values()].find(u => u.emails.some(e => e.Value === value));
        if (!user)
            throw protocol_notFound('USER');
        return { IdentityStoreId: ctx.state.identityStoreId, UserId: user.userId };
    },
    ListUsers(ctx, input) {
        ctx.store(input);
        const { items, NextToken } = protocol_page(input, [...ctx.state.users.values()]);
        return { Users: items.map(u => userJson(ctx, u)), NextToken };
    },
    DeleteUser(ctx, input) {
        ctx.store(input);
        const user = ctx.user(input.required('UserId'));
        ctx.state.users.delete(user.userId);
        // A deleted user is in no group; its account assignments stay, naming a principal that
        // no longer exists, as AWS's do.
        for (const [id, m] of ctx.state.memberships)
            if (m.userId === user.userId)
                ctx.state.memberships.delete(id);
        return {};
    },
    CreateGroup(ctx, input) {
        ctx.store(input);
        const displayName = input.required('DisplayName');
        if ([...ctx.state.groups.values()].some(g => g.displayName === displayName))
            throw conflict('GroupDisplayName');
        const groupId = userIdFor(ctx.state, `group:${displayName}:${ctx.uuid()}`);
        ctx.state.groups.set(groupId, {
            groupId,
            displayName,
            description: input.optional('Description')
        });
        return { IdentityStoreId: ctx.state.identityStoreId, GroupId: groupId };
    },
    DescribeGroup(ctx, input) {
        ctx.store(input);
        return groupJson(ctx, ctx.group(input.required('GroupId')));
    },
    GetGroupId(ctx, input) {
        ctx.store(input);
        const { path, value } = uniqueAttribute(input);
        const group = [...ctx.state.groups.values()].find(g => path === 'displayname' && g.displayName === value);
        if (!group)
            throw protocol_notFound('GROUP');
        return { IdentityStoreId: ctx.state.identityStoreId, GroupId: group.groupId };
    },
    ListGroups(ctx, input) {
        ctx.store(input);
        const { items, NextToken } = protocol_page(input, [...ctx.state.groups.values()]);
        return { Groups: items.map(g => groupJson(ctx, g)), NextToken };
    },
    CreateGroupMembership(ctx, input) {
        ctx.store(input);
        const groupId = input.required('GroupId');
        const userId = String(input.object('MemberId')?.UserId ?? '');
        if (!ctx.state.users.has(userId))
            throw protocol_notFound('USER', 'Member does not exist');
        if (!ctx.state.groups.has(groupId))
            throw protocol_notFound('GROUP', 'Group does not exist');
        if ([...ctx.state.memberships.values()].some(m => m.groupId === groupId && m.userId === userId))
            throw conflict('GroupMembership');
        const membershipId = ctx.uuid();
        ctx.state.memberships.set(membershipId, { membershipId, groupId, userId });
        return { IdentityStoreId: ctx.state.identityStoreId, MembershipId: membershipId };
    },
    ListGroupMemberships(ctx, input) {
        ctx.store(input);
        const groupId = ctx.group(input.required('GroupId')).groupId;
        const { items, NextToken } = protocol_page(input, members(ctx, m => m.groupId === groupId));
        return { GroupMemberships: items, NextToken };
    },
    ListGroupMembershipsForMember(ctx, input) {
        ctx.store(input);
        const userId = String(input.object('MemberId')?.UserId ?? '');
        const { items, NextToken } = protocol_page(input, members(ctx, m => m.userId === userId));
        return { GroupMemberships: items, NextToken };
    },
    DeleteGroupMembership(ctx, input) {
        ctx.store(input);
        const id = input.required('MembershipId');
        if (!ctx.state.memberships.delete(id))
            throw protocol_notFound('GROUP_MEMBERSHIP');
        return {};
    }
};

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/ssoadmin.ts
// SSO admin actions: the instance, permission sets and their inline policies, provisioning,
// and account assignments. Changes to assignments and provisioning are asynchronous requests
// (state.ts: SsoSimRequest) whose status reads IN_PROGRESS in the first answer, as AWS's does;
// a second provisioning of one permission set while one runs answers Conflict.



/** The inline policy quota of a permission set, in characters. */
const INLINE_POLICY_MAX = 32_768;
const ssoadmin_NAME = /^[\w+=,.@-]{1,32}$/;
const ACCOUNT = /^\d{12}$/;
function permissionSetJson(ps) {
    return {
        Name: ps.name,
        PermissionSetArn: ps.arn,
        Description: ps.description,
        SessionDuration: ps.sessionDuration,
        CreatedDate: seconds(ps.createdDate)
    };
}
function request(ctx, r) {
    const now = ctx.now();
    const made = {
        ...r,
        requestId: ctx.uuid(),
        createdDate: now,
        doneAt: now + (ctx.options.asyncMs ?? 0)
    };
    ctx.state.requests.set(made.requestId, made);
    return made;
}
/** A request's status as it reads now (`first`: the answer to the request itself). */
function statusOf(ctx, r, first = false) {
    const status = first || ctx.now() < r.doneAt ? 'IN_PROGRESS' : r.failureReason ? 'FAILED' : 'SUCCEEDED';
    return {
        Status: status,
        RequestId: r.requestId,
        ...(status === 'FAILED' ? { FailureReason: r.failureReason } : {}),
        PermissionSetArn: r.permissionSetArn,
        CreatedDate: seconds(r.createdDate),
        ...(r.assignment
            ? {
                TargetId: r.assignment.account,
                TargetType: 'AWS_ACCOUNT',
                PrincipalType: r.assignment.principalType,
                PrincipalId: r.assignment.principalId
            }
            : {})
    };
}
/** The action that reads a request's status: `field` names it, `key` holds the answer. */
function describe(field, kind, key) {
    return (ctx, input) => {
        ctx.instance(input);
        const r = ctx.state.requests.get(input.required(field));
        if (!r || r.kind !== kind)
            throw missing(`Could not find request ${input.optional(field)}`);
        return { [key]: statusOf(ctx, r) };
    };
}
/** An assignment's creation or deletion, as the request that answers it. */
const assignmentRequest = (ctx, a, kind) => statusOf(ctx, request(ctx, { kind, permissionSetArn: a.permissionSetArn, assignment: a }), true);
/** The assignment a request names (TargetId, PermissionSetArn, PrincipalType, PrincipalId). */
function assignmentOf(ctx, input) {
    const ps = ctx.permissionSet(input);
    const account = input.required('TargetId');
    if (input.required('TargetType') !== 'AWS_ACCOUNT' || !ACCOUNT.test(account))
        throw protocol_validation('TargetId must be a 12-digit AWS account id and TargetType AWS_ACCOUNT');
    const principalType = input.required('PrincipalType');
    if (principalType !== 'USER' && principalType !== 'GROUP')
        throw protocol_validation('PrincipalType must be USER or GROUP');
    return {
        account,
        permissionSetArn: ps.arn,
        principalType,
        principalId: input.required('PrincipalId')
    };
}
const assignmentJson = (a) => ({
    AccountId: a.account,
    PermissionSetArn: a.permissionSetArn,
    PrincipalType: a.principalType,
    PrincipalId: a.principalId
});
function checkPolicy(policy) {
    if (policy.length > INLINE_POLICY_MAX)
        throw protocol_validation(`The inline policy exceeds the quota of ${INLINE_POLICY_MAX} characters`);
    try {
        const doc = JSON.parse(policy);
        if (doc && typeof doc === 'object' && doc.Statement !== undefined)
            return;
    }
    catch {
        // answered below
    }
    throw protocol_validation('The inline policy is not a valid policy document');
}
const adminActions = {
    ListInstances(ctx) {
        return {
            Instances: [
                {
                    InstanceArn: ctx.state.instanceArn,
                    IdentityStoreId: ctx.state.identityStoreId,
                    OwnerAccountId: ctx.state.accountId,
                    Status: 'ACTIVE'
                }
            ]
        };
    },
    CreatePermissionSet(ctx, input) {
        ctx.instance(input);
        const name = input.required('Name');
        if (!ssoadmin_NAME.test(name))
            throw protocol_validation('Name must be 1 to 32 of letters, digits and +=,.@-_');
        if ([...ctx.state.permissionSets.values()].some(p => p.name === name))
            throw new SsoError('ConflictException', `PermissionSet with name ${name} already exists`);
        const ps = {
            arn: permissionSetArnFor(ctx.state, `${name}:${ctx.uuid()}`),
            name,
            description: input.optional('Description'),
            sessionDuration: input.optional('SessionDuration') ?? 'PT1H',
            createdDate: ctx.now(),
            accounts: new Set()
        };
        ctx.state.permissionSets.set(ps.arn, ps);
        return { PermissionSet: permissionSetJson(ps) };
    },
    DescribePermissionSet: (ctx, input) => ({
        PermissionSet: permissionSetJson(ctx.permissionSet(input))
    }),
    ListPermissionSets(ctx, input) {
        ctx.instance(input);
        const { items, NextToken } = protocol_page(input, [...ctx.state.permissionSets.keys()]);
        return { PermissionSets: items, NextToken };
    },
    GetInlinePolicyForPermissionSet: (ctx, input) => ({
        InlinePolicy: ctx.permissionSet(input).inlinePolicy ?? ''
    }),
    PutInlinePolicyToPermissionSet(ctx, input) {
        const ps = ctx.permissionSet(input);
        const policy = input.required('InlinePolicy');
        checkPolicy(policy);
        ps.inlinePolicy = policy;
        return {};
    },
    DeleteInlinePolicyFromPermissionSet(ctx, input) {
        delete ctx.permissionSet(input).inlinePolicy;
        return {};
    },
    ProvisionPermissionSet(ctx, input) {
        const ps = ctx.permissionSet(input);
        const target = input.required('TargetType');
        if (target === 'AWS_ACCOUNT')
            ps.accounts.add(input.required('TargetId'));
        else if (target !== 'ALL_PROVISIONED_ACCOUNTS')
            throw protocol_validation('TargetType must be AWS_ACCOUNT or ALL_PROVISIONED_ACCOUNTS');
        const running = [...ctx.state.requests.values()].some(r => r.kind === 'provisioning' && r.permissionSetArn === ps.arn && ctx.now() < r.doneAt);
        if (running)
            throw new SsoError('ConflictException', `PermissionSet ${ps.arn.split('/').pop()} is being provisioned`);
        ps.provisionedPolicy = ps.inlinePolicy;
        const r = request(ctx, { kind: 'provisioning', permissionSetArn: ps.arn });
        return {
            PermissionSetProvisioningStatus: {
                ...statusOf(ctx, r, true),
                AccountId: target === 'AWS_ACCOUNT' ? input.optional('TargetId') : undefined
            }
        };
    },
    DescribePermissionSetProvisioningStatus: describe('ProvisionPermissionSetRequestId', 'provisioning', 'PermissionSetProvisioningStatus'),
    ListAccountsForProvisionedPermissionSet(ctx, input) {
        const { items, NextToken } = protocol_page(input, [...ctx.permissionSet(input).accounts]);
        return { AccountIds: items, NextToken };
    },
    CreateAccountAssignment(ctx, input) {
        const a = assignmentOf(ctx, input);
        if (!ctx.state.assignments.some(b => sameAssignment(a, b)))
            ctx.state.assignments.push(a);
        // AWS provisions the permission set to the account with its first assignment there.
        const ps = ctx.state.permissionSets.get(a.permissionSetArn);
        ps.accounts.add(a.account);
        ps.provisionedPolicy = ps.inlinePolicy;
        return { AccountAssignmentCreationStatus: assignmentRequest(ctx, a, 'assignment_creation') };
    },
    DeleteAccountAssignment(ctx, input) {
        const a = assignmentOf(ctx, input);
        const i = ctx.state.assignments.findIndex(b => sameAssignment(a, b));
        if (i < 0)
            throw missing('Could not find the account assignment');
        ctx.state.assignments.splice(i, 1);
        return { AccountAssignmentDeletionStatus: assignmentRequest(ctx, a, 'assignment_deletion') };
    },
    DescribeAccountAssignmentCreationStatus: describe('AccountAssignmentCreationRequestId', 'assignment_creation', 'AccountAssignmentCreationStatus'),
    DescribeAccountAssignmentDeletionStatus: describe('AccountAssignmentDeletionRequestId', 'assignment_deletion', 'AccountAssignmentDeletionStatus'),
    ListAccountAssignments(ctx, input) {
        const ps = ctx.permissionSet(input);
        const account = input.required('AccountId');
        const list = ctx.state.assignments.filter(a => a.account === account && a.permissionSetArn === ps.arn);
        const { items, NextToken } = protocol_page(input, list.map(assignmentJson));
        return { AccountAssignments: items, NextToken };
    },
    ListAccountAssignmentsForPrincipal(ctx, input) {
        ctx.instance(input);
        const id = input.required('PrincipalId');
        const type = input.required('PrincipalType');
        const account = input.object('Filter')?.AccountId;
        const list = ctx.state.assignments.filter(a => a.principalId === id &&
            a.principalType === type &&
            (account === undefined || a.account === account));
        const { items, NextToken } = protocol_page(input, list.map(assignmentJson));
        return { AccountAssignments: items, NextToken };
    }
};

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/platform.ts
// The simulated IAM Identity Center: Identity Store and SSO admin on one server (the two SDK
// clients are pointed at the same URL; X-Amz-Target says which service a request is for),
// over a state the caller seeds (state.ts). `offboard demo` and the tests run on it.





const ACTIONS = {
    store: storeActions,
    admin: adminActions
};
/** The error a fault rule's status stands for, and its message. */
const platform_FAULT_CODES = {
    400: ['ValidationException', 'The request failed to satisfy a constraint.'],
    403: [
        'AccessDeniedException',
        'User: arn:aws:sts::123456789012:assumed-role/offboard/ci is not authorized to perform this action'
    ],
    404: ['ResourceNotFoundException', 'The resource was not found.'],
    409: ['ConflictException', 'Another change to the resource is in progress.'],
    429: ['ThrottlingException', 'Rate exceeded'],
    500: [
        'InternalServerException',
        'The request processing has failed because of an unknown error.'
    ],
    503: ['InternalServerException', 'The service is unavailable. Please try again later.']
};
const READS = /^(List|Describe|Get|IsMember)/;
function createSsoPlatform(state, options = {}) {
    const ctx = new SsoContext(state, options);
    const operations = [...Object.keys(storeActions), ...Object.keys(adminActions)];
    return {
        name: 'aws-sso',
        state,
        actions: { store: Object.keys(storeActions), admin: Object.keys(adminActions) },
        classify(req) {
            const operation = targetOf(req)?.action || 'Unknown';
            return { operation, write: !READS.test(operation) };
        },
        handle(req) {
            const target = targetOf(req);
            const actions = target ? ACTIONS[target.service] : undefined;
            const action = target && actions && Object.hasOwn(actions, target.action)
                ? actions[target.action]
                : undefined;
            if (!action)
                return protocol_errorResponse('UnknownOperationException', `Unknown operation ${String(req.headers['x-amz-target'] ?? '(none)')}`);
            try {
                return protocol_okResponse(action(ctx, new Input(req)));
            }
            catch (err) {
                if (err instanceof SsoError)
                    return protocol_errorResponse(err.code, err.message, err.fields);
                throw err;
            }
        },
        throttled: retryAfterSeconds => {
            const answer = protocol_errorResponse(...platform_FAULT_CODES[429]);
            answer.headers = { ...answer.headers, 'retry-after': String(retryAfterSeconds) };
            return answer;
        },
        serverError: () => protocol_errorResponse(...platform_FAULT_CODES[500]),
        fault(status, rule) {
            const [code, message] = platform_FAULT_CODES[status] ?? platform_FAULT_CODES[500];
            const answer = protocol_errorResponse(rule.code ?? code, message, {}, status);
            if (rule.retryAfterSeconds !== undefined)
                answer.headers = { ...answer.headers, 'retry-after': String(rule.retryAfterSeconds) };
            return answer;
        },
        operations: () => operations,
        echo(answer, echo) {
            const fields = (0,server/* jsonFields */.yX)(answer);
            if (answer.status < 400 || !fields)
                return answer;
            return {
                ...answer,
                body: { ...fields, Message: `${String(fields.Message ?? '')} ${echo}`.trim() }
            };
        }
    };
}

// EXTERNAL MODULE: ./src/connectors/aws_sso/rules.ts
var rules = __webpack_require__(88177);
;// CONCATENATED MODULE: ./src/sandbox/aws-sso/scenario.ts
// IAM Identity Center's part of the sandbox scenario: the assignments groups give, what a person
// holds beyond what their roles grant (groups, direct assignments, a disabled user), the users
// nobody declares; and the checks its schema part (scenario-schema.json) cannot make.

function checkSso(c) {
    const configured = c.decl.platforms.aws_sso !== undefined;
    if (c.scenario.aws_sso && !configured)
        c.unconfigured(['aws_sso'], 'aws_sso');
    // Seeding names a person who declares no user name by their email: no account is needed.
    for (const { id, holds } of c.people)
        if (holds.aws_sso && !configured)
            c.unconfigured(['people', id, 'aws_sso'], 'aws_sso');
    const others = c.scenario.others?.aws_sso;
    if (others && !configured)
        c.unconfigured(['others', 'aws_sso'], 'aws_sso');
    c.notDeclared(rules/* AWS_SSO */.Oz, (others ?? []).map(u => u.user), 'user', rules/* foldAccount */.Rg);
}

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/seed.ts



function seedSso(seed) {
    const state = emptySsoState({
        instanceArn: seed.instanceArn,
        identityStoreId: seed.identityStoreId
    });
    const created = Date.parse(SEED_CREATED);
    const group = (name) => {
        const groupId = userIdFor(state, `group:${name}`);
        if (!state.groups.has(groupId))
            state.groups.set(groupId, { groupId, displayName: name });
        return groupId;
    };
    const assign = (a, principalType, principalId) => {
        const arn = permissionSetArnFor(state, a.permission_set);
        let ps = state.permissionSets.get(arn);
        if (!ps)
            state.permissionSets.set(arn, (ps = {
                arn,
                name: a.permission_set,
                sessionDuration: 'PT8H',
                createdDate: created,
                accounts: new Set()
            }));
        ps.accounts.add(a.account);
        const made = { account: a.account, permissionSetArn: arn, principalType, principalId };
        if (!state.assignments.some(b => sameAssignment(made, b)))
            state.assignments.push(made);
    };
    for (const name of seed.groups)
        group(name);
    for (const [name, assignments] of Object.entries(seed.groupAssignments))
        for (const a of assignments)
            assign(a, 'GROUP', group(name));
    for (const u of seed.users) {
        const userId = userIdFor(state, u.userName);
        state.users.set(userId, {
            userId,
            userName: u.userName,
            displayName: u.displayName ?? u.userName,
            emails: u.email ? [{ Value: u.email, Type: 'work', Primary: true }] : [],
            status: u.disabled ? 'DISABLED' : 'ENABLED'
        });
        for (const name of u.groups) {
            const membershipId = derivedUuid(`membership:${u.userName}:${name}`);
            state.memberships.set(membershipId, { membershipId, groupId: group(name), userId });
        }
        for (const a of u.assignments)
            assign(a, 'USER', userId);
    }
    return state;
}
/** The seed the declarations and the scenario give; undefined without an `aws_sso:` block. */
function ssoSeedOf(input) {
    const config = input.decl.platforms.aws_sso;
    if (!config)
        return undefined;
    const roles = [...input.decl.roles.values()];
    const granted = (roleIds) => {
        const grants = roles.filter(r => roleIds.includes(r.id)).flatMap(r => r.grants.aws_sso ?? []);
        return {
            groups: grants.flatMap(g => g.groups),
            assignments: grants.flatMap(g => g.assignments)
        };
    };
    const users = [];
    for (const person of input.decl.people.values()) {
        const holds = (0,names/* byName */.nG)(input.scenario.people, person.id)?.aws_sso;
        const active = person.status === 'active';
        if (!active && !holds)
            continue;
        // Departed people hold nothing by default: what they still hold comes from the scenario.
        const grants = active ? granted(person.roles) : { groups: [], assignments: [] };
        users.push({
            userName: person.accounts.aws_sso ?? person.email,
            email: person.email,
            displayName: person.name,
            disabled: holds?.disabled,
            groups: union(grants.groups, holds?.groups),
            assignments: [...grants.assignments, ...(holds?.assignments ?? [])]
        });
    }
    for (const o of input.scenario.others?.aws_sso ?? [])
        users.push({
            userName: o.user,
            email: o.email,
            disabled: o.disabled,
            groups: o.groups ?? [],
            assignments: o.assignments ?? []
        });
    return {
        instanceArn: config.instance_arn,
        identityStoreId: config.identity_store_id,
        users,
        groups: [...new Set(roles.flatMap(r => r.grants.aws_sso?.groups ?? []))],
        groupAssignments: input.scenario.aws_sso?.group_assignments ?? {}
    };
}

;// CONCATENATED MODULE: ./src/sandbox/aws-sso/index.ts






const awsSso = {
    key: 'sso',
    name: 'aws-sso',
    servers: decl => (decl.platforms.aws_sso ? ['aws-sso'] : []),
    seed: input => {
        const seed = ssoSeedOf(input);
        return seed && seedSso(seed);
    },
    state: seeded => seeded,
    start: (state, { seed }) => ({
        servers: [
            {
                platform: createSsoPlatform(state, { seed }),
                env: url => ({
                    AWS_ENDPOINT_URL_IDENTITYSTORE: url,
                    AWS_ENDPOINT_URL_SSO_ADMIN: url,
                    // The sandbox checks no signature: any key signs.
                    AWS_ACCESS_KEY_ID: 'AKIASANDBOXDUMMYKEY0',
                    AWS_SECRET_ACCESS_KEY: 'sandbox-dummy-secret'
                })
            }
        ]
    }),
    check: checkSso
};

// EXTERNAL MODULE: ./src/connectors/okta/types.ts
var types = __webpack_require__(83469);
// EXTERNAL MODULE: ./src/connectors/okta/vocabulary.ts
var vocabulary = __webpack_require__(83918);
;// CONCATENATED MODULE: ./src/sandbox/shared/keys.ts
// The RSA key pairs the simulators make up (Google's service account, Okta's service app,
// Entra ID's certificate): one per purpose and process. Generating one blocks the event loop for
// about a third of a second, so a test starting many sandboxes at once would otherwise stall
// every request in flight past its time; a key made up once per run is made up all the same.

const pairs = new Map();
function sandboxKeyPair(purpose) {
    let pair = pairs.get(purpose);
    if (!pair) {
        pair = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
        pairs.set(purpose, pair);
    }
    return pair;
}
/** The pair as PEM text: SPKI for the public key, PKCS #8 for the private one. */
function sandboxKeyPem(purpose) {
    const { publicKey, privateKey } = sandboxKeyPair(purpose);
    return {
        publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    };
}

;// CONCATENATED MODULE: ./src/sandbox/okta/answers.ts
/** Okta's error codes for the statuses the simulator answers with. */
const ERROR_CODES = {
    400: ['E0000001', 'Api validation failed'],
    401: ['E0000011', 'Invalid token provided'],
    403: ['E0000006', 'You do not have permission to perform the requested action'],
    404: ['E0000007', 'Not found: Resource not found'],
    405: ['E0000022', 'The endpoint does not support the provided HTTP method'],
    429: ['E0000047', 'API call exceeded rate limit due to too many requests.'],
    500: ['E0000009', 'Internal Server Error'],
    503: ['E0000010', 'Service is temporarily unavailable for maintenance']
};
let errorIds = 0;
function oktaError(status, summary, code, headers = {}, causes = []) {
    const [known, text] = ERROR_CODES[status] ?? ['E0000009', 'Request failed'];
    const errorCode = code ?? known;
    return {
        status,
        headers,
        body: {
            errorCode,
            errorSummary: summary ?? text,
            errorLink: errorCode,
            errorId: `oaeSANDBOX${(++errorIds).toString(36).padStart(12, '0')}`,
            errorCauses: causes.map(errorSummary => ({ errorSummary }))
        }
    };
}
/** Okta's 404 for a resource: `Not found: Resource not found: <id> (User)`. */
const answers_notFound = (id, kind) => oktaError(404, `Not found: Resource not found: ${id} (${kind})`);
const answers_json = (body, status = 200) => ({ status, body });
const answers_noContent = () => ({ status: 204 });
/** One page of `items` (in a stable order), `limit` at most `max` (default `fallback`), after
 *  the item whose id is the `after` cursor. */
function answers_page(call, items, render, { max, fallback }) {
    const q = call.req.query;
    const asked = Number.parseInt(q.get('limit') ?? '', 10);
    const limit = Math.min(max, Number.isNaN(asked) || asked < 1 ? fallback : asked);
    const after = q.get('after');
    const start = after === null ? 0 : items.findIndex(i => i.id === after) + 1;
    // An unknown cursor (its item is gone): nothing follows it.
    const slice = after !== null && start === 0 ? [] : items.slice(start, start + limit);
    const url = (cursor) => {
        const next = new URLSearchParams(q);
        next.set('limit', String(limit));
        if (cursor)
            next.set('after', cursor);
        else
            next.delete('after');
        return `${call.base}${call.req.path}?${next.toString()}`;
    };
    const links = [`<${url(after ?? undefined)}>; rel="self"`];
    if (start + limit < items.length && slice.length)
        links.push(`<${url(slice[slice.length - 1].id)}>; rel="next"`);
    return { status: 200, headers: { link: links.join(', ') }, body: slice.map(render) };
}

;// CONCATENATED MODULE: ./src/sandbox/okta/state.ts
// The simulated Okta org as plain data: users (with their factors, sessions, tokens, consent
// grants and admin roles), groups, apps, the OAuth apps users hold tokens for, and what signs
// in to the Management API (API tokens and service apps). The lifecycle rules follow Okta's
// help ("Deactivate and delete user accounts"): suspension ends sessions and keeps the rest;
// deactivation also unassigns apps and revokes admin roles, keeping groups and factors;
// deletion removes everything, and deletes only a deactivated user.
function oktaState(fields = {}) {
    return {
        users: [],
        groups: [],
        apps: [],
        clients: [],
        apiTokens: [],
        serviceApps: [],
        accessTokens: [],
        events: [],
        nextId: 1,
        ...fields
    };
}
/** An id in Okta's shape, 20 characters: a prefix (00u users, 00g groups, 0oa apps) and a
 *  number. */
function mintId(state, prefix) {
    return `${prefix}${(state.nextId++).toString(36).padStart(20 - prefix.length, '0')}`;
}
function oktaUser(state, fields) {
    const { login, email, firstName, lastName, ...rest } = fields;
    const local = login.split('@')[0];
    return {
        id: mintId(state, '00u'),
        status: 'ACTIVE',
        profile: { login, email, firstName: firstName ?? local, lastName: lastName ?? '' },
        created: '2024-01-01T00:00:00.000Z',
        factors: [],
        sessions: 0,
        tokens: [],
        grants: [],
        roles: [],
        apps: [],
        ...rest
    };
}
const state_findUser = (state, id) => state.users.find(u => u.id === id);
const findGroup = (state, id) => state.groups.find(g => g.id === id);
const groupNamed = (state, name) => state.groups.find(g => g.name === name);
const groupsOf = (state, userId) => state.groups.filter(g => g.members.includes(userId));
/** Admin roles the user holds, directly and through groups, as Okta lists them. */
function rolesOf(state, user) {
    if (user.status === 'DEPROVISIONED')
        return [];
    return [
        ...user.roles.map(type => ({ type, assignmentType: 'USER', via: user.id })),
        ...groupsOf(state, user.id).flatMap(g => g.roles.map(type => ({ type, assignmentType: 'GROUP', via: g.id })))
    ];
}
/** Apps assigned to the user, directly or through a group; a deactivated user has none. */
function appsOf(state, user) {
    if (user.status === 'DEPROVISIONED')
        return [];
    const ids = new Set([...user.apps, ...groupsOf(state, user.id).flatMap(g => g.apps)]);
    return state.apps.filter(a => ids.has(a.id));
}
/** The OAuth apps the user holds grants or tokens for. */
function clientsOf(state, user) {
    const ids = new Set([...user.grants.map(g => g.clientId), ...user.tokens]);
    return state.clients.filter(c => ids.has(c.client_id));
}
/** Ends sessions, and with `oauthTokens` the tokens Okta issued. */
function clearSessions(state, user, oauthTokens) {
    user.sessions = 0;
    if (oauthTokens)
        user.tokens = [];
    state.events.push({
        type: 'sessions.cleared',
        userId: user.id,
        detail: `oauthTokens=${oauthTokens}`
    });
}
function state_suspend(state, user) {
    user.status = 'SUSPENDED';
    user.sessions = 0;
    state.events.push({ type: 'user.suspended', userId: user.id });
}
function deactivate(state, user) {
    user.status = 'DEPROVISIONED';
    user.sessions = 0;
    user.tokens = [];
    user.apps = [];
    user.roles = [];
    state.events.push({ type: 'user.deactivated', userId: user.id });
}
/** Removes a deactivated user with everything that names them. */
function remove(state, user) {
    state.users = state.users.filter(u => u !== user);
    for (const g of state.groups)
        g.members = g.members.filter(id => id !== user.id);
    state.apiTokens = state.apiTokens.filter(t => t.userId !== user.id);
    state.events.push({ type: 'user.deleted', userId: user.id });
}

;// CONCATENATED MODULE: ./src/sandbox/okta/render.ts
/** A user by id, login, or a login shortname that names exactly one user. */
function resolveUser(call, key) {
    const users = call.state.users;
    const lower = key.toLowerCase();
    const byShort = users.filter(u => u.profile.login.toLowerCase().split('@')[0] === lower);
    return (users.find(u => u.id === key) ??
        users.find(u => u.profile.login.toLowerCase() === lower) ??
        (byShort.length === 1 ? byShort[0] : undefined));
}
function renderUser(call, u) {
    return {
        id: u.id,
        status: u.status,
        created: u.created,
        activated: u.status === 'STAGED' ? null : u.created,
        statusChanged: u.created,
        lastLogin: u.lastLogin ?? null,
        lastUpdated: u.created,
        type: { id: 'otySANDBOX0000000000' },
        profile: { ...u.profile },
        credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
        _links: { self: { href: `${call.base}/api/v1/users/${u.id}` } }
    };
}
/** `attr op "value"` terms joined by `and`/`or` (left to right, no parentheses): as far as
 *  offboard and the tests search. Undefined when the expression is not one. */
function matcher(expression, attributes, caseless) {
    const term = /^\s*([\w.]+)\s+(eq|sw|co)\s+"((?:[^"\\]|\\.)*)"\s*(?:(and|or)\b|$)/i;
    const terms = [];
    for (let rest = expression; rest.trim();) {
        const m = term.exec(rest);
        const get = m && attributes[m[1]];
        if (!m || !get)
            return undefined;
        terms.push({ get, op: m[2].toLowerCase(), value: m[3].replace(/\\(.)/g, '$1'), join: m[4] });
        rest = rest.slice(m[0].length);
        if (m[4] && !rest.trim())
            return undefined;
    }
    if (terms.length === 0)
        return undefined;
    const fold = (s) => (caseless ? s.toLowerCase() : s);
    return item => terms.reduce((acc, t, i) => {
        const v = fold(t.get(item));
        const want = fold(t.value);
        const hit = t.op === 'eq' ? v === want : t.op === 'sw' ? v.startsWith(want) : v.includes(want);
        return i === 0 ? hit : terms[i - 1].join?.toLowerCase() === 'or' ? acc || hit : acc && hit;
    }, undefined) === true;
}
function renderGroup(call, g) {
    return {
        id: g.id,
        created: '2024-01-01T00:00:00.000Z',
        lastUpdated: '2024-01-01T00:00:00.000Z',
        lastMembershipUpdated: '2024-01-01T00:00:00.000Z',
        objectClass: [g.type === 'APP_GROUP' ? 'okta:windows_security_principal' : 'okta:user_group'],
        type: g.type,
        profile: { name: g.name, description: null },
        _links: {
            self: { href: `${call.base}/api/v1/groups/${g.id}` },
            users: { href: `${call.base}/api/v1/groups/${g.id}/users` }
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/okta/groups.ts
// The simulated Groups API as offboard calls it: listing groups (`search`, `q`, paging up to
// 10000 a page), a group's members (up to 1000 a page), and leaving a group, which Okta allows
// only for groups it manages (OKTA_GROUP).



const GROUP_ATTRIBUTES = {
    id: g => g.id,
    type: g => g.type,
    'profile.name': g => g.name
};
const onGroup = (handle) => {
    return (call) => {
        const group = findGroup(call.state, call.params.groupId);
        return group ? handle(call, group) : answers_notFound(call.params.groupId, 'UserGroup');
    };
};
const GROUP_ROUTES = [
    {
        method: 'GET',
        path: '/api/v1/groups',
        scope: 'okta.groups.read',
        handle: call => {
            const q = call.req.query;
            let groups = call.state.groups;
            const expression = q.get('search') ?? q.get('filter');
            if (expression !== null) {
                const match = matcher(expression, GROUP_ATTRIBUTES, q.has('search'));
                if (!match)
                    return oktaError(400, 'Invalid search criteria.', 'E0000031');
                groups = groups.filter(match);
            }
            const prefix = q.get('q')?.toLowerCase();
            if (prefix !== undefined)
                groups = groups.filter(g => g.name.toLowerCase().startsWith(prefix));
            return answers_page(call, groups, g => renderGroup(call, g), { max: 10000, fallback: 10000 });
        }
    },
    {
        method: 'GET',
        path: '/api/v1/groups/{groupId}/users',
        scope: 'okta.groups.read',
        handle: onGroup((call, g) => {
            const members = call.state.users.filter(u => g.members.includes(u.id));
            return answers_page(call, members, u => renderUser(call, u), { max: 1000, fallback: 1000 });
        })
    },
    {
        method: 'DELETE',
        path: '/api/v1/groups/{groupId}/users/{userId}',
        scope: 'okta.groups.manage',
        handle: onGroup((call, g) => {
            const user = resolveUser(call, call.params.userId);
            if (!user)
                return answers_notFound(call.params.userId, 'User');
            if (g.type !== 'OKTA_GROUP')
                return oktaError(400, 'Api validation failed: group membership', 'E0000001', {}, [
                    `the members of ${g.type} groups are not managed in Okta`
                ]);
            // Leaving a group one is not in changes nothing and is no error.
            if (g.members.includes(user.id)) {
                g.members = g.members.filter(id => id !== user.id);
                call.state.events.push({ type: 'group.left', userId: user.id, detail: g.name });
            }
            return answers_noContent();
        })
    }
];

;// CONCATENATED MODULE: ./src/sandbox/okta/oauth.ts
// The simulated org authorization server's token endpoint, as far as an API service app uses
// it: the client credentials grant with a private_key_jwt client assertion, checked as Okta
// does (issuer and subject are the client id, audience is the token endpoint, not expired,
// signed with the app's registered key), and scopes no wider than the app was granted.

const TOKEN_PATH = '/oauth2/v1/token';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const oauthError = (status, error, error_description) => ({
    status,
    headers: { 'cache-control': 'no-store' },
    body: { error, error_description }
});
function decode(part) {
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function publicKey(app) {
    return typeof app.publicKey === 'string'
        ? (0,external_node_crypto_.createPublicKey)(app.publicKey)
        : (0,external_node_crypto_.createPublicKey)({ key: app.publicKey, format: 'jwk' });
}
/** Why the assertion does not authenticate the app, or undefined when it does. */
function assertionProblem(jwt, app, audience) {
    const [h, p, s] = jwt.split('.');
    const header = h ? decode(h) : undefined;
    const payload = p ? decode(p) : undefined;
    if (!header || !payload || !s)
        return 'The client_assertion is not a JWT.';
    if (payload.iss !== app.clientId || payload.sub !== app.clientId)
        return "The client_assertion token's iss and sub must be the client_id.";
    if (payload.aud !== audience)
        return `The audience claim must be ${audience}.`;
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now())
        return 'The client_assertion token is expired.';
    const alg = header.alg;
    if (alg !== 'RS256' && alg !== 'ES256')
        return `The signing algorithm ${String(alg)} is not supported.`;
    const ok = (0,external_node_crypto_.verify)('sha256', Buffer.from(`${h}.${p}`), { key: publicKey(app), ...(alg === 'ES256' ? { dsaEncoding: 'ieee-p1363' } : {}) }, Buffer.from(s, 'base64url'));
    return ok ? undefined : 'The client_assertion signature is invalid.';
}
/** POST /oauth2/v1/token. `orgUrl` is the org as the client addresses it. */
function issueToken(state, req, orgUrl) {
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (form.get('grant_type') !== 'client_credentials')
        return oauthError(400, 'unsupported_grant_type', 'The grant type is not supported by the authorization server.');
    if (form.get('client_assertion_type') !== ASSERTION_TYPE || !form.get('client_assertion'))
        return oauthError(401, 'invalid_client', 'Client authentication failed: a private_key_jwt client assertion is required.');
    const assertion = String(form.get('client_assertion'));
    const clientId = decode(assertion.split('.')[1] ?? '')?.sub;
    const app = state.serviceApps.find(a => a.clientId === clientId);
    if (!app)
        return oauthError(401, 'invalid_client', 'The client_id is not known to this org.');
    const problem = assertionProblem(assertion, app, `${orgUrl}${TOKEN_PATH}`);
    if (problem)
        return oauthError(401, 'invalid_client', problem);
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const ungranted = scopes.filter(s => !app.scopes.includes(s));
    if (scopes.length === 0 || ungranted.length)
        return oauthError(400, 'invalid_scope', scopes.length
            ? `The following scopes are not granted to the client: ${ungranted.join(' ')}`
            : 'One or more scopes are required.');
    const token = `sim-okta-at.${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    state.accessTokens.push({ token, clientId: app.clientId, scopes });
    return {
        status: 200,
        headers: { 'cache-control': 'no-store' },
        body: { token_type: 'Bearer', expires_in: 3600, access_token: token, scope: scopes.join(' ') }
    };
}
/** Whether `scopes` allow a call needing `needed`: a `.manage` scope includes its `.read`. */
function scopeAllows(scopes, needed) {
    return scopes.includes(needed) || scopes.includes(needed.replace(/\.read$/, '.manage'));
}

;// CONCATENATED MODULE: ./src/sandbox/okta/users.ts
// The simulated Users API as offboard calls it: finding and listing users (by id, login or
// login shortname; `search` and `filter` expressions; `q`), what a user holds (groups, app
// links, factors, consent grants, OAuth clients, admin roles), and the writes of a departure
// (sessions, grants, tokens, lifecycle). Paths and scopes are those of Okta's API description.



const USER_ATTRIBUTES = {
    id: u => u.id,
    status: u => u.status,
    'profile.login': u => u.profile.login,
    'profile.email': u => u.profile.email,
    'profile.firstName': u => u.profile.firstName,
    'profile.lastName': u => u.profile.lastName
};
function listUsers(call) {
    const q = call.req.query;
    const expression = q.get('search') ?? q.get('filter');
    let users = call.state.users;
    if (expression !== null) {
        // Search values compare without regard to case; filter values exactly.
        const match = matcher(expression, USER_ATTRIBUTES, q.has('search'));
        if (!match)
            return oktaError(400, 'Invalid search criteria.', 'E0000031');
        users = users.filter(match);
    }
    else {
        // Okta's plain listing leaves deactivated users out.
        users = users.filter(u => u.status !== 'DEPROVISIONED');
        const prefix = q.get('q')?.toLowerCase();
        if (prefix !== undefined)
            users = users.filter(u => [u.profile.firstName, u.profile.lastName, u.profile.email].some(v => v.toLowerCase().startsWith(prefix)));
    }
    return answers_page(call, users, u => renderUser(call, u), {
        max: 200,
        fallback: q.has('q') ? 10 : 200
    });
}
/** A route on one user: 404 as Okta answers it when there is none. */
const onUser = (handle) => (call) => {
    const user = resolveUser(call, call.params.userId);
    return user ? handle(call, user) : answers_notFound(call.params.userId, 'User');
};
/** Okta's answer to a lifecycle change the user's status does not allow. */
const cannot = (cause) => oktaError(400, 'Api validation failed: lifecycle', 'E0000001', {}, [cause]);
const USER = '/api/v1/users/{userId}';
const USER_ROUTES = [
    { method: 'GET', path: '/api/v1/users', scope: 'okta.users.read', handle: listUsers },
    {
        method: 'GET',
        path: USER,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_json(renderUser(call, u)))
    },
    {
        method: 'DELETE',
        path: USER,
        scope: 'okta.users.manage',
        // On a user not yet deactivated, Okta's delete deactivates; the second one deletes.
        handle: onUser((call, u) => {
            if (u.status === 'DEPROVISIONED')
                remove(call.state, u);
            else
                deactivate(call.state, u);
            return answers_noContent();
        })
    },
    {
        method: 'GET',
        path: `${USER}/groups`,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_json(groupsOf(call.state, u.id).map(g => renderGroup(call, g))))
    },
    {
        method: 'GET',
        path: `${USER}/appLinks`,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_json(appsOf(call.state, u).map((a, i) => ({
            id: `00ub${a.id.slice(4)}`,
            appAssignmentId: `0ua${a.id.slice(3)}`,
            appInstanceId: a.id,
            appName: a.name,
            label: a.label,
            credentialsSetup: false,
            hidden: false,
            linkUrl: `${call.base}/home/${a.name}/${a.id}/alnSANDBOX`,
            logoUrl: `${call.base}/assets/img/logos/default.png`,
            sortOrder: i
        }))))
    },
    {
        method: 'GET',
        path: `${USER}/factors`,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_json(u.factors.map(f => ({
            ...f,
            created: u.created,
            lastUpdated: u.created,
            profile: {},
            _links: { self: { href: `${call.base}/api/v1/users/${u.id}/factors/${f.id}` } }
        }))))
    },
    {
        method: 'GET',
        path: `${USER}/grants`,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_page(call, u.grants, g => ({
            ...g,
            userId: u.id,
            issuer: call.base,
            status: 'ACTIVE',
            source: 'END_USER',
            created: u.created,
            lastUpdated: u.created,
            createdBy: { id: u.id, type: 'User' },
            _links: {}
        }), { max: 200, fallback: 20 }))
    },
    {
        method: 'DELETE',
        path: `${USER}/grants`,
        scope: 'okta.users.manage',
        handle: onUser((call, u) => {
            u.grants = [];
            call.state.events.push({ type: 'grants.revoked', userId: u.id });
            return answers_noContent();
        })
    },
    {
        method: 'GET',
        path: `${USER}/clients`,
        scope: 'okta.users.read',
        handle: onUser((call, u) => answers_json(clientsOf(call.state, u).map(c => ({
            ...c,
            client_uri: null,
            logo_uri: null,
            _links: { self: { href: `${call.base}/api/v1/apps/${c.client_id}` } }
        }))))
    },
    {
        method: 'DELETE',
        path: `${USER}/clients/{clientId}/tokens`,
        scope: 'okta.users.manage',
        handle: onUser((call, u) => {
            const clientId = call.params.clientId;
            if (!call.state.clients.some(c => c.client_id === clientId))
                return answers_notFound(clientId, 'App');
            u.tokens = u.tokens.filter(t => t !== clientId);
            call.state.events.push({ type: 'tokens.revoked', userId: u.id, detail: clientId });
            return answers_noContent();
        })
    },
    {
        method: 'DELETE',
        path: `${USER}/sessions`,
        scope: 'okta.users.manage',
        handle: onUser((call, u) => {
            clearSessions(call.state, u, call.req.query.get('oauthTokens') === 'true');
            return answers_noContent();
        })
    },
    {
        method: 'POST',
        path: `${USER}/lifecycle/suspend`,
        scope: 'okta.users.manage',
        handle: onUser((call, u) => {
            if (u.status !== 'ACTIVE')
                return cannot('Cannot suspend a user that is not active');
            state_suspend(call.state, u);
            return answers_json(undefined);
        })
    },
    {
        method: 'POST',
        path: `${USER}/lifecycle/deactivate`,
        scope: 'okta.users.manage',
        handle: onUser((call, u) => {
            // Okta answers 404 for a user it has deactivated already.
            if (u.status === 'DEPROVISIONED')
                return answers_notFound(call.params.userId, 'User');
            deactivate(call.state, u);
            return answers_json(undefined);
        })
    },
    {
        method: 'GET',
        path: `${USER}/roles`,
        scope: 'okta.roles.read',
        handle: onUser((call, u) => answers_json(rolesOf(call.state, u).map(r => ({
            id: `ra${r.type.toLowerCase().replace(/_/g, '')}${r.via.slice(-6)}`,
            label: r.type.replace(/_/g, ' ').toLowerCase(),
            type: r.type,
            status: 'ACTIVE',
            created: u.created,
            lastUpdated: u.created,
            assignmentType: r.assignmentType,
            _links: { assignee: { href: `${call.base}/api/v1/users/${u.id}` } }
        }))))
    },
    {
        method: 'GET',
        path: '/api/v1/iam/assignees/users',
        scope: 'okta.roles.read',
        handle: call => {
            const admins = call.state.users.filter(u => rolesOf(call.state, u).length > 0);
            const paged = answers_page(call, admins, u => u, { max: 100, fallback: 100 });
            const next = /<([^>]+)>; rel="next"/.exec(paged.headers?.link ?? '')?.[1];
            // This collection pages in its body, not in a Link header.
            return answers_json({
                value: paged.body.map(u => ({
                    id: u.id,
                    orn: `orn:okta:directory:sandbox:users:${u.id}`,
                    _links: { self: { href: `${call.base}/api/v1/users/${u.id}` } }
                })),
                _links: next ? { next: { href: next } } : {}
            });
        }
    }
];

;// CONCATENATED MODULE: ./src/sandbox/okta/platform.ts
// A simulated Okta org's Management API (the users, groups and roles endpoints offboard uses)
// and its org authorization server's token endpoint, over an OktaSimState. It signs callers in
// as Okta does (`SSWS <API token>`, acting for the admin who created it; or `Bearer <access
// token>` of a service app, checked against each call's scope), answers with Okta's error
// body, pages with `limit`, `after` and Link headers, and sends Okta's X-Rate-Limit-* headers
// on every answer, with a 429 naming X-Rate-Limit-Reset once a bucket's limit is spent.






/** What a request that breaks the API description gets: no real Okta status, so that no
 *  client mistakes it for an answer. */
const platform_CONTRACT_VIOLATION_STATUS = 599;
const platform_ROUTES = [...USER_ROUTES, ...GROUP_ROUTES];
const COMPILED = platform_ROUTES.map(route => {
    const names = [];
    const source = route.path.replace(/\{(\w+)\}/g, (_, name) => {
        names.push(name);
        return '([^/]+)';
    });
    const literals = route.path.split('/').filter(s => s && !s.startsWith('{')).length;
    return { route, pattern: new RegExp(`^${source}/?$`), names, literals };
}).sort((a, b) => b.literals - a.literals);
/** Every operation the simulator serves, as `METHOD /path` of Okta's API description. */
function oktaOperations() {
    return [...platform_ROUTES.map(r => `${r.method} ${r.path}`), `POST ${TOKEN_PATH}`];
}
/** The scope each Management API operation asks of a service app's token. */
function oktaRouteScopes() {
    return Object.fromEntries(platform_ROUTES.map(r => [`${r.method} ${r.path}`, r.scope]));
}
function match(req) {
    const candidates = COMPILED.filter(c => c.pattern.test(req.path));
    const found = candidates.find(c => c.route.method === req.method);
    if (!found)
        return { known: candidates.length > 0 };
    const m = found.pattern.exec(req.path);
    const params = Object.fromEntries(found.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    return { known: true, route: found.route, params };
}
/** Okta's rate-limit buckets, roughly: one per endpoint family. */
const bucketOf = (path) => path.split('/').slice(0, 4).join('/');
function createOktaPlatform(state, options = {}) {
    const now = options.now ?? Date.now;
    const limit = options.rateLimit ?? 600;
    const used = new Map();
    const rateHeaders = (remaining, resetMs) => ({
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(Math.max(0, remaining)),
        'x-rate-limit-reset': String(Math.ceil(resetMs / 1000)),
        date: new Date(now()).toUTCString()
    });
    /** Counts the request in its bucket: the headers to send, or the 429 when it is spent. */
    const meter = (path) => {
        const window = Math.floor(now() / 60_000);
        const bucket = bucketOf(path);
        const u = used.get(bucket);
        const entry = u && u.window === window ? u : { window, count: 0 };
        used.set(bucket, entry);
        const headers = rateHeaders(limit - entry.count - 1, (window + 1) * 60_000);
        if (entry.count >= limit)
            return { headers, spent: oktaError(429, undefined, undefined, headers) };
        entry.count++;
        return { headers };
    };
    /** Who the request signs in as, or the 401/403 Okta answers. */
    const authorize = (req, route) => {
        const auth = String(req.headers.authorization ?? '');
        const [scheme, credential] = [auth.split(' ')[0], auth.slice(auth.indexOf(' ') + 1).trim()];
        if (scheme === 'SSWS') {
            const owner = state_findUser(state, state.apiTokens.find(t => t.token === credential)?.userId ?? '');
            // A token dies with its admin: Okta revokes the tokens of deactivated admins.
            if (!owner || owner.status !== 'ACTIVE')
                return oktaError(401);
            const roles = rolesOf(state, owner).map(r => r.type);
            const readOnly = roles.every(r => r === 'READ_ONLY_ADMIN');
            if (roles.length === 0 || (readOnly && req.method !== 'GET'))
                return oktaError(403);
            return undefined;
        }
        if (scheme === 'Bearer') {
            const token = state.accessTokens.find(t => t.token === credential);
            if (!token)
                return oktaError(401);
            if (scopeAllows(token.scopes, route.scope))
                return undefined;
            return oktaError(403, undefined, undefined, {
                'www-authenticate': `Bearer realm="IdP", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", scope="${route.scope}"`
            });
        }
        return oktaError(401);
    };
    const handle = (req) => {
        const violations = options.checkRequest?.(req) ?? [];
        if (violations.length)
            return {
                status: platform_CONTRACT_VIOLATION_STATUS,
                body: { sandbox_contract_violations: violations }
            };
        const base = `http://${req.headers.host ?? 'sandbox'}`;
        const metered = meter(req.path);
        if (metered.spent)
            return metered.spent;
        const answer = (() => {
            if (req.path === TOKEN_PATH)
                return req.method === 'POST' ? issueToken(state, req, base) : oktaError(405);
            const found = match(req);
            if (!found.route)
                return found.known
                    ? oktaError(405)
                    : oktaError(404, `Not found: Resource not found: ${req.path} (Resource)`);
            return (authorize(req, found.route) ??
                found.route.handle({ req, params: found.params, state, base }));
        })();
        return { ...answer, headers: { ...metered.headers, ...answer.headers } };
    };
    return {
        name: options.name ?? 'okta',
        classify: req => {
            const found = req.path === TOKEN_PATH ? undefined : match(req).route;
            const path = req.path === TOKEN_PATH ? TOKEN_PATH : (found?.path ?? req.path);
            return {
                operation: `${req.method} ${path}`,
                write: req.method !== 'GET' && path !== TOKEN_PATH
            };
        },
        handle,
        throttled: retryAfterSeconds => oktaError(429, undefined, undefined, rateHeaders(0, now() + retryAfterSeconds * 1000)),
        serverError: () => oktaError(500),
        fault: (status, rule) => oktaError(status, undefined, rule.code, rule.retryAfterSeconds === undefined && status !== 429
            ? {}
            : rateHeaders(0, now() + (rule.retryAfterSeconds ?? 1) * 1000)),
        operations: oktaOperations,
        echo: (answer, echo) => {
            const fields = (0,server/* jsonFields */.yX)(answer);
            if (typeof fields?.errorCode === 'string')
                return {
                    ...answer,
                    body: { ...fields, errorSummary: `${String(fields.errorSummary)} ${echo}` }
                };
            if (typeof fields?.error === 'string')
                return {
                    ...answer,
                    body: { ...fields, error_description: `${String(fields.error_description)} ${echo}` }
                };
            return answer;
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/okta/scenario.ts
// Okta's part of the sandbox scenario: whom the API token acts for, which groups a directory
// imports, what a person holds in the org beyond their roles' groups, and the users nobody
// declares; and the checks its schema part (scenario-schema.json) cannot make.

/** The scenario's Okta part against the declarations: `configured` when platforms.yaml has an
 *  okta block, `account` the login a person declares. */
function checkOkta(c, configured, account) {
    // Seeding names a person without a declared login by their email: no account is needed.
    for (const { id, holds } of c.people)
        if (holds.okta && !configured)
            c.unconfigured(['people', id, 'okta'], 'okta');
    const others = c.scenario.others?.okta;
    if (others && !configured)
        c.unconfigured(['others', 'okta'], 'okta');
    if (c.scenario.okta && !configured)
        c.unconfigured(['okta'], 'okta');
    c.notDeclared(vocabulary/* OKTA */.SM, (others ?? []).map(o => o.login), 'login', vocabulary/* foldAccount */.Rg);
    const owner = c.scenario.okta?.token_owner;
    const admins = [
        ...(others ?? []).filter(o => o.admin?.includes('super_admin')).map(o => o.login),
        ...c.people
            .filter(p => p.holds.okta?.admin?.includes('super_admin'))
            .map(p => account(p.person) ?? p.person.email)
    ];
    if (owner !== undefined && !admins.some(a => (0,vocabulary/* sameLogin */.Up)(a, owner)))
        c.problem(['okta', 'token_owner'], `${owner} is not an Okta super administrator in the scenario: name a user with admin: [super_admin]`);
}

;// CONCATENATED MODULE: ./src/sandbox/okta/seed.ts
// The simulated Okta org seeded from plain data (seedOkta), and that data from the
// declarations and the scenario (oktaSeedInput): the declared groups, a user per active
// person the org concerns (in their roles' groups, signed in once), departed people the
// scenario keeps, the users nobody declares, and the built-in Everyone group holding all.




/** Okta's factor types and providers, by the scenario's short names. */
const FACTORS = {
    push: ['push', 'OKTA', 'opf'],
    sms: ['sms', 'OKTA', 'mbl'],
    call: ['call', 'OKTA', 'clf'],
    email: ['email', 'OKTA', 'emf'],
    totp: ['token:software:totp', 'GOOGLE', 'uft'],
    webauthn: ['webauthn', 'FIDO', 'fwf'],
    question: ['question', 'OKTA', 'ufs']
};
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_');
function seedOkta(input) {
    const state = oktaState();
    const everyone = {
        id: mintId(state, '00g'),
        name: 'Everyone',
        type: 'BUILT_IN',
        members: [],
        roles: [],
        apps: []
    };
    state.groups.push(everyone);
    const appGroups = new Set(input.okta?.app_groups ?? []);
    const group = (name) => {
        let g = groupNamed(state, name);
        if (!g) {
            const type = appGroups.has(name) ? 'APP_GROUP' : 'OKTA_GROUP';
            g = { id: mintId(state, '00g'), name, type, members: [], roles: [], apps: [] };
            state.groups.push(g);
        }
        return g;
    };
    const named = (list, match, make) => {
        const found = list.find(match);
        if (found)
            return found;
        const made = make();
        list.push(made);
        return made;
    };
    const app = (label) => named(state.apps, a => a.label === label, () => ({ id: mintId(state, '0oa'), name: slug(label), label })).id;
    const client = (name) => named(state.clients, c => c.client_name === name, () => ({ client_id: mintId(state, '0oa'), client_name: name })).client_id;
    for (const name of input.groups)
        group(name);
    const add = (fields, groups, h, signedIn) => {
        const [firstName, ...rest] = fields.name.split(' ');
        const status = (h.status ?? 'active').toUpperCase();
        const user = oktaUser(state, {
            login: fields.login,
            email: fields.email,
            firstName,
            lastName: rest.join(' '),
            status,
            lastLogin: '2026-01-05T09:00:00.000Z',
            sessions: h.sessions ?? (signedIn && status === 'ACTIVE' ? 1 : 0),
            roles: (h.admin ?? []).map(r => r.toUpperCase()),
            apps: (h.apps ?? []).map(app),
            grants: (h.grants ?? []).map(name => ({
                id: mintId(state, 'oag'),
                clientId: client(name),
                scopeId: 'openid'
            })),
            tokens: (h.tokens ?? []).map(client),
            factors: (h.factors ?? []).map(f => {
                const [factorType, provider, prefix] = FACTORS[f] ?? [f, 'OKTA', 'fac'];
                return { id: mintId(state, prefix), factorType, provider, status: 'ACTIVE' };
            })
        });
        state.users.push(user);
        everyone.members.push(user.id);
        for (const name of union(groups, h.groups))
            group(name).members.push(user.id);
        // Deactivation as Okta does it: no apps, roles, sessions or tokens remain.
        if (status === 'DEPROVISIONED')
            deactivate(state, user);
    };
    for (const p of input.people) {
        if (!p.holds && !(p.active && (p.groups.length || p.login)))
            continue;
        add({ ...p, login: p.login ?? p.email }, p.active ? p.groups : [], p.holds ?? {}, p.active);
    }
    for (const o of input.others)
        add({ login: o.login, email: o.email ?? o.login, name: o.name ?? o.login }, [], o, true);
    // What seeding did is no event of the run.
    state.events = [];
    const owner = input.okta?.token_owner ??
        state.users.find(u => u.status === 'ACTIVE' && u.roles.includes('SUPER_ADMIN'))?.profile.login;
    const ownerUser = state.users.find(u => u.profile.login.toLowerCase() === owner?.toLowerCase());
    if (!ownerUser)
        throw new Error('the sandbox Okta org has no super administrator for its API token: add a user with admin: [super_admin] under others.okta in the scenario');
    return { state, tokenOwner: ownerUser.id };
}
/** The seed input from the declarations and the scenario; undefined when platforms.yaml has
 *  no okta block. */
function oktaSeedInput(input) {
    if (!input.decl.platforms.okta)
        return undefined;
    return {
        people: seededPeople(input).map(p => ({
            login: (0,grants/* declaredAccount */.k8)(p.person, vocabulary/* OKTA */.SM),
            email: p.person.email,
            name: p.person.name,
            active: p.active,
            groups: valuesOf(p.grants, vocabulary/* OKTA_GROUP */.c$),
            ...(p.holds.okta ? { holds: p.holds.okta } : {})
        })),
        groups: declaredValues(input.decl, vocabulary/* OKTA_GROUP */.c$),
        okta: input.scenario.okta,
        others: input.scenario.others?.okta ?? []
    };
}

;// CONCATENATED MODULE: ./src/sandbox/okta/index.ts
// The simulated Okta: its descriptor for the sandbox (one server, the org's Management API and
// token endpoint), and what the tests and the benchmarks use of it.










const okta = {
    key: 'okta',
    name: 'okta',
    servers: decl => (decl.platforms.okta ? ['okta'] : []),
    seed: input => {
        const block = input.decl.platforms.okta;
        const plain = oktaSeedInput(input);
        return block && plain ? { ...seedOkta(plain), block } : undefined;
    },
    state: seeded => seeded?.state,
    start({ state, tokenOwner, block }, { token }) {
        const env = {};
        let secret;
        if (block.client_id && block.private_key_env) {
            // A service app as the block names it, with a key pair made up for this run.
            const pair = sandboxKeyPem('okta service app');
            secret = pair.privateKey;
            state.serviceApps.push({
                clientId: block.client_id,
                publicKey: pair.publicKey,
                scopes: [
                    'okta.users.manage',
                    'okta.users.read',
                    'okta.groups.manage',
                    'okta.groups.read',
                    'okta.roles.read'
                ]
            });
            env[block.private_key_env] = secret;
        }
        else {
            secret = token('00');
            state.apiTokens.push({ token: secret, userId: tokenOwner });
            if (block.token_env)
                env[block.token_env] = secret;
        }
        return {
            tokens: secret,
            servers: [
                {
                    platform: createOktaPlatform(state),
                    env: url => ({ ...env, [types/* OKTA_URL_ENV */.WN]: url })
                }
            ]
        };
    },
    check: c => checkOkta(c, c.decl.platforms.okta !== undefined, p => (0,grants/* declaredAccount */.k8)(p, vocabulary/* OKTA */.SM))
};

// EXTERNAL MODULE: ./src/connectors/entra/vocabulary.ts
var entra_vocabulary = __webpack_require__(43459);
// EXTERNAL MODULE: ./src/connectors/entra/types.ts
var entra_types = __webpack_require__(17762);
;// CONCATENATED MODULE: ./src/sandbox/entra/login.ts
// The simulated Microsoft identity platform, as the app's client-credentials sign-in uses it:
// the tenant's OpenID configuration, the v2.0 token endpoint (a client secret, a certificate-
// signed assertion, or a federated GitHub OIDC token as the assertion), and the GitHub Actions
// OIDC token endpoint that hands the job its token. Access tokens are random and remembered
// with the app's permissions; AADSTS errors come in the identity platform's own shape.

const TOKEN_SECONDS = 3599;
const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
const OIDC_PATH = '/_actions/idtoken';
const b64url = (b) => Buffer.from(b).toString('base64url');
const login_json = (status, body, headers = {}) => ({
    status,
    headers: { 'cache-control': 'no-store', ...headers },
    body
});
/** An AADSTS error as the token endpoint sends it. */
function aadError(status, error, code, description) {
    return login_json(status, {
        error,
        error_description: `AADSTS${code}: ${description}`,
        error_codes: [code],
        timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
        trace_id: crypto.randomUUID(),
        correlation_id: crypto.randomUUID()
    });
}
/** `/{tenant}/...` paths of the identity platform, and the Actions OIDC endpoint. */
function loginOperation(req) {
    if (req.path === OIDC_PATH)
        return `GET ${OIDC_PATH}`;
    if (/^\/[^/]+\/v2\.0\/\.well-known\/openid-configuration$/.test(req.path))
        return 'GET /{tenant}/v2.0/.well-known/openid-configuration';
    if (/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(req.path))
        return 'POST /{tenant}/oauth2/v2.0/token';
    return undefined;
}
function handleLogin(state, req, now) {
    if (req.path === OIDC_PATH)
        return actionsToken(state, req, now);
    const tenant = decodeURIComponent(req.path.split('/')[1]);
    if (tenant !== state.tenantId)
        return aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
    // MSAL is told the authority is https (see the connector's auth.ts): so are its endpoints.
    const base = `https://${String(req.headers.host)}/${tenant}`;
    if (req.path.endsWith('/openid-configuration'))
        return login_json(200, {
            issuer: `${base}/v2.0`,
            token_endpoint: `${base}/oauth2/v2.0/token`,
            authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
            jwks_uri: `${base}/discovery/v2.0/keys`,
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
            response_types_supported: ['code', 'id_token', 'code id_token'],
            grant_types_supported: ['client_credentials']
        });
    if (req.method !== 'POST')
        return aadError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
    return token(state, new URLSearchParams(req.body.toString('utf8')), `${base}/oauth2/v2.0/token`, now);
}
function token(state, form, endpoint, now) {
    if (form.get('grant_type') !== 'client_credentials')
        return aadError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    const app = state.apps.find(a => a.clientId === form.get('client_id'));
    if (!app)
        return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${form.get('client_id')}' was not found in the directory '${state.tenantId}'.`);
    if (!form.get('scope')?.endsWith('/.default'))
        return aadError(400, 'invalid_scope', 1002012, 'The provided value for scope is not valid: client credentials need <resource>/.default.');
    const problem = form.has('client_secret')
        ? secretProblem(app, String(form.get('client_secret')))
        : login_assertionProblem(state, app, form, endpoint, now);
    if (problem)
        return problem;
    const access = `sandbox-graph-${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    state.issued.set(access, {
        clientId: app.clientId,
        expires: now().getTime() + TOKEN_SECONDS * 1000
    });
    return login_json(200, {
        token_type: 'Bearer',
        expires_in: TOKEN_SECONDS,
        ext_expires_in: TOKEN_SECONDS,
        access_token: access
    });
}
function secretProblem(app, secret) {
    const want = app.secret;
    if (want &&
        secret.length === want.length &&
        (0,external_node_crypto_.timingSafeEqual)(Buffer.from(secret), Buffer.from(want)))
        return undefined;
    return aadError(401, 'invalid_client', 7000215, 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.');
}
function decodeJwt(jwt) {
    const [h, p, s] = jwt.split('.');
    try {
        const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
        const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
        return { header, payload, signed: `${h}.${p}`, signature: Buffer.from(s ?? '', 'base64url') };
    }
    catch {
        return undefined;
    }
}
function login_assertionProblem(state, app, form, endpoint, now) {
    const invalid = (code, why) => aadError(401, 'invalid_client', code, why);
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
        return invalid(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    const jwt = decodeJwt(String(form.get('client_assertion')));
    if (!jwt)
        return invalid(50027, 'JWT token is invalid or malformed.');
    const exp = Number(jwt.payload.exp);
    if (!(exp * 1000 > now().getTime()))
        return invalid(700024, 'Client assertion is not within its valid time range.');
    const cert = app.certificate;
    const x5t = jwt.header['x5t#S256'];
    if (typeof x5t === 'string') {
        if (!cert || x5t !== b64url(Buffer.from(cert.thumbprintSha256, 'hex')))
            return invalid(700027, 'The certificate with identifier used to sign the client assertion is not registered on application.');
        const good = (0,external_node_crypto_.verify)('sha256', Buffer.from(jwt.signed), {
            key: cert.publicKeyPem,
            padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING,
            saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_DIGEST
        }, jwt.signature);
        if (!good || jwt.payload.iss !== app.clientId || jwt.payload.aud !== endpoint)
            return invalid(700027, 'Client assertion failed signature validation.');
        return undefined;
    }
    const federated = app.federated;
    const mac = (0,external_node_crypto_.createHmac)('sha256', state.oidc.key).update(jwt.signed).digest();
    if (!federated ||
        jwt.payload.iss !== OIDC_ISSUER ||
        jwt.signature.length !== mac.length ||
        !(0,external_node_crypto_.timingSafeEqual)(mac, jwt.signature))
        return invalid(700211, `No matching federated identity record found for presented assertion issuer '${String(jwt.payload.iss)}'.`);
    if (jwt.payload.aud !== federated.audience)
        return invalid(700212, `No matching federated identity record found for presented assertion audience '${String(jwt.payload.aud)}'.`);
    return undefined;
}
/** GitHub Actions' OIDC token endpoint: the job's request token in, a signed token out. */
function actionsToken(state, req, now) {
    const auth = String(req.headers.authorization ?? '');
    if (auth !== `Bearer ${state.oidc.requestToken}`)
        return login_json(401, { message: 'Bad credentials' });
    const audience = req.query.get('audience');
    if (!audience)
        return login_json(400, { message: 'audience is required' });
    const iat = Math.floor(now().getTime() / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'sandbox' }));
    const payload = b64url(JSON.stringify({
        iss: OIDC_ISSUER,
        aud: audience,
        sub: 'repo:acme/access:ref:refs/heads/main',
        iat,
        nbf: iat,
        exp: iat + 300,
        jti: (0,external_node_crypto_.createHash)('sha256').update((0,external_node_crypto_.randomBytes)(8)).digest('hex').slice(0, 32)
    }));
    const signature = (0,external_node_crypto_.createHmac)('sha256', state.oidc.key)
        .update(`${header}.${payload}`)
        .digest('base64url');
    return login_json(200, { count: 1, value: `${header}.${payload}.${signature}` });
}

;// CONCATENATED MODULE: ./src/sandbox/entra/odata.ts
/** A query Graph would refuse: answered 400 Request_UnsupportedQuery with this message. */
class QueryError extends Error {
}
function odata_tokenize(input) {
    const tokens = [];
    let i = 0;
    while (i < input.length) {
        const c = input[i];
        if (/\s/.test(c))
            i++;
        else if ('():,'.includes(c))
            tokens.push({ kind: 'punct', text: input[i++] });
        else if (c === "'") {
            let text = '';
            for (i++;; i++) {
                if (i >= input.length)
                    throw new QueryError('Unterminated string literal in $filter');
                if (input[i] === "'") {
                    if (input[i + 1] !== "'")
                        break;
                    i++;
                }
                text += input[i];
            }
            i++;
            tokens.push({ kind: 'string', text });
        }
        else {
            const m = /^[^\s():,']+/.exec(input.slice(i));
            tokens.push({ kind: 'word', text: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}
function odata_parseFilter(input) {
    const tokens = odata_tokenize(input);
    let pos = 0;
    const peek = () => tokens[pos];
    const word = () => (peek()?.kind === 'word' ? peek().text.toLowerCase() : undefined);
    const expect = (text) => {
        if (peek()?.text !== text)
            throw new QueryError(`Syntax error: expected '${text}' in $filter`);
        pos++;
    };
    const literal = () => {
        const t = tokens[pos++];
        if (t?.kind === 'string')
            return t.text;
        if (t?.kind === 'word' && ['true', 'false'].includes(t.text))
            return t.text === 'true';
        if (t?.kind === 'word' && t.text === 'null')
            return null;
        throw new QueryError('Syntax error: expected a literal in $filter');
    };
    const factor = () => {
        if (word() === 'not') {
            pos++;
            return { op: 'not', filter: factor() };
        }
        if (peek()?.text === '(') {
            pos++;
            const f = expr();
            expect(')');
            return f;
        }
        const t = tokens[pos++];
        if (t?.kind !== 'word')
            throw new QueryError('Syntax error: expected a property in $filter');
        const any = /^(.+)\/any$/i.exec(t.text);
        if (any) {
            expect('(');
            const variable = tokens[pos++]?.text ?? '';
            expect(':');
            const filter = expr();
            expect(')');
            return { op: 'any', path: any[1], variable, filter };
        }
        const op = word();
        if (op !== 'eq' && op !== 'ne')
            throw new QueryError(`Unsupported or invalid query filter clause specified for property '${t.text}'`);
        pos++;
        return { op, path: t.text, value: literal() };
    };
    const chain = (next, join) => {
        let left = next();
        while (word() === join) {
            pos++;
            left = { op: join, left, right: next() };
        }
        return left;
    };
    const expr = () => chain(() => chain(factor, 'and'), 'or');
    if (!tokens.length)
        throw new QueryError('Invalid filter clause: empty');
    const f = expr();
    if (pos < tokens.length)
        throw new QueryError(`Syntax error at '${tokens[pos].text}' in $filter`);
    return f;
}
const same = (a, b) => typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
/** Whether `item` matches; `filterable` lists the properties the resource lets be filtered. */
function odata_matches(f, item, filterable, scope = {}) {
    const value = (path) => {
        if (path in scope)
            return scope[path];
        if (!filterable.includes(path))
            throw new QueryError(`Unsupported or invalid query filter clause specified for property '${path}'`);
        return item[path];
    };
    switch (f.op) {
        case 'and':
            return odata_matches(f.left, item, filterable, scope) && odata_matches(f.right, item, filterable, scope);
        case 'or':
            return odata_matches(f.left, item, filterable, scope) || odata_matches(f.right, item, filterable, scope);
        case 'not':
            return !odata_matches(f.filter, item, filterable, scope);
        case 'any': {
            const list = value(f.path);
            if (!Array.isArray(list))
                throw new QueryError(`Property '${f.path}' is not a collection`);
            return list.some(v => odata_matches(f.filter, item, filterable, { ...scope, [f.variable]: v }));
        }
        default: {
            const equal = same(value(f.path), f.value);
            return f.op === 'eq' ? equal : !equal;
        }
    }
}
/** `$select` applied: the named properties (and `id`, and the OData type) only. */
function selected(item, select) {
    if (!select)
        return item;
    const names = new Set(['id', '@odata.type', ...select.split(',').map(s => s.trim())]);
    return Object.fromEntries(Object.entries(item).filter(([k]) => names.has(k)));
}
/** One page of `items` at `$top` (default 100, at most 999), linked to the next by
 *  $skiptoken. `self` is the request's URL: the next link keeps its other options. */
function odata_page(items, self, count) {
    const top = Number(self.searchParams.get('$top') ?? 100);
    if (!Number.isInteger(top) || top < 1 || top > 999)
        throw new QueryError(`Invalid page size specified: '${self.searchParams.get('$top')}'. Must be between 1 and 999 inclusive.`);
    const token = self.searchParams.get('$skiptoken');
    const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
    if (!Number.isInteger(start) || start < 0)
        throw new QueryError('Invalid $skiptoken');
    const out = { value: items.slice(start, start + top) };
    if (count)
        out['@odata.count'] = items.length;
    if (start + top < items.length) {
        const next = new URL(self);
        next.searchParams.set('$skiptoken', Buffer.from(String(start + top)).toString('base64url'));
        out['@odata.nextLink'] = next.toString();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sandbox/entra/state.ts
// The simulated Entra ID tenant's state: users (with their authentication methods), groups,
// activated directory roles, app role assignments, the recycle bin of soft-deleted users,
// and the one app registration offboard signs in as (its credentials and Graph permissions).
// Plain data, changed in place by the Graph routes; built from a plain typed input.

const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
/** A GUID made from a name: the same on every run. */
function guid(name) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function entraState(input) {
    const created = input.created ?? '2024-01-01T00:00:00Z';
    const users = (input.users ?? []).map((u) => ({
        id: guid(`user:${u.userPrincipalName.toLowerCase()}`),
        displayName: u.userPrincipalName.split('@')[0],
        mail: u.userPrincipalName,
        otherMails: [],
        accountEnabled: true,
        onPremisesSyncEnabled: null,
        userType: 'Member',
        createdDateTime: created,
        signInSessionsValidFromDateTime: u.createdDateTime ?? created,
        ...u,
        methods: (u.methods ?? []).map((m, i) => ({
            id: m.type === 'password'
                ? '28c10230-6103-485e-b985-444c60001490'
                : guid(`method:${u.userPrincipalName}:${i}`),
            createdDateTime: created,
            ...m
        }))
    }));
    return {
        tenantId: input.tenantId,
        users,
        deleted: [],
        groups: (input.groups ?? []).map(g => ({
            id: guid(`group:${g.displayName}`),
            groupTypes: [],
            membershipRule: null,
            mailEnabled: false,
            securityEnabled: true,
            onPremisesSyncEnabled: null,
            isAssignableToRole: false,
            members: [],
            ...g
        })),
        roles: (input.roles ?? []).map(r => ({
            id: guid(`role:${r.displayName}`),
            roleTemplateId: guid(`role-template:${r.displayName}`),
            members: [],
            ...r
        })),
        appRoleAssignments: (input.appRoleAssignments ?? []).map((a, i) => ({
            id: `${a.principalId.slice(0, 8)}assignment${i}`.padEnd(43, 'x'),
            appRoleId: '00000000-0000-0000-0000-000000000000',
            resourceId: guid(`app:${a.resourceDisplayName}`),
            createdDateTime: created,
            ...a
        })),
        apps: input.apps,
        oidc: { requestToken: (0,external_node_crypto_.randomBytes)(16).toString('hex'), key: (0,external_node_crypto_.randomBytes)(32) },
        issued: new Map()
    };
}
const entra_state_findUser = (s, key) => {
    const k = key.toLowerCase();
    return s.users.find(u => u.id === k || u.userPrincipalName.toLowerCase() === k);
};
const state_findGroup = (s, id) => s.groups.find(g => g.id === id.toLowerCase());
/** The groups and roles an object is a direct member of. */
function directMemberOf(s, id) {
    return [...s.groups, ...s.roles].filter(g => g.members.includes(id));
}
/** Every group an object is in, directly or through groups (each once). */
function transitiveMemberOf(s, id) {
    const out = new Set();
    const visit = (member) => {
        for (const g of s.groups)
            if (g.members.includes(member) && !out.has(g)) {
                out.add(g);
                visit(g.id);
            }
    };
    visit(id);
    return [...out];
}
/** Every user in a group, directly or through nested groups (each once). */
function transitiveUsers(s, group) {
    const seen = new Set();
    const users = new Map();
    const visit = (g) => {
        if (seen.has(g.id))
            return;
        seen.add(g.id);
        for (const m of g.members) {
            const u = s.users.find(x => x.id === m);
            if (u)
                users.set(u.id, u);
            const inner = s.groups.find(x => x.id === m);
            if (inner)
                visit(inner);
        }
    };
    visit(group);
    return [...users.values()];
}
/** Soft delete: the user goes to the recycle bin with every membership and assignment gone. */
function softDelete(s, user) {
    s.users = s.users.filter(u => u !== user);
    s.deleted.push(user);
    for (const g of [...s.groups, ...s.roles])
        g.members = g.members.filter(m => m !== user.id);
    s.appRoleAssignments = s.appRoleAssignments.filter(a => a.principalId !== user.id);
}

;// CONCATENATED MODULE: ./src/sandbox/entra/graph.ts
// The simulated Microsoft Graph v1.0 routes offboard uses: users (get, list by $filter,
// disable, delete, revokeSignInSessions), their memberOf / transitiveMemberOf, app role
// assignments and authentication methods, group members by $ref, directory role members.
// Each route names the application permissions that allow it (any one), as Microsoft's
// permission reference does, so a token without one is refused the way Graph refuses it.


/** Graph's error body. */
function graphError(status, code, message, headers = {}) {
    return {
        status,
        headers,
        body: {
            error: {
                code,
                message,
                innerError: {
                    date: new Date().toISOString().slice(0, 19),
                    'request-id': crypto.randomUUID()
                }
            }
        }
    };
}
const graph_notFound = (id) => graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
const ok = (body) => ({ status: 200, body });
const graph_noContent = { status: 204 };
const READ_USERS = [
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All'
];
const READ_MEMBERS = [
    'GroupMember.Read.All',
    'GroupMember.ReadWrite.All',
    'Group.Read.All',
    'Directory.Read.All'
];
const WRITE_MEMBERS = [
    'GroupMember.ReadWrite.All',
    'Group.ReadWrite.All',
    'Directory.ReadWrite.All'
];
const READ_ROLES = [
    'RoleManagement.Read.Directory',
    'RoleManagement.ReadWrite.Directory',
    'Directory.Read.All'
];
const READ_METHODS = ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'];
const APP_ROLES = ['AppRoleAssignment.ReadWrite.All', 'Directory.ReadWrite.All'];
const USER_FILTERABLE = [
    'id',
    'mail',
    'userPrincipalName',
    'otherMails',
    'accountEnabled',
    'userType',
    'displayName'
];
/** An object as Graph shows it: its OData type, without what the simulator keeps beside it. */
function graph_json(type, o, hidden) {
    const out = { '@odata.type': `#microsoft.graph.${type}`, ...o };
    delete out[hidden];
    return out;
}
const graph_userJson = (u) => graph_json('user', u, 'methods');
const objectJson = (o) => graph_json('roleTemplateId' in o ? 'directoryRole' : 'group', o, 'members');
const METHOD_TYPES = {
    password: 'passwordAuthenticationMethod',
    microsoftAuthenticator: 'microsoftAuthenticatorAuthenticationMethod',
    fido2: 'fido2AuthenticationMethod',
    phone: 'phoneAuthenticationMethod',
    email: 'emailAuthenticationMethod',
    softwareOath: 'softwareOathAuthenticationMethod',
    temporaryAccessPass: 'temporaryAccessPassAuthenticationMethod',
    windowsHelloForBusiness: 'windowsHelloForBusinessAuthenticationMethod'
};
/** A collection answer: $filter, $select, $count and a page. */
function collection(call, items, filterable = []) {
    const filter = call.query.get('$filter');
    const count = call.query.get('$count') === 'true';
    if (count && call.headers.consistencylevel?.toLowerCase() !== 'eventual')
        throw new QueryError('$count is not currently supported without the ConsistencyLevel: eventual header.');
    const parsed = filter ? odata_parseFilter(filter) : undefined;
    const kept = parsed ? items.filter(i => odata_matches(parsed, i, filterable)) : items;
    const select = call.query.get('$select');
    return ok(odata_page(kept.map(i => selected(i, select)), call.self, count));
}
/** The user a route names (by object id or user principal name), or Graph's 404. */
function withUser(call, key, then) {
    const user = entra_state_findUser(call.state, key);
    return user ? then(user) : graph_notFound(key);
}
const onPremises = () => graphError(400, 'Request_BadRequest', 'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.');
const users = (s, ids) => s.users.filter(u => ids.includes(u.id));
/** Graph's refusal to let an app disable or delete an administrator, unless the app holds a
 *  role that may ("Who can perform sensitive actions" in Microsoft's documentation). */
function sensitive(call, u) {
    const admin = call.state.roles.some(r => r.members.includes(u.id));
    const may = (call.app.directoryRoles ?? []).some(r => ['Privileged Authentication Administrator', 'Global Administrator'].includes(r));
    return admin && !may
        ? graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
        : undefined;
}
const GRAPH_ROUTES = [
    {
        method: 'GET',
        template: '/users',
        permissions: READ_USERS,
        handle: call => collection(call, call.state.users.map(graph_userJson), USER_FILTERABLE)
    },
    {
        method: 'GET',
        template: '/users/{id}',
        permissions: READ_USERS,
        handle: (call, [id]) => withUser(call, id, u => ok(selected(graph_userJson(u), call.query.get('$select'))))
    },
    {
        method: 'PATCH',
        template: '/users/{id}',
        permissions: ['User.EnableDisableAccount.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
        handle: (call, [id]) => withUser(call, id, u => {
            const body = call.body;
            const keys = Object.keys(body ?? {});
            if (!keys.length ||
                keys.some(k => k !== 'accountEnabled') ||
                typeof body?.accountEnabled !== 'boolean')
                return graphError(400, 'Request_BadRequest', 'The simulated Graph updates accountEnabled (a boolean) only.');
            if (u.onPremisesSyncEnabled)
                return onPremises();
            const refused = sensitive(call, u);
            if (refused)
                return refused;
            u.accountEnabled = body.accountEnabled;
            return graph_noContent;
        })
    },
    {
        method: 'DELETE',
        template: '/users/{id}',
        permissions: ['User.DeleteRestore.All', 'User.ReadWrite.All'],
        handle: (call, [id]) => withUser(call, id, u => {
            if (u.onPremisesSyncEnabled)
                return onPremises();
            const refused = sensitive(call, u);
            if (refused)
                return refused;
            softDelete(call.state, u);
            return graph_noContent;
        })
    },
    {
        method: 'POST',
        template: '/users/{id}/revokeSignInSessions',
        permissions: ['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
        handle: (call, [id]) => withUser(call, id, u => {
            u.signInSessionsValidFromDateTime = call
                .now()
                .toISOString()
                .replace(/\.\d{3}Z$/, 'Z');
            return ok({ '@odata.context': '$metadata#Edm.Boolean', value: true });
        })
    },
    {
        method: 'GET',
        template: '/users/{id}/memberOf',
        permissions: READ_MEMBERS,
        handle: (call, [id]) => withUser(call, id, u => collection(call, directMemberOf(call.state, u.id).map(objectJson)))
    },
    {
        method: 'GET',
        template: '/users/{id}/transitiveMemberOf',
        permissions: READ_MEMBERS,
        handle: (call, [id]) => withUser(call, id, u => collection(call, transitiveMemberOf(call.state, u.id).map(objectJson)))
    },
    {
        method: 'GET',
        template: '/users/{id}/appRoleAssignments',
        permissions: [...READ_USERS, ...APP_ROLES],
        handle: (call, [id]) => withUser(call, id, u => collection(call, call.state.appRoleAssignments
            .filter(a => a.principalId === u.id)
            .map(a => ({ ...a, principalType: 'User', principalDisplayName: u.displayName }))))
    },
    {
        method: 'DELETE',
        template: '/users/{id}/appRoleAssignments/{assignment}',
        permissions: APP_ROLES,
        handle: (call, [id, assignment]) => withUser(call, id, u => {
            const s = call.state;
            const found = s.appRoleAssignments.find(a => a.id === assignment && a.principalId === u.id);
            if (!found)
                return graph_notFound(assignment);
            s.appRoleAssignments = s.appRoleAssignments.filter(a => a !== found);
            return graph_noContent;
        })
    },
    {
        method: 'GET',
        template: '/users/{id}/authentication/methods',
        permissions: READ_METHODS,
        handle: (call, [id]) => withUser(call, id, u => collection(call, u.methods.map(({ type, ...m }) => ({
            '@odata.type': `#microsoft.graph.${METHOD_TYPES[type]}`,
            ...m
        }))))
    },
    {
        method: 'DELETE',
        template: '/groups/{id}/members/{member}/$ref',
        permissions: WRITE_MEMBERS,
        handle: (call, [id, member]) => {
            const group = state_findGroup(call.state, id);
            if (!group)
                return graph_notFound(id);
            if (!group.members.includes(member.toLowerCase()))
                return graphError(404, 'Request_ResourceNotFound', "One or more removed object references do not exist for the following modified properties: 'members'.");
            if (group.groupTypes.includes('DynamicMembership'))
                return graphError(400, 'Request_BadRequest', 'Insufficient privileges to complete the operation: the group has dynamic membership.');
            if (group.onPremisesSyncEnabled)
                return onPremises();
            if (group.mailEnabled && !group.groupTypes.includes('Unified'))
                return graphError(400, 'Request_BadRequest', 'Cannot Update a mail-enabled security groups and or distribution list.');
            if (group.isAssignableToRole &&
                !call.app.permissions.includes('RoleManagement.ReadWrite.Directory'))
                return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
            group.members = group.members.filter(m => m !== member.toLowerCase());
            return graph_noContent;
        }
    },
    {
        method: 'GET',
        template: '/groups/{id}/transitiveMembers/microsoft.graph.user',
        permissions: READ_MEMBERS,
        handle: (call, [id]) => {
            const group = state_findGroup(call.state, id);
            return group
                ? collection(call, transitiveUsers(call.state, group).map(graph_userJson))
                : graph_notFound(id);
        }
    },
    {
        method: 'GET',
        template: '/directoryRoles/{id}/members/microsoft.graph.user',
        permissions: READ_ROLES,
        handle: (call, [id]) => {
            const role = call.state.roles.find(r => r.id === id);
            return role ? collection(call, users(call.state, role.members).map(graph_userJson)) : graph_notFound(id);
        }
    }
];
/** The route and its path parameters, for `method` and a path under /v1.0. */
function matchGraph(method, path) {
    const parts = path.split('/').filter(Boolean);
    for (const route of GRAPH_ROUTES) {
        if (route.method !== method)
            continue;
        const want = route.template.split('/').filter(Boolean);
        if (want.length !== parts.length)
            continue;
        const params = [];
        if (want.every((w, i) => w.startsWith('{') ? params.push(decodeURIComponent(parts[i])) > 0 : w === parts[i]))
            return { route, params };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/entra/platform.ts
// The simulated Entra ID on one sandbox server: the identity platform (login.ts) and
// Microsoft Graph v1.0 (graph.ts) with $batch. Graph requests need an access token the token
// endpoint issued; a route the token's permissions do not allow is refused with Graph's 403;
// $batch answers each of its (at most 20) requests as Graph would answer it alone.




const VERSION = '/v1.0';
/** Graph's limit of requests in one $batch. */
const BATCH_LIMIT = 20;
/** Status the simulator answers a request that breaks Graph's contract: no Graph status. */
const entra_platform_CONTRACT_VIOLATION_STATUS = 599;
const entra_platform_FAULT_CODES = {
    400: ['Request_BadRequest', 'Invalid request.'],
    401: ['InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'],
    403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
    404: [
        'Request_ResourceNotFound',
        'Resource does not exist or one of its queried reference-property objects are not present.'
    ],
    409: [
        'Request_MultipleObjectsWithSameKeyValue',
        'Another object with the same value for property exists.'
    ],
    429: ['TooManyRequests', 'Too many requests.'],
    500: ['generalException', 'An unexpected error occurred.'],
    502: ['BadGateway', 'Bad gateway.'],
    503: ['serviceNotAvailable', 'The service is temporarily unavailable.'],
    504: ['GatewayTimeout', 'The gateway timed out.']
};
const BATCH_OPERATION = 'POST /$batch';
/** Every operation the server names, as `METHOD /template`. */
const entraOperations = () => [
    'GET /{tenant}/v2.0/.well-known/openid-configuration',
    'POST /{tenant}/oauth2/v2.0/token',
    'GET /_actions/idtoken',
    BATCH_OPERATION,
    ...GRAPH_ROUTES.map(r => `${r.method} ${r.template}`)
];
const entra_platform_tokenOf = (req) => /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
function createEntraPlatform(state, options = {}) {
    const now = options.now ?? (() => new Date());
    const violations = [];
    /** One Graph request, answered as Graph would (a $batch's requests come here one by one). */
    function graph(method, target, headers, body, origin) {
        const self = new URL(`${origin}${VERSION}${target}`);
        const path = self.pathname.slice(VERSION.length);
        const found = options.checkRequest?.({ method, path, query: self.searchParams, body }) ?? [];
        if (found.length) {
            violations.push(...found.map(v => `${method} ${path}: ${v}`));
            return { status: entra_platform_CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } };
        }
        const token = entra_platform_tokenOf({ headers });
        const issued = token === undefined ? undefined : state.issued.get(token);
        const app = state.apps.find(a => a.clientId === issued?.clientId);
        if (!issued || !app || issued.expires <= now().getTime())
            return graphError(401, 'InvalidAuthenticationToken', token ? 'Lifetime validation failed, the token is expired.' : 'Access token is empty.');
        const matched = matchGraph(method, path);
        if (!matched)
            return graphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/').filter(Boolean).pop() ?? ''}'.`);
        if (!matched.route.permissions.some(p => app.permissions.includes(p)))
            return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
        try {
            return matched.route.handle({
                method,
                path,
                query: self.searchParams,
                headers,
                body,
                self,
                state,
                app,
                now
            }, matched.params);
        }
        catch (error) {
            if (error instanceof QueryError)
                return graphError(400, 'Request_UnsupportedQuery', error.message);
            throw error;
        }
    }
    function batch(req, body, origin) {
        const requests = body?.requests;
        if (!Array.isArray(requests) || requests.length === 0)
            return graphError(400, 'BadRequest', 'Invalid batch payload: requests are missing.');
        if (requests.length > BATCH_LIMIT)
            return graphError(400, 'BadRequest', `Invalid batch payload format: the number of requests exceeds the limit of ${BATCH_LIMIT}.`);
        const responses = requests.map((r) => {
            const url = String(r.url ?? '');
            const headers = {
                ...Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [
                    k.toLowerCase(),
                    v
                ])),
                authorization: req.headers.authorization
            };
            const answer = graph(String(r.method ?? 'GET').toUpperCase(), url.startsWith('/') ? url : `/${url}`, headers, r.body, origin);
            return {
                id: r.id,
                status: answer.status,
                headers: { 'content-type': 'application/json', ...answer.headers },
                body: answer.body
            };
        });
        return { status: 200, body: { responses } };
    }
    const platform = {
        name: options.name ?? 'entra',
        classify(req) {
            const login = loginOperation(req);
            if (login)
                return { operation: login, write: false };
            const path = req.path.startsWith(VERSION) ? req.path.slice(VERSION.length) : req.path;
            if (req.method === 'POST' && path === '/$batch') {
                const requests = platform_parseJson(req)?.requests ?? [];
                return {
                    operation: BATCH_OPERATION,
                    write: requests.some(r => String(r.method).toUpperCase() !== 'GET')
                };
            }
            const matched = matchGraph(req.method, path);
            return {
                operation: `${req.method} ${matched?.route.template ?? path}`,
                write: req.method !== 'GET'
            };
        },
        handle(req) {
            if (loginOperation(req))
                return handleLogin(state, req, now);
            if (!req.path.startsWith(`${VERSION}/`))
                return graphError(400, 'BadRequest', `Invalid version: ${req.path.split('/')[1] ?? ''}`);
            const origin = `http://${String(req.headers.host ?? '127.0.0.1')}`;
            const body = platform_parseJson(req);
            if (body === INVALID)
                return graphError(400, 'BadRequest', 'Unable to read JSON request payload.');
            const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
            const target = `${req.path.slice(VERSION.length)}${req.query.size ? `?${req.query}` : ''}`;
            if (req.method === 'POST' && target === '/$batch')
                return batch(req, body, origin);
            return graph(req.method, target, headers, body, origin);
        },
        throttled: seconds => graphError(429, ...entra_platform_FAULT_CODES[429], { 'retry-after': String(seconds) }),
        serverError: () => graphError(500, ...entra_platform_FAULT_CODES[500]),
        fault(status, rule) {
            const [code, message] = entra_platform_FAULT_CODES[status] ?? ['UnknownError', 'Request failed.'];
            const headers = rule.retryAfterSeconds === undefined
                ? {}
                : { 'retry-after': String(rule.retryAfterSeconds) };
            return graphError(status, rule.code ?? code, message, headers);
        },
        operations: entraOperations,
        echo(answer, echo) {
            const fields = (0,server/* jsonFields */.yX)(answer);
            if (answer.status < 400 || !fields)
                return answer;
            // The token endpoint's errors say it in error_description, Graph's in error.message.
            if (typeof fields.error_description === 'string')
                return {
                    ...answer,
                    body: { ...fields, error_description: `${fields.error_description} ${echo}` }
                };
            const error = fields.error;
            if (typeof error?.message !== 'string')
                return answer;
            return {
                ...answer,
                body: { ...fields, error: { ...error, message: `${error.message} ${echo}` } }
            };
        }
    };
    return { platform, state, violations };
}
const INVALID = Symbol('invalid JSON');
function platform_parseJson(req) {
    if (req.body.length === 0)
        return undefined;
    try {
        return JSON.parse(req.body.toString('utf8'));
    }
    catch {
        return INVALID;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/entra/scenario.ts

function checkEntra(c) {
    const configured = (0,entra_vocabulary/* entraConfigOf */.ob)(c.decl.platforms) !== undefined;
    if (c.scenario.entra && !configured)
        c.unconfigured(['entra'], 'entra');
    for (const { id, holds } of c.people)
        if (holds.entra && !configured)
            c.unconfigured(['people', id, 'entra'], 'entra');
    const others = c.scenario.others?.entra;
    if (others && !configured)
        c.unconfigured(['others', 'entra'], 'entra');
    c.notDeclared(entra_vocabulary/* ENTRA */.BH, (others ?? []).map(u => u.userPrincipalName), 'userPrincipalName', entra_vocabulary/* foldEntraAccount */.jP);
    const groups = c.scenario.entra?.groups ?? [];
    const ids = new Set(groups.map(g => g.id.toLowerCase()));
    groups.forEach((g, i) => {
        for (const inner of g.groups ?? [])
            if (!ids.has(inner.toLowerCase()))
                c.problem(['entra', 'groups', i, 'groups'], `group ${inner} is not among entra.groups: describe it there to nest it`);
    });
}

;// CONCATENATED MODULE: ./src/sandbox/entra/seed.ts
// The simulated tenant seeded from plain typed data: the app registration (its credentials per
// platforms.yaml and its permissions), the declared and described groups, a user per person
// with an account there (in their roles' groups, plus what the scenario adds), and the users
// nobody declares. Every tenant has a Global Administrator role; someone should hold it.



/** What docs/entra.md has the read-only app of plan and audit hold. */
const READER_PERMISSIONS = [
    'User.Read.All',
    'GroupMember.Read.All',
    'RoleManagement.Read.Directory',
    'UserAuthenticationMethod.Read.All'
];
/** What docs/entra.md has the writer's app hold: every call offboard makes. */
const WRITER_PERMISSIONS = [
    ...READER_PERMISSIONS,
    'User.EnableDisableAccount.All',
    'User.RevokeSessions.All',
    'GroupMember.ReadWrite.All',
    'AppRoleAssignment.ReadWrite.All',
    'User.DeleteRestore.All'
];
function seedEntra(seed) {
    const groups = new Map();
    const group = (id) => {
        const key = id.toLowerCase();
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { id: key, displayName: `Group ${key.slice(0, 8)}`, members: [] }));
        return g;
    };
    for (const id of seed.declaredGroups)
        group(id);
    for (const s of seed.groups ?? []) {
        const g = group(s.id);
        Object.assign(g, {
            displayName: s.name ?? g.displayName,
            groupTypes: s.dynamic ? ['DynamicMembership'] : [],
            membershipRule: s.dynamic ? 'user.department -eq "Engineering"' : null,
            onPremisesSyncEnabled: s.synced ? true : null,
            mailEnabled: s.exchange === true,
            securityEnabled: s.exchange !== true,
            isAssignableToRole: s.role_assignable === true
        });
        for (const inner of s.groups ?? [])
            g.members.push(group(inner).id);
    }
    const roles = new Map([['Global Administrator', []]]);
    const users = [];
    const assignments = [];
    const add = (upn, name, mail, enabled, h, granted) => {
        const id = guid(`user:${upn.toLowerCase()}`);
        users.push({
            userPrincipalName: upn,
            displayName: name,
            mail,
            accountEnabled: h.enabled ?? enabled,
            onPremisesSyncEnabled: h.synced ? true : null,
            methods: [
                { type: 'password' },
                ...(h.methods ?? []).map(type => ({
                    type,
                    displayName: type === 'microsoftAuthenticator' ? `${name}'s phone` : undefined
                }))
            ]
        });
        for (const g of new Set([...granted, ...(h.groups ?? [])].map(x => x.toLowerCase())))
            group(g).members.push(id);
        for (const r of h.directory_roles ?? [])
            roles.set(r, [...(roles.get(r) ?? []), id]);
        for (const app of h.app_roles ?? [])
            assignments.push({ principalId: id, resourceDisplayName: app });
    };
    for (const p of seed.people)
        add(p.upn, p.name, p.email, p.active, p.holds ?? {}, p.active ? p.groups : []);
    for (const o of seed.others ?? [])
        add(o.userPrincipalName, o.name ?? o.userPrincipalName.split('@')[0], o.mail ?? o.userPrincipalName, true, o, []);
    const writer = credentialMaterial(seed.credentials);
    const reader = seed.readClientId ? credentialMaterial(seed.credentials) : undefined;
    const state = entraState({
        tenantId: seed.tenantId,
        created: seed.created,
        apps: [
            {
                clientId: seed.clientId,
                permissions: seed.permissions ?? WRITER_PERMISSIONS,
                directoryRoles: seed.appRoles ?? ['Privileged Authentication Administrator'],
                ...writer.app
            },
            ...(reader && seed.readClientId
                ? [{ clientId: seed.readClientId, permissions: READER_PERMISSIONS, ...reader.app }]
                : [])
        ],
        users,
        groups: [...groups.values()],
        roles: [...roles].map(([displayName, members]) => ({
            displayName,
            members,
            ...(displayName === 'Global Administrator' ? { roleTemplateId: GLOBAL_ADMINISTRATOR } : {})
        })),
        appRoleAssignments: assignments
    });
    return { state, ...writer.handed, ...(reader ? { reader: reader.handed } : {}) };
}
/** The app's credential of the kind platforms.yaml names, made up for this tenant. */
function credentialMaterial(c) {
    if (c.type === 'client_secret') {
        // Recognisably the sandbox's, different on every run.
        const secret = `sandbox-entra-secret-${(0,external_node_crypto_.randomBytes)(18).toString('base64url')}`;
        return { app: { secret }, handed: { secret } };
    }
    if (c.type === 'certificate') {
        const { publicKey, privateKey } = sandboxKeyPair('entra certificate');
        // Entra ID keeps the certificate's thumbprint and public key; any DER in the PEM block
        // stands in for the certificate here, as the thumbprint is a hash of its bytes.
        const der = publicKey.export({ type: 'spki', format: 'der' });
        const body = der
            .toString('base64')
            .replace(/(.{64})/g, '$1\n')
            .trim();
        const certificatePem = `${privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()}\n-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
        const thumbprintSha256 = (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase();
        return {
            app: {
                certificate: {
                    thumbprintSha256,
                    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
                }
            },
            handed: { certificatePem }
        };
    }
    return { app: { federated: { audience: c.audience } }, handed: {} };
}

;// CONCATENATED MODULE: ./src/sandbox/entra/index.ts
// The simulated Entra ID: its descriptor for the sandbox (one server: the identity platform and
// Graph), and what the tests and the benchmarks use of it. Its seed reads the declarations
// through the connector's vocabulary (the `entra` block, accounts.entra, grants.entra) into the
// plain EntraSeed that seed.ts turns into a tenant.










/** The plain seed of the tenant platforms.yaml's `entra` block names. */
function entraSeedOf(input, config) {
    const declaredGroups = [...input.decl.roles.values()].flatMap(r => (0,entra_vocabulary/* entraRoleGrants */.GM)(r).map(g => g.value));
    const people = seededPeople(input).flatMap(p => {
        const groups = valuesOf(p.grants, entra_vocabulary/* ENTRA_GROUP */.Z$);
        const account = (0,entra_vocabulary/* declaredEntraAccount */.m0)(p.person);
        const holds = p.holds.entra;
        if (!holds && !(p.active && (account || groups.length)))
            return [];
        return [
            {
                upn: account ?? p.person.email,
                name: p.person.name,
                email: p.person.email,
                active: p.active,
                groups,
                holds
            }
        ];
    });
    return {
        tenantId: config.tenant_id,
        clientId: config.client_id,
        ...(config.read_client_id ? { readClientId: config.read_client_id } : {}),
        credentials: config.credentials,
        people,
        declaredGroups: [...new Set(declaredGroups)],
        groups: input.scenario.entra?.groups,
        others: input.scenario.others?.entra,
        permissions: input.scenario.entra?.permissions,
        created: SEED_CREATED
    };
}
/** The environment that points the connector at the simulated tenant and hands it the
 *  credential platforms.yaml says it uses. */
function entraEnv(config, seeded, url) {
    const env = { [entra_types/* GRAPH_URL_ENV */.fh]: url, [entra_types/* AUTHORITY_URL_ENV */.O4]: url };
    const c = config.credentials;
    if (c.type === 'client_secret')
        env[c.secret_env] = seeded.secret ?? '';
    else if (c.type === 'certificate')
        env[c.certificate_env] = seeded.certificatePem ?? '';
    else {
        env[entra_types/* OIDC_URL_ENV */.YK] = `${url}${OIDC_PATH}?api-version=2.0`;
        env[entra_types/* OIDC_TOKEN_ENV */.yD] = seeded.state.oidc.requestToken;
    }
    return env;
}
const entra = {
    key: 'entra',
    name: 'entra',
    servers: decl => ((0,entra_vocabulary/* entraConfigOf */.ob)(decl.platforms) ? ['entra'] : []),
    seed: input => {
        const config = (0,entra_vocabulary/* entraConfigOf */.ob)(input.decl.platforms);
        return config ? seedEntra(entraSeedOf(input, config)) : undefined;
    },
    state: seeded => seeded?.state,
    start(seeded, { decl, options }) {
        const config = (0,entra_vocabulary/* entraConfigOf */.ob)(decl.platforms);
        return {
            servers: [
                {
                    platform: createEntraPlatform(seeded.state, { checkRequest: options.checkEntraRequest })
                        .platform,
                    env: url => entraEnv(config, seeded, url)
                }
            ]
        };
    },
    check: checkEntra
};

// EXTERNAL MODULE: ./src/connectors/google/auth.ts
var google_auth = __webpack_require__(76094);
// EXTERNAL MODULE: ./src/connectors/google/declared.ts
var declared = __webpack_require__(13026);
// EXTERNAL MODULE: ./src/connectors/google/types.ts
var google_types = __webpack_require__(67595);
;// CONCATENATED MODULE: ./src/sandbox/google/state.ts
// The simulated Google Workspace customer as plain data: users with their sessions, OAuth
// tokens, app passwords and backup codes, groups and their members, admin roles and their
// assignments, Drive transfers, and the service accounts that may act for an admin
// (domain-wide delegation). The handlers (directory.ts, auth.ts) change it in place.
/** Google's Drive and Calendar application ids in the Data Transfer API. */
const DRIVE_APP_ID = '55656082996';
const CALENDAR_APP_ID = '435070579839';
const SUPER_ADMIN_ROLE = 'Super Admin';
/** Google's prebuilt admin roles a scenario may assign by name. */
const PREBUILT_ROLES = [
    SUPER_ADMIN_ROLE,
    'Groups Admin',
    'User Management Admin',
    'Help Desk Admin',
    'Services Admin'
];
function newGoogleState(customerId, domain) {
    return {
        customerId,
        domain,
        users: [],
        groups: [],
        roles: PREBUILT_ROLES.map((roleName, i) => ({
            roleId: `91705169967841${20 + i}`,
            roleName,
            isSuperAdminRole: roleName === SUPER_ADMIN_ROLE
        })),
        roleAssignments: [],
        transfers: [],
        applications: [
            {
                id: DRIVE_APP_ID,
                name: 'Drive and Docs',
                params: [{ key: 'PRIVACY_LEVEL', value: ['PRIVATE', 'SHARED'] }]
            },
            {
                id: CALENDAR_APP_ID,
                name: 'Calendar',
                params: [{ key: 'RELEASE_RESOURCES', value: ['TRUE'] }]
            }
        ],
        serviceAccounts: [],
        pools: [],
        transferReads: 0,
        nextId: 1
    };
}
/** A fresh numeric id, as long as Google's (21 digits for users). */
function state_mintId(state, digits = 21) {
    const n = String(state.nextId++);
    return `1${n.padStart(digits - 1, '0')}`;
}
const lower = (s) => s.toLowerCase();
/** The user a userKey names: its id, primary email or an alias (emails without regard to case). */
function google_state_findUser(state, key) {
    const k = lower(key);
    return state.users.find(u => u.id === key || lower(u.primaryEmail) === k || u.aliases.some(a => lower(a) === k));
}
/** The group a groupKey names: its id or email. */
function google_state_findGroup(state, key) {
    const k = lower(key);
    return state.groups.find(g => g.id === key || lower(g.email) === k);
}
function addUser(state, u) {
    const [local] = u.primaryEmail.split('@');
    const user = {
        id: state_mintId(state),
        aliases: [],
        givenName: local,
        familyName: '',
        suspended: false,
        isAdmin: false,
        isDelegatedAdmin: false,
        creationTime: '2024-01-01T00:00:00.000Z',
        sessions: 1,
        tokens: [],
        asps: [],
        backupCodes: [],
        driveFiles: 0,
        ...u
    };
    state.users.push(user);
    if (user.isAdmin)
        assignRole(state, user, SUPER_ADMIN_ROLE);
    return user;
}
function addGroup(state, email) {
    const found = google_state_findGroup(state, email);
    if (found)
        return found;
    const group = { id: `0${state_mintId(state, 14)}`, email, name: email.split('@')[0], members: [] };
    state.groups.push(group);
    return group;
}
function addMember(state, groupEmail, user) {
    const group = addGroup(state, groupEmail);
    if (!group.members.some(m => m.id === user.id))
        group.members.push({ id: user.id, email: user.primaryEmail, role: 'MEMBER', type: 'USER' });
}
function assignRole(state, user, roleName) {
    const role = state.roles.find(r => r.roleName === roleName);
    if (!role)
        throw new Error(`no admin role "${roleName}"`);
    if (!role.isSuperAdminRole)
        user.isDelegatedAdmin = true;
    state.roleAssignments.push({
        roleAssignmentId: state_mintId(state, 16),
        roleId: role.roleId,
        assignedTo: user.id,
        scopeType: 'CUSTOMER'
    });
}
/** Deleting a user takes its memberships and role assignments with it, as Google does. */
function removeUser(state, user) {
    state.users = state.users.filter(u => u !== user);
    for (const g of state.groups)
        g.members = g.members.filter(m => m.id !== user.id);
    state.roleAssignments = state.roleAssignments.filter(a => a.assignedTo !== user.id);
}

;// CONCATENATED MODULE: ./src/sandbox/google/directory.ts

/** Google's JSON error: `{error: {code, message, errors: [{message, domain, reason}]}}`. */
function googleError(code, message, reason, headers = {}) {
    return {
        status: code,
        headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
        body: { error: { code, message, errors: [{ message, domain: 'global', reason }] } }
    };
}
const directory_ok = (body) => ({ status: 200, body });
const directory_noContent = { status: 204 };
const directory_notFound = (what) => googleError(404, `Resource Not Found: ${what}`, 'notFound');
const directory_invalid = (what) => googleError(400, `Invalid Input: ${what}`, 'invalid');
const etag = (s) => `"${Buffer.from(s).toString('base64url').slice(0, 27)}"`;
/** One page of `items` by maxResults (default and largest `max`) and pageToken, or an error. */
function directory_page(call, items, max, fallback = max) {
    const raw = call.query.get('maxResults');
    const size = raw === null ? fallback : Number(raw);
    if (!Number.isInteger(size) || size < 1 || size > max)
        return directory_invalid('maxResults');
    const token = call.query.get('pageToken');
    const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0;
    if (!Number.isInteger(start) || start < 0)
        return googleError(400, 'Invalid page token', 'invalid');
    const end = start + size;
    return {
        items: items.slice(start, end),
        ...(end < items.length ? { next: Buffer.from(String(end)).toString('base64url') } : {})
    };
}
const isError = (v) => 'status' in v;
/** A list answer: `field` left out when empty, as Google does. */
function directory_list(kind, field, call, all, max, fallback) {
    const p = directory_page(call, all, max, fallback);
    if (isError(p))
        return p;
    return directory_ok({
        kind,
        etag: etag(`${kind}${all.length}`),
        ...(p.items.length ? { [field]: p.items } : {}),
        ...(p.next ? { nextPageToken: p.next } : {})
    });
}
function directory_renderUser(state, u) {
    const emails = [u.primaryEmail, ...u.aliases];
    return {
        kind: 'admin#directory#user',
        id: u.id,
        etag: etag(u.id + String(u.suspended)),
        primaryEmail: u.primaryEmail,
        name: {
            givenName: u.givenName,
            familyName: u.familyName,
            fullName: `${u.givenName} ${u.familyName}`.trim()
        },
        isAdmin: u.isAdmin,
        isDelegatedAdmin: u.isDelegatedAdmin,
        lastLoginTime: '1970-01-01T00:00:00.000Z',
        creationTime: u.creationTime,
        agreedToTerms: true,
        suspended: u.suspended,
        ...(u.suspended ? { suspensionReason: 'ADMIN' } : {}),
        archived: false,
        changePasswordAtNextLogin: false,
        ipWhitelisted: false,
        emails: emails.map((address, i) => ({ address, ...(i === 0 ? { primary: true } : {}) })),
        ...(u.aliases.length ? { aliases: u.aliases } : {}),
        customerId: state.customerId,
        orgUnitPath: '/',
        isMailboxSetup: true,
        isEnrolledIn2Sv: u.backupCodes.length > 0,
        isEnforcedIn2Sv: false,
        includeInGlobalAddressList: true
    };
}
/** users.list's `query`: space-separated `field=value` terms of the fields offboard uses, as
 *  a test of users; undefined when a term is not understood (Google: 400 Invalid Input). */
function userQuery(query) {
    const fields = {
        isadmin: u => String(u.isAdmin),
        isdelegatedadmin: u => String(u.isDelegatedAdmin),
        issuspended: u => String(u.suspended),
        email: u => u.primaryEmail.toLowerCase()
    };
    const tests = [];
    for (const term of (query ?? '').split(/\s+/).filter(Boolean)) {
        const m = /^(\w+)[=:](.+)$/.exec(term);
        const field = m && fields[m[1].toLowerCase()];
        if (!m || !field)
            return undefined;
        tests.push(u => field(u) === m[2].toLowerCase());
    }
    return u => tests.every(t => t(u));
}
/** `my_customer` or the customer's own id; undefined for any other. */
const ownCustomer = (state, c) => c === 'my_customer' || c === state.customerId;
/** A method on the user of `params.userKey`; Google's 404 when there is none. */
const forUser = (handle) => call => {
    const u = google_state_findUser(call.state, call.params.userKey);
    return u ? handle(call, u) : directory_notFound('userKey');
};
const DIRECTORY = {
    'directory.users.get': forUser((call, u) => directory_ok(directory_renderUser(call.state, u))),
    'directory.users.list': call => {
        const { state, query } = call;
        const customer = query.get('customer');
        const domain = query.get('domain');
        if (!customer && !domain)
            return googleError(400, 'Bad Request', 'badRequest');
        if (customer && !ownCustomer(state, customer))
            return directory_notFound('customer');
        if (domain && domain.toLowerCase() !== state.domain)
            return googleError(403, 'Not Authorized to access this resource/api', 'forbidden');
        const test = userQuery(query.get('query'));
        if (!test)
            return directory_invalid('query');
        const users = state.users.filter(test);
        return directory_list('admin#directory#users', 'users', call, users.map(u => directory_renderUser(state, u)), 500, 100);
    },
    'directory.users.update': forUser((call, u) => {
        const body = call.body;
        if (!body || typeof body !== 'object')
            return directory_invalid('body');
        if (body.suspended !== undefined) {
            if (typeof body.suspended !== 'boolean')
                return directory_invalid('suspended');
            if (u === call.caller)
                return googleError(400, 'Admins cannot suspend themselves', 'invalid');
            u.suspended = body.suspended;
        }
        return directory_ok(directory_renderUser(call.state, u));
    }),
    'directory.users.delete': forUser((call, u) => {
        if (u === call.caller)
            return googleError(400, 'Admins cannot delete themselves', 'invalid');
        removeUser(call.state, u);
        return directory_noContent;
    }),
    'directory.users.signOut': forUser((_call, u) => {
        u.sessions = 0;
        return directory_noContent;
    }),
    'directory.tokens.list': forUser((_call, u) => {
        const items = u.tokens.map(t => ({
            kind: 'admin#directory#token',
            etag: etag(t.clientId),
            ...t,
            userKey: u.id
        }));
        return directory_ok({
            kind: 'admin#directory#tokenList',
            etag: etag(u.id),
            ...(items.length ? { items } : {})
        });
    }),
    'directory.tokens.delete': forUser((call, u) => {
        const before = u.tokens.length;
        u.tokens = u.tokens.filter(t => t.clientId !== call.params.clientId);
        return u.tokens.length < before ? directory_noContent : directory_notFound('clientId');
    }),
    'directory.asps.list': forUser((_call, u) => {
        const items = u.asps.map(a => ({
            kind: 'admin#directory#asp',
            etag: etag(String(a.codeId)),
            codeId: a.codeId,
            name: a.name,
            creationTime: String(a.creationTime),
            lastTimeUsed: String(a.lastTimeUsed),
            userKey: u.id
        }));
        return directory_ok({
            kind: 'admin#directory#aspList',
            etag: etag(u.id),
            ...(items.length ? { items } : {})
        });
    }),
    'directory.asps.delete': forUser((call, u) => {
        const codeId = Number(call.params.codeId);
        if (!Number.isInteger(codeId))
            return directory_invalid('codeId');
        const before = u.asps.length;
        u.asps = u.asps.filter(a => a.codeId !== codeId);
        return u.asps.length < before ? directory_noContent : directory_notFound('codeId');
    }),
    'directory.verificationCodes.list': forUser((_call, u) => {
        const items = u.backupCodes.map(verificationCode => ({
            kind: 'admin#directory#verificationCode',
            etag: etag(verificationCode),
            userId: u.id,
            verificationCode
        }));
        return directory_ok({
            kind: 'admin#directory#verificationCodesList',
            etag: etag(u.id),
            ...(items.length ? { items } : {})
        });
    }),
    'directory.verificationCodes.invalidate': forUser((_call, u) => {
        u.backupCodes = [];
        return directory_noContent;
    }),
    'directory.groups.list': call => {
        const { state, query } = call;
        const userKey = query.get('userKey');
        const customer = query.get('customer');
        if (!userKey && !customer && !query.get('domain'))
            return googleError(400, 'Bad Request', 'badRequest');
        const user = userKey ? google_state_findUser(state, userKey) : undefined;
        if (userKey && !user)
            return directory_notFound('userKey');
        const groups = state.groups
            .filter(g => !user || g.members.some(m => m.id === user.id))
            .map(g => ({
            kind: 'admin#directory#group',
            id: g.id,
            etag: etag(g.id),
            email: g.email,
            name: g.name,
            directMembersCount: String(g.members.length),
            description: '',
            adminCreated: true
        }));
        return directory_list('admin#directory#groups', 'groups', call, groups, 200);
    },
    'directory.members.list': call => {
        const group = google_state_findGroup(call.state, call.params.groupKey);
        if (!group)
            return directory_notFound('groupKey');
        const members = group.members.map(m => ({
            kind: 'admin#directory#member',
            etag: etag(m.id + group.id),
            ...m,
            status: 'ACTIVE'
        }));
        return directory_list('admin#directory#members', 'members', call, members, 200);
    },
    'directory.members.delete': call => {
        const group = google_state_findGroup(call.state, call.params.groupKey);
        if (!group)
            return directory_notFound('groupKey');
        const key = call.params.memberKey.toLowerCase();
        const before = group.members.length;
        group.members = group.members.filter(m => m.id !== key && m.email.toLowerCase() !== key);
        return group.members.length < before ? directory_noContent : directory_notFound('memberKey');
    },
    'directory.roles.list': call => {
        if (!ownCustomer(call.state, call.params.customer))
            return directory_notFound('customer');
        const roles = call.state.roles.map(r => ({
            kind: 'admin#directory#role',
            etag: etag(r.roleId),
            ...r,
            roleDescription: r.roleName,
            isSystemRole: true,
            rolePrivileges: []
        }));
        return directory_list('admin#directory#roles', 'items', call, roles, 100);
    },
    'directory.roleAssignments.list': call => {
        const { state, params, query } = call;
        if (!ownCustomer(state, params.customer))
            return directory_notFound('customer');
        const key = query.get('userKey');
        const user = key ? google_state_findUser(state, key) : undefined;
        if (key && !user)
            return directory_invalid('userKey');
        const items = state.roleAssignments
            .filter(a => !user || a.assignedTo === user.id)
            .map(a => ({
            kind: 'admin#directory#roleAssignment',
            etag: etag(a.roleAssignmentId),
            ...a,
            assigneeType: 'user'
        }));
        return directory_list('admin#directory#roleAssignments', 'items', call, items, 200, 100);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/google/auth.ts
// The simulated token services the Google connector's credentials go through, and the access
// tokens the simulated Admin SDK accepts:
// - oauth2.token (Google's OAuth 2.0 token endpoint, RFC 7523 JWT bearer grant): the assertion
//   must be signed by a known service account (RS256, checked with its public key), name
//   Google's token endpoint as `aud`, act for an active user (`sub`), and ask only for scopes
//   delegated to that service account; the access token then carries the user and the scopes.
// - actions.idtoken (GitHub Actions' OIDC token request), sts.token (workload identity
//   federation's token exchange) and iamcredentials.signJwt (a federated token has IAM sign a
//   JWT as a service account the pool may use): the keyless way to the same assertion.
// Errors have each service's shape: OAuth's `{error, error_description}`, IAM's Google error.




const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const auth_oauthError = (status, error, error_description) => ({
    status,
    body: { error, error_description }
});
const random = (prefix) => `${prefix}${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
/** A JWT's parts, or undefined when it is not one. */
function parseJwt(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const [header, claims] = parts
            .slice(0, 2)
            .map(p => JSON.parse(Buffer.from(p, 'base64url').toString()));
        return { header, claims, signed: `${parts[0]}.${parts[1]}`, signature: parts[2] };
    }
    catch {
        return undefined;
    }
}
function createGoogleAuth(state, options = {}) {
    const now = options.now ?? Date.now;
    const access = new Map();
    /** OIDC tokens minted -> their audience; federated tokens -> their pool's audience. */
    const oidc = new Map();
    const federated = new Map();
    const form = (req) => new URLSearchParams(req.body.toString('utf8'));
    function token(req) {
        const f = form(req);
        if (f.get('grant_type') !== JWT_BEARER)
            return auth_oauthError(400, 'unsupported_grant_type', 'Invalid grant_type.');
        const jwt = parseJwt(f.get('assertion') ?? '');
        if (!jwt)
            return auth_oauthError(400, 'invalid_grant', 'Invalid JWT: malformed.');
        const { claims } = jwt;
        const sa = state.serviceAccounts.find(s => s.email === claims.iss);
        const verified = sa &&
            jwt.header.alg === 'RS256' &&
            (0,external_node_crypto_.createVerify)('RSA-SHA256').update(jwt.signed).verify(sa.publicKey, jwt.signature, 'base64url');
        if (!sa || !verified)
            return auth_oauthError(400, 'invalid_grant', 'Invalid JWT Signature.');
        const t = now() / 1000;
        if (claims.aud !== google_auth/* TOKEN_AUDIENCE */.PT)
            return auth_oauthError(400, 'invalid_grant', `Invalid JWT: audience must be ${google_auth/* TOKEN_AUDIENCE */.PT}.`);
        if (typeof claims.exp !== 'number' ||
            typeof claims.iat !== 'number' ||
            claims.exp < t ||
            claims.exp - claims.iat > 3600)
            return auth_oauthError(400, 'invalid_grant', 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.');
        const user = typeof claims.sub === 'string' ? google_state_findUser(state, claims.sub) : undefined;
        if (!user || user.suspended)
            return auth_oauthError(400, 'invalid_grant', 'Invalid email or User ID');
        const scopes = String(claims.scope ?? '')
            .split(' ')
            .filter(Boolean);
        if (!scopes.length || scopes.some(s => !sa.delegatedScopes.includes(s)))
            return auth_oauthError(401, 'unauthorized_client', 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.');
        const accessToken = random('ya29.sandbox-');
        access.set(accessToken, { user: user.id, scopes, expires: now() + 3600_000 });
        return {
            status: 200,
            body: { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' }
        };
    }
    function idToken(req) {
        const auth = String(req.headers.authorization ?? '');
        if (!options.oidcRequestToken ||
            auth.toLowerCase() !== `bearer ${options.oidcRequestToken.toLowerCase()}`)
            return { status: 401, body: { message: 'Bad credentials' } };
        const audience = req.query.get('audience') ?? '';
        const value = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({
            iss: 'https://token.actions.githubusercontent.com',
            aud: audience,
            sub: 'repo:acme/access:ref:refs/heads/main'
        })).toString('base64url')}.${(0,external_node_crypto_.randomBytes)(32).toString('base64url')}`;
        oidc.set(value, audience);
        return { status: 200, body: { count: 1, value } };
    }
    function sts(req) {
        const f = form(req);
        if (f.get('grant_type') !== TOKEN_EXCHANGE)
            return auth_oauthError(400, 'unsupported_grant_type', 'Invalid grant_type.');
        const audience = f.get('audience') ?? '';
        if (!state.pools.some(p => p.audience === audience))
            return auth_oauthError(400, 'invalid_target', 'The target service indicated by the "audience" parameters is invalid.');
        const aud = oidc.get(f.get('subject_token') ?? '');
        if (aud === undefined)
            return auth_oauthError(400, 'invalid_grant', 'ID Token issued by an unknown issuer or expired.');
        if (aud !== `https:${audience}`)
            return auth_oauthError(400, 'invalid_grant', `The audience in ID Token [${aud}] does not match the expected audience.`);
        const t = random('ya29.federated-');
        federated.set(t, audience);
        return {
            status: 200,
            body: {
                access_token: t,
                issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
                token_type: 'Bearer',
                expires_in: 3599
            }
        };
    }
    function iamSignJwt(req, serviceAccount) {
        const auth = String(req.headers.authorization ?? '');
        const audience = federated.get(auth.replace(/^Bearer /, ''));
        if (audience === undefined)
            return googleError(401, 'Request had invalid authentication credentials.', 'authError');
        const pool = state.pools.find(p => p.audience === audience);
        const sa = state.serviceAccounts.find(s => s.email === serviceAccount);
        if (!pool?.serviceAccounts.includes(serviceAccount) || !sa?.privateKey)
            return googleError(403, `Permission 'iam.serviceAccounts.signJwt' denied on resource (or it may not exist).`, 'forbidden');
        let payload;
        try {
            payload = JSON.parse(String(JSON.parse(req.body.toString('utf8')).payload));
        }
        catch {
            return googleError(400, 'Invalid JSON payload received.', 'badRequest');
        }
        return {
            status: 200,
            body: { keyId: sa.clientId, signedJwt: (0,google_auth/* signJwt */.No)(payload, sa.privateKey) }
        };
    }
    return {
        handle(id, req, params) {
            if (id === 'oauth2.token')
                return token(req);
            if (id === 'sts.token')
                return sts(req);
            if (id === 'actions.idtoken')
                return idToken(req);
            return iamSignJwt(req, params.serviceAccount);
        },
        /** The admin an API request acts for, if its token allows one of `scopes`; else Google's
         *  401 (no valid token) or 403 (a scope missing, or not an admin). */
        caller(req, scopes) {
            const auth = String(req.headers.authorization ?? '');
            const granted = access.get(auth.replace(/^Bearer /, ''));
            const user = granted && granted.expires > now() ? google_state_findUser(state, granted.user) : undefined;
            if (!granted || !user)
                return googleError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'authError', {
                    'www-authenticate': 'Bearer realm="https://accounts.google.com/"'
                });
            if (!scopes.some(s => granted.scopes.includes(s)))
                return googleError(403, 'Request had insufficient authentication scopes.', 'insufficientPermissions');
            if (!user.isAdmin || user.suspended)
                return googleError(403, 'Not Authorized to access this resource/api', 'forbidden');
            return user;
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/google/datatransfer.ts
// The simulated Data Transfer API: the applications whose data can change owner (Drive and
// Docs, Calendar), and transfers, which complete after `state.transferReads` reads (moving
// the Drive files to their new owner) so that a test can see a deletion wait for one.


const renderTransfer = (t) => ({
    kind: 'admin#datatransfer#DataTransfer',
    etag: etag(t.id + t.status),
    id: t.id,
    oldOwnerUserId: t.oldOwnerUserId,
    newOwnerUserId: t.newOwnerUserId,
    applicationDataTransfers: [
        {
            applicationId: t.applicationId,
            applicationTransferParams: t.params,
            applicationTransferStatus: t.status
        }
    ],
    overallTransferStatusCode: t.status,
    requestTime: t.requestTime
});
/** A transfer in progress moves on with each read; done, the files change owner. */
function advance(state, t) {
    if (t.status !== 'inProgress')
        return;
    if (t.readsLeft-- > 0)
        return;
    const [from, to] = [google_state_findUser(state, t.oldOwnerUserId), google_state_findUser(state, t.newOwnerUserId)];
    if (!from || !to) {
        t.status = 'failed';
        return;
    }
    to.driveFiles += from.driveFiles;
    from.driveFiles = 0;
    t.status = 'completed';
}
const DATATRANSFER = {
    'datatransfer.applications.list': call => {
        const apps = call.state.applications.map(a => ({
            kind: 'admin#datatransfer#ApplicationResource',
            etag: etag(a.id),
            id: a.id,
            name: a.name,
            transferParams: a.params
        }));
        return directory_list('admin#datatransfer#applicationsList', 'applications', call, apps, 500, 100);
    },
    'datatransfer.transfers.list': call => {
        const { state, query } = call;
        const [from, to, status] = ['oldOwnerUserId', 'newOwnerUserId', 'status'].map(k => query.get(k));
        for (const t of state.transfers)
            advance(state, t);
        const found = state.transfers.filter(t => (!from || t.oldOwnerUserId === from) &&
            (!to || t.newOwnerUserId === to) &&
            (!status || t.status === status));
        return directory_list('admin#datatransfer#dataTransfersList', 'dataTransfers', call, found.map(renderTransfer), 100);
    },
    'datatransfer.transfers.insert': call => {
        const { state } = call;
        const b = call.body;
        const from = typeof b?.oldOwnerUserId === 'string' && google_state_findUser(state, b.oldOwnerUserId);
        const to = typeof b?.newOwnerUserId === 'string' && google_state_findUser(state, b.newOwnerUserId);
        if (!from)
            return directory_invalid('oldOwnerUserId');
        if (!to || to.suspended)
            return directory_invalid('newOwnerUserId');
        const app = b.applicationDataTransfers?.[0];
        const known = state.applications.find(a => a.id === String(app?.applicationId));
        if (!app || !known || b.applicationDataTransfers.length !== 1)
            return directory_invalid('applicationDataTransfers');
        const t = {
            id: `AKrEtIb${state_mintId(state, 12)}`,
            oldOwnerUserId: from.id,
            newOwnerUserId: to.id,
            applicationId: known.id,
            params: Array.isArray(app.applicationTransferParams)
                ? app.applicationTransferParams
                : [],
            status: 'inProgress',
            requestTime: new Date().toISOString(),
            readsLeft: state.transferReads
        };
        state.transfers.push(t);
        return directory_ok(renderTransfer(t));
    }
};

;// CONCATENATED MODULE: ./src/sandbox/google/routes.ts
// The simulated Google APIs' methods: the Admin SDK's, named by their discovery ids with their
// paths and the scopes Google accepts for each (a test compares them with Google's discovery
// documents, __tests__/fixtures/google-discovery.json), and the token services' endpoints.
const scope = (...names) => names.map(n => `https://www.googleapis.com/auth/${n}`);
const routes_USER = scope('admin.directory.user', 'admin.directory.user.readonly');
const SECURITY = scope('admin.directory.user.security');
const ROLES = scope('admin.directory.rolemanagement', 'admin.directory.rolemanagement.readonly');
const TRANSFER = scope('admin.datatransfer', 'admin.datatransfer.readonly');
const D = 'admin/directory/v1';
const T = 'admin/datatransfer/v1';
const API_ROUTES = [
    { id: 'directory.users.get', method: 'GET', path: `${D}/users/{userKey}`, scopes: routes_USER },
    {
        id: 'directory.users.list',
        method: 'GET',
        path: `${D}/users`,
        scopes: [...routes_USER, ...scope('cloud-platform')]
    },
    {
        id: 'directory.users.update',
        method: 'PUT',
        path: `${D}/users/{userKey}`,
        scopes: scope('admin.directory.user')
    },
    {
        id: 'directory.users.delete',
        method: 'DELETE',
        path: `${D}/users/{userKey}`,
        scopes: scope('admin.directory.user')
    },
    {
        id: 'directory.users.signOut',
        method: 'POST',
        path: `${D}/users/{userKey}/signOut`,
        scopes: SECURITY
    },
    {
        id: 'directory.tokens.list',
        method: 'GET',
        path: `${D}/users/{userKey}/tokens`,
        scopes: SECURITY
    },
    {
        id: 'directory.tokens.delete',
        method: 'DELETE',
        path: `${D}/users/{userKey}/tokens/{clientId}`,
        scopes: SECURITY
    },
    { id: 'directory.asps.list', method: 'GET', path: `${D}/users/{userKey}/asps`, scopes: SECURITY },
    {
        id: 'directory.asps.delete',
        method: 'DELETE',
        path: `${D}/users/{userKey}/asps/{codeId}`,
        scopes: SECURITY
    },
    {
        id: 'directory.verificationCodes.list',
        method: 'GET',
        path: `${D}/users/{userKey}/verificationCodes`,
        scopes: SECURITY
    },
    {
        id: 'directory.verificationCodes.invalidate',
        method: 'POST',
        path: `${D}/users/{userKey}/verificationCodes/invalidate`,
        scopes: SECURITY
    },
    {
        id: 'directory.groups.list',
        method: 'GET',
        path: `${D}/groups`,
        scopes: scope('admin.directory.group', 'admin.directory.group.readonly')
    },
    {
        id: 'directory.members.list',
        method: 'GET',
        path: `${D}/groups/{groupKey}/members`,
        scopes: scope('admin.directory.group', 'admin.directory.group.member', 'admin.directory.group.member.readonly', 'admin.directory.group.readonly')
    },
    {
        id: 'directory.members.delete',
        method: 'DELETE',
        path: `${D}/groups/{groupKey}/members/{memberKey}`,
        scopes: scope('admin.directory.group', 'admin.directory.group.member')
    },
    {
        id: 'directory.roles.list',
        method: 'GET',
        path: `${D}/customer/{customer}/roles`,
        scopes: ROLES
    },
    {
        id: 'directory.roleAssignments.list',
        method: 'GET',
        path: `${D}/customer/{customer}/roleassignments`,
        scopes: ROLES
    },
    {
        id: 'datatransfer.applications.list',
        method: 'GET',
        path: `${T}/applications`,
        scopes: TRANSFER
    },
    { id: 'datatransfer.transfers.list', method: 'GET', path: `${T}/transfers`, scopes: TRANSFER },
    {
        id: 'datatransfer.transfers.insert',
        method: 'POST',
        path: `${T}/transfers`,
        scopes: scope('admin.datatransfer')
    }
];
/** The token services, on the same server: Google's OAuth 2.0 token endpoint, STS, IAM
 *  Credentials' signJwt, and the GitHub Actions OIDC token request the federation starts from. */
const AUTH_ROUTES = [
    { id: 'oauth2.token', method: 'POST', path: 'token', scopes: [] },
    { id: 'sts.token', method: 'POST', path: 'v1/token', scopes: [] },
    {
        id: 'iamcredentials.signJwt',
        method: 'POST',
        path: 'v1/projects/-/serviceAccounts/{serviceAccount}:signJwt',
        scopes: []
    },
    { id: 'actions.idtoken', method: 'GET', path: '_actions/idtoken', scopes: [] }
];
const compiled = [...API_ROUTES, ...AUTH_ROUTES].map(route => {
    const names = [];
    const source = route.path
        .replace(/[.]/g, '\\.')
        .replace(/\{(\w+)\}/g, (_, name) => (names.push(name), '([^/:]+)'));
    return { route, names, pattern: new RegExp(`^/${source}$`) };
});
/** The route a request's method and path take, with its decoded path parameters. */
function routes_matchRoute(method, path) {
    for (const c of compiled) {
        if (c.route.method !== method)
            continue;
        const m = c.pattern.exec(path);
        if (m)
            return {
                route: c.route,
                params: Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))
            };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/google/platform.ts
// The simulated Google: one server for the Admin SDK (Directory and Data Transfer APIs) and the
// token services its credentials go through. Requests are named by their discovery method ids
// (`directory.users.signOut`) or the token service (`oauth2.token`), which fault rules use;
// each API call needs an access token with one of the method's scopes, acting for an active
// super admin. Faults and the throttle knob answer Google's errors: 429 rateLimitExceeded with
// Retry-After, 5xx backendError, a fault's `code` as the reason (`403 code=userRateLimitExceeded`).





/** Status the simulator answers a request that breaks Google's contract: no Google status. */
const google_platform_CONTRACT_VIOLATION_STATUS = 599;
/** Every operation the server names: the method ids and the token services. */
const googleOperations = () => [...API_ROUTES, ...AUTH_ROUTES].map(r => r.id);
const REASONS = {
    400: ['badRequest', 'Bad Request'],
    401: ['authError', 'Invalid Credentials'],
    403: ['forbidden', 'Not Authorized to access this resource/api'],
    404: ['notFound', 'Resource Not Found'],
    409: ['duplicate', 'Entity already exists.'],
    412: ['conditionNotMet', 'Precondition Failed'],
    429: ['rateLimitExceeded', 'Rate Limit Exceeded'],
    500: ['backendError', 'Backend Error'],
    503: ['backendError', 'Service unavailable. Please try again']
};
function platform_parseBody(req) {
    if (req.body.length === 0)
        return { body: undefined };
    if (!String(req.headers['content-type'] ?? '').includes('json'))
        return { body: undefined };
    try {
        return { body: JSON.parse(req.body.toString('utf8')) };
    }
    catch {
        return undefined;
    }
}
const HANDLERS = { ...DIRECTORY, ...DATATRANSFER };
const isAuthService = (req) => AUTH_ROUTES.some(r => r.id === routes_matchRoute(req.method, req.path)?.route.id);
function createGooglePlatform(state, options = {}) {
    const auth = createGoogleAuth(state, options);
    const violations = [];
    const handle = (req) => {
        const matched = routes_matchRoute(req.method, req.path);
        if (!matched)
            return googleError(404, `Not Found: ${req.method} ${req.path}`, 'notFound');
        const { route, params } = matched;
        if (AUTH_ROUTES.includes(route))
            return auth.handle(route.id, req, params);
        const found = options.checkRequest?.(req) ?? [];
        if (found.length) {
            violations.push(...found.map(v => `${req.method} ${req.path}: ${v}`));
            return { status: google_platform_CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } };
        }
        const caller = auth.caller(req, route.scopes);
        if ('status' in caller)
            return caller;
        const parsed = platform_parseBody(req);
        if (!parsed)
            return googleError(400, 'Invalid JSON payload received.', 'parseError');
        return HANDLERS[route.id]({
            state,
            params,
            query: req.query,
            body: parsed.body,
            caller
        });
    };
    const fault = (status, rule, req) => {
        const [reason, message] = REASONS[status] ?? [
            status >= 500 ? 'backendError' : 'failed',
            'request failed'
        ];
        const headers = rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) };
        // The token services answer OAuth errors; a `code` names the error there.
        if (req && isAuthService(req))
            return { status, headers, body: { error: rule.code ?? reason, error_description: message } };
        return googleError(status, message, rule.code ?? reason, headers);
    };
    const platform = {
        name: 'google',
        classify(req) {
            const route = routes_matchRoute(req.method, req.path)?.route;
            return {
                operation: route?.id ?? `${req.method} ${req.path}`,
                write: req.method !== 'GET' && !AUTH_ROUTES.includes(route)
            };
        },
        handle,
        throttled: retryAfterSeconds => fault(429, { retryAfterSeconds }),
        serverError: () => fault(500, {}),
        fault: (status, rule, req) => fault(status, rule, req),
        operations: googleOperations,
        echo: (answer, echo) => {
            const fields = (0,server/* jsonFields */.yX)(answer);
            const error = fields?.error;
            if (typeof error === 'string')
                return {
                    ...answer,
                    body: {
                        ...fields,
                        error_description: `${String(fields?.error_description ?? '')} ${echo}`.trim()
                    }
                };
            if (!error || typeof error !== 'object')
                return answer;
            const e = error;
            return {
                ...answer,
                body: { error: { ...e, message: `${String(e.message ?? '')} ${echo}`.trim() } }
            };
        }
    };
    return { platform, state, violations };
}

;// CONCATENATED MODULE: ./src/sandbox/google/scenario.ts
// Google Workspace's part of the sandbox scenario: what a person holds there beyond their
// roles' groups, and the users nobody declares; and the checks its schema part
// (scenario-schema.json) cannot make.


function checkGoogle(c, configured) {
    const roles = (path, holds) => (holds.admin_roles ?? []).forEach((r, i) => {
        if (!PREBUILT_ROLES.includes(r))
            c.problem([...path, 'admin_roles', i], `no admin role "${r}": use one of ${PREBUILT_ROLES.join(', ')}`);
    });
    for (const { id, holds } of c.people) {
        if (!holds.google)
            continue;
        if (!configured)
            c.unconfigured(['people', id, 'google'], 'google');
        roles(['people', id, 'google'], holds.google);
    }
    const others = c.scenario.others?.google ?? [];
    if (others.length && !configured)
        c.unconfigured(['others', 'google'], 'google');
    // A person's account is the one they declare, or their email: an other may be neither.
    const people = new Map([...c.decl.people.values()].map(p => [(0,declared/* foldAccount */.Rg)((0,declared/* declaredAccount */.k8)(p) ?? p.email), p.id]));
    const seen = new Set();
    others.forEach((o, i) => {
        roles(['others', 'google', i], o);
        const email = (0,declared/* foldAccount */.Rg)(o.email);
        const person = people.get(email);
        if (person || seen.has(email))
            c.problem(['others', 'google', i, 'email'], person
                ? `${o.email} is ${person}'s Google account: describe it under people.${person}.google instead`
                : `${o.email} is listed twice`);
        seen.add(email);
    });
}

;// CONCATENATED MODULE: ./src/sandbox/google/seed.ts
// The simulated Workspace customer, seeded from plain data (index.ts builds it from the
// declarations and the scenario): every active person holds a user in their roles' groups,
// with an open session; a departed person holds only what the scenario says they kept; the
// admin offboard acts as is a super admin; and the users nobody declares are there too.


const DAY = 86_400_000;
/** Made-up material that is the same on every run. */
const digits = (name, n) => BigInt(`0x${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex')}`)
    .toString()
    .slice(0, n);
function give(state, user, holds, now) {
    for (const g of holds.groups ?? [])
        addMember(state, g, user);
    user.aliases.push(...(holds.aliases ?? []));
    for (const app of holds.oauth_apps ?? [])
        user.tokens.push({
            clientId: `${digits(`${user.primaryEmail}/${app}`, 12)}-sandbox.apps.googleusercontent.com`,
            displayText: app,
            scopes: ['openid', 'https://www.googleapis.com/auth/userinfo.email'],
            nativeApp: false,
            anonymous: false
        });
    holds.app_passwords?.forEach((name, i) => user.asps.push({
        codeId: i + 1,
        name,
        creationTime: now.getTime() - 90 * DAY,
        lastTimeUsed: now.getTime() - DAY
    }));
    if (holds.backup_codes)
        for (let i = 0; i < 10; i++)
            user.backupCodes.push(digits(`${user.primaryEmail}#${i}`, 8));
    if (holds.super_admin && !user.isAdmin) {
        user.isAdmin = true;
        assignRole(state, user, 'Super Admin');
    }
    for (const role of holds.admin_roles ?? [])
        assignRole(state, user, role);
    if (holds.suspended) {
        user.suspended = true;
        user.sessions = 0;
    }
    user.driveFiles += holds.drive_files ?? 0;
}
function seedGoogle(input) {
    const state = newGoogleState(input.customerId, input.domain);
    for (const g of input.declaredGroups)
        addGroup(state, g);
    for (const p of input.people) {
        if (!p.active && !p.holds)
            continue;
        const [givenName, ...rest] = p.name.split(' ');
        const user = addUser(state, {
            primaryEmail: p.email,
            givenName,
            familyName: rest.join(' '),
            sessions: p.active ? 1 : 0
        });
        for (const g of p.groups)
            addMember(state, g, user);
        give(state, user, p.holds ?? {}, input.now);
    }
    for (const o of input.others) {
        const user = addUser(state, {
            primaryEmail: o.email,
            givenName: o.name ?? o.email.split('@')[0]
        });
        give(state, user, o, input.now);
    }
    const admin = google_state_findUser(state, input.admin);
    if (!admin)
        addUser(state, { primaryEmail: input.admin, givenName: 'Admin', isAdmin: true });
    else if (!admin.isAdmin)
        give(state, admin, { super_admin: true }, input.now);
    return state;
}

;// CONCATENATED MODULE: ./src/sandbox/google/index.ts
// The simulated Google Workspace: its descriptor for the sandbox (one server, the Admin SDK and
// the token services), and what the tests use of it. Registering it is its line in
// src/sandbox/registry.ts (and node scripts/compile-schemas.mjs for its scenario part).











/** The customer id the sandbox answers for `my_customer`. */
const SANDBOX_CUSTOMER = 'C0sandbox';
const SERVICE_ACCOUNT = 'offboard@offboard-sandbox.iam.gserviceaccount.com';
/** The Google part of the declarations and the scenario, as seedGoogle takes it. */
function googleSeedInput(input) {
    const { decl, scenario } = input;
    const block = (0,declared/* googleBlock */.J5)(decl.platforms);
    if (!block)
        return undefined;
    const config = (0,google_types/* googleConfig */.ay)(block);
    const groupsOf = (roles) => [
        ...new Map(roles
            .flatMap(r => {
            const role = decl.roles.get(r);
            return role ? (0,declared/* roleGrants */.eL)(role) : [];
        })
            .map(g => [(0,declared/* foldAccount */.Rg)(g.value), g.value])).values()
    ];
    return {
        customerId: config.customer_id === 'my_customer' ? SANDBOX_CUSTOMER : config.customer_id,
        domain: config.domain ?? config.admin.split('@')[1].toLowerCase(),
        admin: config.admin,
        people: [...decl.people.values()].map(p => ({
            id: p.id,
            name: p.name,
            email: (0,declared/* declaredAccount */.k8)(p) ?? p.email,
            active: p.status === 'active',
            groups: p.status === 'active' ? groupsOf(p.roles) : [],
            holds: (0,names/* byName */.nG)(scenario.people, p.id)?.google
        })),
        declaredGroups: groupsOf([...decl.roles.keys()]),
        others: scenario.others?.google ?? [],
        now: input.now
    };
}
const google = {
    key: 'google',
    name: 'google',
    servers: decl => ((0,declared/* googleBlock */.J5)(decl.platforms) ? ['google'] : []),
    seed: input => {
        const plain = googleSeedInput(input);
        return plain && seedGoogle(plain);
    },
    state: seeded => seeded,
    start(state, { decl, options, token }) {
        const config = (0,google_types/* googleConfig */.ay)((0,declared/* googleBlock */.J5)(decl.platforms));
        const { tokens, env } = sandboxCredentials(state, config, token);
        const { platform } = createGooglePlatform(state, {
            oidcRequestToken: tokens.oidcRequestToken,
            checkRequest: options.checkGoogleRequest
        });
        return {
            tokens,
            servers: [
                {
                    platform,
                    env: url => ({ ...env(url), [google_types/* API_URL_ENV */.bT]: url, [google_types/* AUTH_URL_ENV */.Hb]: url })
                }
            ]
        };
    },
    check: c => checkGoogle(c, (0,declared/* googleBlock */.J5)(c.decl.platforms) !== undefined)
};
/** A service account delegated every scope offboard asks for, and the environment that hands
 *  its credentials to the connector the way platforms.yaml says they come. */
function sandboxCredentials(state, config, token) {
    const { credentials } = config;
    const { publicKey, privateKey } = sandboxKeyPem('google service account');
    const delegatedScopes = [...new Set([...(0,google_auth/* scopesFor */.lN)('read', true), ...(0,google_auth/* scopesFor */.lN)('write', true)])];
    const clientId = '100000000000000000042';
    if ('workload_identity' in credentials) {
        const { audience, service_account } = credentials.workload_identity;
        state.serviceAccounts.push({
            email: service_account,
            clientId,
            publicKey,
            privateKey,
            delegatedScopes
        });
        state.pools.push({ audience, serviceAccounts: [service_account] });
        const oidcRequestToken = token('ghoidc-');
        return {
            tokens: { oidcRequestToken },
            env: url => ({
                ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_actions/idtoken?api-version=2.0`,
                ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcRequestToken
            })
        };
    }
    state.serviceAccounts.push({ email: SERVICE_ACCOUNT, clientId, publicKey, delegatedScopes });
    const serviceAccountKey = JSON.stringify({
        type: 'service_account',
        project_id: 'offboard-sandbox',
        private_key_id: token('').slice(0, 40),
        private_key: privateKey,
        client_email: SERVICE_ACCOUNT,
        client_id: clientId,
        token_uri: 'https://oauth2.googleapis.com/token'
    });
    return {
        tokens: { serviceAccountKey },
        env: () => ({ [credentials.key_env]: serviceAccountKey })
    };
}

;// CONCATENATED MODULE: ./src/sandbox/registry.ts
// The simulated platforms the sandbox runs, in the order their servers start (fixed ports
// count in this order) and their parts appear in schemas/scenario.schema.json. Adding one is
// its folder under src/sandbox/ plus its import and its entry here (see docs/sandbox.md);
// scripts/scenario-schema.mjs reads the folder names from the imports, so they list the
// platforms in the same order as the entries.








const SANDBOX_PLATFORMS = [github, awsIam, slack, scim_scim, awsSso, okta, entra, google];
/** The registry as the shared code loops over it, without each platform's own types. */
const sandboxPlatforms = SANDBOX_PLATFORMS;


/***/ }),

/***/ 65126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   TW: () => (/* binding */ faultProblems),
/* harmony export */   hE: () => (/* binding */ startSimServer),
/* harmony export */   yX: () => (/* binding */ jsonFields)
/* harmony export */ });
/* unused harmony exports quietKnobs, echoOf */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _declarations_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40679);
// The one HTTP server every simulated platform runs on: loopback only, with the knobs the
// tests and benchmarks turn (latency, injected faults, server-wide or per operation, the echo)
// and a record of every request.


const quietKnobs = () => ({
    latencyMs: 0,
    serverErrorRate: 0,
    throttleRate: 0,
    dropRate: 0,
    retryAfterSeconds: 1,
    faults: []
});
/** Deterministic randomness so that a fault-injection test fails the same way every run. */
function seededRandom(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** The rule for this request, counted as a hit; undefined when none applies. */
function ruleFor(faults, c, random) {
    const rule = faults.find(f => (f.operation === '*' || f.operation === c.operation) &&
        (f.times === undefined || (f.hits ?? 0) < f.times));
    // Only a partial rate draws a number, so that rules leave the rates' sequence unchanged.
    if (!rule || (rule.rate !== undefined && rule.rate < 1 && random() >= rule.rate))
        return;
    rule.hits = (rule.hits ?? 0) + 1;
    return rule;
}
/** Rules that name what the platform has, with settings that make sense; else why not. */
function faultProblems(platform, rules) {
    const known = new Set(platform.operations());
    return rules.flatMap(r => {
        const out = [];
        if (r.operation !== '*' && !known.has(r.operation))
            out.push(`${platform.name} has no operation "${r.operation}"${(0,_declarations_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(r.operation, known)}`);
        if (r.status !== undefined && (!Number.isInteger(r.status) || r.status < 200 || r.status > 599))
            out.push(`status ${r.status} is not an HTTP status from 200 to 599`);
        if (r.drop && r.status !== undefined)
            out.push('drop and a status exclude each other');
        if (r.status === undefined && !r.drop && !r.delayMs)
            out.push('a fault needs a status, drop or a delay');
        if (r.rate !== undefined && !(r.rate > 0 && r.rate <= 1))
            out.push('rate must be in (0, 1]');
        if (r.times !== undefined && !(Number.isInteger(r.times) && r.times >= 1))
            out.push('times must be a whole number from 1');
        for (const [name, v] of [
            ['delay', r.delayMs],
            ['retry-after', r.retryAfterSeconds]
        ])
            if (v !== undefined && !(v >= 0 && Number.isFinite(v)))
                out.push(`${name} must be 0 or more`);
        return out.map(p => `${r.operation}: ${p}`);
    });
}
async function startSimServer(platform, options = {}) {
    const knobs = { ...quietKnobs(), ...options.knobs };
    const random = seededRandom(options.seed ?? 1);
    const requests = [];
    const sockets = new Set();
    let inFlight = 0;
    const idle = [];
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            inFlight++;
            void answerRequest(req, res, Buffer.concat(chunks)).finally(() => {
                if (--inFlight === 0)
                    for (const done of idle.splice(0))
                        done();
            });
        });
    });
    async function answerRequest(req, res, body) {
        const url = new URL(req.url ?? '/', 'http://sandbox');
        const simReq = {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            body
        };
        const classified = platform.classify(simReq);
        const record = (status) => requests.push({
            ...classified,
            method: simReq.method,
            path: simReq.path,
            body: body.toString('utf8'),
            status
        });
        const rule = ruleFor(knobs.faults, classified, random);
        const delay = knobs.latencyMs + (rule?.delayMs ?? 0);
        if (delay > 0)
            await sleep(delay);
        const faultable = !rule && (!knobs.faultOnly || knobs.faultOnly(classified));
        let answer;
        if (rule?.drop || (faultable && random() < knobs.dropRate)) {
            record(0);
            req.socket.destroy();
            return;
        }
        else if (rule?.status !== undefined) {
            answer = platform.fault(rule.status, rule, simReq);
        }
        else if (faultable && random() < knobs.serverErrorRate) {
            answer = platform.serverError();
        }
        else if (faultable && random() < knobs.throttleRate) {
            answer = platform.throttled(knobs.retryAfterSeconds);
        }
        else {
            try {
                answer = await platform.handle(simReq);
            }
            catch (err) {
                // A bug in the simulator must be loud, not look like a platform answer.
                answer = { status: 599, body: { sandbox_error: String(err.stack ?? err) } };
            }
        }
        if (knobs.echo)
            answer = platform.echo(answer, echoOf(simReq));
        record(answer.status);
        send(res, answer);
    }
    server.on('connection', s => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    await new Promise(resolve => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        name: platform.name,
        url: `http://127.0.0.1:${port}`,
        knobs,
        requests,
        writes: () => requests.filter(r => r.write),
        counts: () => {
            const out = {};
            for (const r of requests)
                out[r.operation] = (out[r.operation] ?? 0) + 1;
            return out;
        },
        resetRecord: () => void requests.splice(0),
        idle: () => new Promise(done => (inFlight === 0 ? done() : idle.push(done))),
        close: () => new Promise(resolve => {
            for (const s of sockets)
                s.destroy();
            server.close(() => resolve());
        })
    };
}
// The echo knob: error answers that repeat the request back, as some proxies and SCIM servers
// do. What they repeat is what a request carries that a secret could be in: the credentials
// headers, the query string and the body. Each platform puts it in its own error shape
// (Platform.echo): GitHub's `message`, Slack's `detail` (beside its `error` code), a SCIM
// error's `detail`, IAM's <Message>.
/** The request as an error answer repeats it. */
function echoOf(req) {
    const query = req.query.toString();
    const headers = ['authorization', 'x-amz-security-token']
        .filter(h => req.headers[h] !== undefined)
        .map(h => `${h}: ${String(req.headers[h])}`);
    return `(request ${req.method} ${req.path}${query ? `?${query}` : ''}; ${[...headers, `body: ${req.body.toString('utf8')}`].join('; ')})`;
}
/** The fields of an answer sent as JSON, for a platform's echo; undefined for text and bytes. */
function jsonFields(answer) {
    const body = answer.body;
    if (!body || typeof body !== 'object' || Buffer.isBuffer(body))
        return undefined;
    return body;
}
function send(res, answer) {
    const headers = { ...answer.headers };
    let payload = '';
    if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body))
        payload = answer.body;
    else if (answer.body !== undefined) {
        payload = JSON.stringify(answer.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(answer.status, headers);
    res.end(payload);
}


/***/ })

};
