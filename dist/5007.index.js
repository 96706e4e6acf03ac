export const id = 5007;
export const ids = [5007];
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

/***/ 65007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  entraConnector: () => (/* binding */ entraConnector)
});

;// CONCATENATED MODULE: ./src/connectors/shared/reader.ts
function readerOf(w) {
    const { platform, unavailable, discover, planSteps, list, stillWaiting } = w;
    return {
        platform,
        unavailable,
        discover,
        planSteps,
        list,
        ...(stillWaiting ? { stillWaiting } : {})
    };
}
/** An audit's listing by `read`: not checked without a client (`unavailable` says why) or when
 *  the read fails (`why` describes it); `client.requests` counts what it sent. */
async function listing(platform, client, unavailable, read, why) {
    const inventory = { platform, status: 'checked', accounts: [], requests: 0, notes: [] };
    if (!client)
        return { ...inventory, status: 'not_checked', reason: unavailable };
    const before = client.requests;
    try {
        inventory.accounts = await read(inventory.notes);
    }
    catch (error) {
        Object.assign(inventory, { status: 'not_checked', reason: why(error) });
    }
    inventory.requests = client.requests - before;
    return inventory;
}

// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 279 modules
var esm = __webpack_require__(91491);
// EXTERNAL MODULE: ./src/connectors/shared/http-retry.ts
var http_retry = __webpack_require__(23825);
// EXTERNAL MODULE: ./src/connectors/entra/types.ts
var types = __webpack_require__(17762);
;// CONCATENATED MODULE: ./src/connectors/entra/auth.ts
// How the Entra connector signs in: an @azure/identity credential for the app registration,
// from the GitHub Actions OIDC token (workload identity federation: nothing stored), a client
// secret or a certificate. Every secret it reads or receives (the secret, the certificate's
// PEM, the OIDC request token, each OIDC token, each Graph token) goes to maskSecret first.
// Every sign-in request (the OpenID configuration, the token, the OIDC token) is sent within
// the retry budget as Graph's are, and a failed sign-in names the answer that failed it
// (MSAL's own errors do not).




function graphCredentials(s) {
    const { config, env, maskSecret } = s;
    const c = config.credentials;
    let credential;
    const http = new SignInHttp(s.budget, s.sleep ?? retry_budget/* sleep */.yy);
    const options = identityOptions(s.authority, http);
    if (c.type === 'client_secret') {
        const secret = env[c.secret_env];
        if (!secret)
            return { problem: `no credentials (set ${c.secret_env})` };
        maskSecret(secret);
        credential = new esm/* ClientSecretCredential */.HC(config.tenant_id, s.clientId, secret, options);
    }
    else if (c.type === 'certificate') {
        const pem = env[c.certificate_env];
        if (!pem)
            return { problem: `no credentials (set ${c.certificate_env})` };
        maskSecret(pem);
        for (const block of pem.match(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g) ?? [])
            maskSecret(block);
        credential = new esm/* ClientCertificateCredential */.m0(config.tenant_id, s.clientId, { certificate: pem }, options);
    }
    else {
        const url = env[types/* OIDC_URL_ENV */.YK];
        const requestToken = env[types/* OIDC_TOKEN_ENV */.yD];
        if (!url || !requestToken)
            return {
                problem: `no credentials (the GitHub OIDC token is not available: ${types/* OIDC_URL_ENV */.YK} and ${types/* OIDC_TOKEN_ENV */.yD} are set only in a job with \`permissions: id-token: write\`)`
            };
        maskSecret(requestToken);
        // MSAL asks for the assertion more than once per sign-in: one OIDC token serves until
        // shortly before it expires.
        let cached;
        const assertion = async () => {
            if (cached && Date.now() < cached.renewAt)
                return cached.value;
            const value = await githubOidcToken(s, http, c.audience);
            cached = { value, renewAt: expiresAt(value) - RENEW_ASSERTION_BEFORE_MS };
            return value;
        };
        credential = new esm/* ClientAssertionCredential */.XI(config.tenant_id, s.clientId, assertion, options);
    }
    const scope = `${s.graph.origin}/.default`;
    // One sign-in serves every request until the token is about to expire: requests sent at
    // once share it, and MSAL is not asked again (it would fetch a new OIDC token each time).
    let token;
    let pending;
    const acquire = async () => {
        http.last = undefined;
        let got;
        try {
            got = await credential.getToken(scope);
        }
        catch (error) {
            const said = error instanceof Error ? error.message : String(error);
            const last = http.last && !said.includes(http.last) ? `: ${http.last}` : '';
            throw new Error(`${said}${last}`, { cause: error });
        }
        if (!got)
            throw new Error(`no Graph token for app ${s.clientId}`);
        maskSecret(got.token);
        token = { value: got.token, renewAt: got.expiresOnTimestamp - RENEW_BEFORE_MS };
        return got.token;
    };
    return {
        getToken: () => token && Date.now() < token.renewAt
            ? Promise.resolve(token.value)
            : (pending ??= acquire().finally(() => (pending = undefined)))
    };
}
/** A token this close to its expiry is renewed first: a request may take the retry budget. */
const RENEW_BEFORE_MS = 5 * 60_000;
const RENEW_ASSERTION_BEFORE_MS = 60_000;
/** When a JWT says it expires (ms); now when it says nothing readable. */
function expiresAt(jwt) {
    try {
        const exp = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).exp;
        return typeof exp === 'number' ? exp * 1000 : Date.now();
    }
    catch {
        return Date.now();
    }
}
/** The job's OIDC token for `audience`, as GitHub Actions hands it out. */
async function githubOidcToken(s, http, audience) {
    const url = (0,types/* endpoint */.sR)(s.env, types/* OIDC_URL_ENV */.YK, '', { query: true });
    url.searchParams.set('audience', audience);
    const what = `the GitHub OIDC token (${types/* OIDC_URL_ENV */.YK})`;
    let response;
    try {
        response = await http.fetch(url, {
            headers: { authorization: `Bearer ${s.env[types/* OIDC_TOKEN_ENV */.yD]}`, accept: 'application/json' }
        });
    }
    catch (error) {
        throw new Error(`could not fetch ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const body = (await response.json().catch(() => undefined));
    if (!response.ok || typeof body?.value !== 'string')
        throw new Error(`could not fetch ${what}: ${response.ok ? `answered ${response.status} without a token` : http.last} (the job needs \`permissions: id-token: write\`)`);
    s.maskSecret(body.value);
    return body.value;
}
/** Microsoft's sign-in endpoint as it is, its requests sent by SignInHttp (the identity
 *  client's own retries are off: they know no budget). On loopback (the sandbox) MSAL still
 *  insists on an https authority, so it is given one and the requests go out as plain http to
 *  that same loopback origin only; instance discovery asks Microsoft about the authority: not
 *  there. */
function identityOptions(authority, http) {
    const options = { httpClient: identityHttp(authority, http), retryOptions: { maxRetries: 0 } };
    if (authority.protocol === 'https:')
        return { ...options, authorityHost: authority.origin };
    const secure = new URL(authority.origin);
    secure.protocol = 'https:';
    return { ...options, authorityHost: secure.origin, disableInstanceDiscovery: true };
}
/** Sends the identity client's requests to `authority`'s origin only (over plain http on
 *  loopback). */
function identityHttp(authority, http) {
    return {
        async sendRequest(request) {
            const url = new URL(request.url);
            if (url.host !== authority.host)
                throw new Error(`entra: refused to send a sign-in request to ${url.origin}`);
            if (authority.protocol === 'http:' && (0,types/* isLoopback */.U9)(url))
                url.protocol = 'http:';
            const response = await http.fetch(url, {
                method: request.method,
                headers: request.headers.toJSON(),
                body: typeof request.body === 'string' ? request.body : undefined
            });
            const headers = Object.assign(new Headers(response.headers), {
                toJSON: () => Object.fromEntries(response.headers)
            });
            return {
                request,
                status: response.status,
                headers: headers,
                bodyAsText: await response.text()
            };
        }
    };
}
/** The sign-in's requests, each within the budget: 429 and 5xx waited out (Retry-After
 *  first), lost connections and answers that do not come retried with backoff. `last` keeps
 *  the last failure, which MSAL's errors leave out. */
class SignInHttp {
    budget;
    sleep;
    last;
    constructor(budget, sleep) {
        this.budget = budget;
        this.sleep = sleep;
    }
    async fetch(url, init) {
        const what = `${init.method ?? 'GET'} ${url.pathname}`;
        const { response, call } = await (0,http_retry/* fetchWithRetry */.J)(url, init, {
            budget: this.budget,
            sleep: this.sleep,
            what,
            unreachable: (message, cause) => {
                this.last = message;
                return new Error(message, { cause });
            }
        });
        if (!response.ok) {
            const failed = `${what} answered ${response.status}`;
            this.last = call.stopped ? call.gaveUp(failed) : failed;
        }
        return response;
    }
}

// EXTERNAL MODULE: ./node_modules/@microsoft/microsoft-graph-client/lib/src/index.js
var src = __webpack_require__(11899);
;// CONCATENATED MODULE: ./src/connectors/entra/errors.ts
// What Graph's error answers mean, as one error type the connector handles: the status, Graph's
// code and message, and what to do (a 403 names the permission the call probably lacks).


/** A Graph answer that was an error, or a request that got none (status 0). */
class EntraError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'EntraError';
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Graph's error body: `{"error": {"code": ..., "message": ...}}`. */
function graphErrorOf(body) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    return {
        code: typeof error.code === 'string' ? error.code : undefined,
        message: typeof error.message === 'string' ? error.message : undefined
    };
}
/** The SDK's errors as EntraError: GraphError for an answer, GraphClientError for ours. */
function fromSdk(method, path, error, needs) {
    if (error instanceof src/* GraphClientError */.qF)
        return new EntraError(error.message, 0);
    if (error instanceof src/* GraphError */.h9 && error.statusCode > 0) {
        const said = graphErrorOf({ error: safeJson(error.body) });
        return entraError(method, path, error.statusCode, error.code ?? said.code, error.message, {
            needs,
            gaveUp: (0,retry_budget/* gaveUpPrefix */.BQ)(error.headers).replace(/: $/, '') || undefined
        });
    }
    return new EntraError(`entra: ${method} ${path} failed: ${causeOf(error)}`, 0);
}
function safeJson(text) {
    try {
        return typeof text === 'string' ? JSON.parse(text) : text;
    }
    catch {
        return undefined;
    }
}
/** `entra: GET users/x answered 403 Authorization_RequestDenied: ...; <what to do>`. */
function entraError(method, path, status, code, message, extra) {
    const hint = status === 401
        ? 'the app was not signed in: check tenant_id, client_id and its credentials'
        : status === 403
            ? extra.needs
                ? `the app probably lacks ${extra.needs} (see docs/entra.md)`
                : 'the app lacks a permission this call needs (see docs/entra.md)'
            : status === 429
                ? 'Graph kept throttling: run again later'
                : status >= 500
                    ? 'Graph failed: run again later'
                    : '';
    const said = [code, message].filter(Boolean).join(': ');
    const text = `${method} ${path.split('?')[0]} answered ${status}${said ? ` (${said})` : ''}${hint ? `; ${hint}` : ''}`;
    return new EntraError(`entra: ${extra.gaveUp ? `${extra.gaveUp}: ` : ''}${text}`, status, code ?? undefined);
}
/** The status of a Graph error answer, or undefined for anything else. */
const statusOf = (error) => error instanceof EntraError && error.status > 0 ? error.status : undefined;
/** A secret-free description of an error for reasons, notes and outcome details. */
const describe = (error) => error instanceof Error ? error.message : String(error);
function causeOf(error) {
    if (!(error instanceof Error))
        return String(error);
    return error.cause instanceof Error ? error.cause.message : error.message;
}

;// CONCATENATED MODULE: ./src/connectors/entra/client.ts
// The one Microsoft Graph client of the Entra connector: the official SDK's Client over a
// middleware chain of our own making in front of its HTTP handler. Ours, because the SDK's
// RetryHandler retries only 429/503/504, never a lost connection, and knows no retry budget,
// and its AuthenticationHandler sends a token to https Graph hosts only (the sandbox's Graph is
// plain http on loopback). Our handler, in order: refuses every write of a read-only client
// (a $batch too, unless every request in it is a GET), sends the token to the configured Graph
// origin only, and waits out 429/5xx (Retry-After first) and lost connections within the
// retry budget of each request (retry-budget.ts). Errors become EntraError, which says what
// the status means and which permission a 403 probably lacks.



const VERSION = 'v1.0';
/** Graph's documented limit of requests in one $batch. */
const BATCH_SIZE = 20;
const RETRYABLE = new Set([429, 500, 502, 503, 504]);
class GraphClient {
    opts;
    /** HTTP requests sent, retries included (a $batch counts once per attempt). */
    requests = 0;
    client;
    root;
    sleep;
    constructor(opts) {
        this.opts = opts;
        this.sleep = opts.sleep ?? retry_budget/* sleep */.yy;
        this.root = `${opts.graphUrl.origin}${opts.graphUrl.pathname.replace(/\/+$/, '')}`;
        const handler = new OffboardHandler(opts, this.sleep, () => this.requests++);
        handler.setNext(new src/* HTTPMessageHandler */.eg());
        this.client = src/* Client */.Kj.initWithMiddleware({
            middleware: handler,
            baseUrl: this.root,
            defaultVersion: VERSION
        });
    }
    /** GET of one resource or one page; 404 and every other error throw EntraError. */
    async get(path, opts = {}) {
        return (await this.call('GET', path, opts));
    }
    /** GET of one resource; undefined when Graph answers 404 (it does not exist). */
    async getOrAbsent(path, opts = {}) {
        try {
            return await this.get(path, opts);
        }
        catch (error) {
            if (error instanceof EntraError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** Every item of a collection, following @odata.nextLink. */
    async all(path, opts = {}) {
        return this.rest(await this.get(path, opts), opts.needs);
    }
    /** The items of a first page and of every page after it. */
    async rest(page, needs) {
        const items = [];
        for (let p = page; p;) {
            if (Array.isArray(p.value))
                items.push(...p.value);
            const next = p['@odata.nextLink'];
            p = typeof next === 'string' ? await this.get(this.relative(next), { needs }) : undefined;
        }
        return items;
    }
    async patch(path, body, needs) {
        await this.call('PATCH', path, { needs }, body);
    }
    async post(path, body, needs) {
        return (await this.call('POST', path, { needs }, body));
    }
    async delete(path, needs) {
        await this.call('DELETE', path, { needs });
    }
    /** GETs in $batch requests of 20: one round trip where they would take one each. Answers
     *  that ask to be retried (429, 5xx) are sent again in a later batch, after the longest
     *  Retry-After among them, within one retry budget; the others are kept as they came. */
    async batch(requests) {
        const answers = new Map();
        const call = new retry_budget/* CallBudget */.Oo(this.opts.budget);
        let pending = requests;
        while (pending.length) {
            const chunks = [];
            for (let i = 0; i < pending.length; i += BATCH_SIZE)
                chunks.push(pending.slice(i, i + BATCH_SIZE));
            const rounds = await Promise.all(chunks.map(c => this.sendBatch(c)));
            const again = [];
            let wait = 0;
            for (const [i, round] of rounds.entries())
                for (const [j, answer] of round.entries()) {
                    const request = chunks[i][j];
                    answers.set(request.id, answer.answer);
                    if (!RETRYABLE.has(answer.answer.status))
                        continue;
                    again.push(request);
                    wait = Math.max(wait, answer.retryAfter ?? call.backoffMs());
                }
            if (again.length &&
                !call.retry(wait, rounds.flat().some(a => a.retryAfter !== undefined))) {
                const gaveUp = call.gaveUp('').replace(/: $/, '');
                for (const r of again)
                    answers.set(r.id, { ...answers.get(r.id), gaveUp });
                break;
            }
            if (again.length) {
                this.opts.log(`entra: ${again.length} batched requests asked to wait; retrying in ${wait} ms`);
                await this.sleep(wait);
            }
            pending = again;
        }
        return answers;
    }
    /** A batch answer's body, or the EntraError it stands for. */
    answerOf(request, answer) {
        if (!answer)
            throw new EntraError(`entra: $batch gave no answer for GET ${request.url}`, 0);
        if (answer.status >= 200 && answer.status < 300)
            return answer.body ?? {};
        const error = graphErrorOf(answer.body);
        throw entraError('GET', request.url, answer.status, error.code, error.message, {
            needs: request.needs,
            gaveUp: answer.gaveUp
        });
    }
    async sendBatch(chunk) {
        const body = {
            requests: chunk.map((r, i) => ({ id: String(i + 1), method: 'GET', url: r.url }))
        };
        const result = await this.post('$batch', body);
        const byId = new Map();
        for (const r of result.responses ?? [])
            if (isRecord(r) && typeof r.id === 'string')
                byId.set(r.id, r);
        return chunk.map((_, i) => {
            const r = byId.get(String(i + 1));
            const headers = isRecord(r?.headers) ? r.headers : {};
            const retryAfter = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after');
            return {
                answer: {
                    status: typeof r?.status === 'number' ? r.status : 0,
                    body: isRecord(r?.body) ? r.body : undefined
                },
                retryAfter: (0,retry_budget/* retryAfterMs */.Vs)(retryAfter ? String(retryAfter[1]) : undefined)
            };
        });
    }
    /** A nextLink as a path under the version: it must point into the same Graph. */
    relative(link) {
        const prefix = `${this.root}/${VERSION}/`;
        if (!link.startsWith(prefix))
            throw new EntraError(`entra: Graph sent a next page link outside ${prefix}: not followed`, 0);
        return link.slice(prefix.length);
    }
    async call(method, path, opts, body) {
        const query = Object.entries(opts.query ?? {})
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&');
        const request = this.client.api(query ? `${path}?${query}` : path).headers(opts.headers ?? {});
        try {
            if (method === 'GET')
                return (await request.get());
            if (method === 'PATCH')
                return (await request.patch(body));
            if (method === 'POST')
                return (await request.post(body));
            return (await request.delete());
        }
        catch (error) {
            throw fromSdk(method, path, error, opts.needs);
        }
    }
}
/** Our middleware: see the top of the file. One instance serves every request of a client. */
class OffboardHandler {
    opts;
    sleep;
    counted;
    next;
    constructor(opts, sleep, counted) {
        this.opts = opts;
        this.sleep = sleep;
        this.counted = counted;
    }
    setNext(next) {
        this.next = next;
    }
    async execute(context) {
        const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
        const options = (context.options ??= {});
        const method = (options.method ?? 'GET').toUpperCase();
        const what = `${method} ${url.pathname}`;
        if (this.opts.mode === 'read')
            refuseWrite(method, what, options.body);
        if (url.origin !== this.opts.graphUrl.origin)
            throw new src/* GraphClientError */.qF(`entra: refused to send the Graph token to ${url.origin}`);
        let token;
        try {
            token = await this.opts.getToken();
        }
        catch (error) {
            throw new src/* GraphClientError */.qF(`entra: could not sign in: ${error instanceof Error ? error.message : String(error)}`);
        }
        options.headers = {
            ...options.headers,
            Authorization: `Bearer ${token}`
        };
        options.redirect = 'error';
        const call = new retry_budget/* CallBudget */.Oo(this.opts.budget);
        for (;;) {
            this.counted();
            options.signal = call.attemptSignal();
            try {
                await this.next.execute(context);
            }
            catch (error) {
                const why = (0,retry_budget/* isTimeout */.kL)(error) ? call.noAnswer() : causeOf(error);
                const unreachable = `${what} could not reach ${url.origin}: ${why}`;
                const wait = call.backoffMs();
                if (!call.retry(wait))
                    throw new src/* GraphClientError */.qF(`entra: ${call.gaveUp(unreachable)}`);
                this.opts.log(`entra: ${unreachable}, retrying in ${wait} ms`);
                await this.sleep(wait);
                continue;
            }
            const response = context.response;
            if (!RETRYABLE.has(response.status))
                return;
            const asked = (0,retry_budget/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
            const wait = asked ?? call.backoffMs();
            if (!call.retry(wait, asked !== undefined)) {
                // The SDK's GraphError keeps these headers: fromSdk() reads the mark back.
                call.mark(response.headers);
                return;
            }
            await response.arrayBuffer();
            this.opts.log(`entra: ${what} answered ${response.status}, retrying in ${wait} ms`);
            await this.sleep(wait);
        }
    }
}
/** A read-only client's refusal of anything but GET (and a $batch of GETs only). */
function refuseWrite(method, what, body) {
    const refuse = (detail) => {
        throw new src/* GraphClientError */.qF(`entra: refused ${detail}: this Graph client is read-only (plan and audit never write)`);
    };
    if (method === 'GET')
        return;
    if (method !== 'POST' || !what.endsWith('/$batch'))
        refuse(what);
    let requests;
    try {
        requests = JSON.parse(String(body)).requests;
    }
    catch {
        refuse(`${what} whose body is not JSON`);
    }
    if (!Array.isArray(requests))
        return refuse(`${what} without requests`);
    for (const r of requests)
        if (!isRecord(r) || String(r.method).toUpperCase() !== 'GET')
            refuse(`${what} holding ${isRecord(r) ? `${String(r.method)} ${String(r.url)}` : 'a malformed request'}`);
}

// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
// EXTERNAL MODULE: ./src/connectors/entra/vocabulary.ts
var vocabulary = __webpack_require__(43459);
;// CONCATENATED MODULE: ./src/connectors/entra/discover.ts



const USER_SELECT = [
    'id',
    'userPrincipalName',
    'displayName',
    'mail',
    'otherMails',
    'accountEnabled',
    'onPremisesSyncEnabled',
    'userType',
    'createdDateTime',
    'signInSessionsValidFromDateTime'
].join(',');
/** Holding kinds. */
const HOLD = {
    user: 'user',
    group: 'group_membership',
    appRole: 'app_role_assignment',
    role: 'directory_role',
    method: 'authentication_method',
    /** A group the user is in only through another group (reductions read it). */
    nested: 'nested_group_membership'
};
const GLOBAL_ADMIN_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10';
/** The app role id Graph gives an assignment without a specific role ("default access"). */
const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000';
const READ = 'User.Read.All';
const MEMBERSHIPS = 'GroupMember.Read.All';
const METHODS = 'UserAuthenticationMethod.Read.All';
const ROLES = 'RoleManagement.Read.Directory';
const userPath = (key) => `users/${encodeURIComponent(key)}`;
/** An OData string literal: quotes doubled. */
const literal = (s) => `'${s.replace(/'/g, "''")}'`;
/** The users whose mail, UPN or other mails is `email`: the one match, or why not one. */
async function lookupByEmail(graph, email) {
    const e = literal(email);
    const found = await graph.all('users', {
        query: {
            $filter: `mail eq ${e} or userPrincipalName eq ${e} or otherMails/any(m:m eq ${e})`,
            $select: USER_SELECT,
            // Combining these conditions is an advanced query: eventual consistency and a count.
            $count: 'true'
        },
        headers: { ConsistencyLevel: 'eventual' },
        needs: READ
    });
    // Only users that really carry the email, whatever the filter matched.
    const wanted = email.toLowerCase();
    const users = found.filter(u => [u.mail, u.userPrincipalName, ...(u.otherMails ?? [])].some(a => a?.toLowerCase() === wanted));
    return users.length === 1 ? { user: users[0] } : users.length ? { ambiguous: users } : {};
}
/** Reads everything below into `found`; with `key` the user's UPN or id. */
async function discoverUser(graph, who, scope, found) {
    const departure = scope.kind === 'departure';
    let key = who.account;
    let user;
    if (!key) {
        found.notes.push(`no accounts.entra declared: looked ${who.email} up by email`);
        const match = await lookupByEmail(graph, who.email);
        if (match.ambiguous) {
            found.status = 'not_checked';
            found.reason = `not checked: ${match.ambiguous.length} Entra users carry ${who.email} (${match.ambiguous.map(u => u.userPrincipalName).join(', ')}): none is used; declare ${who.person}'s own as accounts.entra in people/${who.person}.yaml`;
            return;
        }
        if (!match.user)
            return noAccount(found, `no Entra user carries ${who.email}`);
        const crossed = (0,lookup/* lookupProblem */.AE)(who, vocabulary/* ENTRA */.BH, { account: match.user.userPrincipalName, email: who.email }, `the Entra lookup of ${who.email}`);
        if (crossed) {
            found.status = 'not_checked';
            found.reason = crossed;
            return;
        }
        user = match.user;
        key = user.id;
    }
    const reads = requests(key);
    // The user found by email is not read again.
    const answers = await graph.batch((departure ? Object.values(reads) : [reads.user, reads.memberOf, reads.transitive]).filter(r => !(user && r === reads.user)));
    const answer = (name) => graph.answerOf(reads[name], answers.get(reads[name].id));
    const user404 = answers.get(reads.user.id)?.status === 404;
    if (!user && user404 && departure) {
        const renamed = await (0,lookup/* findRenamed */.WG)(who, vocabulary/* ENTRA */.BH, 'Entra user', id => graph.getOrAbsent(userPath(id), { query: { $select: USER_SELECT } }), u => u.userPrincipalName);
        if (renamed && 'refused' in renamed) {
            found.status = 'not_checked';
            found.reason = renamed.refused;
            return;
        }
        if (!renamed)
            return noAccount(found, `Entra ID has no user ${who.account}`);
        found.notes.push(renamed.note);
        return discoverUser(graph, { ...who, account: renamed.found.id, knownIds: [] }, scope, found);
    }
    if (user404)
        return noAccount(found, `Entra ID has no user ${who.account}`);
    user ??= answer('user');
    const memberOf = await graph.rest(answer('memberOf'), MEMBERSHIPS);
    found.account = { id: user.id, display: user.userPrincipalName };
    found.holdings.push(userHolding(user, !who.account));
    if (user.onPremisesSyncEnabled)
        found.notes.push(`${user.userPrincipalName} is synchronized from on-premises Active Directory: its sign-in and deletion are managed there`);
    const direct = new Set();
    for (const o of memberOf) {
        const h = membership(o);
        if (!h)
            continue;
        direct.add(h.id);
        if (departure || inReduction(scope, h.id))
            found.holdings.push(h);
    }
    const secondary = async (what, read) => {
        try {
            return await read();
        }
        catch (error) {
            ;
            (found.unread ??= []).push({ what, error: describe(error) });
            return undefined;
        }
    };
    if (!departure) {
        // A group to leave that the user is in only through another group: nothing to remove here.
        const nested = await secondary('groups through nested membership', async () => graph.rest(answer('transitive'), MEMBERSHIPS));
        for (const o of nested ?? []) {
            const id = String(o.id ?? '').toLowerCase();
            if (!direct.has(id) && inReduction(scope, id))
                found.holdings.push({
                    kind: HOLD.nested,
                    id,
                    label: `member of group "${String(o.displayName ?? id)}" through nested groups`,
                    details: { name: String(o.displayName ?? id) }
                });
        }
        return;
    }
    const [nested, assignments, methods, admins] = await Promise.all([
        secondary('groups through nested membership', async () => graph.rest(answer('transitive'), MEMBERSHIPS)),
        secondary('app role assignments', async () => graph.rest(answer('appRoles'), READ)),
        secondary('authentication methods', async () => graph.rest(answer('methods'), METHODS)),
        globalAdmins(graph, found, user.id, secondary)
    ]);
    const via = (nested ?? []).filter(o => o['@odata.type'] === '#microsoft.graph.group' && !direct.has(String(o.id).toLowerCase()));
    if (via.length)
        found.notes.push(`through nested groups, also in: ${via.map(o => `"${String(o.displayName)}"`).join(', ')} (these end with the direct memberships)`);
    found.holdings.push(...(assignments ?? []).map(appRoleHolding));
    found.holdings.push(...(methods ?? []).map(methodHolding));
    if (methods?.length)
        found.notes.push(`${methods.length} registered authentication method${methods.length === 1 ? ' stays' : 's stay'} registered: with sign-in blocked and sessions revoked they open nothing, and deleting the user removes them`);
    const userHold = found.holdings[0];
    if (admins !== undefined)
        userHold.details = { ...userHold.details, ...admins };
    if (found.holdings.some(h => h.kind === HOLD.role)) {
        userHold.details = { ...userHold.details, administrator: true };
        found.notes.push(`${user.userPrincipalName} holds a directory role: Entra ID lets an app block an administrator's sign-in or delete one only when the app holds Privileged Authentication Administrator (docs/entra.md)`);
    }
}
function noAccount(found, reason) {
    found.status = 'no_account';
    found.reason = reason;
}
const inReduction = (scope, groupId) => scope.kind === 'reduction' && scope.remove.some(g => (0,vocabulary/* isEntraGroup */.C3)(g) && g.value === groupId);
/** The reads of one user, one $batch; a reduction sends only the user and its memberships. */
function requests(key) {
    const at = `/${userPath(key)}`;
    return {
        user: { id: 'user', url: `${at}?$select=${USER_SELECT}`, needs: READ },
        memberOf: { id: 'memberOf', url: `${at}/memberOf?$top=999`, needs: MEMBERSHIPS },
        transitive: { id: 'transitive', url: `${at}/transitiveMemberOf?$top=999`, needs: MEMBERSHIPS },
        appRoles: { id: 'appRoles', url: `${at}/appRoleAssignments`, needs: READ },
        methods: { id: 'methods', url: `${at}/authentication/methods`, needs: METHODS }
    };
}
/** For a Global Administrator: how many other enabled users hold the role (the last one is
 *  never disabled or deleted). */
async function globalAdmins(graph, found, userId, secondary) {
    const role = found.holdings.find(h => h.kind === HOLD.role && h.details?.role_template_id === GLOBAL_ADMIN_TEMPLATE);
    if (!role)
        return undefined;
    const members = await secondary('the Global Administrators (for the last-administrator guard)', () => roleMembers(graph, role.id));
    const others = members?.filter(m => m.id !== userId && m.accountEnabled !== false).length;
    return { global_admin: true, global_admin_role: role.id, other_global_admins: others ?? null };
}
/** The users holding a directory role, by the role's object id. */
function roleMembers(graph, roleId) {
    return graph.all(`directoryRoles/${encodeURIComponent(roleId)}/members/microsoft.graph.user`, {
        query: { $select: 'id,userPrincipalName,accountEnabled' },
        needs: ROLES
    });
}
function userHolding(u, byLookup) {
    const enabled = u.accountEnabled !== false;
    const synced = u.onPremisesSyncEnabled === true;
    return {
        kind: HOLD.user,
        id: u.id,
        label: `Entra user ${u.userPrincipalName} (${enabled ? 'sign-in allowed' : 'sign-in blocked'}${synced ? ', synchronized from on-premises' : ''}${u.userType === 'Guest' ? ', guest' : ''})`,
        details: {
            upn: u.userPrincipalName,
            enabled,
            synced,
            created: u.createdDateTime ?? null,
            sessions_valid_from: u.signInSessionsValidFromDateTime ?? null,
            ...(byLookup ? { found_by: lookup/* FOUND_BY_LOOKUP */.gt } : {})
        }
    };
}
/** A direct membership from memberOf: a group or a directory role (administrative units are
 *  not access and are left out). */
function membership(o) {
    const id = String(o.id ?? '');
    const name = String(o.displayName ?? id);
    if (o['@odata.type'] === '#microsoft.graph.directoryRole')
        return {
            kind: HOLD.role,
            id,
            label: `directory role "${name}"`,
            details: { name, role_template_id: String(o.roleTemplateId ?? '') }
        };
    if (o['@odata.type'] !== '#microsoft.graph.group')
        return undefined;
    const types = Array.isArray(o.groupTypes) ? o.groupTypes.map(String) : [];
    const dynamic = types.includes('DynamicMembership');
    const synced = o.onPremisesSyncEnabled === true;
    // Distribution lists and mail-enabled security groups are Exchange's to change.
    const exchange = o.mailEnabled === true && !types.includes('Unified');
    const roleAssignable = o.isAssignableToRole === true;
    const traits = [
        dynamic && 'dynamic',
        synced && 'synchronized from on-premises',
        exchange && (o.securityEnabled ? 'mail-enabled security group' : 'distribution list'),
        roleAssignable && 'role-assignable'
    ].filter(Boolean);
    return {
        kind: HOLD.group,
        id: id.toLowerCase(),
        label: `member of group "${name}"${traits.length ? ` (${traits.join(', ')})` : ''}`,
        details: {
            name,
            dynamic,
            synced,
            exchange,
            role_assignable: roleAssignable,
            rule: typeof o.membershipRule === 'string' ? o.membershipRule : null
        }
    };
}
function appRoleHolding(a) {
    const app = String(a.resourceDisplayName ?? a.resourceId ?? '');
    const role = String(a.appRoleId ?? DEFAULT_ACCESS);
    return {
        kind: HOLD.appRole,
        id: String(a.id ?? ''),
        label: `assigned to app "${app}"${role === DEFAULT_ACCESS ? '' : ` (app role ${role})`}`,
        details: { app, app_role_id: role, resource_id: String(a.resourceId ?? '') }
    };
}
/** A registered authentication method: its type and when it was added, never its content. */
function methodHolding(m) {
    const type = String(m['@odata.type'] ?? '')
        .replace('#microsoft.graph.', '')
        .replace(/AuthenticationMethod$/, '');
    const device = typeof m.displayName === 'string' ? ` "${m.displayName}"` : '';
    const created = typeof m.createdDateTime === 'string' ? `, added ${m.createdDateTime.slice(0, 10)}` : '';
    return {
        kind: HOLD.method,
        id: String(m.id ?? ''),
        label: `authentication method: ${type}${device}${created}`,
        details: { type }
    };
}

;// CONCATENATED MODULE: ./src/connectors/entra/list.ts


const LIST_SELECT = 'id,userPrincipalName,displayName,mail,accountEnabled,userType';
async function listEntra(graph, declared, notes) {
    const groups = [...new Set(declared.filter(vocabulary/* isEntraGroup */.C3).map(g => g.value.toLowerCase()))];
    const reads = groups.map(id => ({
        id,
        url: `/groups/${encodeURIComponent(id)}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
        needs: 'GroupMember.Read.All'
    }));
    const [users, answers] = await Promise.all([
        graph.all('users', {
            query: { $select: LIST_SELECT, $top: '999' },
            needs: 'User.Read.All'
        }),
        graph.batch(reads)
    ]);
    const groupsOf = new Map();
    for (const read of reads) {
        const answer = answers.get(read.id);
        if (answer?.status === 404) {
            notes.push(`Entra group ${read.id} is declared but does not exist in the tenant`);
            continue;
        }
        let members;
        try {
            members = await graph.rest(graph.answerOf(read, answer), read.needs);
        }
        catch (error) {
            throw new Error(`could not read the members of Entra group ${read.id}: ${describe(error)}`, {
                cause: error
            });
        }
        for (const m of members) {
            const id = String(m.id);
            groupsOf.set(id, [...(groupsOf.get(id) ?? []), read.id]);
        }
    }
    return users.map(u => {
        const active = u.accountEnabled !== false;
        return {
            platform: vocabulary/* ENTRA */.BH,
            account: u.userPrincipalName,
            id: u.id,
            ...(u.mail ? { email: u.mail } : {}),
            ...(u.displayName ? { name: u.displayName } : {}),
            kind: 'user',
            active,
            grants: active ? (groupsOf.get(u.id) ?? []).map(vocabulary/* entraGroupGrant */.sD) : [],
            credentials: []
        };
    });
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/graph.ts
var src_graph = __webpack_require__(10931);
// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
;// CONCATENATED MODULE: ./src/connectors/entra/plan.ts




const protectedReason = (upn) => `Entra user ${upn} is protected (entra.protected in platforms.yaml): never touched`;
const lastAdminReason = (upn) => `${upn} is the last enabled Global Administrator of the tenant: sign-in is not blocked and the user is not deleted (make someone else Global Administrator first, then rerun)`;
/** Sessions count as revoked once they were revoked after the user was created. */
const REVOKED_AFTER_CREATION_MS = 60_000;
function planEntra(found, scope, config) {
    const user = found.holdings.find(h => h.kind === HOLD.user);
    if (found.status !== 'checked' || !user)
        return { steps: [], refused: [] };
    const upn = String(user.details?.upn ?? user.id);
    const refuse = (reason) => (0,results/* refusal */.x5)(vocabulary/* ENTRA */.BH, found.person, upn, reason);
    if ((0,vocabulary/* isProtected */.bz)(config, upn, user.id))
        return { steps: [], refused: [refuse(protectedReason(upn))] };
    const plan = new StepList(found.person, user);
    const refused = [];
    if (scope.kind === 'reduction') {
        for (const grant of scope.remove.filter(vocabulary/* isEntraGroup */.C3)) {
            const held = found.holdings.find(h => h.kind === HOLD.group && h.id === grant.value);
            if (held)
                leaveGroup(plan, held, 'no remaining role grants this group', []);
            const nested = found.holdings.find(h => h.kind === HOLD.nested && h.id === grant.value);
            if (nested)
                refused.push({
                    ...refuse(''),
                    target: `${upn}/${String(nested.details?.name ?? nested.id)} (${nested.id})`,
                    reason: `${upn} is in this group only through another group it belongs to: there is no direct membership to remove; end the nested membership by hand, if no role should grant it`
                });
        }
        return { steps: plan.steps, refused };
    }
    const d = user.details ?? {};
    const synced = d.synced === true;
    const guard = d.global_admin !== true
        ? undefined
        : d.other_global_admins === null
            ? `could not read the tenant's other Global Administrators, so ${upn}'s sign-in is not blocked and the user is not deleted: rerun once they can be read (the app needs RoleManagement.Read.Directory)`
            : Number(d.other_global_admins) === 0
                ? lastAdminReason(upn)
                : undefined;
    if (guard)
        refused.push(refuse(guard));
    const first = [];
    if (d.enabled !== false && !guard)
        first.push(synced
            ? plan.add(vocabulary/* ACT */.z8.disable, upn, ON_PREMISES_SIGN_IN, [], 'manual')
            : plan.add(vocabulary/* ACT */.z8.disable, upn, 'departed: sign-in blocked (accountEnabled: false): no new sign-in, no token refreshed'));
    if (d.enabled !== false || !revokedSinceCreation(d))
        first.push(plan.add(vocabulary/* ACT */.z8.revoke, upn, 'departed: every refresh token and session cookie issued so far stops working (revokeSignInSessions)'));
    // Containment: the executor runs these before any other Entra step.
    for (const s of first)
        s.contain = true;
    const after = first.filter(s => s.mode === 'auto');
    for (const h of found.holdings) {
        if (h.kind === HOLD.group)
            leaveGroup(plan, h, 'departed: group membership removed', after);
        else if (h.kind === HOLD.appRole) {
            const app = String(h.details?.app ?? h.id);
            const manual = config.app_role_assignments === 'manual';
            plan.add(vocabulary/* ACT */.z8.removeAppRole, `${upn}/${app} (${h.id})`, manual
                ? `entra.app_role_assignments is manual: an administrator removes ${upn}'s assignment to "${app}"`
                : `departed: assignment to app "${app}" removed`, after, manual ? 'manual' : 'auto', { assignment_id: h.id });
        }
        else if (h.kind === HOLD.role) {
            const name = String(h.details?.name ?? h.id);
            plan.add(vocabulary/* ACT */.z8.removeRole, `${upn}/${name}`, `directory role "${name}": removing it needs RoleManagement.ReadWrite.Directory, which offboard's app is not given: a Privileged Role Administrator removes it (with sign-in blocked the role cannot be used meanwhile)`, after, 'manual', { role_id: h.id });
        }
    }
    if (config.on_departure === 'delete' && !guard) {
        const before = plan.steps.filter(s => s.mode === 'auto');
        plan.add(vocabulary/* ACT */.z8.delete, upn, synced
            ? 'the account is synchronized from on-premises Active Directory: delete it there (or move it out of the sync scope); the next sync deletes it in Entra ID'
            : 'departed: user deleted (on_departure: delete; a soft delete, restorable for 30 days), once sign-in is blocked and its memberships are gone', before, synced ? 'manual' : 'auto');
    }
    return { steps: plan.steps, refused };
}
const ON_PREMISES_SIGN_IN = 'the account is synchronized from on-premises Active Directory, which masters accountEnabled: disable it there; the next sync blocks sign-in in Entra ID (sessions are revoked here meanwhile)';
function revokedSinceCreation(d) {
    const from = typeof d.sessions_valid_from === 'string' ? Date.parse(d.sessions_valid_from) : NaN;
    const created = typeof d.created === 'string' ? Date.parse(d.created) : NaN;
    if (Number.isNaN(from))
        return false;
    return Number.isNaN(created) || from > created + REVOKED_AFTER_CREATION_MS;
}
/** Why Graph cannot remove this membership, if it cannot: then a human must. */
function cannotLeave(h) {
    const d = h.details ?? {};
    const name = `group "${String(d.name ?? h.id)}"`;
    if (d.dynamic)
        return `${name} has dynamic membership${d.rule ? ` (rule: ${String(d.rule)})` : ''}: its rule decides who is a member, so no one can be removed; change the user's attributes or the rule`;
    if (d.synced)
        return `${name} is synchronized from on-premises Active Directory: remove the member there`;
    if (d.exchange)
        return `${name} is a distribution list or mail-enabled security group, whose members Graph cannot change: remove the member in Exchange Online`;
    if (d.role_assignable)
        return `${name} is role-assignable: removing a member needs RoleManagement.ReadWrite.Directory, which offboard's app is not given: a Privileged Role Administrator removes it`;
    return undefined;
}
function leaveGroup(plan, h, why, after) {
    const name = String(h.details?.name ?? h.id);
    const manual = cannotLeave(h);
    plan.add(vocabulary/* ACT */.z8.leaveGroup, `${plan.upn}/${name} (${h.id})`, manual ?? why, after, manual ? 'manual' : 'auto', {
        group_id: h.id
    });
}
class StepList {
    person;
    steps = [];
    upn;
    base;
    constructor(person, user) {
        this.person = person;
        this.upn = String(user.details?.upn ?? user.id);
        const d = user.details ?? {};
        this.base = {
            user_id: user.id,
            upn: this.upn,
            ...(d.global_admin === true ? { global_admin_role: d.global_admin_role } : {}),
            ...(d.administrator === true ? { administrator: true } : {}),
            ...(d.found_by ? { found_by: d.found_by } : {})
        };
    }
    add(action, target, reason, after = [], mode = 'auto', params = {}) {
        const on = params.group_id ?? params.assignment_id ?? params.role_id;
        // Its id names what it acts on (a group, an assignment, a role), or the user.
        const made = (0,results/* step */.PM)(vocabulary/* ENTRA */.BH, this.person, action, target, reason, { ...this.base, ...params }, {
            id: `${vocabulary/* ENTRA */.BH}/${this.person}/${action}/${String(on ?? this.upn)}`,
            after: after.map(s => s.id),
            mode
        });
        this.steps.push(made);
        return made;
    }
}

;// CONCATENATED MODULE: ./src/connectors/entra/perform.ts
// The writer's one call per step. A write Graph answers 404 is read back: only a read that
// shows the thing gone makes the step already_absent (Graph also answers 404 for an object it
// has not replicated yet); anything else fails and says what to check. Blocking sign-in and
// deleting a Global Administrator re-count the tenant's other enabled Global Administrators
// first, one such step at a time, so that two departures in one change cannot remove the last.








const user = (p) => userPath(p.user_id);
/** What a 403 means for a change to an administrator. */
const sensitive = (p, permission) => p.administrator
    ? `${permission}, or (as ${p.upn} is an administrator) the Privileged Authentication Administrator role`
    : permission;
const exists = async (graph, p) => (await graph.getOrAbsent(user(p), { query: { $select: 'id,accountEnabled' } })) !==
    undefined;
const ACTIONS = {
    [vocabulary/* ACT */.z8.disable]: {
        write: (graph, p) => graph.patch(user(p), { accountEnabled: false }, sensitive(p, 'User.EnableDisableAccount.All')),
        stillThere: exists,
        permission: 'User.EnableDisableAccount.All',
        what: 'the user'
    },
    [vocabulary/* ACT */.z8.revoke]: {
        write: (graph, p) => graph.post(`${user(p)}/revokeSignInSessions`, undefined, 'User.RevokeSessions.All'),
        stillThere: exists,
        permission: 'User.RevokeSessions.All',
        what: 'the user'
    },
    [vocabulary/* ACT */.z8.leaveGroup]: {
        // Always with /$ref: without it Graph deletes the member object itself.
        write: (graph, p) => graph.delete(`groups/${encodeURIComponent(String(p.group_id))}/members/${encodeURIComponent(p.user_id)}/$ref`, 'GroupMember.ReadWrite.All'),
        stillThere: async (graph, p) => {
            const of = await graph.getOrAbsent(`${user(p)}/memberOf`, { query: { $top: '999' } });
            const groups = of ? await graph.rest(of) : [];
            return groups.some(g => String(g.id).toLowerCase() === p.group_id);
        },
        permission: 'GroupMember.ReadWrite.All',
        what: 'the group membership'
    },
    [vocabulary/* ACT */.z8.removeAppRole]: {
        write: (graph, p) => graph.delete(`${user(p)}/appRoleAssignments/${encodeURIComponent(String(p.assignment_id))}`, 'AppRoleAssignment.ReadWrite.All'),
        stillThere: async (graph, p) => {
            const first = await graph.getOrAbsent(`${user(p)}/appRoleAssignments`);
            const assignments = first ? await graph.rest(first) : [];
            return assignments.some(a => a.id === p.assignment_id);
        },
        permission: 'AppRoleAssignment.ReadWrite.All',
        what: 'the app role assignment'
    },
    [vocabulary/* ACT */.z8.delete]: {
        write: (graph, p) => graph.delete(user(p), sensitive(p, 'User.DeleteRestore.All')),
        stillThere: exists,
        permission: 'User.DeleteRestore.All',
        what: 'the user'
    }
};
/** Steps that remove a Global Administrator's access for good. */
const ENDS_ADMIN = new Set([vocabulary/* ACT */.z8.disable, vocabulary/* ACT */.z8.delete]);
async function performEntra(graph, config, claims, step) {
    if (step.mode === 'manual')
        return { result: 'skipped', detail: (0,src_graph/* needsAHuman */.EE)(step) };
    const p = step.params;
    if ((0,vocabulary/* isProtected */.bz)(config, p.upn, p.user_id))
        return { result: 'skipped', detail: protectedReason(p.upn) };
    const crossed = (0,lookup/* refuseCrossed */.YQ)(claims, step, p.upn);
    if (crossed)
        return crossed;
    const action = ACTIONS[step.action];
    if (!action)
        return { result: 'failed', detail: `entra: unknown action ${step.action}` };
    const act = () => attempt(graph, step, action, p);
    return p.global_admin_role && ENDS_ADMIN.has(step.action)
        ? (0,concurrency/* serialized */.RB)(`entra:${config.tenant_id}`, () => unlessLastAdmin(graph, p, act))
        : act();
}
async function attempt(graph, step, action, p) {
    try {
        await action.write(graph, p);
        return { result: 'revoked', detail: '' };
    }
    catch (error) {
        if (statusOf(error) !== 404)
            return { result: 'failed', detail: `${step.action} ${step.target}: ${describe(error)}` };
    }
    try {
        if (!(await action.stillThere(graph, p)))
            return { result: 'already_absent', detail: 'Graph answered 404; read back: gone' };
    }
    catch (error) {
        return {
            result: 'failed',
            detail: `${step.action} ${step.target}: Graph answered 404, and reading back whether ${action.what} is gone failed: ${describe(error)}`
        };
    }
    return {
        result: 'failed',
        detail: `${step.action} ${step.target}: Graph answered 404 but ${action.what} is still there: the app probably lacks ${action.permission}`
    };
}
/** Runs `act` unless no other enabled user holds Global Administrator, counted live. */
async function unlessLastAdmin(graph, p, act) {
    let others;
    try {
        const members = await roleMembers(graph, String(p.global_admin_role));
        others = members.filter(m => m.id !== p.user_id && m.accountEnabled !== false).length;
    }
    catch (error) {
        return {
            result: 'failed',
            detail: `could not count the other Global Administrators, so ${p.upn} was not changed: ${describe(error)}`
        };
    }
    return others === 0 ? { result: 'skipped', detail: lastAdminReason(p.upn) } : act();
}

;// CONCATENATED MODULE: ./src/connectors/entra/waiting.ts
// Manual steps apply left to a human in Entra ID (a dynamic group's membership, a directory
// role, an on-premises user's sign-in...), read back for the audit: per user, by the object id
// the log recorded, the user and then only what its steps need (its direct memberships, its app
// role assignments), never a scan of the tenant. A step is done only once a read shows it.




/** Users read back at the same time. */
const CONCURRENCY = 8;
const waiting_MEMBERSHIPS = new Set([vocabulary/* ACT */.z8.leaveGroup, vocabulary/* ACT */.z8.removeRole]);
const CHECKABLE = new Set([...waiting_MEMBERSHIPS, vocabulary/* ACT */.z8.removeAppRole, vocabulary/* ACT */.z8.disable, vocabulary/* ACT */.z8.delete]);
/** `<upn>/<name> (<id>)` of memberships and assignments; `<upn>/<role name>` of roles. */
const idIn = (target) => /\(([^()]+)\)$/.exec(target)?.[1];
const nameIn = (target) => target.slice(target.indexOf('/') + 1);
async function entraWaiting(graph, steps) {
    const checks = new Map();
    const byUser = new Map();
    for (const step of steps) {
        if (!CHECKABLE.has(step.action))
            checks.set(step, {
                step,
                pending: true,
                detail: 'not a step offboard can check: check it by hand'
            });
        // Only the immutable id says which user: a user principal name may have been renamed,
        // or given to someone else since.
        else if (!step.account_id)
            checks.set(step, {
                step,
                pending: true,
                detail: "logged without the user's object id: check it by hand"
            });
        else
            byUser.set(step.account_id, [...(byUser.get(step.account_id) ?? []), step]);
    }
    const read = await (0,concurrency/* mapLimit */.sf)([...byUser], CONCURRENCY, ([id, mine]) => userWaiting(graph, id, mine));
    for (const c of read.flat())
        checks.set(c.step, c);
    return steps.map(s => checks.get(s));
}
async function userWaiting(graph, id, steps) {
    try {
        const user = await graph.getOrAbsent(userPath(id), {
            query: { $select: 'id,userPrincipalName,accountEnabled' },
            needs: 'User.Read.All'
        });
        if (!user)
            return steps.map(step => ({
                step,
                pending: false,
                detail: `gone: Graph has no user ${id} (deleted; a restore brings it back to the audit)`
            }));
        const memberOf = steps.some(s => waiting_MEMBERSHIPS.has(s.action))
            ? await graph.all(`${userPath(id)}/memberOf`, {
                query: { $top: '999' },
                needs: 'GroupMember.Read.All'
            })
            : [];
        const assignments = steps.some(s => s.action === vocabulary/* ACT */.z8.removeAppRole)
            ? await graph.all(`${userPath(id)}/appRoleAssignments`, {
                needs: 'User.Read.All'
            })
            : [];
        return steps.map(step => {
            const still = (pending, what) => pending
                ? { step, pending, detail: `${what}: ${HOW[step.action]}` }
                : { step, pending, detail: 'gone' };
            switch (step.action) {
                case vocabulary/* ACT */.z8.leaveGroup: {
                    const group = idIn(step.target)?.toLowerCase();
                    return still(memberOf.some(o => String(o.id).toLowerCase() === group), `${user.userPrincipalName} is still a member`);
                }
                case vocabulary/* ACT */.z8.removeRole:
                    return still(memberOf.some(o => o['@odata.type'] === '#microsoft.graph.directoryRole' &&
                        o.displayName === nameIn(step.target)), `${user.userPrincipalName} still holds the role`);
                case vocabulary/* ACT */.z8.removeAppRole:
                    return still(assignments.some(a => a.id === idIn(step.target)), 'the assignment is still there');
                case vocabulary/* ACT */.z8.disable:
                    return user.accountEnabled === false
                        ? { step, pending: false, detail: 'sign-in blocked' }
                        : still(true, `${user.userPrincipalName} can still sign in`);
                default:
                    return still(true, `${user.userPrincipalName} still exists`);
            }
        });
    }
    catch (error) {
        return steps.map(step => ({
            step,
            pending: true,
            detail: `could not be read back: ${describe(error)}`
        }));
    }
}
/** What the human does, as the plan said (docs/entra.md, What a departure does). */
const HOW = {
    [vocabulary/* ACT */.z8.leaveGroup]: "change a dynamic group's rule or the user's attributes; remove the member where the group is mastered (on-premises AD, Exchange Online), or as a Privileged Role Administrator (a role-assignable group)",
    [vocabulary/* ACT */.z8.removeRole]: 'a Privileged Role Administrator removes it',
    [vocabulary/* ACT */.z8.removeAppRole]: 'an administrator removes it (entra.app_role_assignments: manual)',
    [vocabulary/* ACT */.z8.disable]: 'disable the account in on-premises Active Directory',
    [vocabulary/* ACT */.z8.delete]: 'delete the account in on-premises Active Directory'
};

;// CONCATENATED MODULE: ./src/connectors/entra/connector.ts












function entraConnector(config, timing = {}) {
    return {
        reader: ctx => readerOf(build(config, ctx, 'read', timing)),
        writer: ctx => build(config, ctx, 'write', timing)
    };
}
/** The Graph client, or why there is none ("not checked: ..."). */
function connector_open(config, ctx, mode, timing) {
    try {
        const graph = (0,types/* endpoint */.sR)(ctx.env, types/* GRAPH_URL_ENV */.fh, types/* DEFAULT_GRAPH_URL */.z4);
        const authority = (0,types/* endpoint */.sR)(ctx.env, types/* AUTHORITY_URL_ENV */.O4, types/* DEFAULT_AUTHORITY_URL */.m1);
        const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry);
        const credentials = graphCredentials({
            config,
            clientId: mode === 'read' ? (config.read_client_id ?? config.client_id) : config.client_id,
            env: ctx.env,
            maskSecret: ctx.maskSecret,
            authority,
            graph,
            budget,
            ...timing
        });
        if ('problem' in credentials)
            return `not checked: ${credentials.problem}`;
        return new GraphClient({
            graphUrl: graph,
            getToken: credentials.getToken,
            mode,
            budget,
            log: ctx.log,
            ...timing
        });
    }
    catch (error) {
        return `not checked: ${describe(error)}`;
    }
}
function build(config, ctx, mode, timing) {
    const opened = connector_open(config, ctx, mode, timing);
    const graph = typeof opened === 'string' ? undefined : opened;
    const unavailable = typeof opened === 'string' ? opened : undefined;
    const reader = {
        platform: vocabulary/* ENTRA */.BH,
        unavailable,
        async discover(who, scope) {
            const found = {
                platform: vocabulary/* ENTRA */.BH,
                person: who.person,
                status: 'checked',
                holdings: [],
                notes: []
            };
            if (!graph)
                return { ...found, status: 'not_checked', reason: unavailable };
            if (scope.kind === 'reduction' && !scope.remove.some(vocabulary/* isEntraGroup */.C3))
                return found;
            try {
                await discoverUser(graph, who, scope, found);
            }
            catch (error) {
                return {
                    ...found,
                    status: 'not_checked',
                    holdings: [],
                    reason: `could not read ${who.account ?? who.email} in Entra ID: ${describe(error)}`
                };
            }
            return found;
        },
        planSteps(found, scope) {
            return planEntra(found, scope, config);
        },
        list(declared) {
            return listing(vocabulary/* ENTRA */.BH, graph, unavailable, notes => listEntra(graph, declared, notes), error => `could not list Entra ID: ${describe(error)}`);
        },
        async stillWaiting(steps) {
            if (!graph)
                return steps.map(step => ({ step, pending: true, detail: String(unavailable) }));
            return entraWaiting(graph, steps);
        }
    };
    return {
        ...reader,
        async perform(step) {
            if (!graph)
                return {
                    result: 'failed',
                    detail: `entra: ${String(unavailable).replace('not checked: ', '')}`
                };
            return performEntra(graph, config, ctx.claims, step);
        }
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


/***/ })

};
