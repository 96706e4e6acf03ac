export const id = 5160;
export const ids = [5160];
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

/***/ 75160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREDENTIALS: () => (/* reexport */ google_declared/* CREDENTIALS */.tG),
  GOOGLE: () => (/* reexport */ google_declared/* GOOGLE */.A8),
  GOOGLE_GROUP: () => (/* reexport */ google_declared/* GOOGLE_GROUP */.YU),
  GROUP_LABEL: () => (/* reexport */ google_declared/* GROUP_LABEL */.nr),
  LOOKS_UP_BY_EMAIL: () => (/* reexport */ google_declared/* LOOKS_UP_BY_EMAIL */.UN),
  declaredAccount: () => (/* reexport */ google_declared/* declaredAccount */.k8),
  foldAccount: () => (/* reexport */ google_declared/* foldAccount */.Rg),
  googleBlock: () => (/* reexport */ google_declared/* googleBlock */.J5),
  googleConfig: () => (/* reexport */ types/* googleConfig */.ay),
  googleConnector: () => (/* binding */ googleConnector),
  groupGrant: () => (/* reexport */ google_declared/* groupGrant */.iD),
  isProtected: () => (/* reexport */ google_declared/* isProtected */.bz),
  protectedReason: () => (/* reexport */ google_declared/* protectedReason */.zN),
  roleGrants: () => (/* reexport */ google_declared/* roleGrants */.eL),
  sameEmail: () => (/* reexport */ google_declared/* sameEmail */.PZ),
  transferDriveProblem: () => (/* reexport */ google_declared/* transferDriveProblem */.xU)
});

// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./src/connectors/google/auth.ts
var auth = __webpack_require__(76094);
// EXTERNAL MODULE: ./node_modules/@googleapis/admin/build/index.js
var build = __webpack_require__(14917);
;// CONCATENATED MODULE: ./src/connectors/google/client.ts
// The one place the Admin SDK clients (@googleapis/admin: Directory and Data Transfer APIs)
// are built, and every call to them made. Each call runs within its retry budget
// (retry-budget.ts): 429, 403 rateLimitExceeded/userRateLimitExceeded/quotaExceeded, 5xx and
// lost connections are retried with exponential backoff (Google's advice; a Retry-After is
// honoured when sent), anything else fails at once with a message saying what to do. The SDK's
// own retry is off, so that one budget counts every attempt. A read-only client refuses any
// request but GET before it leaves the process (plan and audit).



/** Google's error reasons that mean "slow down" (Directory API: 403 or 429). */
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);
/** A refused or failed Google call; the message names the call and says what to do. */
class GoogleError extends Error {
    status;
    reason;
    constructor(message, status, reason) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.name = 'GoogleError';
    }
}
/** Thrown by a read-only client for any request but GET. */
class GoogleReadOnlyError extends Error {
    constructor(method, url) {
        super(`google: refused ${method} ${url}: this client is read-only (plan and audit never write)`);
        this.name = 'GoogleReadOnlyError';
    }
}
class GoogleClient {
    opts;
    /** HTTP requests sent to the Admin SDK, retries included. */
    requests = 0;
    directory;
    datatransfer;
    sleep;
    constructor(opts) {
        this.opts = opts;
        this.sleep = opts.sleep ?? retry_budget/* sleep */.yy;
        opts.auth.transporter.interceptors.request.add({
            resolved: async (config) => {
                const method = (config.method ?? 'GET').toUpperCase();
                if (opts.mode === 'read' && method !== 'GET')
                    throw new GoogleReadOnlyError(method, String(config.url));
                this.requests++;
                return config;
            }
        });
        const root = opts.apiUrl ? { rootUrl: opts.apiUrl.replace(/\/*$/, '/') } : {};
        this.directory = new build/* admin_directory_v1 */.cF.Admin({ auth: opts.auth, ...root });
        this.datatransfer = new build/* admin_datatransfer_v1 */.cW.Admin({ auth: opts.auth, ...root });
    }
    /** One call within its budget. `what` names it in messages: the method and its object,
     *  e.g. `directory.users.get alice@acme.example`. */
    async call(what, run) {
        const call = new retry_budget/* CallBudget */.Oo(this.opts.budget ?? retry_budget/* DEFAULT_RETRY_BUDGET */.tc);
        for (;;) {
            const signal = call.attemptSignal();
            try {
                return (await run({ retry: false, signal })).data;
            }
            catch (err) {
                if (err instanceof GoogleReadOnlyError)
                    throw err;
                // Only the budget aborts the signal: its attempt got no answer in time.
                const failure = signal.aborted ? { message: call.noAnswer() } : failureOf(err);
                if (!retryable(failure))
                    throw this.error(what, failure);
                const asked = (0,retry_budget/* retryAfterMs */.Vs)(failure.retryAfter);
                const wait = asked ?? call.backoffMs();
                if (!call.retry(wait, asked !== undefined))
                    throw this.error(what, failure, call.gaveUp.bind(call));
                this.opts.log(`google: ${what}: ${failure.message}, retrying in ${wait} ms`);
                await this.sleep(wait);
            }
        }
    }
    /** Every item of a paged list: `nextPageToken` followed until Google gives none. */
    async all(what, page, items) {
        const out = [];
        let token;
        do {
            const data = await this.call(what, options => page(token, options));
            out.push(...(items(data) ?? []));
            token = data.nextPageToken ?? undefined;
        } while (token);
        return out;
    }
    error(what, f, gaveUp) {
        const said = f.auth
            ? `: ${f.message}`
            : f.status === undefined
                ? ` ${f.message}`
                : ` answered ${f.status}${describe(f)}`;
        const hint = f.auth ? '' : this.hint(f);
        const message = `${what}${said}${hint ? `; ${hint}` : ''}`;
        return new GoogleError(`google: ${gaveUp ? gaveUp(message) : message}`, f.status, f.reason);
    }
    hint({ status, reason }) {
        if (status === undefined)
            return '';
        if (status === 401)
            return 'the access token was refused: check the credentials (docs/google.md)';
        if (RATE_REASONS.has(reason ?? '') || status === 429)
            return 'still rate limited: run again later';
        if (status === 403)
            return `${this.opts.admin} (google.admin) may not do this, or the scope is not delegated to the service account: see docs/google.md`;
        if (status >= 500)
            return 'Google failed: run again later';
        return '';
    }
}
function retryable(f) {
    if (f.status === undefined)
        return true;
    return f.status === 429 || f.status >= 500 || RATE_REASONS.has(f.reason ?? '');
}
const describe = (f) => {
    const said = [f.reason, f.message].filter(Boolean).join(': ');
    return said ? ` (${said})` : '';
};
/** An error of the SDK (gaxios) or of the token services, as a Failure. */
function failureOf(err) {
    if (err instanceof auth/* GoogleAuthError */.E)
        return { status: err.status, message: err.message, auth: true, retryAfter: err.retryAfter };
    const e = err;
    if (!e.response) {
        const code = typeof e.code === 'string' ? ` (${e.code})` : '';
        return { message: `could not reach Google: ${e.message ?? String(err)}${code}` };
    }
    const body = e.response.data?.error;
    const google = body && typeof body === 'object'
        ? body
        : undefined;
    const reason = google?.errors?.find(x => typeof x?.reason === 'string')?.reason;
    const message = typeof google?.message === 'string'
        ? google.message
        : typeof body === 'string'
            ? body
            : 'the answer is not a Google error: check OFFBOARD_GOOGLE_API_URL if it is set';
    return {
        status: e.response.status,
        reason,
        message,
        retryAfter: e.response.headers?.get?.('retry-after')
    };
}
/** The HTTP status of a failed call, or undefined. */
function statusOf(err) {
    return err instanceof GoogleError ? err.status : undefined;
}
/** The answer, or undefined when Google answered 404 (the thing does not exist). */
async function absentOn404(call) {
    try {
        return await call;
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw err;
    }
}
/** A short, secret-free description of an error for reasons, unread records and outcomes. */
function describeError(err) {
    return err instanceof Error ? err.message : String(err);
}

// EXTERNAL MODULE: ./src/connectors/google/declared.ts
var google_declared = __webpack_require__(13026);
// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
;// CONCATENATED MODULE: ./src/connectors/google/plan.ts

/** Holding kinds. */
const G = {
    user: 'google_user',
    token: 'oauth_token',
    asp: 'app_password',
    codes: 'backup_codes',
    group: 'group_membership',
    role: 'admin_role',
    drive: 'drive_files'
};
function lastSuperAdminReason(email, others) {
    return others === null
        ? `${email} is a super admin, and whether another active one is left could not be read: not suspended or deleted`
        : `${email} is the last active super admin: never suspended or deleted (make another super admin first)`;
}
function planGoogle(found, scope, config) {
    const user = found.holdings.find(h => h.kind === G.user);
    if (found.status !== 'checked' || !user)
        return { steps: [], refused: [] };
    const email = String(user.details?.primary_email ?? user.id);
    const base = {
        user_id: user.id,
        user: email,
        ...(user.details?.found_by ? { found_by: user.details.found_by } : {})
    };
    const steps = [];
    const refused = [];
    const step = (action, key, target, reason, after, params = {}, contain = false) => {
        const s = {
            id: `${google_declared/* GOOGLE */.A8}/${found.person}/${action}/${key}`,
            platform: google_declared/* GOOGLE */.A8,
            person: found.person,
            action,
            target,
            reason,
            after,
            mode: 'auto',
            params: { ...base, ...params },
            ...(contain ? { contain } : {})
        };
        steps.push(s);
        return s;
    };
    const refuse = (target, reason) => refused.push({ platform: google_declared/* GOOGLE */.A8, person: found.person, target, reason });
    const groups = found.holdings.filter(h => h.kind === G.group);
    const groupStep = (g, reason, after) => step('remove_group_membership', g.id, `${email} in ${g.id}`, reason, after, { group: g.id });
    if ((0,google_declared/* isProtected */.bz)(config, email)) {
        refuse(email, (0,google_declared/* protectedReason */.zN)(config, email));
        return { steps: [], refused };
    }
    if (scope.kind === 'reduction') {
        for (const g of groups)
            if (scope.remove.some(r => r.kind === google_declared/* GOOGLE_GROUP */.YU && (0,google_declared/* sameEmail */.PZ)(r.value, g.id)))
                groupStep(g, 'no role grants this group any more', []);
        return { steps, refused };
    }
    const suspended = user.details?.suspended === true;
    const superAdmin = user.details?.super_admin === true;
    const others = superAdmin ? user.details?.other_super_admins : 1;
    const guard = superAdmin ? { super_admin: true } : {};
    // The sign-out and the suspension are containment: the executor runs them before any other
    // Google step.
    const signOut = suspended
        ? undefined
        : step('sign_out', email, email, 'departure: end every session first', [], {}, true);
    const first = signOut ? [signOut.id] : [];
    const keepsAdmin = superAdmin && !suspended && !others;
    const suspend = suspended || keepsAdmin
        ? undefined
        : step('suspend_user', email, email, 'departure: no sign-in from now on', first, guard, true);
    if (keepsAdmin)
        refuse(email, lastSuperAdminReason(email, others ?? null));
    // What a suspension only pauses, each after the sign-out.
    for (const h of found.holdings) {
        const why = 'departure';
        if (h.kind === G.token)
            step('delete_oauth_token', h.id, `${email} token of ${h.details?.app ?? h.id}`, why, first, {
                client_id: h.id
            });
        else if (h.kind === G.asp)
            step('delete_app_password', h.id, `${email} app password ${h.details?.name ?? h.id}`, why, first, {
                code_id: Number(h.id)
            });
        else if (h.kind === G.codes)
            step('invalidate_backup_codes', email, `${email} backup codes`, why, first);
        else if (h.kind === G.group)
            groupStep(h, why, first);
    }
    const drive = found.holdings.find(h => h.kind === G.drive);
    const to = drive?.details?.to;
    const transfer = typeof to === 'string'
        ? step('transfer_drive', email, `${email} Drive files to ${to}`, `departure: google.transfer_drive_to is ${drive?.details?.to_person}`, suspend ? [suspend.id] : first, {
            to_id: drive?.details?.to_id,
            to,
            application_id: drive?.details?.application_id
        })
        : undefined;
    if (config.on_departure !== 'delete')
        return { steps, refused };
    const unreadDrive = config.transfer_drive_to && !drive;
    const noTransfer = config.transfer_drive_to && !transfer;
    if (keepsAdmin)
        return { steps, refused };
    if (noTransfer) {
        const problem = unreadDrive ? 'where the files go could not be read' : drive?.details?.problem;
        refuse(email, `not deleted: its Drive files were to go to ${config.transfer_drive_to}, but ${problem}; the account is suspended instead`);
        return { steps, refused };
    }
    const before = steps.map(s => s.id);
    step('delete_user', email, email, transfer
        ? `departure (on_departure: delete), once the Drive transfer to ${to} completed`
        : `departure (on_departure: delete); its Drive files are deleted with it (google.transfer_drive_to names nobody)`, before, { ...guard, ...(transfer ? { transfer_to_id: transfer.params.to_id } : {}) });
    return { steps, refused };
}

// EXTERNAL MODULE: ./src/connectors/google/types.ts
var types = __webpack_require__(67595);
;// CONCATENATED MODULE: ./src/connectors/google/discover.ts





/** How Google names the Drive in the Data Transfer API's applications. */
const DRIVE_APPLICATION = 'Drive and Docs';
/** The largest pages Google serves: users 500, groups and members 200. */
const PAGE = { users: 500, groups: 200, members: 200, roles: 100 };
/** Every email Google resolves to this user. */
function emailsOf(u) {
    const listed = u.emails?.map(e => e.address) ?? [];
    return [u.primaryEmail, ...(u.aliases ?? []), ...(u.nonEditableAliases ?? []), ...listed].filter((e) => typeof e === 'string');
}
const getUser = (client, userKey) => absentOn404(client.call(`directory.users.get ${userKey}`, o => client.directory.users.get({ userKey, projection: 'basic' }, o)));
/** The groups a user is a direct member of. */
const groupsOf = (client, userKey) => client.all(`directory.groups.list userKey=${userKey}`, (pageToken, o) => client.directory.groups.list({ userKey, maxResults: PAGE.groups, pageToken }, o), d => d.groups);
async function discoverGoogle(c, who, scope) {
    const found = {
        platform: google_declared/* GOOGLE */.A8,
        person: who.person,
        status: 'checked',
        holdings: [],
        notes: []
    };
    const key = who.account ?? who.email;
    if (!who.account)
        found.notes.push(`no Google account declared: looked up ${who.email}`);
    let user;
    let renamed = false;
    try {
        user = await getUser(c.client, key);
        if (!user && who.account && scope.kind === 'departure') {
            const byId = await (0,lookup/* findRenamed */.WG)(who, google_declared/* GOOGLE */.A8, 'Google user', id => getUser(c.client, id), u => u.primaryEmail ?? '');
            if (byId && 'refused' in byId)
                return { ...found, status: 'not_checked', reason: byId.refused };
            if (byId)
                found.notes.push(byId.note);
            user = byId?.found;
            renamed = !!byId;
        }
    }
    catch (err) {
        return {
            ...found,
            status: 'not_checked',
            reason: `could not read ${key}: ${describeError(err)}`
        };
    }
    if (!user?.id || !user.primaryEmail)
        return { ...found, status: 'no_account', reason: `Google has no user ${key}` };
    const email = user.primaryEmail;
    // Found under another name than the declared one: an email lookup, or an alias.
    const lookedUp = !renamed && !(0,google_declared/* sameEmail */.PZ)(email, who.account);
    const crossed = lookedUp && crossing(who, user, key);
    if (crossed)
        return { ...found, status: 'not_checked', reason: crossed };
    if (who.account && lookedUp)
        found.notes.push(`${who.account} is an alias of ${email}: ${email} is revoked`);
    found.account = { id: user.id, display: email };
    const reads = new Secondary();
    const departure = scope.kind === 'departure';
    const none = { holdings: [], notes: [] };
    const [held, otherAdmins, secrets, drive] = await Promise.all([
        reads.run('group memberships', () => groupsOf(c.client, user.id)),
        departure && user.isAdmin ? otherSuperAdmins(c, user.id, reads) : null,
        departure ? credentials(c, user.id, reads) : none,
        departure ? driveFiles(c, who, user, reads) : none
    ]);
    found.holdings.push({
        kind: G.user,
        id: user.id,
        label: `Google account ${email} (${user.suspended ? 'suspended' : 'active'}${user.isAdmin ? ', super admin' : user.isDelegatedAdmin ? ', delegated admin' : ''})`,
        details: {
            primary_email: email,
            suspended: user.suspended === true,
            super_admin: user.isAdmin === true,
            ...(user.isAdmin ? { other_super_admins: otherAdmins ?? null } : {}),
            ...(lookedUp ? { found_by: lookup/* FOUND_BY_LOOKUP */.gt } : {})
        }
    });
    if (user.suspended)
        found.notes.push(`${email} is already suspended`);
    found.holdings.push(...secrets.holdings);
    const removed = departure
        ? undefined
        : scope.remove.filter(g => g.platform === google_declared/* GOOGLE */.A8 && g.kind === google_declared/* GOOGLE_GROUP */.YU);
    for (const g of held ?? [])
        if (g.email && (!removed || removed.some(r => (0,google_declared/* sameEmail */.PZ)(r.value, g.email))))
            found.holdings.push({
                kind: G.group,
                id: g.email,
                label: `member of group ${g.email}${g.name ? ` ("${g.name}")` : ''}`
            });
    found.holdings.push(...drive.holdings);
    found.notes.push(...secrets.notes, ...drive.notes);
    const unread = reads.unread();
    return unread ? { ...found, unread } : found;
}
/** Why a user found by email (or alias) may not be used for `who`, if it may not. */
function crossing(who, user, key) {
    const email = user.primaryEmail;
    const how = `directory.users.get ${key}`;
    if (who.account) {
        const other = (0,lookup/* otherClaimant */.gR)(who.claims, google_declared/* GOOGLE */.A8, email, who.person);
        return other
            ? `not checked: ${how} answered ${email} (${who.account} is its alias), which ${other} declares: nothing of ${other}'s is touched; correct accounts.google of ${who.person} or ${other}`
            : undefined;
    }
    const theirs = emailsOf(user).some(e => (0,google_declared/* sameEmail */.PZ)(e, who.email));
    return (0,lookup/* lookupProblem */.AE)(who, google_declared/* GOOGLE */.A8, { account: email, email: theirs ? who.email : email }, how);
}
/** Reads whose failure is recorded as unread, not fatal: in the order they were started, so
 *  that a discovery (and the plan made of it) is the same however the answers arrive. */
class Secondary {
    failed = [];
    async run(what, read) {
        const slot = this.failed.push(undefined) - 1;
        try {
            return await read();
        }
        catch (err) {
            this.failed[slot] = { what, error: describeError(err) };
            return undefined;
        }
    }
    unread() {
        const out = this.failed.filter((u) => u !== undefined);
        return out.length ? out : undefined;
    }
}
/** Active super admins besides this user (0, 1 or "2": at least two), or undefined. */
function otherSuperAdmins(c, userId, reads) {
    const customer = c.config.customer_id;
    return reads.run('other super admins (for the last-super-admin guard)', () => countOtherSuperAdmins(c.client, customer, userId));
}
async function countOtherSuperAdmins(client, customer, userId) {
    const query = 'isAdmin=true isSuspended=false';
    const data = await client.call(`directory.users.list ${query}`, o => client.directory.users.list({ customer, query, maxResults: 3 }, o));
    return (data.users ?? []).filter(u => u.id !== userId).length;
}
async function credentials(c, userKey, reads) {
    const { client } = c;
    const customer = c.config.customer_id;
    const [tokens, asps, codes, assignments] = await Promise.all([
        reads.run('OAuth tokens', () => client.call(`directory.tokens.list ${userKey}`, o => client.directory.tokens.list({ userKey }, o))),
        reads.run('application-specific passwords', () => client.call(`directory.asps.list ${userKey}`, o => client.directory.asps.list({ userKey }, o))),
        reads.run('backup verification codes', () => client.call(`directory.verificationCodes.list ${userKey}`, o => client.directory.verificationCodes.list({ userKey }, o))),
        reads.run('admin role assignments', () => roleAssignments(client, customer, userKey))
    ]);
    const out = [];
    for (const t of tokens?.items ?? [])
        if (t.clientId)
            out.push({
                kind: G.token,
                id: t.clientId,
                label: `OAuth token for "${t.displayText ?? t.clientId}" (client ${t.clientId}, ${t.scopes?.length ?? 0} scopes${t.nativeApp ? ', installed app' : ''})`,
                details: { client_id: t.clientId, app: t.displayText ?? null }
            });
    for (const a of asps?.items ?? [])
        if (a.codeId !== undefined && a.codeId !== null)
            out.push({
                kind: G.asp,
                id: String(a.codeId),
                label: `app password "${a.name ?? a.codeId}" (created ${day(a.creationTime)}, last used ${day(a.lastTimeUsed) ?? 'never'})`,
                details: { code_id: a.codeId, name: a.name ?? null }
            });
    // Backup codes are themselves secrets: masked, counted, never shown.
    const backup = (codes?.items ?? []).map(v => v.verificationCode).filter(Boolean);
    backup.forEach(v => c.maskSecret(v));
    if (backup.length)
        out.push({
            kind: G.codes,
            id: 'backup_codes',
            label: `${backup.length} backup verification codes`
        });
    for (const r of assignments ?? [])
        out.push({ kind: G.role, id: r.id, label: `admin role "${r.name}" (${r.scope})` });
    const notes = assignments?.length
        ? [
            `admin roles (${assignments.map(r => r.name).join(', ')}) are not removed: they stop working with the suspension and go with the account when it is deleted`
        ]
        : [];
    return { holdings: out, notes };
}
async function roleAssignments(client, customer, userKey) {
    const assigned = await client.all(`directory.roleAssignments.list userKey=${userKey}`, (pageToken, o) => client.directory.roleAssignments.list({ customer, userKey, maxResults: 200, pageToken }, o), d => d.items);
    if (!assigned.length)
        return [];
    const roles = await client.all('directory.roles.list', (pageToken, o) => client.directory.roles.list({ customer, maxResults: PAGE.roles, pageToken }, o), d => d.items);
    const names = new Map(roles.map(r => [String(r.roleId), r.roleName ?? String(r.roleId)]));
    return assigned.map(a => ({
        id: String(a.roleAssignmentId),
        name: names.get(String(a.roleId)) ?? `role ${a.roleId}`,
        scope: a.scopeType === 'ORG_UNIT' ? `org unit ${a.orgUnitId}` : 'whole customer'
    }));
}
/** Where the departing person's Drive files go: a holding naming the receiver or why there is
 *  none (plan.ts then deletes no account), or a note that they stay. */
async function driveFiles(c, who, user, reads) {
    const to = c.config.transfer_drive_to;
    const email = user.primaryEmail;
    if (!to) {
        const stays = c.config.on_departure === 'delete'
            ? 'they are deleted with the account (Google can restore a deleted user for 20 days)'
            : 'they stay in the suspended account';
        const note = `Drive: ownership of ${email}'s files is not transferred (google.transfer_drive_to names nobody): ${stays}`;
        return { holdings: [], notes: [note] };
    }
    const drive = (details) => ({
        holdings: [
            {
                kind: G.drive,
                id: 'drive',
                label: details.problem
                    ? `Drive files: not transferred (${details.problem})`
                    : `Drive files: ownership goes to ${details.to} (${to}) through the Data Transfer API`,
                details
            }
        ],
        notes: []
    });
    const receiver = [...(who.claims ?? [])].find(([, people]) => people.includes(to))?.[0];
    if (to === who.person || !receiver)
        return drive({
            problem: `google.transfer_drive_to is ${to}, who ${to === who.person ? 'is departing' : 'declares no accounts.google'}`
        });
    // null: read, and not there; undefined: the read failed (unread, and no holding).
    const [target, app] = await Promise.all([
        reads.run(`the Drive receiver ${receiver}`, async () => (await getUser(c.client, receiver)) ?? null),
        reads.run('Data Transfer applications', () => driveApplication(c))
    ]);
    if (target === undefined || app === undefined)
        return { holdings: [], notes: [] };
    if (!target)
        return drive({ problem: `${to}'s account ${receiver} is not in Google Workspace` });
    if (target.suspended)
        return drive({ problem: `${to}'s account ${target.primaryEmail} is suspended` });
    if (!app)
        return drive({ problem: `the Data Transfer API offers no "${DRIVE_APPLICATION}" application` });
    return drive({ to: target.primaryEmail, to_id: target.id, application_id: app, to_person: to });
}
/** The Data Transfer API's id of Drive, or null when the customer has none. */
async function driveApplication(c) {
    const { client } = c;
    const apps = await client.all('datatransfer.applications.list', (pageToken, o) => client.datatransfer.applications.list({ ...(0,types/* customerId */.uy)(c.config), maxResults: 500, pageToken }, o), d => d.applications);
    const drive = apps.find(a => a.name === DRIVE_APPLICATION);
    return drive?.id ? String(drive.id) : null;
}
/** `2024-05-01` from Google's milliseconds-since-epoch strings; undefined for 0/absent. */
function day(ms) {
    const n = Number(ms);
    return n > 0 ? new Date(n).toISOString().slice(0, 10) : undefined;
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
;// CONCATENATED MODULE: ./src/connectors/google/list.ts
// Every user of the Workspace customer (or of google.domain) for the audit, at the largest
// page Google serves, with their memberships of exactly the groups roles declare (each
// group's members listed once, a few groups at a time). OAuth tokens, app passwords and
// backup codes have no customer-wide listing in the Directory API: plans read them per person.




/** Groups whose members are read at the same time. */
const GROUP_CONCURRENCY = 8;
async function listGoogle(client, config, declared) {
    const inventory = {
        platform: google_declared/* GOOGLE */.A8,
        status: 'checked',
        accounts: [],
        requests: 0,
        notes: []
    };
    const before = client.requests;
    const where = config.domain ? { domain: config.domain } : { customer: config.customer_id };
    const groups = [
        ...new Map(declared
            .filter(g => g.platform === google_declared/* GOOGLE */.A8 && g.kind === google_declared/* GOOGLE_GROUP */.YU)
            .map(g => [(0,google_declared/* foldAccount */.Rg)(g.value), g.value])).values()
    ];
    try {
        const [users, memberships] = await Promise.all([
            client.all(`directory.users.list ${config.domain ?? config.customer_id}`, (pageToken, o) => client.directory.users.list({ ...where, maxResults: PAGE.users, projection: 'basic', pageToken }, o), d => d.users),
            (0,concurrency/* mapLimit */.sf)(groups, GROUP_CONCURRENCY, async (group) => {
                const members = await absentOn404(client.all(`directory.members.list ${group}`, (pageToken, o) => client.directory.members.list({ groupKey: group, maxResults: PAGE.members, pageToken }, o), d => d.members));
                if (!members)
                    inventory.notes.push(`group ${group} is declared but does not exist`);
                return { group, ids: new Set((members ?? []).map(m => m.id)) };
            })
        ]);
        inventory.accounts = users.flatMap((u) => u.id && u.primaryEmail
            ? [
                {
                    platform: google_declared/* GOOGLE */.A8,
                    account: u.primaryEmail,
                    id: u.id,
                    email: u.primaryEmail,
                    ...(u.name?.fullName ? { name: u.name.fullName } : {}),
                    kind: 'user',
                    active: !u.suspended && !u.archived,
                    grants: memberships.filter(m => m.ids.has(u.id)).map(m => (0,google_declared/* groupGrant */.iD)(m.group)),
                    credentials: []
                }
            ]
            : []);
    }
    catch (err) {
        inventory.status = 'not_checked';
        inventory.reason = `could not list Google Workspace users: ${describeError(err)}`;
    }
    inventory.requests = client.requests - before;
    return inventory;
}

;// CONCATENATED MODULE: ./src/connectors/google/perform.ts






const revoked = (detail = '') => ({ result: 'revoked', detail });
const userExists = async (c, userKey) => (await getUser(c.client, userKey)) !== undefined;
async function performGoogle(c, step) {
    const p = step.params;
    const email = String(p.user ?? '');
    const userKey = String(p.user_id ?? '');
    if ((0,google_declared/* isProtected */.bz)(c.config, email))
        return { result: 'skipped', detail: (0,google_declared/* protectedReason */.zN)(c.config, email) };
    const crossed = (0,lookup/* refuseCrossed */.YQ)(c.claims, step, email);
    if (crossed)
        return crossed;
    const act = ACTIONS[step.action];
    if (!act)
        return { result: 'failed', detail: `google: unknown action ${step.action}` };
    try {
        if (p.super_admin === true) {
            const others = await countOtherSuperAdmins(c.client, c.config.customer_id, userKey);
            if (others === 0)
                return { result: 'skipped', detail: lastSuperAdminReason(email, 0) };
        }
        return await act.run(c, userKey, p);
    }
    catch (err) {
        if (statusOf(err) !== 404)
            return { result: 'failed', detail: describeError(err) };
        try {
            if (!(await act.stillThere(c, userKey, p)))
                return { result: 'already_absent', detail: 'Google answered 404; read back: gone' };
        }
        catch (readErr) {
            return {
                result: 'failed',
                detail: `${describeError(err)}, and reading back whether ${act.what} is gone failed: ${describeError(readErr)}`
            };
        }
        return {
            result: 'failed',
            detail: `Google answered 404 but ${act.what} (${step.target}) is still there: google.admin may lack the privilege to change it`
        };
    }
}
const ACTIONS = {
    sign_out: {
        what: 'the user',
        run: async ({ client }, userKey) => {
            await client.call(`directory.users.signOut ${userKey}`, o => client.directory.users.signOut({ userKey }, o));
            return revoked();
        },
        stillThere: userExists
    },
    suspend_user: {
        what: 'the user',
        run: async ({ client }, userKey) => {
            await client.call(`directory.users.update ${userKey} suspended`, o => client.directory.users.update({ userKey, requestBody: { suspended: true } }, o));
            return revoked();
        },
        stillThere: userExists
    },
    delete_oauth_token: {
        what: 'the OAuth token',
        run: async ({ client }, userKey, p) => {
            const clientId = String(p.client_id);
            await client.call(`directory.tokens.delete ${userKey} ${clientId}`, o => client.directory.tokens.delete({ userKey, clientId }, o));
            return revoked();
        },
        stillThere: async ({ client }, userKey, p) => {
            const list = await absentOn404(client.call(`directory.tokens.list ${userKey}`, o => client.directory.tokens.list({ userKey }, o)));
            return !!list?.items?.some(t => t.clientId === p.client_id);
        }
    },
    delete_app_password: {
        what: 'the app password',
        run: async ({ client }, userKey, p) => {
            const codeId = Number(p.code_id);
            await client.call(`directory.asps.delete ${userKey} ${codeId}`, o => client.directory.asps.delete({ userKey, codeId }, o));
            return revoked();
        },
        stillThere: async ({ client }, userKey, p) => {
            const list = await absentOn404(client.call(`directory.asps.list ${userKey}`, o => client.directory.asps.list({ userKey }, o)));
            return !!list?.items?.some(a => a.codeId === Number(p.code_id));
        }
    },
    invalidate_backup_codes: {
        what: 'the backup codes',
        run: async ({ client }, userKey) => {
            await client.call(`directory.verificationCodes.invalidate ${userKey}`, o => client.directory.verificationCodes.invalidate({ userKey }, o));
            return revoked();
        },
        stillThere: async ({ client, maskSecret }, userKey) => {
            const list = await absentOn404(client.call(`directory.verificationCodes.list ${userKey}`, o => client.directory.verificationCodes.list({ userKey }, o)));
            const codes = (list?.items ?? []).map(v => v.verificationCode).filter(Boolean);
            codes.forEach(maskSecret);
            return codes.length > 0;
        }
    },
    remove_group_membership: {
        what: 'the membership',
        run: async ({ client }, userKey, p) => {
            const groupKey = String(p.group);
            await client.call(`directory.members.delete ${groupKey} ${userKey}`, o => client.directory.members.delete({ groupKey, memberKey: userKey }, o));
            return revoked();
        },
        stillThere: async ({ client }, userKey, p) => {
            const groups = await absentOn404(groupsOf(client, userKey));
            return !!groups?.some(g => g.email?.toLowerCase() === String(p.group).toLowerCase());
        }
    },
    transfer_drive: {
        what: 'the user',
        run: async (c, userKey, p) => {
            const existing = (await transfers(c, userKey, String(p.to_id))).find(t => t.overallTransferStatusCode !== 'failed');
            if (existing)
                return {
                    result: 'already_absent',
                    detail: `a Drive transfer to ${p.to} exists already (${existing.overallTransferStatusCode ?? 'status unknown'})`
                };
            const { client } = c;
            const made = await client.call(`datatransfer.transfers.insert ${userKey}`, o => client.datatransfer.transfers.insert({
                requestBody: {
                    oldOwnerUserId: userKey,
                    newOwnerUserId: String(p.to_id),
                    applicationDataTransfers: [
                        {
                            applicationId: String(p.application_id),
                            applicationTransferParams: [
                                { key: 'PRIVACY_LEVEL', value: ['PRIVATE', 'SHARED'] }
                            ]
                        }
                    ]
                }
            }, o));
            return revoked(`transfer ${made.id} to ${p.to}: ${made.overallTransferStatusCode ?? 'requested'}`);
        },
        stillThere: userExists
    },
    delete_user: {
        what: 'the user',
        run: async (c, userKey, p) => {
            if (typeof p.transfer_to_id === 'string') {
                const all = await transfers(c, userKey, p.transfer_to_id);
                if (!all.some(t => t.overallTransferStatusCode === 'completed'))
                    return {
                        result: 'failed',
                        detail: `not deleted yet: the Drive transfer is ${all.at(-1)?.overallTransferStatusCode ?? 'not found'}; rerun apply once it has completed, and the account is deleted then`
                    };
            }
            const { client } = c;
            await client.call(`directory.users.delete ${userKey}`, o => client.directory.users.delete({ userKey }, o));
            return revoked();
        },
        stillThere: userExists
    }
};
/** Transfers of the user's data to `to`, oldest first. */
function transfers(c, from, to) {
    const { client, config } = c;
    return client.all(`datatransfer.transfers.list ${from}`, (pageToken, o) => client.datatransfer.transfers.list({ ...(0,types/* customerId */.uy)(config), oldOwnerUserId: from, newOwnerUserId: to, pageToken }, o), d => d.dataTransfers);
}

;// CONCATENATED MODULE: ./src/connectors/google/connector.ts











function googleConnector(config, timing = {}) {
    return {
        reader: ctx => connector_build(config, ctx, 'read', timing).reader,
        writer: ctx => {
            const { reader, perform } = connector_build(config, ctx, 'write', timing);
            return { ...reader, perform };
        }
    };
}
function connector_build(config, ctx, mode, timing) {
    const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry);
    const credentials = (0,auth/* googleAuth */.Ky)({
        config,
        env: ctx.env,
        maskSecret: ctx.maskSecret,
        scopes: (0,auth/* scopesFor */.lN)(mode, config.transfer_drive_to !== undefined),
        attemptMs: budget.attempt_seconds * 1000
    });
    const missing = 'unavailable' in credentials ? credentials.unavailable : undefined;
    const unavailable = missing && `not checked: ${missing}`;
    const client = 'auth' in credentials
        ? new GoogleClient({
            auth: credentials.auth,
            apiUrl: ctx.env[types/* API_URL_ENV */.bT] || undefined,
            mode,
            admin: config.admin,
            log: ctx.log,
            budget,
            ...timing
        })
        : undefined;
    const notChecked = { status: 'not_checked', reason: unavailable };
    const reader = {
        platform: google_declared/* GOOGLE */.A8,
        unavailable,
        async discover(who, scope) {
            if (!client)
                return { platform: google_declared/* GOOGLE */.A8, person: who.person, holdings: [], notes: [], ...notChecked };
            return discoverGoogle({ client, config, maskSecret: ctx.maskSecret }, who, scope);
        },
        planSteps: (found, scope) => planGoogle(found, scope, config),
        async list(declared) {
            if (!client)
                return { platform: google_declared/* GOOGLE */.A8, accounts: [], requests: 0, notes: [], ...notChecked };
            return listGoogle(client, config, declared);
        }
    };
    async function perform(step) {
        if (!client)
            return { result: 'failed', detail: `google: ${missing}` };
        return performGoogle({ client, config, claims: ctx.claims, maskSecret: ctx.maskSecret }, step);
    }
    return { reader, perform };
}


/***/ })

};
