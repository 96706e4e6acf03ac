export const id = 9879;
export const ids = [9879];
export const modules = {

/***/ 81321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ absenceNote),
/* harmony export */   lz: () => (/* binding */ absentOn404),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   ql: () => (/* binding */ AFTER_404),
/* harmony export */   tW: () => (/* binding */ absences)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14747);
// What GitHub's answers mean, per endpoint: the answers it documents as "this does not exist
// here" (notes, not failures), the kind of token an endpoint serves, and for each write the
// permission a token answered 404 probably lacks (GitHub answers 404 for both). docs/github.md
// has the same tables. Also how an error reads in a note, an unread read or a failed step.

/** The documented absences per read; docs/github.md has the same table. */
function absences(org, login, pendingMember) {
    const appsOnly = (what) => ({
        status: 403,
        tokens: ['classic', 'fine_grained', 'oauth'],
        note: `${what}: not readable with a personal access token (GitHub serves these endpoints to GitHub Apps only); use a GitHub App token to see them`
    });
    return {
        sso: [
            {
                status: 404,
                note: `SAML SSO credential authorizations: not applicable (${org} does not use SAML single sign-on)`
            },
            {
                status: 403,
                tokens: ['installation', 'fine_grained'],
                note: `SAML SSO credential authorizations: not readable with this kind of token (GitHub lists them to an owner's classic token only); GitHub removes them with the membership`
            }
        ],
        tokenGrants: [appsOnly('fine-grained token grants')],
        tokenRequests: [appsOnly('fine-grained token requests')],
        copilot: [
            { status: 404, note: `Copilot: ${login} has no seat in ${org}` },
            // GitHub answers 422 both when Copilot is off and for someone only invited.
            {
                status: 422,
                note: pendingMember
                    ? `Copilot: ${login} has a pending invitation to ${org}, no seat`
                    : `Copilot: not enabled in ${org}, or seats are not managed per user`
            }
        ]
    };
}
/** The note of the documented absence an error is, for a token of kind `token`, if any. */
const absenceNote = (absent, token) => (error) => absent.find(a => a.status === (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) && (!a.tokens || a.tokens.includes(token)))?.note;
/** What each write removes, and the permission a token answered 404 probably lacks. */
const MEMBERS_WRITE = 'the GitHub App permission "Members: write" (classic token: admin:org)';
const AFTER_404 = {
    deny_token_request: {
        what: 'the fine-grained token request',
        permission: 'the GitHub App permission "Personal access token requests: write"'
    },
    revoke_token_grant: {
        what: 'the fine-grained token grant',
        permission: 'the GitHub App permission "Personal access tokens: write"'
    },
    revoke_sso_authorization: {
        what: 'the SAML SSO authorization',
        permission: "admin:org (an organization owner's classic token)"
    },
    cancel_invitation: { what: 'the invitation', permission: MEMBERS_WRITE },
    remove_copilot_seat: {
        what: 'the Copilot seat',
        permission: 'the GitHub App permission "GitHub Copilot Business: write" (classic token: manage_billing:copilot)'
    },
    remove_team_membership: { what: 'the team membership', permission: MEMBERS_WRITE },
    remove_outside_collaborator: {
        what: 'the outside collaborator access',
        permission: MEMBERS_WRITE
    },
    remove_org_membership: { what: 'the membership', permission: MEMBERS_WRITE },
    demote_org_admin: { what: 'the owner role', permission: MEMBERS_WRITE }
};
/** The error described, with what to do about a rejected token or a missing permission. */
function withHint(error) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error);
    const described = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
    if (status === 401)
        return `${described} (the token is invalid or expired: check GITHUB_TOKEN)`;
    if (status === 403)
        return `${described} (the token lacks a permission this call needs: see the GitHub permissions)`;
    return described;
}
/** The answer's data, or undefined when GitHub says 404 (not a member, no such user). */
async function absentOn404(call) {
    try {
        return (await call).data;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

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

/***/ 9879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ ENTERPRISE_MEMBER_IDS),
/* harmony export */   Nk: () => (/* binding */ planEnterprise),
/* harmony export */   R8: () => (/* binding */ performEnterprise),
/* harmony export */   XL: () => (/* binding */ discoverEnterprise),
/* harmony export */   Z8: () => (/* binding */ enterpriseName),
/* harmony export */   _k: () => (/* binding */ REMOVE_ENTERPRISE_MEMBER),
/* harmony export */   f9: () => (/* binding */ enterpriseWaiting),
/* harmony export */   mj: () => (/* binding */ listEnterprise)
/* harmony export */ });
/* unused harmony export licenseUsers */
/* harmony import */ var _shared_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16282);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81321);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14747);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36927);




const PER_PAGE = 100;
/** GraphQL: the node ids `removeEnterpriseMember` takes, and the user's numeric id, to check
 *  that the login still names the account discovery found. */
const ENTERPRISE_MEMBER_IDS = `query EnterpriseMemberIds($slug: String!, $login: String!) {
  enterprise(slug: $slug) { id }
  user(login: $login) { id databaseId }
}`;
/** GraphQL: removes the user from the enterprise and from every organization in it. */
const REMOVE_ENTERPRISE_MEMBER = `mutation RemoveEnterpriseMember($enterpriseId: ID!, $userId: ID!) {
  removeEnterpriseMember(input: { enterpriseId: $enterpriseId, userId: $userId }) { user { login } }
}`;
/** Token kinds GitHub does not let remove an enterprise member (it takes an enterprise owner's
 *  classic token with admin:enterprise): the step is a human's then. */
const CANNOT_REMOVE_MEMBERS = {
    installation: 'a GitHub App installation token',
    fine_grained: 'a fine-grained personal access token'
};
const SCIM_PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** The enterprise's name in targets, notes and details: `enterprise acme-co`. */
const enterpriseName = (e) => `enterprise ${e.slug}`;
/** Every user holding one of the enterprise's licenses: its members (and the outside
 *  collaborators of its organizations), read page by page. */
async function licenseUsers({ octokit, slug }) {
    const users = [];
    for (let page = 1;; page++) {
        const { data } = await octokit.request('GET /enterprises/{enterprise}/consumed-licenses', {
            enterprise: slug,
            per_page: PER_PAGE,
            page
        });
        const batch = (data.users ?? []).filter(Boolean);
        users.push(...batch);
        if (batch.length < PER_PAGE)
            return users;
    }
}
/** The SCIM identities whose userName is exactly `userName` (case-insensitive, RFC 7643). */
async function scimIdentities({ octokit, slug }, userName) {
    const { data } = await octokit.request('GET /scim/v2/enterprises/{enterprise}/Users', {
        enterprise: slug,
        // A SCIM filter's value is a JSON string literal: quotes and backslashes escaped.
        filter: `userName eq ${JSON.stringify(userName)}`
    });
    const found = data.Resources ?? [];
    // The filter is GitHub's; the exact match is ours, so a loose answer can hurt no one else.
    return found.filter(u => (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLogin */ .Up)(u.userName, userName));
}
const seatOf = ({ octokit, slug }, login) => octokit.request('GET /enterprises/{enterprise}/members/{username}/copilot', {
    enterprise: slug,
    username: login
});
/** The documented absences of the enterprise's reads. */
const copilotAbsent = (e, login) => [
    { status: 404, note: `Copilot: ${login} has no seat assigned by ${enterpriseName(e)}` },
    {
        status: 422,
        note: `Copilot: ${enterpriseName(e)} has no Copilot subscription of its own, or assigns no seats per user`
    }
];
/** Reads what `login` (or, with EMU, the SCIM identity named `email`) holds in the enterprise
 *  into `found`: every failed read is unread, never "nothing there". */
async function discoverEnterprise(e, login, email, found) {
    const secondary = (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_3__/* .secondaryReads */ .Ox)(found, _answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu);
    const name = enterpriseName(e);
    const holding = (kind, id, label, details) => ({
        kind,
        id,
        label: `${name}: ${label}`,
        details: { enterprise: e.slug, ...details }
    });
    const reads = [];
    if (login)
        reads.push(secondary(`${name}: Copilot seat`, async () => {
            const { data } = await seatOf(e, login);
            const team = data.assigning_team?.slug ?? null;
            if (team)
                found.notes.push(`${name}: Copilot: the seat comes from enterprise team ${team}`);
            if (data.pending_cancellation_date)
                found.notes.push(`${name}: Copilot: the seat is already pending cancellation on ${data.pending_cancellation_date}`);
            return team || data.pending_cancellation_date
                ? []
                : [
                    holding(_plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.enterpriseCopilotSeat, login, 'Copilot seat', {
                        last_activity_at: data.last_activity_at ?? null
                    })
                ];
        }, (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .absenceNote */ .IV)(copilotAbsent(e, login), e.tokenKind)));
    if (e.config.emu)
        reads.push(secondary(`${name}: SCIM identity ${email}`, async () => {
            const ids = await scimIdentities(e, email);
            if (ids.length > 1)
                throw new Error(`${ids.length} SCIM identities have the userName ${email}: deprovision the right one by hand`);
            const [u] = ids;
            if (!u) {
                found.notes.push(`${name}: no SCIM identity has the userName ${email}; memberships are removed one by one`);
                return [];
            }
            if (!u.active) {
                found.notes.push(`${name}: the SCIM identity ${email} is already deactivated`);
                return [];
            }
            return [
                holding(_plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.scimUser, u.id, `managed user ${u.userName} (SCIM, active)`, {
                    user_name: u.userName ?? email,
                    external_id: u.externalId ?? null
                })
            ];
        }));
    else if (login)
        reads.push(secondary(`${name}: members`, async () => {
            const member = (await licenseUsers(e)).find(u => (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLogin */ .Up)(u.github_com_login, login));
            return member
                ? [
                    holding(_plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.enterpriseMember, login, 'member', {
                        roles: (member.github_com_enterprise_roles ?? []).join(', '),
                        user_id: found.account?.id ?? null,
                        token: e.tokenKind
                    })
                ]
                : [];
        }));
    for (const list of await Promise.all(reads))
        found.holdings.push(...(list ?? []));
}
/** The enterprise's steps, after `after` (every step of every organization). The SCIM
 *  deprovisioning and the membership's removal end the user's membership of every
 *  organization, so they are refused while the user is the last owner of one (`lastOwnerOf`). */
function planEnterprise(holdings, person, login, slug, config, after, lastOwnerOf, ownersUnknown = []) {
    const name = enterpriseName({ slug });
    const steps = [];
    const refused = [];
    const make = (action, target, reason, params = {}, extra = {}) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)('github', person, action, `${name}: ${target}`, reason, { enterprise: slug, login, ...params }, { after, ...extra });
    // Both leave every organization of the enterprise at once, its last-owner guard unasked; an
    // organization whose owners could not be counted may be one they are the last owner of.
    const guarded = lastOwnerOf.length > 0 || ownersUnknown.length > 0;
    const lastOwner = (target, what) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)('github', person, `${name}: ${target}`, lastOwnerOf.length
        ? `${what} ends every organization membership of ${login}, and they are the last owner of ${lastOwnerOf.join(', ')}: make someone else an owner first, then run again`
        : `${what} ends every organization membership of ${login}, and whether they are the last owner of ${ownersUnknown.join(', ')} could not be read: run again once it can be read`);
    for (const h of holdings) {
        if (h.kind === _plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.enterpriseCopilotSeat)
            steps.push(make('remove_enterprise_copilot_seat', `${h.id} copilot seat`, `GitHub Copilot seat assigned and billed by ${name}`));
        else if (h.kind === _plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.enterpriseMember) {
            const token = CANNOT_REMOVE_MEMBERS[h.details?.token];
            if (guarded)
                refused.push(lastOwner(h.id, 'removing them from the enterprise'));
            else if (token)
                steps.push(make('remove_enterprise_member', h.id, `member of ${name}: GitHub removes enterprise members only for an enterprise owner's classic token (admin:enterprise), and GITHUB_ENTERPRISE_TOKEN is ${token}; needs a human to remove ${h.id} on the enterprise's People page`, {}, { mode: 'manual' }));
            else
                steps.push(make('remove_enterprise_member', h.id, `member of ${name}: removing the membership ends the license and every organization membership in it`, { user_id: h.details?.user_id }));
        }
        else if (h.kind === _plan_js__WEBPACK_IMPORTED_MODULE_2__.GH.scimUser) {
            const target = `scim user ${h.details?.user_name}`;
            if (guarded)
                refused.push(lastOwner(target, 'deprovisioning the managed user'));
            else
                steps.push(make('deprovision_scim_user', target, `managed user of ${name}: deactivating the SCIM identity suspends the account and ends every membership`, { id: h.id, user_name: h.details?.user_name }));
        }
    }
    // The membership goes last of all: after the enterprise's own seat too.
    const seats = steps.filter(s => s.action === 'remove_enterprise_copilot_seat').map(s => s.id);
    for (const s of steps)
        if (s.action === 'remove_enterprise_member')
            s.after = [...after, ...seats];
    if (login && (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .isProtected */ .bz)(config, login))
        return {
            steps: [],
            refused: [...steps, ...refused].map(s => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_3__/* .refusal */ .x5)('github', person, s.target, (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .protectedReason */ .zN)(login)))
        };
    return { steps, refused };
}
/** The one write of an enterprise step; a 404 is already_absent only once read back gone. */
async function performEnterprise(e, step) {
    const login = String(step.params.login ?? '');
    if (step.action === 'remove_enterprise_member')
        return removeMember(e, step, login);
    try {
        switch (step.action) {
            case 'remove_enterprise_copilot_seat':
                await e.octokit.request('DELETE /enterprises/{enterprise}/copilot/billing/selected_users', {
                    enterprise: e.slug,
                    selected_usernames: [login]
                });
                return { result: 'revoked', detail: '' };
            case 'deprovision_scim_user':
                // GitHub's documented way to suspend a managed user, reversible (DELETE is not).
                await e.octokit.request('PATCH /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', {
                    enterprise: e.slug,
                    scim_user_id: String(step.params.id),
                    schemas: [SCIM_PATCH],
                    Operations: [{ op: 'replace', path: 'active', value: false }]
                });
                return { result: 'revoked', detail: 'SCIM identity deactivated: the account is suspended' };
            default:
                return { result: 'failed', detail: `github: unknown action ${step.action}` };
        }
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) !== 404)
            return { result: 'failed', detail: `${step.action} ${step.target}: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu)(error)}` };
        try {
            if (!(await stillThere(e, step, login)))
                return { result: 'already_absent', detail: 'GitHub answered 404; read back: gone' };
        }
        catch (readBack) {
            return {
                result: 'failed',
                detail: `${step.action} ${step.target}: GitHub answered 404, and reading it back failed: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu)(readBack)}`
            };
        }
        return {
            result: 'failed',
            detail: `GitHub answered 404 but ${step.target} is still there: the enterprise token probably lacks ${step.action === 'deprovision_scim_user' ? 'the scope scim:enterprise' : 'manage_billing:copilot'} (an enterprise owner's)`
        };
    }
}
/** GitHub's GraphQL errors (`GraphqlResponseError`), recognised by shape. */
const graphqlErrors = (error) => {
    const errors = error?.errors;
    return Array.isArray(errors) ? errors : undefined;
};
/** An error of a GraphQL call on one line: its GraphQL errors, else the HTTP error's hint. */
const graphqlHint = (error) => {
    const errors = graphqlErrors(error);
    return errors?.length
        ? `GitHub answered with errors: ${errors.map(x => (x.type ? `${x.type}: ` : '') + x.message).join('; ')}`
        : (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu)(error);
};
/** `removeEnterpriseMember`, with the node ids looked up first. Any error (HTTP, or GraphQL's
 *  `errors`) fails the step, except one saying the user is no member: that one is
 *  already_absent once the enterprise's members read back without them. */
async function removeMember(e, step, login) {
    const failed = (why) => ({
        result: 'failed',
        detail: `${step.action} ${step.target}: ${why}`
    });
    let ids;
    try {
        ids = await e.octokit.graphql(ENTERPRISE_MEMBER_IDS, { slug: e.slug, login });
    }
    catch (error) {
        return failed(`looking up the enterprise's and the user's ids failed: ${graphqlHint(error)}`);
    }
    if (!ids.enterprise)
        return failed(`GitHub shows the token no ${enterpriseName(e)}`);
    // The login may have been renamed, or reused by someone else, since discovery.
    if (!ids.user || String(ids.user.databaseId) !== String(step.params.user_id))
        return failed(`${login} is no longer the GitHub user ${String(step.params.user_id)} that discovery found: run again to re-plan`);
    try {
        const { removeEnterpriseMember: done } = await e.octokit.graphql(REMOVE_ENTERPRISE_MEMBER, { enterpriseId: ids.enterprise.id, userId: ids.user.id });
        if (!(0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLogin */ .Up)(done?.user?.login, login))
            return failed(`GitHub's answer names no removed user (${JSON.stringify(done)})`);
        return { result: 'revoked', detail: `removed from ${enterpriseName(e)} and its organizations` };
    }
    catch (error) {
        const errors = graphqlErrors(error);
        if (!errors?.length || !errors.every(x => /not (?:a )?member/i.test(x.message)))
            return failed(graphqlHint(error));
        try {
            const member = (await licenseUsers(e)).some(u => (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLogin */ .Up)(u.github_com_login, login));
            return member
                ? failed(`GitHub answered "${errors[0].message}", but ${login} still holds a license of ${enterpriseName(e)}`)
                : {
                    result: 'already_absent',
                    detail: `GitHub answered "${errors[0].message}"; read back: gone`
                };
        }
        catch (readBack) {
            return failed(`GitHub answered "${errors[0].message}", and reading the members back failed: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu)(readBack)}`);
        }
    }
}
async function stillThere(e, step, login) {
    if (step.action === 'deprovision_scim_user') {
        const u = await (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .absentOn404 */ .lz)(e.octokit.request('GET /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}', {
            enterprise: e.slug,
            scim_user_id: String(step.params.id)
        }));
        return !!u?.active;
    }
    const seat = await (0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .absentOn404 */ .lz)(seatOf(e, login)).catch(error => {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 422)
            return undefined;
        throw error;
    });
    return !!seat && !seat.pending_cancellation_date;
}
/** The enterprise's members for the audit: each an account `in enterprise <slug>`. */
async function listEnterprise(e) {
    return (await licenseUsers(e))
        .filter(u => u.github_com_user !== false && u.github_com_login)
        .map(u => ({
        platform: 'github',
        account: u.github_com_login,
        ...(u.github_com_name ? { name: u.github_com_name } : {}),
        where: `in ${enterpriseName(e)}`,
        kind: (u.github_com_enterprise_roles ?? []).some(r => /outside/i.test(r))
            ? 'outside_collaborator'
            : 'member',
        active: true,
        grants: [],
        credentials: []
    }));
}
/** Enterprise removals apply left to a human, read back: pending while the login holds a
 *  license of the enterprise. */
async function enterpriseWaiting(e, steps) {
    let users;
    try {
        users = await licenseUsers(e);
    }
    catch (error) {
        return steps.map(step => ({
            step,
            pending: true,
            detail: `could not be read back: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_0__/* .withHint */ .mu)(error)}`
        }));
    }
    return steps.map(step => {
        const login = step.target.slice(`${enterpriseName(e)}: `.length);
        const member = users.some(u => (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLogin */ .Up)(u.github_com_login, login));
        return member
            ? { step, pending: true, detail: `${login} is still a member of ${enterpriseName(e)}` }
            : { step, pending: false, detail: 'gone' };
    });
}


/***/ })

};
