export const id = 3875;
export const ids = [3875];
export const modules = {

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

/***/ 13875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  slack: () => (/* binding */ slack),
  slackConnector: () => (/* binding */ slackConnector)
});

// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
// EXTERNAL MODULE: ./node_modules/@slack/web-api/dist/index.js
var dist = __webpack_require__(85105);
// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./src/connectors/shared/scim-client.ts
var scim_client = __webpack_require__(57580);
;// CONCATENATED MODULE: ./src/connectors/slack/client.ts
// The one place Slack's clients are built: the Web API (WebClient) limited to the methods a
// mode may call, so that a reader (plan, audit) cannot change Slack whatever the code asks,
// and for a writer that deactivates through it, Slack's SCIM API (the shared SCIM client).
// Each Web API call waits out a 429 (Retry-After) and retries server errors and lost
// connections within its retry budget (retry-budget.ts); the WebClient itself neither retries
// nor queues behind a rate limit. Errors name the method and say what to do.




const DEFAULT_API_URL = 'https://slack.com/api/';
const DEFAULT_SCIM_URL = 'https://api.slack.com/scim/v2/';
/** The largest `limit` Slack's cursor-paged methods accept. */
const PAGE_SIZE = 1000;
/** All a reader may call: plan and audit cannot change Slack, whatever the code asks. */
const READ_METHODS = [
    'users.info',
    'users.lookupByEmail',
    'users.list',
    'usergroups.list',
    'usergroups.users.list',
    'conversations.members'
];
const WRITE_METHODS = [
    'admin.users.session.reset',
    'admin.users.remove',
    'usergroups.users.update',
    'conversations.kick'
];
/** Slack errors that say "try again" (not fatal_error: part of the call may have been done). */
const TRANSIENT = new Set(['internal_error', 'service_unavailable']);
/** The Web API limited to the methods one mode may call; counts HTTP requests. */
class SlackApi {
    opts;
    requests = 0;
    client;
    allowed;
    sleep;
    constructor(opts) {
        this.opts = opts;
        this.allowed = new Set(opts.mode === 'read' ? READ_METHODS : [...READ_METHODS, ...WRITE_METHODS]);
        this.sleep = opts.sleep ?? retry_budget/* sleep */.yy;
        this.client = new dist.WebClient(opts.token, {
            slackApiUrl: opts.apiUrl,
            // Retries and rate-limit waits are call()'s, within the budget: the WebClient's own
            // policy retries for about half an hour.
            retryConfig: { retries: 0 },
            rejectRateLimitedCalls: true,
            timeout: opts.budget.attempt_seconds * 1000,
            logger: slackLogger(opts.log),
            fetch: (url, init) => {
                this.requests++;
                return fetch(url, init);
            }
        });
    }
    /** Throws SlackCallError, whose message names the method and says what to do. */
    async call(method, args) {
        if (!this.allowed.has(method))
            throw new SlackCallError(`slack: refused ${method}: this client only reads (plan and audit)`);
        const call = new retry_budget/* CallBudget */.Oo(this.opts.budget);
        for (;;) {
            try {
                return (await call.within(this.client.apiCall(method, args)));
            }
            catch (err) {
                const what = describe(method, err, call);
                const wait = retryWait(err, call);
                if (!wait)
                    throw new SlackCallError(`slack: ${what}`, err);
                if (!call.retry(wait.ms, wait.asked))
                    throw new SlackCallError(`slack: ${call.gaveUp(what)}`, err);
                this.opts.log(`slack: ${what}; retrying in ${wait.ms / 1000} s (retry ${call.retries} of ${this.opts.budget.retries})`);
                await this.sleep(wait.ms);
            }
        }
    }
    /** Every item of a cursor-paged method, with the largest page Slack allows; `keep` cuts each
     *  item down as its page arrives, so that the answers are not all held. */
    async collect(method, args, key, keep = item => item) {
        const items = [];
        let cursor;
        do {
            const page = await this.call(method, {
                ...args,
                limit: PAGE_SIZE,
                ...(cursor ? { cursor } : {})
            });
            for (const item of page[key] ?? [])
                items.push(keep(item));
            cursor = page.response_metadata?.next_cursor || undefined;
        } while (cursor);
        return items;
    }
}
/** Every user group with its members (one call). */
async function usergroups(api) {
    const answer = await api.call('usergroups.list', { include_users: true });
    return (answer.usergroups ?? []);
}
/** The members of a channel. */
const channelMembers = (api, channel) => api.collect('conversations.members', { channel }, 'members');
/** The WebClient's error, recognised by its code. */
function slackError(err) {
    const code = typeof err === 'object' && err !== null ? err.code : undefined;
    return Object.values(dist.ErrorCode).includes(code) ? err : undefined;
}
/** The wait before retrying a failed call, or undefined when a retry cannot help. */
function retryWait(err, call) {
    const e = slackError(err);
    if (e?.code === dist.ErrorCode.RateLimitedError)
        return { ms: e.retryAfter * 1000, asked: true };
    const transient = (0,retry_budget/* isTimeout */.kL)(err) ||
        e?.code === dist.ErrorCode.RequestError ||
        (e?.code === dist.ErrorCode.HTTPError && e.statusCode >= 500) ||
        (e?.code === dist.ErrorCode.PlatformError && TRANSIENT.has(e.data.error));
    return transient ? { ms: call.backoffMs() } : undefined;
}
/** The WebClient's own lines (rate-limit waits, warnings) go to the progress log. */
function slackLogger(log) {
    let level = dist.LogLevel.INFO;
    const say = (...msg) => log(`slack: ${msg.map(String).join(' ')}`);
    return {
        debug: () => undefined,
        info: say,
        warn: say,
        error: say,
        setLevel: l => (level = l),
        getLevel: () => level,
        setName: () => undefined
    };
}
/** A failed call. `code` is Slack's error name (`not_in_channel`, ...) when it answered ok: false. */
class SlackCallError extends Error {
    code;
    constructor(message, cause) {
        super(message, { cause });
        this.name = 'SlackCallError';
        this.code = cause instanceof dist.WebAPIPlatformError ? cause.data.error : undefined;
    }
}
function slackCode(err) {
    return err instanceof SlackCallError ? err.code : undefined;
}
/** An error as one line that names the method and says what to do. */
function describe(method, err, call) {
    const e = slackError(err);
    if ((0,retry_budget/* isTimeout */.kL)(err) || (e?.code === dist.ErrorCode.RequestError && (0,retry_budget/* isTimeout */.kL)(e.original)))
        return `${method}: ${call.noAnswer()}`;
    if (e?.code === dist.ErrorCode.RequestError) {
        const cause = e.original.cause instanceof Error ? ` (${e.original.cause.message})` : '';
        return `${method}: could not reach Slack: ${e.original.message}${cause}`;
    }
    if (e?.code === dist.ErrorCode.HTTPError)
        return `${method} answered HTTP ${e.statusCode}`;
    if (e?.code === dist.ErrorCode.RateLimitedError)
        return `${method} answered 429 (ratelimited, retry after ${e.retryAfter} s)`;
    if (!(err instanceof dist.WebAPIPlatformError))
        return `${method} failed: ${err instanceof Error ? err.message : String(err)}`;
    const code = err.data.error;
    const needed = err.data.needed;
    const hints = {
        missing_scope: `the token lacks the scope ${needed ?? '(not named)'}`,
        not_allowed_token_type: 'needs an org-level user token of an admin (Enterprise Grid)',
        not_an_admin: "the token's user is not an admin",
        no_permission: "the token's user may not do this",
        feature_not_enabled: 'not available on this Slack plan',
        paid_only: 'not available on this Slack plan',
        invalid_auth: 'SLACK_TOKEN was rejected: check that it is current',
        not_authed: 'SLACK_TOKEN was rejected: check that it is current',
        token_revoked: 'SLACK_TOKEN was revoked: issue a new one',
        permission_denied: 'workspace settings do not let this token manage user groups',
        channel_not_found: "the channel does not exist, or the token cannot see it (a private channel needs the token's user as a member)"
    };
    const hint = Object.hasOwn(hints, code) ? hints[code] : undefined;
    return `${method} answered ${code}${hint ? `: ${hint}` : ''}`;
}
function isBot(m) {
    return m.is_bot === true || m.id === 'USLACKBOT';
}
function connectSlack(ctx, mode, options) {
    const config = ctx.platforms.slack ?? { deactivate_with: 'scim', protected: [] };
    const token = ctx.env.SLACK_TOKEN;
    if (!token)
        return { config, unavailable: `not checked: ${(0,results/* noCredentials */.gT)('SLACK_TOKEN')}` };
    ctx.maskSecret(token);
    const apiUrl = withSlash(ctx.env.SLACK_API_URL || DEFAULT_API_URL);
    const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry);
    const api = new SlackApi({ token, apiUrl, mode, log: ctx.log, budget, sleep: options.sleep });
    const scim = mode === 'write' && config.deactivate_with === 'scim'
        ? new scim_client/* ScimClient */.KZ({
            platform: 'slack',
            baseUrl: ctx.env.SLACK_SCIM_URL || DEFAULT_SCIM_URL,
            token,
            tokenEnv: 'SLACK_TOKEN',
            mode,
            log: ctx.log,
            budget,
            ...options
        })
        : undefined;
    return { config, api, scim };
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}

// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var shared_lookup = __webpack_require__(43500);
;// CONCATENATED MODULE: ./src/connectors/slack/discover.ts



/** Read answers Slack documents as "this feature does not exist here": notes, not failures.
 *  Any other error of a secondary read is unread (docs/slack-scim.md has the same table). */
const ABSENT = {
    'usergroups.list': {
        plan_upgrade_required: 'user groups: not available on this Slack plan, so none is held'
    }
};
const absentOn = (method) => (err) => ABSENT[method]?.[slackCode(err) ?? ''];
async function discover(api, config, who, scope) {
    const found = (0,results/* discovery */.HD)('slack', who.person);
    try {
        const member = await findMember(api, who);
        if (!member) {
            const looked = who.account ? `member id ${who.account}` : `email ${who.email}`;
            return { ...found, status: 'no_account', notes: [`no Slack member with ${looked}`] };
        }
        const crossed = !who.account &&
            (0,shared_lookup/* lookupProblem */.AE)(who, 'slack', { account: member.id, email: member.profile?.email }, `users.lookupByEmail for ${who.email}`);
        if (crossed)
            return { ...found, status: 'not_checked', reason: crossed };
        found.account = { id: member.id, display: member.real_name ?? member.name ?? member.id };
        found.holdings.push(memberHolding(member, !who.account));
        if (member.deleted)
            found.notes.push(`${member.id} is already deactivated`);
        const removed = (kind) => scope.kind === 'reduction'
            ? scope.remove.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value)
            : [];
        // A departure lists every user group (one call); channels end with deactivation.
        const handles = scope.kind === 'departure' ? undefined : removed('slack_usergroup');
        const read = (0,results/* secondaryReads */.Ox)(found, err => (0,results/* failed */.gz)(err).detail);
        const [listed, channels] = await Promise.all([
            handles === undefined || handles.length
                ? read('user groups', () => usergroups(api), absentOn('usergroups.list'))
                : [],
            Promise.all(removed('slack_channel').map(async (c) => [c, await read(`members of channel ${c}`, () => channelMembers(api, c))]))
        ]);
        const groups = listed ?? [];
        for (const g of groups) {
            if ((handles && !handles.includes(g.handle)) || !g.users?.includes(member.id))
                continue;
            const last = g.users.length === 1;
            found.holdings.push({
                kind: 'usergroup_membership',
                id: g.handle,
                label: `user group @${g.handle}${last ? ' (last member)' : ''}`,
                details: { usergroup_id: g.id, last_member: last }
            });
            if (last && scope.kind === 'reduction')
                found.notes.push(`${member.id} is the only member of @${g.handle}: Slack cannot empty a user group, so the removal will be reported, not made`);
        }
        for (const h of handles ?? [])
            if (listed && !groups.some(g => g.handle === h))
                found.notes.push(`user group @${h} not found`);
        for (const [channel, members] of channels)
            if (members?.includes(member.id))
                found.holdings.push({
                    kind: 'channel_membership',
                    id: channel,
                    label: `channel ${channel}`
                });
        if (scope.kind === 'departure' && config.deactivate_with !== 'none')
            found.notes.push('deactivation signs the member out and removes them from every channel');
        return found;
    }
    catch (err) {
        return { ...found, status: 'not_checked', reason: (0,results/* failed */.gz)(err).detail };
    }
}
async function findMember(api, who) {
    const [method, args] = who.account
        ? ['users.info', { user: who.account }]
        : ['users.lookupByEmail', { email: who.email }];
    try {
        return (await api.call(method, args)).user;
    }
    catch (err) {
        if (slackCode(err) === 'user_not_found' || slackCode(err) === 'users_not_found')
            return undefined;
        throw err;
    }
}
/** `lookup`: found by email, not by a declared member id (steps then say so, see lookup.ts). */
function memberHolding(m, lookup) {
    const flags = [
        m.deleted && 'deactivated',
        m.is_primary_owner ? 'primary owner' : m.is_owner ? 'owner' : m.is_admin && 'admin',
        isBot(m) && 'bot'
    ].filter(Boolean);
    const name = m.real_name ?? m.profile?.real_name ?? m.name;
    return {
        kind: 'member',
        id: m.id,
        label: `member ${m.id}${name ? ` (${name})` : ''}${flags.length ? `: ${flags.join(', ')}` : ''}`,
        details: {
            deleted: m.deleted === true,
            is_admin: m.is_admin === true,
            is_owner: m.is_owner === true,
            is_primary_owner: m.is_primary_owner === true,
            is_bot: isBot(m),
            team_id: m.team_id ?? null,
            ...(lookup ? { found_by: shared_lookup/* FOUND_BY_LOOKUP */.gt } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/connectors/slack/list.ts


/** A member as the audit lists it, made as its page arrives: users.list answers with whole
 *  profiles, and nothing else of them is held. Grants are added once the groups and channels
 *  are read. */
const listed = (m) => ({
    platform: 'slack',
    account: m.id,
    id: m.id,
    email: m.profile?.email,
    name: m.real_name ?? m.profile?.real_name ?? m.name,
    kind: isBot(m) ? 'bot' : 'member',
    active: !m.deleted,
    grants: [],
    credentials: []
});
function list(api, declared) {
    const wanted = (kind) => [
        ...new Set(declared.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value))
    ];
    const handles = wanted('slack_usergroup');
    return (0,results/* listing */.RR)('slack', api, async (notes) => {
        const [members, groups, channels] = await Promise.all([
            api.collect('users.list', {}, 'members', listed),
            handles.length ? usergroups(api) : [],
            Promise.all(wanted('slack_channel').map(async (c) => {
                try {
                    return [c, await channelMembers(api, c)];
                }
                catch (err) {
                    if (slackCode(err) !== 'channel_not_found')
                        throw err;
                    notes.push(`channel ${c} not found, or not visible to the token: not checked`);
                    return [c, undefined];
                }
            }))
        ]);
        // Each list the length it ends with: a list grown by push keeps room for a dozen more,
        // which for every member of a large workspace is more than the member.
        const grants = new Map();
        const give = (uid, grant) => grants.set(uid, [...(grants.get(uid) ?? []), grant]);
        for (const handle of handles) {
            const group = groups.find(g => g.handle === handle);
            if (!group)
                notes.push(`declared user group @${handle} not found`);
            for (const uid of group?.users ?? [])
                give(uid, { platform: 'slack', kind: 'slack_usergroup', value: handle });
        }
        for (const [channel, uids] of channels)
            for (const uid of uids ?? [])
                give(uid, { platform: 'slack', kind: 'slack_channel', value: channel });
        for (const m of members)
            m.grants = grants.get(m.account) ?? m.grants;
        return members;
    }, err => (0,results/* failed */.gz)(err).detail);
}

;// CONCATENATED MODULE: ./src/connectors/slack/perform.ts



/** Session reset answers Slack documents as "not on this plan or token type" (off Enterprise
 *  Grid) or "not for this member": skipped, since deactivation signs the member out. A token
 *  that lacks a scope or an admin (missing_scope, not_an_admin, ...) is a failure to fix. */
const CANNOT_RESET = new Set([
    'not_allowed_token_type',
    'feature_not_enabled',
    'paid_only',
    'unknown_method',
    'cannot_reset_bot'
]);
/** `scim`: Slack's SCIM API, when the writer deactivates through it. */
async function perform(api, scim, claims, step) {
    const uid = String(step.params.user_id);
    const crossed = (0,shared_lookup/* refuseCrossed */.YQ)(claims, step, uid);
    if (crossed)
        return crossed;
    switch (step.action) {
        case 'reset_sessions':
            return write(api, 'admin.users.session.reset', { user_id: uid }, {
                gone: ['user_not_found'],
                cannot: CANNOT_RESET,
                why: 'deactivation signs the member out'
            });
        case 'deactivate_user':
            if (!scim)
                return { result: 'skipped', detail: step.reason };
            try {
                // Slack's SCIM DELETE deactivates the member; it never erases them.
                const result = await scim.deleteUser(uid, { deactivates: true });
                return { result, detail: result === 'already_absent' ? 'no active member' : '' };
            }
            catch (err) {
                return (0,results/* failed */.gz)(err);
            }
        case 'remove_from_workspace':
            return write(api, 'admin.users.remove', { team_id: step.params.team_id, user_id: uid }, { gone: ['user_not_found', 'user_already_deleted'] });
        case 'remove_from_usergroup':
            return removeFromUsergroup(api, uid, String(step.params.usergroup_id), String(step.params.handle));
        case 'remove_from_channel':
            return write(api, 'conversations.kick', { channel: step.params.channel, user: uid }, { gone: ['not_in_channel', 'user_not_found'] });
        default:
            return { result: 'failed', detail: `slack: unknown action ${step.action}` };
    }
}
/** One write call. `gone`: Slack errors meaning "nothing left to remove"; `cannot`: errors
 *  meaning this token or plan cannot make the call, recorded as skipped with `why`. */
async function write(api, method, args, answers) {
    try {
        await api.call(method, args);
        return { result: 'revoked', detail: '' };
    }
    catch (err) {
        const code = slackCode(err) ?? '';
        if (answers.gone?.includes(code))
            return { result: 'already_absent', detail: code };
        if (answers.cannot?.has(code))
            return { result: 'skipped', detail: `${(0,results/* failed */.gz)(err).detail}; ${answers.why ?? ''}` };
        return (0,results/* failed */.gz)(err);
    }
}
async function removeFromUsergroup(api, uid, usergroup, handle) {
    // usergroups.users.update replaces the whole list: read it right before writing.
    let users;
    try {
        const answer = await api.call('usergroups.users.list', { usergroup, include_disabled: true });
        users = (answer.users ?? []);
    }
    catch (err) {
        if (slackCode(err) === 'no_such_subteam')
            return { result: 'already_absent', detail: `user group @${handle} no longer exists` };
        return (0,results/* failed */.gz)(err);
    }
    if (!users.includes(uid))
        return { result: 'already_absent', detail: `not in @${handle}` };
    const rest = users.filter(u => u !== uid);
    if (rest.length === 0)
        return {
            result: 'skipped',
            detail: `${uid} is the only member of @${handle} and Slack cannot empty a user group: add someone or disable the group (usergroups.disable), then apply again`
        };
    return write(api, 'usergroups.users.update', { usergroup, users: rest.join(',') }, { gone: ['no_such_subteam'] });
}

;// CONCATENATED MODULE: ./src/connectors/slack/plan.ts

function planSlack(found, scope, config) {
    const member = found.holdings.find(h => h.kind === 'member');
    if (found.status !== 'checked' || !member || member.details?.deleted)
        return { steps: [], refused: [] };
    const uid = member.id;
    const refuse = (reason) => ({
        steps: [],
        refused: [(0,results/* refusal */.x5)('slack', found.person, uid, reason)]
    });
    if (config.protected.includes(uid))
        return refuse(`${uid} is protected (slack.protected in platforms.yaml): never touched`);
    if (member.details?.is_primary_owner)
        return refuse(`${uid} is the primary owner, whom Slack lets no one deactivate: transfer primary ownership first`);
    const make = (action, target, reason, params, extra = {}) => (0,results/* step */.PM)('slack', found.person, action, target, reason, {
        user_id: uid,
        ...(member.details?.found_by ? { found_by: member.details.found_by } : {}),
        ...params
    }, extra);
    if (scope.kind === 'departure') {
        // Both steps contain (the executor runs them before any other platform's clean-up). The
        // reset stays before the deactivation: a member already deactivated or removed is
        // user_not_found to admin.users.session.reset, which would be logged as signed out
        // without anyone having seen the sessions end.
        const reset = make('reset_sessions', uid, 'departure: sign out of every device now', {}, { contain: true });
        const after = { after: [reset.id], contain: true };
        const deactivate = {
            scim: () => make('deactivate_user', uid, "departure: deactivate through Slack's SCIM API", {}, after),
            admin: () => make('remove_from_workspace', uid, 'departure: remove from the workspace (admin.users.remove)', { team_id: member.details?.team_id }, after),
            none: () => make('deactivate_user', uid, 'deactivate_with is none: deactivate the member in Slack or the identity provider', {}, { ...after, mode: 'manual' })
        }[config.deactivate_with]();
        return { steps: [reset, deactivate], refused: [] };
    }
    const steps = [];
    for (const h of found.holdings) {
        if (h.kind === 'usergroup_membership')
            steps.push(make('remove_from_usergroup', `@${h.id}`, 'no role grants this user group any more', {
                usergroup_id: h.details?.usergroup_id,
                handle: h.id
            }));
        if (h.kind === 'channel_membership')
            steps.push(make('remove_from_channel', h.id, 'no role grants this channel any more', {
                channel: h.id
            }));
    }
    return { steps, refused: [] };
}

;// CONCATENATED MODULE: ./src/connectors/slack/connector.ts






function slackConnector(options = {}) {
    return {
        reader: ctx => reader(connectSlack(ctx, 'read', options)),
        writer: ctx => {
            const slack = connectSlack(ctx, 'write', options);
            const { api, scim } = slack;
            return {
                ...reader(slack),
                perform: async (step) => api
                    ? perform(api, scim, ctx.claims, step)
                    : { result: 'failed', detail: `slack: ${(0,results/* noCredentials */.gT)('SLACK_TOKEN')}` }
            };
        }
    };
}
const slack = slackConnector();
function reader(slack) {
    const { api, config, unavailable } = slack;
    return {
        platform: 'slack',
        unavailable,
        discover: async (who, scope) => api
            ? discover(api, config, who, scope)
            : { ...(0,results/* discovery */.HD)('slack', who.person), status: 'not_checked', reason: unavailable },
        planSteps: (found, scope) => planSlack(found, scope, config),
        list: async (declared) => api
            ? list(api, declared)
            : { ...(0,results/* inventory */.pf)('slack'), status: 'not_checked', reason: unavailable }
    };
}


/***/ })

};
