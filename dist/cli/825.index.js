export const id = 825;
export const ids = [825,208];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   s: () => (/* binding */ mapLimit)
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


/***/ }),

/***/ 9760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ openReaders),
  l: () => (/* binding */ openWriters)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/execute.ts
var execute = __webpack_require__(5208);
// EXTERNAL MODULE: ./src/connectors/aws-iam-client.ts
var aws_iam_client = __webpack_require__(1577);
// EXTERNAL MODULE: ./src/connectors/aws-iam-discover.ts
var aws_iam_discover = __webpack_require__(8085);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
;// CONCATENATED MODULE: ./src/connectors/aws-iam-list.ts
// Every IAM user for the audit, in a handful of requests whatever the number of users:
// groups and attached policies from GetAccountAuthorizationDetails (1000 users a page),
// keys and console passwords from the credential report. Per-user reads only where the
// report cannot answer: users newer than the report, and all users when there is no report.
// The report has no key ids: its keys are named by slot and creation date (`key 1`).




/** How many users are read one by one at the same time when the report cannot answer. */
const PER_USER_CONCURRENCY = 8;
const REPORT_WAIT_MS = 60_000;
async function listIamUsers(client) {
    const [users, report] = await Promise.all([
        authorizationDetails(client),
        credentialReport(client)
    ]);
    const notes = [];
    const rows = typeof report === 'string' ? new Map() : report;
    if (typeof report === 'string')
        notes.push(`credential report unavailable (${report}): keys and passwords read user by user`);
    else {
        const missing = users.filter(u => !rows.has(u.UserName)).length;
        if (missing)
            notes.push(`${missing} user(s) newer than the credential report: read one by one`);
    }
    const accounts = await (0,concurrency/* mapLimit */.s)(users, PER_USER_CONCURRENCY, async (u) => {
        const name = u.UserName;
        const row = rows.get(name);
        const credentials = row
            ? reportCredentials(row)
            : (await Promise.all([(0,aws_iam_discover/* accessKeys */.He)(client, name), (0,aws_iam_discover/* loginProfile */.LS)(client, name)]))
                .flat()
                .map(listedCredential);
        return account(u, credentials);
    });
    return { accounts, notes };
}
async function authorizationDetails(client) {
    const users = [];
    const pages = (0,dist_cjs/* paginateGetAccountAuthorizationDetails */.YS4)({ client, pageSize: 1000 }, { Filter: ['User'] });
    for await (const page of pages)
        users.push(...(page.UserDetailList ?? []));
    return users;
}
function account(u, credentials) {
    const grants = [
        ...(u.GroupList ?? []).map(g => ({
            platform: 'aws',
            kind: 'aws_group',
            value: g
        })),
        ...(u.AttachedManagedPolicies ?? []).map(p => ({
            platform: 'aws',
            kind: 'aws_policy',
            value: p.PolicyArn
        }))
    ];
    return {
        platform: 'aws',
        account: u.UserName,
        kind: 'user',
        // A user this tool disabled keeps existing, but cannot do anything.
        active: !(u.UserPolicyList ?? []).some(p => p.PolicyName === aws_iam_discover/* DENY_ALL_POLICY */.e1),
        grants,
        credentials
    };
}
/** user name -> report row, or why there is no report. */
async function credentialReport(client) {
    try {
        // Generating returns COMPLETE at once when a report under 4 hours old exists.
        for (let waited = 0, wait = 250;; waited += wait, wait = Math.min(wait * 2, 5000)) {
            const gen = await client.send(new dist_cjs/* GenerateCredentialReportCommand */.seh({}));
            if (gen.State === 'COMPLETE')
                break;
            if (waited >= REPORT_WAIT_MS)
                return `not ready after ${REPORT_WAIT_MS / 1000} s`;
            await new Promise(resolve => setTimeout(resolve, wait));
        }
        const res = await client.send(new dist_cjs/* GetCredentialReportCommand */.DBo({}));
        return parseReport(Buffer.from(res.Content ?? new Uint8Array()).toString('utf8'));
    }
    catch (err) {
        return (0,aws_iam_client/* errorText */.kc)(err);
    }
}
/** The report's CSV by user. A row that does not parse cleanly is left out, so that user is
 *  read one by one instead of being misread. */
function parseReport(csv) {
    const [header, ...lines] = csv.split(/\r?\n/).filter(l => l.trim());
    const columns = splitCsvLine(header ?? '');
    const rows = new Map();
    for (const line of lines) {
        const cells = splitCsvLine(line);
        if (cells.length !== columns.length)
            continue;
        const row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
        if (row.user && row.user !== '<root_account>')
            rows.set(row.user, row);
    }
    return rows;
}
function splitCsvLine(line) {
    const cells = [];
    for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
        const cell = m[1];
        cells.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    }
    return cells;
}
/** A report timestamp as YYYY-MM-DD; null for N/A (never); undefined when unknown. */
function reportDay(value) {
    if (value === 'N/A')
        return null;
    return value && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : undefined;
}
function reportCredentials(row) {
    const out = [];
    if (row.password_enabled === 'true')
        out.push({
            kind: 'console_password',
            id: 'password',
            status: 'active',
            created: reportDay(row.password_last_changed) ?? undefined,
            lastUsed: reportDay(row.password_last_used)
        });
    for (const n of [1, 2]) {
        const created = reportDay(row[`access_key_${n}_last_rotated`]);
        if (!created)
            continue;
        out.push({
            kind: 'access_key',
            // The report's slot: ids would take one ListAccessKeys per user.
            id: `key ${n}`,
            status: row[`access_key_${n}_active`] === 'true' ? 'active' : 'inactive',
            created,
            lastUsed: reportDay(row[`access_key_${n}_last_used_date`])
        });
    }
    return out;
}
function listedCredential(h) {
    const d = h.details ?? {};
    const created = typeof d.created === 'string' ? d.created : undefined;
    if (h.kind === 'login_profile')
        return { kind: 'console_password', id: 'password', status: 'active', created };
    return {
        kind: h.kind,
        id: (0,aws_iam_client/* shortId */.m_)(h.id),
        status: d.active === true ? 'active' : 'inactive',
        created,
        lastUsed: d.lastUsed === undefined ? undefined : d.lastUsed
    };
}

// EXTERNAL MODULE: ./src/connectors/aws-iam-plan.ts
var aws_iam_plan = __webpack_require__(7217);
;// CONCATENATED MODULE: ./src/connectors/aws-iam.ts
// The AWS IAM connector: finds what an IAM user holds, plans its revocation (see
// aws-iam-plan.ts for the order), performs one step at a time, and lists users for audits.







const DEFAULTS = {
    on_departure: 'delete',
    revoke_sessions: true,
    protected: [],
    stale_key_days: 90
};
class AwsReader {
    ctx;
    readOnly;
    platform = 'aws';
    config;
    client;
    problem;
    checked;
    constructor(ctx, readOnly) {
        this.ctx = ctx;
        this.readOnly = readOnly;
        this.config = ctx.platforms.aws ?? DEFAULTS;
        this.client = (0,aws_iam_client/* iamClient */.LV)(ctx, { readOnly });
    }
    /** Known once the credentials were first resolved (by discover, list or perform). */
    get unavailable() {
        return this.problem;
    }
    /** Resolves the credentials once; the reason when there are none. */
    credentials() {
        this.checked ??= (0,aws_iam_client/* credentialProblem */.FL)(this.client).then(p => (this.problem = p));
        return this.checked;
    }
    async discover(who, scope) {
        const base = {
            platform: 'aws',
            person: who.person,
            status: 'checked',
            holdings: [],
            notes: []
        };
        if (!who.account)
            return { ...base, status: 'no_account', reason: 'no IAM user declared (accounts.aws)' };
        const problem = await this.credentials();
        if (problem)
            return { ...base, status: 'not_checked', reason: problem };
        try {
            const found = await (0,aws_iam_discover/* discoverUser */.Bm)(this.client, who.account, scope.kind === 'reduction');
            if (!found)
                return { ...base, status: 'no_account', reason: `no IAM user named ${who.account}` };
            return { ...base, ...found };
        }
        catch (err) {
            return {
                ...base,
                status: 'not_checked',
                reason: `could not read IAM user ${who.account}: ${(0,aws_iam_client/* errorText */.kc)(err)} (the role needs the read-only policy in docs/aws.md)`
            };
        }
    }
    planSteps(found, scope) {
        return (0,aws_iam_plan/* planAws */.vc)(found, scope, this.settings());
    }
    settings() {
        return { config: this.config, change: this.ctx.change };
    }
    async list(_declared) {
        let requests = 0;
        const base = {
            platform: 'aws',
            status: 'checked',
            accounts: [],
            requests,
            notes: []
        };
        const problem = await this.credentials();
        if (problem)
            return { ...base, status: 'not_checked', reason: problem };
        // Its own client, so that concurrent calls do not mix their request counts.
        const client = (0,aws_iam_client/* iamClient */.LV)(this.ctx, {
            readOnly: this.readOnly,
            onRequest: () => requests++,
            credentials: this.client.config.credentials
        });
        try {
            const listing = await listIamUsers(client);
            return { ...base, ...listing, requests };
        }
        catch (err) {
            return {
                ...base,
                status: 'not_checked',
                reason: `could not list IAM users: ${(0,aws_iam_client/* errorText */.kc)(err)} (the role needs the read-only policy in docs/aws.md)`,
                requests
            };
        }
    }
}
/** Each action's one API call (delete_user, which may need more, is handled apart). */
const CALLS = {
    revoke_sessions: (c, p) => c.send(new dist_cjs/* PutUserPolicyCommand */.CkV({
        UserName: p.user,
        PolicyName: aws_iam_discover/* REVOKE_SESSIONS_POLICY */.Uf,
        PolicyDocument: (0,aws_iam_discover/* denyAllDocument */.vC)(new Date())
    })),
    put_deny_all_policy: (c, p) => c.send(new dist_cjs/* PutUserPolicyCommand */.CkV({
        UserName: p.user,
        PolicyName: aws_iam_discover/* DENY_ALL_POLICY */.e1,
        PolicyDocument: (0,aws_iam_discover/* denyAllDocument */.vC)()
    })),
    tag_user: (c, p) => c.send(new dist_cjs/* TagUserCommand */.pkA({ UserName: p.user, Tags: offboardTags(p, new Date()) })),
    deactivate_access_key: (c, p) => c.send(new dist_cjs/* UpdateAccessKeyCommand */.SF3({ UserName: p.user, AccessKeyId: p.id, Status: 'Inactive' })),
    delete_access_key: (c, p) => c.send(new dist_cjs/* DeleteAccessKeyCommand */.yq0({ UserName: p.user, AccessKeyId: p.id })),
    deactivate_signing_certificate: (c, p) => c.send(new dist_cjs/* UpdateSigningCertificateCommand */.n_q({
        UserName: p.user,
        CertificateId: p.id,
        Status: 'Inactive'
    })),
    delete_signing_certificate: (c, p) => c.send(new dist_cjs/* DeleteSigningCertificateCommand */.jPg({ UserName: p.user, CertificateId: p.id })),
    deactivate_ssh_public_key: (c, p) => c.send(new dist_cjs/* UpdateSSHPublicKeyCommand */.bYo({ UserName: p.user, SSHPublicKeyId: p.id, Status: 'Inactive' })),
    delete_ssh_public_key: (c, p) => c.send(new dist_cjs/* DeleteSSHPublicKeyCommand */.JGD({ UserName: p.user, SSHPublicKeyId: p.id })),
    deactivate_service_credential: (c, p) => c.send(new dist_cjs/* UpdateServiceSpecificCredentialCommand */.XmS({
        UserName: p.user,
        ServiceSpecificCredentialId: p.id,
        Status: 'Inactive'
    })),
    delete_service_credential: (c, p) => c.send(new dist_cjs/* DeleteServiceSpecificCredentialCommand */.$94({
        UserName: p.user,
        ServiceSpecificCredentialId: p.id
    })),
    delete_login_profile: (c, p) => c.send(new dist_cjs/* DeleteLoginProfileCommand */.r34({ UserName: p.user })),
    deactivate_mfa_device: (c, p) => c.send(new dist_cjs/* DeactivateMFADeviceCommand */.ShG({ UserName: p.user, SerialNumber: p.id })),
    delete_mfa_device: (c, p) => c.send(new dist_cjs/* DeleteVirtualMFADeviceCommand */.Oem({ SerialNumber: p.id })),
    delete_inline_policy: (c, p) => c.send(new dist_cjs/* DeleteUserPolicyCommand */.QJ2({ UserName: p.user, PolicyName: p.id })),
    detach_managed_policy: (c, p) => c.send(new dist_cjs/* DetachUserPolicyCommand */.mC4({ UserName: p.user, PolicyArn: p.id })),
    remove_from_group: (c, p) => c.send(new dist_cjs/* RemoveUserFromGroupCommand */.IuP({ UserName: p.user, GroupName: p.id })),
    delete_permissions_boundary: (c, p) => c.send(new dist_cjs/* DeleteUserPermissionsBoundaryCommand */.k2n({ UserName: p.user }))
};
/** Tag values allow letters, digits, spaces and _.:/=+-@ only. */
function offboardTags(p, now) {
    const tags = [{ Key: aws_iam_plan/* TAG_OFFBOARDED_AT */.kW, Value: now.toISOString() }];
    if (p.change) {
        const pr = p.change.pr ? `pr ${p.change.pr} ` : '';
        tags.push({ Key: aws_iam_plan/* TAG_CHANGE */.cp, Value: `${pr}${p.change.base}..${p.change.head}` });
    }
    return tags;
}
class AwsWriter extends AwsReader {
    async perform(step) {
        const p = step.params;
        const problem = await this.credentials();
        if (problem)
            return { result: 'failed', detail: `AWS IAM: ${problem.replace('not checked: ', '')}` };
        try {
            if (step.action === 'delete_user')
                return await this.deleteUser(p);
            const call = CALLS[step.action];
            if (!call)
                return { result: 'failed', detail: `AWS IAM: unknown action ${step.action}` };
            await call(this.client, p);
            return { result: 'revoked', detail: '' };
        }
        catch (err) {
            if (err instanceof dist_cjs/* NoSuchEntityException */.vir)
                return { result: 'already_absent', detail: '' };
            return { result: 'failed', detail: failure(step, p, err) };
        }
    }
    /** DeleteUser; if AWS still finds something attached, remove what is left and retry once. */
    async deleteUser(p) {
        const del = () => this.client.send(new dist_cjs/* DeleteUserCommand */.O56({ UserName: p.user }));
        try {
            await del();
            return { result: 'revoked', detail: '' };
        }
        catch (err) {
            if (!(err instanceof dist_cjs/* DeleteConflictException */.vbN))
                throw err;
        }
        const removed = await this.removeLeftovers(p.user);
        try {
            await del();
            return { result: 'revoked', detail: `removed leftovers first: ${removed.join(', ')}` };
        }
        catch (err) {
            if (!(err instanceof dist_cjs/* DeleteConflictException */.vbN))
                throw err;
            const still = await (0,aws_iam_discover/* discoverUser */.Bm)(this.client, p.user, false);
            const left = (still?.holdings ?? []).filter(h => h.kind !== 'tag').map(h => h.label);
            return {
                result: 'failed',
                detail: `AWS IAM account ${p.account}: DeleteUser ${p.user} refused (DeleteConflict), ` +
                    `still attached: ${left.join(', ') || 'nothing IAM lists'}. Remove them and rerun apply.`
            };
        }
    }
    /** Plans and performs the removal of whatever is still attached; returns their labels. */
    async removeLeftovers(user) {
        const found = await (0,aws_iam_discover/* discoverUser */.Bm)(this.client, user, false);
        if (!found)
            return [];
        const discovery = { platform: 'aws', person: user, status: 'checked', ...found };
        const config = { ...this.config, on_departure: 'delete', revoke_sessions: false };
        const { steps } = (0,aws_iam_plan/* planAws */.vc)(discovery, { kind: 'departure' }, { config });
        await (0,execute/* runSteps */.rl)(steps.filter(s => s.action !== 'delete_user'), s => this.perform(s));
        return found.holdings.filter(h => h.kind !== 'tag').map(h => h.label);
    }
}
function failure(step, p, err) {
    const name = err instanceof Error ? err.name : '';
    const hint = /AccessDenied|Unauthorized/.test(name)
        ? 'the apply role needs the write policy in docs/aws.md'
        : /Throttl|LimitExceeded/.test(name)
            ? 'AWS kept throttling after retries: rerun apply later, it resumes where it stopped'
            : 'rerun apply: it resumes where it stopped';
    return `AWS IAM account ${p.account}: ${step.action} ${step.target} failed: ${(0,aws_iam_client/* errorText */.kc)(err)} (${hint})`;
}
const aws = {
    reader: ctx => new AwsReader(ctx, true),
    writer: ctx => new AwsWriter(ctx, false)
};
/* harmony default export */ const aws_iam = ((/* unused pure expression or super */ null && (aws)));

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/connectors/github-client.ts
// The one place an Octokit is built: REST + throttling + retry, pointed at GITHUB_API_URL.
// Rate limits (primary and secondary) are waited out here, so callers never see them as
// failures; a read-only client refuses every request that is not GET/HEAD.



const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** How many times one request may be held back by a rate limit before it gives up. */
const MAX_RATE_LIMIT_WAITS = 10;
/** A stand-in for the throttling plugin's write queues that lets every write through at once. */
const unpaced = {
    key: () => ({ schedule: (_job, task) => task() })
};
/** Counts every HTTP attempt (retries included) and names bare 429s, see below. */
function accounting(octokit) {
    const stats = { requests: 0 };
    octokit.hook.wrap('request', async (request, options) => {
        stats.requests++;
        try {
            return await request(options);
        }
        catch (error) {
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
// Listed first so its wrap sits closest to the network: it sees every retry.
const GithubOctokit = dist_src/* Octokit */.E.plugin(accounting, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
function createGithubClient(opts) {
    const wait = (kind) => (retryAfter, options, _o, count) => {
        if (count >= MAX_RATE_LIMIT_WAITS) {
            opts.log(`github: ${kind} rate limit persists after ${count} waits: giving up on ${options.method} ${options.url}`);
            return false;
        }
        opts.log(`github: ${kind} rate limit: waiting ${retryAfter}s before retrying ${options.method} ${options.url}`);
        return true;
    };
    const octokit = new GithubOctokit({
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
            retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000,
            ...(opts.paceWrites === false ? { write: unpaced, notifications: unpaced } : {})
        },
        // Rate limits (403/429) belong to the throttling plugin alone; retry handles 5xx.
        retry: {
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
            retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000
        }
    });
    if (opts.readOnly)
        octokit.hook.before('request', options => {
            if (options.method !== 'GET' && options.method !== 'HEAD')
                throw new Error(`github: refused ${options.method} ${options.url}: this client is read-only (plan and audit never write)`);
        });
    return octokit;
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
    if (isHttpError(error)) {
        const data = error.response?.data;
        const message = data?.message ?? error.message;
        return `GitHub answered ${error.status}: ${message}`;
    }
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/connectors/github-plan.ts
var github_plan = __webpack_require__(6125);
;// CONCATENATED MODULE: ./src/connectors/github.ts
// The GitHub connector: discovers what a login holds in the organization (read-only), plans
// its revocation (github-plan.ts), performs single steps, and lists the organization for audits.



const NO_CREDENTIALS = 'not checked: no credentials (set GITHUB_TOKEN)';
/** Repositories whose deploy keys are read at the same time. */
const REPOSITORY_SCAN_CONCURRENCY = 8;
class GithubReader {
    platform = 'github';
    unavailable;
    octokit;
    config;
    constructor(ctx, readOnly, options) {
        this.config = ctx.platforms.github;
        const token = ctx.env.GITHUB_TOKEN;
        if (!this.config)
            this.unavailable = 'not checked: no github block in platforms.yaml';
        else if (!token)
            this.unavailable = NO_CREDENTIALS;
        else {
            ctx.maskSecret(token);
            this.octokit = createGithubClient({
                token,
                baseUrl: ctx.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
                readOnly,
                log: ctx.log,
                ...options
            });
        }
    }
    get org() {
        return this.config?.org ?? '';
    }
    // ---------------------------------------------------------------- discover
    async discover(who, scope) {
        const found = {
            platform: 'github',
            person: who.person,
            status: 'checked',
            holdings: [],
            notes: []
        };
        if (!this.octokit || !this.config)
            return { ...found, status: 'not_checked', reason: this.unavailable };
        try {
            await this.discoverInto(found, this.octokit, this.config, who, scope);
        }
        catch (error) {
            return {
                ...found,
                status: 'not_checked',
                reason: `could not read ${this.org} on GitHub: ${withHint(error)}`
            };
        }
        if (found.status === 'checked' && found.holdings.length === 0 && found.account)
            return {
                ...found,
                status: 'no_account',
                reason: `${found.account.display} holds nothing in ${this.org}`
            };
        return found;
    }
    async discoverInto(found, octokit, config, who, scope) {
        const org = config.org;
        const optional = this.optional(found.notes);
        const user = who.account
            ? await absentOn404(octokit.rest.users.getByUsername({ username: who.account }))
            : undefined;
        const departure = scope.kind === 'departure';
        if (!user) {
            // Without a GitHub user there can still be an invitation sent to the person's email.
            const invitations = departure
                ? await optional('pending invitations', () => this.invitations(octokit, undefined, who.email))
                : [];
            found.holdings.push(...(invitations ?? []));
            if (found.holdings.length === 0) {
                found.status = 'no_account';
                found.reason = who.account
                    ? `GitHub has no user ${who.account}`
                    : 'no GitHub login declared';
            }
            return;
        }
        const login = user.login;
        found.account = { id: String(user.id), display: login };
        const membership = await absentOn404(octokit.rest.orgs.getMembershipForUser({ org, username: login }));
        const needOwners = membership?.role === 'admin' &&
            (departure ||
                scope.remove.some(g => g.platform === 'github' && g.kind === 'github_org_admin'));
        // Everything below depends only on the membership: read it all at once.
        const owners = needOwners ? this.owners(octokit).then(o => o.length) : Promise.resolve(null);
        const withMembership = async (reads) => {
            const [count, ...lists] = await settleAll([owners, ...reads]);
            if (membership)
                found.holdings.push({
                    kind: github_plan.GH.membership,
                    id: login,
                    label: `${membership.state} ${membership.role === 'admin' ? 'owner' : membership.role} of ${org}`,
                    details: { role: membership.role, state: membership.state, owners: count }
                });
            for (const list of lists)
                found.holdings.push(...(list ?? []));
        };
        if (!departure) {
            const teams = scope.remove.filter(g => g.platform === 'github' && g.kind === 'github_team');
            // Team slugs are lower case on GitHub; roles may spell them either way.
            return withMembership(teams.map(async (t) => {
                const held = await this.teamMembership(octokit, t.value.toLowerCase(), login);
                return held ? [held] : [];
            }));
        }
        const outside = membership
            ? Promise.resolve(false)
            : this.isOutsideCollaborator(octokit, user.id);
        return withMembership([
            outside.then(o => o
                ? [
                    {
                        kind: github_plan.GH.outsideCollaborator,
                        id: login,
                        label: `outside collaborator on repositories of ${org}`
                    }
                ]
                : []),
            optional('pending invitations', () => this.invitations(octokit, login, who.email)),
            optional('SAML SSO credential authorizations', () => this.ssoAuthorizations(octokit, login), {
                404: `SAML SSO credential authorizations: not applicable (${org} does not use SAML single sign-on)`,
                403: `SAML SSO credential authorizations: not applicable or not permitted (${org} answered 403: no SAML single sign-on, or the token cannot list them; see the GitHub permissions)`
            }),
            optional('fine-grained token grants', () => this.fineGrainedTokens(octokit, login, user.id, false)),
            optional('fine-grained token requests', () => this.fineGrainedTokens(octokit, login, user.id, true)),
            optional('Copilot seat', () => this.copilotSeat(octokit, login, found.notes), {
                404: `Copilot: ${login} has no seat in ${org}`,
                // GitHub answers 422 both when Copilot is off and for someone only invited.
                422: membership?.state === 'pending'
                    ? `Copilot: ${login} has a pending invitation to ${org}, no seat`
                    : `Copilot: not enabled in ${org}, or seats are not managed per user`
            }),
            // Only members and outside collaborators can have added deploy keys.
            outside.then(o => membership || o
                ? optional('deploy keys', () => this.deployKeys(octokit, config, login, found.notes))
                : [])
        ]);
    }
    /** Runs one optional discovery; an error becomes a note, never a failed discovery. */
    optional(notes) {
        return async (label, read, explain = {}) => {
            try {
                return await read();
            }
            catch (error) {
                const status = statusOf(error);
                notes.push((status && explain[status]) || `${label}: not checked: ${withHint(error)}`);
                return undefined;
            }
        };
    }
    async owners(octokit) {
        const admins = await octokit.paginate(octokit.rest.orgs.listMembers, {
            org: this.org,
            role: 'admin',
            per_page: 100
        });
        return admins.map(a => a.login);
    }
    async isOutsideCollaborator(octokit, userId) {
        for await (const page of octokit.paginate.iterator(octokit.rest.orgs.listOutsideCollaborators, {
            org: this.org,
            per_page: 100
        }))
            if (page.data.some(u => u?.id === userId))
                return true;
        return false;
    }
    async invitations(octokit, login, email) {
        const all = await octokit.paginate(octokit.rest.orgs.listPendingInvitations, {
            org: this.org,
            per_page: 100
        });
        return all
            .filter(i => (0,github_plan/* sameLogin */.Up)(i.login, login) || (0,github_plan/* sameLogin */.Up)(i.email, email))
            .map(i => ({
            kind: github_plan.GH.invitation,
            id: String(i.id),
            label: `pending invitation as ${i.role} (sent ${i.created_at.slice(0, 10)} by ${i.inviter.login})`,
            details: { login: i.login, email: i.email, role: i.role }
        }));
    }
    async ssoAuthorizations(octokit, login) {
        const all = await octokit.paginate('GET /orgs/{org}/credential-authorizations', { org: this.org, login, per_page: 100 });
        return all
            .filter(c => (0,github_plan/* sameLogin */.Up)(c.login, login))
            .map(c => {
            const last4 = (c.token_last_eight ?? c.fingerprint ?? '').slice(-4);
            return {
                kind: github_plan.GH.ssoAuthorization,
                id: String(c.credential_id),
                label: `${c.credential_type} ...${last4} authorized for SSO${c.credential_accessed_at ? `, last used ${c.credential_accessed_at.slice(0, 10)}` : ''}`,
                details: {
                    credential_type: c.credential_type,
                    last4,
                    authorized_at: c.credential_authorized_at ?? null,
                    accessed_at: c.credential_accessed_at ?? null
                }
            };
        });
    }
    /** Fine-grained token grants the user owns, or (pending) their token requests. */
    async fineGrainedTokens(octokit, login, userId, pending) {
        const params = { org: this.org, owner: [login], per_page: 100 };
        const all = pending
            ? await octokit.paginate(octokit.rest.orgs.listPatGrantRequests, params)
            : await octokit.paginate(octokit.rest.orgs.listPatGrants, params);
        const expiry = (t) => t.token_expired ? 'expired' : `expires ${t.token_expires_at?.slice(0, 10) ?? 'never'}`;
        return all
            .filter(t => t.owner.id === userId)
            .map(t => ({
            kind: pending ? github_plan.GH.tokenRequest : github_plan.GH.tokenGrant,
            id: String(t.id),
            label: pending
                ? `pending request for fine-grained token "${t.token_name}"`
                : `fine-grained token "${t.token_name}" (${expiry(t)})`,
            details: { token_name: t.token_name, token_id: t.token_id, expires_at: t.token_expires_at }
        }));
    }
    async copilotSeat(octokit, login, notes) {
        const { data } = await octokit.rest.copilot.getCopilotSeatDetailsForUser({
            org: this.org,
            username: login
        });
        const team = data.assigning_team && 'slug' in data.assigning_team ? data.assigning_team.slug : null;
        if (team)
            notes.push(`Copilot: the seat comes from team ${team}; it ends with the membership`);
        if (data.pending_cancellation_date)
            notes.push(`Copilot: the seat is already pending cancellation on ${data.pending_cancellation_date}`);
        return [
            {
                kind: github_plan.GH.copilotSeat,
                id: login,
                label: `Copilot seat${data.last_activity_at ? `, last active ${data.last_activity_at.slice(0, 10)}` : ''}`,
                details: {
                    assigning_team: team,
                    pending_cancellation_date: data.pending_cancellation_date ?? null,
                    last_activity_at: data.last_activity_at ?? null
                }
            }
        ];
    }
    async teamMembership(octokit, slug, login) {
        const m = await absentOn404(octokit.rest.teams.getMembershipForUserInOrg({
            org: this.org,
            team_slug: slug,
            username: login
        }));
        return (m && {
            kind: github_plan.GH.team,
            id: slug,
            label: `${m.state} ${m.role} of team ${slug}`,
            details: { role: m.role, state: m.state }
        });
    }
    /** Deploy keys the person added, read from at most `repository_scan_limit` repositories. */
    async deployKeys(octokit, config, login, notes) {
        const limit = config.repository_scan_limit;
        if (limit <= 0) {
            notes.push('deploy keys: not checked (github.repository_scan_limit is 0)');
            return [];
        }
        const repos = [];
        let more = false;
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
            org: this.org,
            type: 'all',
            per_page: 100
        })) {
            repos.push(...page.data.map(r => r.name));
            if (repos.length > limit) {
                more = true;
                break;
            }
        }
        const scanned = repos.slice(0, limit);
        let unreadable = 0;
        const keys = await (0,concurrency/* mapLimit */.s)(scanned, REPOSITORY_SCAN_CONCURRENCY, async (repo) => {
            try {
                const list = await octokit.paginate(octokit.rest.repos.listDeployKeys, {
                    owner: this.org,
                    repo,
                    per_page: 100
                });
                return list.filter(k => (0,github_plan/* sameLogin */.Up)(k.added_by, login)).map(k => ({ repo, key: k }));
            }
            catch {
                unreadable++;
                return [];
            }
        });
        if (more)
            notes.push(`deploy keys: ${this.org} has more than ${limit} repositories; only the first ${limit} were checked (raise github.repository_scan_limit to check more)`);
        if (unreadable)
            notes.push(`deploy keys: ${unreadable} of ${scanned.length} repositories could not be read`);
        return keys.flat().map(({ repo, key }) => ({
            kind: github_plan.GH.deployKey,
            id: `${repo}/${key.id}`,
            label: `deploy key "${key.title}" on ${repo} (${key.read_only ? 'read-only' : 'read-write'}, added ${key.created_at.slice(0, 10)})`,
            details: { repository: repo, key_id: key.id, title: key.title, read_only: key.read_only }
        }));
    }
    // ---------------------------------------------------------------- plan
    planSteps(found, scope) {
        if (!this.config)
            return { steps: [], refused: [] };
        return (0,github_plan/* planGithubSteps */.iK)(found, scope, this.config);
    }
    // ---------------------------------------------------------------- list
    async list(declared) {
        const inventory = {
            platform: 'github',
            status: 'checked',
            accounts: [],
            requests: 0,
            notes: []
        };
        if (!this.octokit)
            return { ...inventory, status: 'not_checked', reason: this.unavailable };
        const octokit = this.octokit;
        const before = octokit.stats.requests;
        try {
            inventory.accounts = await this.listAccounts(octokit, declared, inventory.notes);
        }
        catch (error) {
            inventory.status = 'not_checked';
            inventory.reason = `could not list ${this.org} on GitHub: ${withHint(error)}`;
        }
        inventory.requests = octokit.stats.requests - before;
        return inventory;
    }
    async listAccounts(octokit, declared, notes) {
        const org = this.org;
        const page = { org, per_page: 100 };
        // Team slugs are lower case on GitHub; roles may spell them either way.
        const teams = [
            ...new Set(declared
                .filter(g => g.platform === 'github' && g.kind === 'github_team')
                .map(g => g.value.toLowerCase()))
        ];
        const [admins, members, outside, invitations, teamMembers] = await settleAll([
            octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'admin' }),
            octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'member' }),
            octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, page),
            octokit.paginate(octokit.rest.orgs.listPendingInvitations, page),
            settleAll(teams.map(async (slug) => {
                const list = await absentOn404(octokit
                    .paginate(octokit.rest.teams.listMembersInOrg, { ...page, team_slug: slug })
                    .then(data => ({ data })));
                if (!list)
                    notes.push(`team ${slug} is declared but does not exist in ${org}`);
                return { slug, logins: (list ?? []).map(m => m.login.toLowerCase()) };
            }))
        ]);
        const account = (u, kind, grants) => {
            const teamGrants = teamMembers
                .filter(t => t.logins.includes(u.login.toLowerCase()))
                .map(t => ({ platform: 'github', kind: 'github_team', value: t.slug }));
            return {
                platform: 'github',
                account: u.login,
                ...(u.name ? { name: u.name } : {}),
                ...(u.email ? { email: u.email } : {}),
                kind: isBot(u) ? 'bot' : kind,
                active: true,
                grants: [...grants, ...teamGrants],
                credentials: []
            };
        };
        const ownerGrant = { platform: 'github', kind: 'github_org_admin', value: org };
        return [
            ...admins.map(u => account(u, 'member', [ownerGrant])),
            ...members.map(u => account(u, 'member', [])),
            ...outside.flatMap(u => (u ? [account(u, 'outside_collaborator', [])] : [])),
            ...invitations.map(i => ({
                platform: 'github',
                account: i.login ?? i.email ?? String(i.id),
                ...(i.email ? { email: i.email } : {}),
                kind: 'invitation',
                active: false,
                grants: i.role === 'admin' ? [ownerGrant] : [],
                credentials: []
            }))
        ];
    }
}
class GithubWriter extends GithubReader {
    async perform(step) {
        if (!this.octokit || !this.config)
            return { result: 'failed', detail: this.unavailable ?? '' };
        if (step.mode === 'manual')
            return { result: 'skipped', detail: `needs a human: ${step.reason}` };
        const login = String(step.params.login ?? '');
        if ((0,github_plan/* isProtected */.bz)(this.config, login))
            return { result: 'skipped', detail: (0,github_plan/* protectedReason */.zN)(login) };
        const act = ACTIONS[step.action];
        if (!act)
            return { result: 'failed', detail: `github: unknown action ${step.action}` };
        try {
            return await act(this.octokit, this.org, login, step.params, this);
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404 || status === 410)
                return { result: 'already_absent', detail: `GitHub answered ${status}: already gone` };
            return { result: 'failed', detail: `${step.action} ${step.target}: ${withHint(error)}` };
        }
    }
    /** Runs `act` unless `login` is the last owner, re-checked live; one owner change at a time. */
    guardLastOwner(octokit, login, act) {
        return serialized(this.org, async () => {
            const owners = await this.owners(octokit);
            const isOwner = owners.some(o => (0,github_plan/* sameLogin */.Up)(o, login));
            if (isOwner && owners.length <= 1)
                return { result: 'skipped', detail: (0,github_plan/* lastOwnerReason */.Ce)(login, this.org) };
            return act(isOwner);
        });
    }
}
const revoked = (detail = '') => ({ result: 'revoked', detail });
const id = (params) => Number(params.id);
/** The one write per action. A 404 thrown from any of them means "already gone". */
const ACTIONS = {
    deny_token_request: async (octokit, org, _login, params) => {
        await octokit.rest.orgs.reviewPatGrantRequest({
            org,
            pat_request_id: id(params),
            action: 'deny',
            reason: 'The requester has left the organization.'
        });
        return revoked();
    },
    revoke_token_grant: async (octokit, org, _login, params) => {
        await octokit.rest.orgs.updatePatAccess({ org, pat_id: id(params), action: 'revoke' });
        return revoked();
    },
    revoke_sso_authorization: async (octokit, org, _login, params) => {
        await octokit.request('DELETE /orgs/{org}/credential-authorizations/{credential_id}', {
            org,
            credential_id: id(params)
        });
        return revoked();
    },
    cancel_invitation: async (octokit, org, _login, params) => {
        await octokit.rest.orgs.cancelInvitation({ org, invitation_id: id(params) });
        return revoked();
    },
    remove_copilot_seat: async (octokit, org, login) => {
        const { data } = await octokit.rest.copilot.cancelCopilotSeatAssignmentForUsers({
            org,
            selected_usernames: [login]
        });
        return data.seats_cancelled > 0
            ? revoked('seat pending cancellation at the end of the billing cycle')
            : { result: 'already_absent', detail: 'no Copilot seat to cancel' };
    },
    remove_team_membership: async (octokit, org, login, params) => {
        await octokit.rest.teams.removeMembershipForUserInOrg({
            org,
            team_slug: String(params.team),
            username: login
        });
        return revoked();
    },
    remove_outside_collaborator: async (octokit, org, login) => {
        await octokit.rest.orgs.removeOutsideCollaborator({ org, username: login });
        return revoked();
    },
    remove_org_membership: (octokit, org, login, _params, connector) => connector.guardLastOwner(octokit, login, async () => {
        await octokit.rest.orgs.removeMembershipForUser({ org, username: login });
        return revoked();
    }),
    // Setting a role on a non-member would invite them: only an owner found live is demoted.
    demote_org_admin: (octokit, org, login, _params, connector) => connector.guardLastOwner(octokit, login, async (isOwner) => {
        if (!isOwner)
            return { result: 'already_absent', detail: `${login} is not an owner of ${org}` };
        await octokit.rest.orgs.setMembershipForUser({ org, username: login, role: 'member' });
        return revoked();
    })
};
/** The error described, with what to do about a rejected token or a missing permission. */
function withHint(error) {
    const status = statusOf(error);
    const described = describeError(error);
    if (status === 401)
        return `${described} (the token is invalid or expired: check GITHUB_TOKEN)`;
    if (status === 403)
        return `${described} (the token lacks a permission this call needs: see the GitHub permissions)`;
    return described;
}
function isBot(u) {
    return u.type === 'Bot' || u.login.toLowerCase().endsWith('[bot]');
}
/** The answer's data, or undefined when GitHub says 404 (not a member, no such user). */
async function absentOn404(call) {
    try {
        return (await call).data;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
/** Promise.all that lets every request finish before it reports the first failure. */
async function settleAll(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find(r => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(r => r.value);
}
const queues = new Map();
/** Runs `fn` after every earlier call with the same key has finished. */
function serialized(key, fn) {
    const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    queues.set(key, run.catch(() => undefined));
    return run;
}
function createGithubConnector(options = {}) {
    return {
        reader: ctx => new GithubReader(ctx, true, options),
        writer: ctx => new GithubWriter(ctx, false, options)
    };
}

// EXTERNAL MODULE: ./src/connectors/scim.ts
var connectors_scim = __webpack_require__(7570);
// EXTERNAL MODULE: ./node_modules/@slack/web-api/dist/index.js
var dist = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/connectors/scim-client.ts
var scim_client = __webpack_require__(1880);
;// CONCATENATED MODULE: ./src/connectors/slack.ts
// Slack: finds the member (by id, or by email when none is declared), ends their sessions and
// deactivates them on departure (Slack's SCIM API, admin.users.remove, or not at all), and
// removes them from user groups and channels no longer granted. Rate limits are the
// WebClient's business: it waits out every 429 itself, so a throttled call is only delayed.



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
/** Session reset answers that mean "this token or plan cannot do it", not "it went wrong". */
const CANNOT_RESET = new Set([
    'not_allowed_token_type',
    'missing_scope',
    'not_an_admin',
    'no_permission',
    'access_denied',
    'feature_not_enabled',
    'paid_only',
    'unknown_method',
    'cannot_reset_bot'
]);
/** The Web API limited to the methods one mode may call; counts HTTP requests. */
class SlackApi {
    requests = 0;
    client;
    allowed;
    constructor(opts) {
        this.allowed = new Set(opts.mode === 'read' ? READ_METHODS : [...READ_METHODS, ...WRITE_METHODS]);
        this.client = new dist.WebClient(opts.token, {
            slackApiUrl: opts.apiUrl,
            // A hung request is retried by the WebClient like a dropped connection.
            timeout: 30_000,
            logger: slackLogger(opts.log),
            ...(opts.retryConfig ? { retryConfig: opts.retryConfig } : {}),
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
        try {
            return (await this.client.apiCall(method, args));
        }
        catch (err) {
            throw new SlackCallError(describe(method, err), err);
        }
    }
    /** Every item of a cursor-paged method, with the largest page Slack allows. */
    async collect(method, args, key) {
        const items = [];
        let cursor;
        do {
            const page = await this.call(method, {
                ...args,
                limit: PAGE_SIZE,
                ...(cursor ? { cursor } : {})
            });
            items.push(...(page[key] ?? []));
            cursor = page.response_metadata?.next_cursor || undefined;
        } while (cursor);
        return items;
    }
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
function describe(method, err) {
    if (!(err instanceof dist.WebAPIPlatformError))
        return `slack: ${method} failed: ${err instanceof Error ? err.message : String(err)}`;
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
        permission_denied: 'workspace settings do not let this token manage user groups'
    };
    const hint = hints[code];
    return `slack: ${method} answered ${code}${hint ? `: ${hint}` : ''}`;
}
function slack_isBot(m) {
    return m.is_bot === true || m.id === 'USLACKBOT';
}
function memberHolding(m) {
    const flags = [
        m.deleted && 'deactivated',
        m.is_primary_owner ? 'primary owner' : m.is_owner ? 'owner' : m.is_admin && 'admin',
        slack_isBot(m) && 'bot'
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
            is_bot: slack_isBot(m),
            team_id: m.team_id ?? null
        }
    };
}
function slackConnector(options = {}) {
    return {
        reader: ctx => {
            const { platform, unavailable, discover, planSteps, list } = build(ctx, 'read', options);
            return { platform, unavailable, discover, planSteps, list };
        },
        writer: ctx => build(ctx, 'write', options)
    };
}
const slack = slackConnector();
function build(ctx, mode, options) {
    const config = ctx.platforms.slack ?? { deactivate_with: 'scim', protected: [] };
    const token = ctx.env.SLACK_TOKEN;
    if (token)
        ctx.maskSecret(token);
    const unavailable = token ? undefined : `not checked: ${(0,connectors_scim/* noCredentials */.gT)('SLACK_TOKEN')}`;
    const apiUrl = withSlash(ctx.env.SLACK_API_URL || DEFAULT_API_URL);
    const api = token
        ? new SlackApi({ token, apiUrl, mode, log: ctx.log, retryConfig: options.retryConfig })
        : undefined;
    const scim = token && mode === 'write' && config.deactivate_with === 'scim'
        ? new scim_client/* ScimClient */.KZ({
            platform: 'slack',
            baseUrl: ctx.env.SLACK_SCIM_URL || DEFAULT_SCIM_URL,
            token,
            tokenEnv: 'SLACK_TOKEN',
            mode,
            log: ctx.log,
            ...options.scim
        })
        : undefined;
    async function findMember(who) {
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
    async function usergroups() {
        const answer = await api.call('usergroups.list', { include_users: true });
        return (answer.usergroups ?? []);
    }
    /** Members of a channel, or undefined (with a note) when the token cannot see it. */
    async function channelMembers(channel, notes) {
        try {
            return await api.collect('conversations.members', { channel }, 'members');
        }
        catch (err) {
            if (slackCode(err) !== 'channel_not_found')
                throw err;
            notes.push(`channel ${channel} not found, or not visible to the token: not checked`);
            return undefined;
        }
    }
    async function discover(who, scope) {
        const found = {
            platform: 'slack',
            person: who.person,
            status: 'checked',
            holdings: [],
            notes: []
        };
        if (!api)
            return { ...found, status: 'not_checked', reason: unavailable };
        try {
            const member = await findMember(who);
            if (!member) {
                const looked = who.account ? `member id ${who.account}` : `email ${who.email}`;
                return { ...found, status: 'no_account', notes: [`no Slack member with ${looked}`] };
            }
            found.account = { id: member.id, display: member.real_name ?? member.name ?? member.id };
            found.holdings.push(memberHolding(member));
            if (member.deleted)
                found.notes.push(`${member.id} is already deactivated`);
            const removed = (kind) => scope.kind === 'reduction'
                ? scope.remove.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value)
                : [];
            // A departure lists every user group (one call); channels end with deactivation.
            const handles = scope.kind === 'departure' ? undefined : removed('slack_usergroup');
            const [groups, channels] = await Promise.all([
                handles === undefined || handles.length ? usergroups() : [],
                Promise.all(removed('slack_channel').map(async (c) => [c, await channelMembers(c, found.notes)]))
            ]);
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
                if (!groups.some(g => g.handle === h))
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
            return { ...found, status: 'not_checked', reason: (0,connectors_scim/* failed */.gz)(err).detail };
        }
    }
    function planSteps(found, scope) {
        const member = found.holdings.find(h => h.kind === 'member');
        if (found.status !== 'checked' || !member || member.details?.deleted)
            return { steps: [], refused: [] };
        const uid = member.id;
        const refusal = (reason) => ({
            steps: [],
            refused: [{ platform: 'slack', person: found.person, target: uid, reason }]
        });
        if (config.protected.includes(uid))
            return refusal(`${uid} is protected (slack.protected in platforms.yaml): never touched`);
        if (member.details?.is_primary_owner)
            return refusal(`${uid} is the primary owner, whom Slack lets no one deactivate: transfer primary ownership first`);
        const step = (action, target, reason, params, extra = {}) => ({
            id: `slack/${found.person}/${action}/${target}`,
            platform: 'slack',
            person: found.person,
            action,
            target,
            reason,
            after: [],
            mode: 'auto',
            params: { user_id: uid, ...params },
            ...extra
        });
        if (scope.kind === 'departure') {
            const reset = step('reset_sessions', uid, 'departure: sign out of every device now', {});
            const after = { after: [reset.id] };
            const deactivate = {
                scim: () => step('deactivate_user', uid, "departure: deactivate through Slack's SCIM API", {}, after),
                admin: () => step('remove_from_workspace', uid, 'departure: remove from the workspace (admin.users.remove)', { team_id: member.details?.team_id }, after),
                none: () => step('deactivate_user', uid, 'deactivate_with is none: deactivate the member in Slack or the identity provider', {}, { ...after, mode: 'manual' })
            }[config.deactivate_with]();
            return { steps: [reset, deactivate], refused: [] };
        }
        const steps = [];
        for (const h of found.holdings) {
            if (h.kind === 'usergroup_membership')
                steps.push(step('remove_from_usergroup', `@${h.id}`, 'no role grants this user group any more', {
                    usergroup_id: h.details?.usergroup_id,
                    handle: h.id
                }));
            if (h.kind === 'channel_membership')
                steps.push(step('remove_from_channel', h.id, 'no role grants this channel any more', {
                    channel: h.id
                }));
        }
        return { steps, refused: [] };
    }
    async function list(declared) {
        const inventory = {
            platform: 'slack',
            status: 'checked',
            accounts: [],
            requests: 0,
            notes: []
        };
        if (!api)
            return { ...inventory, status: 'not_checked', reason: unavailable };
        const before = api.requests;
        const wanted = (kind) => [
            ...new Set(declared.filter(g => g.platform === 'slack' && g.kind === kind).map(g => g.value))
        ];
        const handles = wanted('slack_usergroup');
        try {
            const [members, groups, channels] = await Promise.all([
                api.collect('users.list', {}, 'members'),
                handles.length ? usergroups() : [],
                Promise.all(wanted('slack_channel').map(async (c) => [c, await channelMembers(c, inventory.notes)]))
            ]);
            const grants = new Map();
            const give = (uid, grant) => grants.set(uid, [...(grants.get(uid) ?? []), grant]);
            for (const handle of handles) {
                const group = groups.find(g => g.handle === handle);
                if (!group)
                    inventory.notes.push(`declared user group @${handle} not found`);
                for (const uid of group?.users ?? [])
                    give(uid, { platform: 'slack', kind: 'slack_usergroup', value: handle });
            }
            for (const [channel, uids] of channels)
                for (const uid of uids ?? [])
                    give(uid, { platform: 'slack', kind: 'slack_channel', value: channel });
            inventory.accounts = members.map((m) => ({
                platform: 'slack',
                account: m.id,
                email: m.profile?.email,
                name: m.real_name ?? m.profile?.real_name ?? m.name,
                kind: slack_isBot(m) ? 'bot' : 'member',
                active: !m.deleted,
                grants: grants.get(m.id) ?? [],
                credentials: []
            }));
        }
        catch (err) {
            Object.assign(inventory, { status: 'not_checked', reason: (0,connectors_scim/* failed */.gz)(err).detail });
        }
        inventory.requests = api.requests - before;
        return inventory;
    }
    /** One write call. `gone`: Slack errors meaning "nothing left to remove"; `cannot`: errors
     *  meaning this token or plan cannot make the call, recorded as skipped with `why`. */
    async function write(method, args, answers) {
        try {
            await api.call(method, args);
            return { result: 'revoked', detail: '' };
        }
        catch (err) {
            const code = slackCode(err) ?? '';
            if (answers.gone?.includes(code))
                return { result: 'already_absent', detail: code };
            if (answers.cannot?.has(code))
                return { result: 'skipped', detail: `${(0,connectors_scim/* failed */.gz)(err).detail}; ${answers.why ?? ''}` };
            return (0,connectors_scim/* failed */.gz)(err);
        }
    }
    async function removeFromUsergroup(uid, usergroup, handle) {
        // usergroups.users.update replaces the whole list: read it right before writing.
        let users;
        try {
            const answer = await api.call('usergroups.users.list', { usergroup, include_disabled: true });
            users = (answer.users ?? []);
        }
        catch (err) {
            if (slackCode(err) === 'no_such_subteam')
                return { result: 'already_absent', detail: `user group @${handle} no longer exists` };
            return (0,connectors_scim/* failed */.gz)(err);
        }
        if (!users.includes(uid))
            return { result: 'already_absent', detail: `not in @${handle}` };
        const rest = users.filter(u => u !== uid);
        if (rest.length === 0)
            return {
                result: 'skipped',
                detail: `${uid} is the only member of @${handle} and Slack cannot empty a user group: add someone or disable the group (usergroups.disable), then apply again`
            };
        return write('usergroups.users.update', { usergroup, users: rest.join(',') }, { gone: ['no_such_subteam'] });
    }
    async function perform(step) {
        if (!api)
            return { result: 'failed', detail: `slack: ${(0,connectors_scim/* noCredentials */.gT)('SLACK_TOKEN')}` };
        const uid = String(step.params.user_id);
        switch (step.action) {
            case 'reset_sessions':
                return write('admin.users.session.reset', { user_id: uid }, {
                    gone: ['user_not_found'],
                    cannot: CANNOT_RESET,
                    why: 'deactivation signs the member out'
                });
            case 'deactivate_user':
                if (!scim)
                    return { result: 'skipped', detail: step.reason };
                try {
                    // Slack's SCIM DELETE deactivates the member; it never erases them.
                    const result = await scim.deleteUser(uid);
                    return { result, detail: result === 'already_absent' ? 'no such member' : '' };
                }
                catch (err) {
                    return (0,connectors_scim/* failed */.gz)(err);
                }
            case 'remove_from_workspace':
                return write('admin.users.remove', { team_id: step.params.team_id, user_id: uid }, { gone: ['user_not_found', 'user_already_deleted'] });
            case 'remove_from_usergroup':
                return removeFromUsergroup(uid, String(step.params.usergroup_id), String(step.params.handle));
            case 'remove_from_channel':
                return write('conversations.kick', { channel: step.params.channel, user: uid }, { gone: ['not_in_channel', 'user_not_found'] });
            default:
                return { result: 'failed', detail: `slack: unknown action ${step.action}` };
        }
    }
    return { platform: 'slack', unavailable, discover, planSteps, list, perform };
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}

;// CONCATENATED MODULE: ./src/connectors/index.ts




function factories(platforms, env) {
    const out = [];
    // GitHub asks integrations to space writes; simulated servers do not need it.
    if (platforms.github)
        out.push(createGithubConnector({ paceWrites: env.OFFBOARD_GITHUB_PACE_WRITES !== 'false' }));
    if (platforms.aws)
        out.push(aws);
    if (platforms.slack)
        out.push(slack);
    for (const app of platforms.scim)
        out.push((0,connectors_scim/* scimApp */.c5)(app));
    return out;
}
/** Read-only connectors: what plan and audit are given. They cannot write. */
const openReaders = (ctx) => factories(ctx.platforms, ctx.env).map(f => f.reader(ctx));
/** Connectors that can revoke: only apply opens these. */
const openWriters = (ctx) => new Map(factories(ctx.platforms, ctx.env).map(f => {
    const w = f.writer(ctx);
    return [w.platform, w];
}));


/***/ }),

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

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditDeclarations: () => (/* binding */ auditDeclarations),
/* harmony export */   loadRevisions: () => (/* binding */ loadRevisions),
/* harmony export */   planChange: () => (/* binding */ planChange)
/* harmony export */ });
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1748);
/* harmony import */ var _connectors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9760);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2458);
/* harmony import */ var _declarations_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8975);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(349);
// The flow shared by the command line and the action: declarations at two revisions ->
// change -> plan (read-only connectors). Apply builds on it.





async function revision({ cwd, dir, workingTree }, ref) {
    if (ref === undefined) {
        const loaded = workingTree
            ? { declarations: workingTree, diagnostics: [] }
            : await (0,_declarations_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFromDirectory */ .eq)(dir, cwd);
        return [{ label: 'working tree', declarations: loaded.declarations }, loaded];
    }
    const commit = await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(ref, cwd);
    const loaded = await (0,_declarations_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFromGit */ .Fv)(commit, dir, cwd);
    const label = ref.startsWith(commit.slice(0, 7))
        ? commit.slice(0, 12)
        : `${ref} (${commit.slice(0, 7)})`;
    return [{ label, commit, declarations: loaded.declarations }, loaded];
}
/** Both revisions, each fully valid: nothing is planned from declarations with problems. */
async function loadRevisions(input) {
    const [[base, baseLoaded], [head, headLoaded]] = await Promise.all([
        revision(input, input.base),
        revision(input, input.head)
    ]);
    if (headLoaded.diagnostics.length)
        return { ok: false, which: 'head', diagnostics: headLoaded.diagnostics };
    if (baseLoaded.diagnostics.length)
        return { ok: false, which: 'base', diagnostics: baseLoaded.diagnostics };
    return { ok: true, base, head };
}
/** Detect the change and plan it with read-only connectors (or from the declarations alone). */
async function planChange(base, head, env, options = {}) {
    // Head's platforms.yaml says what is managed now; a platform removed by this very change is
    // no longer planned for.
    const readers = (0,_connectors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openReaders */ .J)({ ...env, platforms: head.declarations.platforms });
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildPlan */ .G)({ base, head, readers, declaredOnly: options.declaredOnly });
}
/** The audit both the command and the action run: every configured platform, read-only. */
function auditDeclarations(declarations, env) {
    return (0,_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .auditPlatforms */ .A5)(declarations, (0,_connectors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openReaders */ .J)({ ...env, platforms: declarations.platforms }));
}


/***/ }),

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ execute),
/* harmony export */   outcomeLine: () => (/* binding */ outcomeLine),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* unused harmony exports DEFAULT_PER_PLATFORM, noCredentials, planSteps, planDepth */
/* harmony import */ var _log_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4361);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1532);


// Wide enough for one departure's widest layer (an IAM user holding every credential type has a
// dozen independent first steps); the clients still wait out each platform's rate limits.
const DEFAULT_PER_PLATFORM = 16;
/** Where each platform's write credentials come from, for "no credentials" failures. */
const CREDENTIALS = {
    github: 'GITHUB_TOKEN (or the github-token input)',
    aws: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role)',
    slack: 'SLACK_TOKEN',
    scim: "the token variable the SCIM app's entry in platforms.yaml names"
};
const noCredentials = (platform) => `no credentials for ${platform}: set ${CREDENTIALS[platform.split(':')[0]]} and rerun apply`;
/** Every step of a plan, in plan order. */
const planSteps = (plan) => plan.people.flatMap(p => p.platforms.flatMap(s => s.steps));
/** Depth of a step graph: the longest chain of `after` links, counted in steps. With every
 *  independent step running at once, a plan takes about depth x round-trip time. */
function planDepth(steps) {
    const byId = new Map(steps.map(s => [s.id, s]));
    const depth = new Map();
    const of = (s) => {
        let d = depth.get(s.id);
        if (d === undefined) {
            d = 1 + Math.max(0, ...s.after.map(id => (byId.has(id) ? of(byId.get(id)) : 0)));
            depth.set(s.id, d);
        }
        return d;
    };
    checkGraph(steps);
    return Math.max(0, ...steps.map(of));
}
/** Refuses duplicate ids and cycles before anything runs: a cycle would wait forever. */
function checkGraph(steps) {
    const byId = new Map();
    for (const s of steps) {
        if (byId.has(s.id))
            throw new Error(`plan has two steps with the id ${s.id}: re-plan`);
        byId.set(s.id, s);
    }
    const state = new Map();
    const visit = (s, path) => {
        if (state.get(s.id) === 'done')
            return;
        if (state.get(s.id) === 'visiting')
            throw new Error(`plan steps wait on each other in a cycle: ${[...path, s.id].join(' -> ')}`);
        state.set(s.id, 'visiting');
        for (const id of s.after) {
            const before = byId.get(id);
            if (before)
                visit(before, [...path, s.id]);
        }
        state.set(s.id, 'done');
    };
    for (const s of steps)
        visit(s, []);
}
const message = (err) => err instanceof Error ? err.message || err.name : String(err);
/**
 * Runs `steps` as their `after` links allow and returns their outcomes in the order given.
 * A step starts once every step it names in `after` has finished, whatever the result:
 * the connector's perform knows whether acting after a failure is safe, and a step that
 * cannot succeed (an IAM user whose keys are still there) fails on its own and says why,
 * which is more useful in the log than a generic "not run". `after` ids that are not among
 * `steps` count as done: a rerun's plan no longer holds what is already gone.
 * `manual` steps are recorded as skipped; a perform that throws is a failed step.
 */
async function runGraph(steps, perform, options = {}) {
    checkGraph(steps);
    const now = options.now ?? (() => new Date());
    const bound = (p) => {
        const n = options.perPlatform;
        const size = typeof n === 'number' ? n : (n?.[p] ?? DEFAULT_PER_PLATFORM);
        if (!(Number.isInteger(size) || size === Infinity) || size < 1)
            throw new Error(`concurrency for ${p} must be a positive whole number, got ${size}`);
        return size;
    };
    const limits = new Map();
    const limit = (p) => {
        if (!limits.has(p))
            limits.set(p, (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .limiter */ .T)(bound(p)));
        return limits.get(p);
    };
    // A wrong bound fails here, before anything runs.
    steps.forEach(s => limit(s.platform));
    const attempt = async (step) => {
        const startedAt = now().toISOString();
        let outcome;
        if (step.mode === 'manual')
            outcome = { result: 'skipped', detail: `needs a human: ${step.reason}` };
        else {
            try {
                outcome = await perform(step);
            }
            catch (err) {
                outcome = {
                    result: 'failed',
                    detail: `${step.platform}: ${step.action} ${step.target}: ${message(err)}`
                };
            }
        }
        // Connectors keep secrets out of details; error messages from elsewhere may not.
        const detail = (0,_log_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(outcome.detail);
        const done = {
            step,
            result: outcome.result,
            detail,
            startedAt,
            finishedAt: now().toISOString()
        };
        options.onOutcome?.(done);
        return done;
    };
    const byId = new Map(steps.map(s => [s.id, s]));
    const running = new Map();
    const start = (s) => {
        let p = running.get(s.id);
        if (!p) {
            const before = s.after.flatMap(id => (byId.has(id) ? [start(byId.get(id))] : []));
            p = Promise.all(before).then(() => s.mode === 'manual' ? attempt(s) : limit(s.platform)(() => attempt(s)));
            running.set(s.id, p);
        }
        return p;
    };
    return Promise.all(steps.map(start));
}
/** Runs steps with one perform function; outcomes by step id. Unbounded unless told: a
 *  connector running its own few follow-up steps inside one perform. */
async function runSteps(steps, perform, options = {}) {
    const outcomes = await runGraph(steps, perform, { perPlatform: Infinity, ...options });
    return new Map(outcomes.map(o => [o.step.id, { result: o.result, detail: o.detail }]));
}
/** Runs a plan's steps with each platform's writer. A platform without a writer (no
 *  credentials) fails its steps, and nothing else stops: every outcome is logged. */
async function execute(plan, writers, options = {}) {
    if (plan.refused)
        throw new Error(`the change was refused (${plan.refused.guard}): nothing is revoked`);
    if (plan.declaredOnly)
        throw new Error('this plan was made without credentials (declarations only): plan again with credentials before applying');
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const outcomes = await runGraph(planSteps(plan), async (step) => {
        const writer = writers.get(step.platform);
        if (!writer)
            return { result: 'failed', detail: noCredentials(step.platform) };
        if (writer.unavailable)
            return { result: 'failed', detail: `${step.platform}: ${writer.unavailable}` };
        return writer.perform(step);
    }, { ...options, now });
    const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const o of outcomes)
        counts[o.result]++;
    return { outcomes, counts, startedAt, finishedAt: now().toISOString() };
}
/** One progress line: person, platform, action, target, result and detail. */
const progressLine = (o) => outcomeLine({ ...o.step, ...o });
/** One line for any outcome worth showing, a step's or a check's (the log's fields). */
const outcomeLine = (o) => [o.person, o.platform, o.action, o.target, o.result, o.detail].filter(x => x !== '').join('  ');


/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  a: () => (/* binding */ describeGrant)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(4160);
;// CONCATENATED MODULE: ./src/change.ts

function detectChange(base, head) {
    const change = { departures: [], reductions: [], additions: [] };
    const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const before of [...base.people.values()].sort(byId)) {
        const after = head.people.get(before.id);
        // Someone already departed at base was revoked by an earlier change.
        if (before.status === 'departed')
            continue;
        if (!after)
            change.departures.push({ person: before, how: 'deleted' });
        else if (after.status === 'departed')
            change.departures.push({ person: after, how: 'marked_departed' });
    }
    for (const after of [...head.people.values()].sort(byId)) {
        if (after.status !== 'active')
            continue;
        const before = base.people.get(after.id);
        const now = (0,grants/* personGrants */.$u)(after, head);
        if (!before || before.status !== 'active') {
            change.additions.push({
                person: after,
                how: before ? 'reactivated' : 'new_person',
                add: now
            });
            continue;
        }
        const then = (0,grants/* personGrants */.$u)(before, base);
        const nowKeys = new Set(now.map(grants/* grantKey */.cx));
        const thenKeys = new Set(then.map(grants/* grantKey */.cx));
        const remove = then.filter(g => !nowKeys.has((0,grants/* grantKey */.cx)(g)));
        const add = now.filter(g => !thenKeys.has((0,grants/* grantKey */.cx)(g)));
        if (remove.length > 0)
            change.reductions.push({ person: after, remove });
        if (add.length > 0)
            change.additions.push({ person: after, how: 'more_grants', add });
    }
    return change;
}

;// CONCATENATED MODULE: ./src/plan.ts
// change x connectors -> Plan: for every departure, everything the person actually holds on
// every configured platform; for every reduction, the grants to remove. Guards first.



async function buildPlan(input) {
    const { base, head, readers } = input;
    const change = detectChange(base.declarations, head.declarations);
    const refused = checkGuards(change, base.declarations);
    const plans = refused
        ? change.departures.map(d => header(d.person, 'departure', departureWhy(d.how)))
        : await Promise.all([
            ...change.departures.map(d => planPerson(d.person, header(d.person, 'departure', departureWhy(d.how)), { kind: 'departure' }, readers, input.declaredOnly)),
            ...change.reductions.map(r => planPerson(r.person, {
                ...header(r.person, 'reduction', `no longer granted: ${r.remove.map(describeGrant).join(', ')}`),
                remove: r.remove
            }, { kind: 'reduction', remove: r.remove }, readers, input.declaredOnly))
        ]);
    const plan = {
        base: base.label,
        head: head.label,
        createdAt: (input.now ?? new Date()).toISOString(),
        declaredOnly: input.declaredOnly ?? false,
        ...(refused ? { refused } : {}),
        people: plans,
        additions: change.additions
    };
    return { ...plan, hash: planHash(plan) };
}
/** The guards of platforms.yaml `policy`, as base declares it: a change cannot loosen the
 *  rules it is judged by. */
function checkGuards(change, base) {
    const { max_departures_per_change: max, max_departure_ratio: ratio } = base.platforms.policy;
    const n = change.departures.length;
    if (n === 0)
        return undefined;
    const names = change.departures.map(d => d.person.id).join(', ');
    if (n > max)
        return {
            guard: 'max_departures_per_change',
            message: `refused: this change departs ${n === 1 ? 'one person' : `${n} people`} (${names}); policy.max_departures_per_change allows ${max}. Nothing is revoked. Split it into smaller pull requests, or raise the limit in platforms.yaml in a separate reviewed change first.`
        };
    const active = [...base.people.values()].filter(p => p.status === 'active').length;
    if (n / active > ratio)
        return {
            guard: 'max_departure_ratio',
            message: `refused: this change departs ${n} of ${active} active people (${Math.round((100 * n) / active)}%: ${names}); policy.max_departure_ratio allows ${Math.round(ratio * 100)}%. Nothing is revoked. Split it into smaller pull requests, or raise the ratio in platforms.yaml in a separate reviewed change first.`
        };
    return undefined;
}
function header(person, kind, why) {
    return { person: person.id, name: person.name, email: person.email, kind, why, platforms: [] };
}
const departureWhy = (how) => how === 'deleted' ? 'file deleted' : 'marked departed';
function describeGrant(g) {
    const what = {
        github_team: 'GitHub team',
        github_org_admin: 'GitHub org owner of',
        aws_group: 'IAM group',
        aws_policy: 'IAM policy',
        slack_usergroup: 'Slack user group',
        slack_channel: 'Slack channel',
        scim_app: 'account in'
    };
    return `${what[g.kind]} ${g.value}`;
}
function identityFor(person, platform) {
    const account = (0,grants/* declaredAccount */.k8)(person, platform);
    return {
        person: person.id,
        name: person.name,
        email: person.email,
        ...(account ? { account } : {})
    };
}
async function planPerson(person, plan, scope, readers, declaredOnly = false) {
    const relevant = scope.kind === 'departure'
        ? readers
        : readers.filter(r => scope.remove.some(g => g.platform === r.platform));
    const platforms = await Promise.all(relevant.map(reader => {
        const platformScope = scope.kind === 'departure'
            ? scope
            : { kind: 'reduction', remove: scope.remove.filter(g => g.platform === reader.platform) };
        return declaredOnly
            ? declaredSection(person, reader.platform, platformScope)
            : liveSection(person, reader, platformScope);
    }));
    return { ...plan, platforms };
}
async function liveSection(person, reader, scope) {
    const empty = { holdings: [], notes: [], steps: [], refused: [] };
    if (reader.unavailable)
        return {
            platform: reader.platform,
            status: 'not_checked',
            reason: reader.unavailable,
            ...empty
        };
    let found;
    try {
        found = await reader.discover(identityFor(person, reader.platform), scope);
    }
    catch (err) {
        return {
            platform: reader.platform,
            status: 'not_checked',
            reason: `discovery failed: ${err.message}`,
            ...empty
        };
    }
    const { steps, refused } = found.status === 'checked' ? reader.planSteps(found, scope) : { steps: [], refused: [] };
    return {
        platform: reader.platform,
        status: found.status,
        ...(found.reason ? { reason: found.reason } : {}),
        ...(found.account ? { account: found.account } : {}),
        holdings: found.holdings,
        notes: found.notes,
        steps,
        refused
    };
}
/** Without credentials, say what the declarations imply; nothing was looked up. */
function declaredSection(person, platform, scope) {
    const account = (0,grants/* declaredAccount */.k8)(person, platform);
    const holdings = scope.kind === 'reduction'
        ? scope.remove.map(g => ({
            kind: 'declared_grant',
            id: (0,grants/* grantKey */.cx)(g),
            label: describeGrant(g)
        }))
        : account
            ? [{ kind: 'declared_account', id: account, label: `declared account ${account}` }]
            : [];
    return {
        platform,
        status: 'declared_only',
        reason: 'declared only: no credentials were used, so live access was not discovered',
        holdings,
        notes: [],
        steps: [],
        refused: []
    };
}
/** A stable hash of what the plan does (no timestamps, no commit ids), so the plan a reviewer
 *  approved can be compared with the one applied after merge. */
function planHash(plan) {
    // Objects are built here with a fixed key order, so JSON.stringify is deterministic.
    const content = {
        refused: plan.refused?.guard ?? null,
        people: plan.people.map(p => ({
            person: p.person,
            kind: p.kind,
            platforms: p.platforms.map(s => ({
                platform: s.platform,
                status: s.status,
                steps: s.steps.map(st => ({
                    id: st.id,
                    action: st.action,
                    target: st.target,
                    mode: st.mode,
                    after: [...st.after].sort()
                })),
                refused: s.refused.map(r => ({ target: r.target, reason: r.reason }))
            }))
        })),
        additions: plan.additions.map(a => ({
            person: a.person.id,
            how: a.how,
            add: a.add.map(grants/* grantKey */.cx).sort()
        }))
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(content)).digest('hex');
}


/***/ })

};
