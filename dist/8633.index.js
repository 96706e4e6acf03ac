export const id = 8633;
export const ids = [8633];
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

/***/ 28633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aws: () => (/* binding */ aws),
  awsConnector: () => (/* binding */ awsConnector)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(16764);
// EXTERNAL MODULE: ./src/connectors/shared/aws-sdk.ts
var aws_sdk = __webpack_require__(36200);
// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
;// CONCATENATED MODULE: ./src/connectors/aws/assume.ts
// A member account's credentials (aws.accounts): the role named there (for plan and audit its
// read-only role, if one is named), assumed with the run's own credentials through STS. One
// session per connector, renewed by the SDK before it expires; its name says offboard and the
// run, so the member account's CloudTrail says who acted.


/** STS is asked for nothing else, by a reader or a writer (assuming a role changes nothing). */
const ASSUME_ONLY = /^AssumeRoleCommand$/;
/** A failed AssumeRole, as plans and records say it: the role, the account, what to fix. */
class AssumeRoleError extends Error {
    name = 'AssumeRoleError';
}
function assumedRole(ctx, account, budget, readOnly) {
    const env = ctx.env;
    const sts = (0,aws_sdk/* guarded */.Nj)(new client_sts_dist_cjs/* STSClient */.iM({
        ...(0,aws_sdk/* sdkConfig */.bN)(ctx, budget),
        region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        endpoint: env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL
    }), ctx, budget, { readOnly: { allowed: ASSUME_ONLY, service: 'AWS STS' } });
    // Plan and audit assume the read-only role where there is one.
    const role = (readOnly && account.read_role_arn) || account.role_arn;
    const provider = async () => {
        let answer;
        try {
            answer = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: role,
                RoleSessionName: sessionName(ctx, readOnly),
                ...(account.external_id ? { ExternalId: account.external_id } : {})
            }));
        }
        catch (err) {
            throw new AssumeRoleError(`could not assume ${role} in AWS account ${account.id}: ${(0,aws_sdk/* errorText */.kc)(err)} (${assumeHint(err, account)})`);
        }
        const c = answer.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new AssumeRoleError(`could not assume ${role} in AWS account ${account.id}: STS answered without credentials (rerun once STS answers)`);
        ctx.maskSecret(c.SecretAccessKey);
        ctx.maskSecret(c.SessionToken);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            ...(c.Expiration ? { expiration: c.Expiration } : {})
        };
    };
    return { sts, provider };
}
function assumeHint(err, account) {
    const name = err instanceof Error ? err.name : '';
    if (/AccessDenied|Unauthorized/.test(name))
        return (`the role's trust policy must let the principal offboard runs as call sts:AssumeRole` +
            (account.external_id ? ' with this external id' : '') +
            ', and that principal may need sts:AssumeRole on the role in its own policy: docs/aws.md, "Several accounts"');
    if (/NoSuchEntity|MalformedPolicy|ValidationError|InvalidParameter/.test(name))
        return `check the role's ARN for ${account.id} in aws.accounts of platforms.yaml`;
    return 'rerun once STS answers';
}
/** `offboard-apply-run1234-1`, `offboard-read-pr17`: AssumeRole's session name, which the
 *  member account logs with every call ([\w+=,.@-], at most 64 characters). */
function sessionName(ctx, readOnly) {
    const { GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = ctx.env;
    const which = run
        ? `run${run}${attempt ? `-${attempt}` : ''}`
        : ctx.change
            ? ctx.change.pr
                ? `pr${ctx.change.pr}`
                : ctx.change.head.slice(0, 12)
            : 'local';
    return `offboard-${readOnly ? 'read' : 'apply'}-${which}`
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
}

;// CONCATENATED MODULE: ./src/connectors/aws/client.ts
// The IAM client every AWS step and listing goes through: an AWS SDK client as every AWS
// platform's is (shared/aws-sdk.ts: credentials, retries within the budget, timeouts, masking),
// at the configured endpoint, and for plan and audit refusing any command that could change
// something. In a member account of aws.accounts it signs with the role assumed there
// (assume.ts).





/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(Get|List)[A-Za-z]*Command$|^GenerateCredentialReportCommand$/;
const DEFAULTS = {
    on_departure: 'delete',
    revoke_sessions: true,
    protected: [],
    stale_key_days: 90
};
/** `instance` absent: the credentials' own account, as platforms.yaml's aws block says. */
function connectIam(ctx, readOnly, instance) {
    const config = instance?.settings ?? ctx.platforms.aws ?? DEFAULTS;
    const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry);
    const role = config.assume && assumedRole(ctx, config.assume, budget, readOnly);
    const client = iamClient(ctx, { readOnly, credentials: role?.provider });
    const problem = async () => {
        if (!role)
            return (0,aws_sdk/* credentialProblem */.FL)(client);
        // The run's own credentials first: without them the answer is "no credentials".
        const own = await (0,aws_sdk/* credentialProblem */.FL)(role.sts);
        if (own)
            return own;
        try {
            await client.config.credentials();
            return undefined;
        }
        catch (err) {
            return `not checked: ${err instanceof AssumeRoleError ? err.message : (0,aws_sdk/* errorText */.kc)(err)}`;
        }
    };
    let checked;
    const iam = {
        ctx,
        platform: instance?.name ?? 'aws',
        config,
        client,
        readOnly,
        credentials: () => (checked ??= problem().then(p => (iam.problem = p)))
    };
    return iam;
}
function iamClient(ctx, opts) {
    const env = ctx.env;
    const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, ctx.platforms.aws?.retry);
    const client = new dist_cjs.IAMClient({
        ...(0,aws_sdk/* sdkConfig */.bN)(ctx, budget, opts.credentials),
        region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        endpoint: env.AWS_ENDPOINT_URL_IAM ?? env.AWS_ENDPOINT_URL
    });
    return (0,aws_sdk/* guarded */.Nj)(client, ctx, budget, {
        readOnly: opts.readOnly ? { allowed: READ_ONLY, service: 'AWS IAM' } : undefined,
        onRequest: opts.onRequest
    });
}
/** Ids of keys and certificates as shown and logged: the last 4 characters, after the
 *  prefix that only says what kind of id it is (AKIA access key, APKA SSH key, ...). */
function shortId(id) {
    const kind = /^(AKIA|ASIA|APKA|ACCA)/.exec(id)?.[1] ?? '';
    return `${kind}...${id.slice(-4)}`;
}

// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
;// CONCATENATED MODULE: ./src/connectors/aws/policies.ts
// offboard's own inline policies on an IAM user: their names and documents. Plan orders them,
// perform writes them, discover checks that ours is intact, and the audit counts a user that
// holds the deny-all policy as disabled.
/** Inline policy the tool writes on a disabled user: denies everything. */
const DENY_ALL_POLICY = 'offboard-deny-all';
/** Inline policy that ends sessions issued before it was written (what the console's
 *  "revoke active sessions" does for roles). */
const REVOKE_SESSIONS_POLICY = 'offboard-revoke-sessions';
/** The policy document that denies every action (`issuedBefore`: only to older sessions). */
function denyAllDocument(issuedBefore) {
    const condition = issuedBefore
        ? { Condition: { DateLessThan: { 'aws:TokenIssueTime': issuedBefore.toISOString() } } }
        : {};
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', ...condition }]
    });
}
function isDenyAll(doc) {
    try {
        const parsed = JSON.parse(doc);
        const statements = [parsed.Statement].flat();
        return statements.some(s => s.Effect === 'Deny' &&
            [s.Action].flat().includes('*') &&
            [s.Resource].flat().includes('*') &&
            s.Condition === undefined);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/connectors/aws/discover.ts
// What one IAM user holds now, read-only: every list runs concurrently, with the SDK
// paginators, and the few per-item reads (key last use, our own policy) overlap with them.





/** What the declared IAM user holds, or, for a departure whose user is gone, the user the log
 *  knows by its UserId under a new name (renamed). */
async function discover(iam, who, scope) {
    const base = (0,results/* discovery */.HD)(iam.platform, who.person);
    if (!who.account)
        return { ...base, status: 'no_account', reason: 'no IAM user declared (accounts.aws)' };
    const problem = await iam.credentials();
    if (problem)
        return { ...base, status: 'not_checked', reason: problem };
    const { client } = iam;
    try {
        const grantsOnly = scope.kind === 'reduction';
        let found = await discoverUser(client, who.account, grantsOnly);
        const notes = [];
        if (!found && !grantsOnly) {
            const renamed = await (0,lookup/* findRenamed */.WG)(who, iam.platform, 'IAM user', id => userNameById(client, id), name => name);
            if (renamed && 'refused' in renamed)
                return { ...base, status: 'not_checked', reason: renamed.refused };
            if (renamed) {
                notes.push(renamed.note);
                found = await discoverUser(client, renamed.name, grantsOnly);
            }
        }
        if (!found)
            return { ...base, status: 'no_account', reason: `no IAM user named ${who.account}` };
        return { ...base, ...found, notes: [...notes, ...found.notes] };
    }
    catch (err) {
        return {
            ...base,
            status: 'not_checked',
            reason: `could not read IAM user ${who.account}: ${(0,aws_sdk/* errorText */.kc)(err)} (the role needs the read-only policy in docs/aws.md)`
        };
    }
}
/** The user's holdings; only groups and managed policies when `grantsOnly` (a reduction).
 *  GetUser is the primary read: its failure is thrown (NoSuchEntity: undefined). Every listing
 *  that fails otherwise is recorded as unread, never taken for "nothing there". */
async function discoverUser(client, userName, grantsOnly) {
    const c = { client };
    const u = { UserName: userName };
    const notes = [];
    const unread = [];
    const read = (what, list) => list.catch((err) => {
        // The user went away while it was read: GetUser says so.
        if (err instanceof dist_cjs/* NoSuchEntityException */.vir)
            throw err;
        unread.push({ what, error: unreadError(err) });
        return [];
    });
    const lists = [
        read('groups', collect((0,dist_cjs/* paginateListGroupsForUser */.qSt)(c, u), p => p.Groups, g => group(g.GroupName))),
        read('attached managed policies', collect((0,dist_cjs/* paginateListAttachedUserPolicies */.RC9)(c, u), p => p.AttachedPolicies, p => managedPolicy(p.PolicyArn)))
    ];
    if (!grantsOnly)
        lists.push(read('access keys', accessKeys(client, userName, unread)), read('console password', loginProfile(client, userName)), read('MFA devices', collect((0,dist_cjs/* paginateListMFADevices */.rjP)(c, u), p => p.MFADevices, mfaDevice)), read('signing certificates', collect((0,dist_cjs/* paginateListSigningCertificates */.rSE)(c, u), p => p.Certificates, cert => credential('signing_certificate', 'signing certificate', cert.CertificateId, cert.Status))), read('SSH public keys', collect((0,dist_cjs/* paginateListSSHPublicKeys */.Tan)(c, u), p => p.SSHPublicKeys, key => credential('ssh_public_key', 'SSH public key', key.SSHPublicKeyId, key.Status))), read('service-specific credentials', serviceCredentials(client, userName)), read('inline policies', inlinePolicies(client, userName, unread)));
    try {
        const [user, ...found] = await Promise.all([getUser(client, userName), ...lists]);
        const holdings = found.flat();
        if (!grantsOnly)
            holdings.push(...userAttributes(user));
        // UserId, not the ARN, is the id: a renamed user keeps its UserId and gets a new ARN.
        return {
            account: { id: user.UserId, display: user.UserName, arn: user.Arn },
            holdings,
            notes,
            unread
        };
    }
    catch (err) {
        if (err instanceof dist_cjs/* NoSuchEntityException */.vir)
            return undefined;
        throw err;
    }
}
/** A failed listing as an unread record's error: AWS's answer and what to do. */
function unreadError(err) {
    const name = err instanceof Error ? err.name : '';
    const hint = /AccessDenied|Unauthorized/.test(name)
        ? 'the role needs the read-only policy in docs/aws.md'
        : 'rerun apply once IAM answers';
    return `${(0,aws_sdk/* errorText */.kc)(err)} (${hint})`;
}
/** The name of the user whose UserId is `id`, whatever it is called now. */
async function userNameById(client, id) {
    for await (const page of (0,dist_cjs/* paginateListUsers */.IVP)({ client, pageSize: 1000 }, {}))
        for (const u of page.Users ?? [])
            if (u.UserId === id)
                return u.UserName;
    return undefined;
}
async function getUser(client, userName) {
    const res = await client.send(new dist_cjs/* GetUserCommand */.T3b({ UserName: userName }));
    return res.User;
}
async function collect(pages, items, toHolding) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []).map(toHolding));
    return out;
}
const day = (d) => (d ? d.toISOString().slice(0, 10) : undefined);
function group(name) {
    return { kind: 'group', id: name, label: `group ${name}` };
}
function managedPolicy(arn) {
    return { kind: 'managed_policy', id: arn, label: `managed policy ${arn}` };
}
function credential(kind, what, id, status, details = {}, facts = []) {
    const active = status === 'Active';
    const state = [active ? 'active' : 'inactive', ...facts].join(', ');
    return { kind, id, label: `${what} ${shortId(id)} (${state})`, details: { active, ...details } };
}
/** The user's access keys. When a key's last use cannot be read, the key is still listed (it
 *  is revoked all the same) and the failed read goes to `unread`; without `unread` it throws. */
async function accessKeys(client, userName, unread) {
    const keys = [];
    for await (const page of (0,dist_cjs/* paginateListAccessKeys */.YQh)({ client }, { UserName: userName }))
        keys.push(...(page.AccessKeyMetadata ?? []));
    // Last use tells reviewers whether the key is live; one read per key (at most two).
    return Promise.all(keys.map(async (k) => {
        const lastUse = client
            .send(new dist_cjs/* GetAccessKeyLastUsedCommand */.qRl({ AccessKeyId: k.AccessKeyId }))
            .then(res => day(res.AccessKeyLastUsed?.LastUsedDate) ?? null, (err) => {
            if (!unread)
                throw err;
            unread.push({
                what: `last use of access key ${shortId(k.AccessKeyId)}`,
                error: unreadError(err)
            });
            return undefined;
        });
        const lastUsed = await lastUse;
        const created = day(k.CreateDate) ?? null;
        const facts = [
            `created ${created}`,
            lastUsed === undefined
                ? 'last use unknown'
                : lastUsed
                    ? `last used ${lastUsed}`
                    : 'never used'
        ];
        return credential('access_key', 'access key', k.AccessKeyId, k.Status, { created, lastUsed: lastUsed ?? null }, facts);
    }));
}
async function loginProfile(client, userName) {
    try {
        const res = await client.send(new dist_cjs/* GetLoginProfileCommand */.aZV({ UserName: userName }));
        const created = day(res.LoginProfile?.CreateDate);
        return [
            {
                kind: 'login_profile',
                id: userName,
                label: `console password${created ? ` (set ${created})` : ''}`,
                details: { created: created ?? null }
            }
        ];
    }
    catch (err) {
        // No console password (or no user, which GetUser reports).
        if (err instanceof dist_cjs/* NoSuchEntityException */.vir)
            return [];
        throw err;
    }
}
function mfaDevice(d) {
    const serial = d.SerialNumber;
    // Virtual devices are IAM entities (arn:...:mfa/name) that must be deleted too; hardware
    // and FIDO devices are only unassigned.
    const isVirtual = /:mfa\//.test(serial);
    const name = serial.replace(/^arn:[^/]*\//, '');
    return {
        kind: 'mfa_device',
        id: serial,
        label: `MFA device ${name} (${isVirtual ? 'virtual' : 'hardware or FIDO'})`,
        details: { virtual: isVirtual, name }
    };
}
async function serviceCredentials(client, userName) {
    // No SDK paginator for this one: follow the marker by hand.
    const out = [];
    let marker;
    do {
        const res = await client.send(new dist_cjs/* ListServiceSpecificCredentialsCommand */.HsU({ UserName: userName, Marker: marker }));
        for (const cred of res.ServiceSpecificCredentials ?? [])
            out.push(credential('service_credential', `${cred.ServiceName} credential`, cred.ServiceSpecificCredentialId, cred.Status, { service: cred.ServiceName ?? null }));
        marker = res.IsTruncated ? res.Marker : undefined;
    } while (marker);
    return out;
}
async function inlinePolicies(client, userName, unread) {
    const policies = await collect((0,dist_cjs/* paginateListUserPolicies */.Z2$)({ client }, { UserName: userName }), p => p.PolicyNames, name => ({ kind: 'inline_policy', id: name, label: `inline policy ${name}` }));
    const ours = policies.find(p => p.id === DENY_ALL_POLICY);
    if (ours) {
        // A later run must not trust the name alone: the document may have been edited. Unread,
        // it counts as not intact, so the policy is put again.
        try {
            const res = await client.send(new dist_cjs/* GetUserPolicyCommand */.bcb({ UserName: userName, PolicyName: DENY_ALL_POLICY }));
            ours.details = { intact: isDenyAll(decodeURIComponent(res.PolicyDocument ?? '')) };
        }
        catch (err) {
            // NoSuchEntity: removed since it was listed.
            if (!(err instanceof dist_cjs/* NoSuchEntityException */.vir))
                unread.push({ what: `inline policy ${DENY_ALL_POLICY}`, error: unreadError(err) });
            ours.details = { intact: false };
        }
    }
    return policies;
}
function userAttributes(user) {
    const out = [];
    const boundary = user.PermissionsBoundary?.PermissionsBoundaryArn;
    if (boundary)
        out.push({
            kind: 'permissions_boundary',
            id: boundary,
            label: `permissions boundary ${boundary}`
        });
    for (const tag of user.Tags ?? [])
        out.push({
            kind: 'tag',
            id: tag.Key,
            label: `tag ${tag.Key}=${tag.Value}`,
            details: { value: tag.Value ?? '' }
        });
    return out;
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
;// CONCATENATED MODULE: ./src/connectors/aws/list.ts
// Every IAM user for the audit, in a handful of requests whatever the number of users:
// groups and attached policies from GetAccountAuthorizationDetails (1000 users a page),
// keys and console passwords from the credential report. Per-user reads only where the
// report cannot answer: users newer than the report, and all users when there is no report.
// The report has no key ids: its keys are named by slot and creation date (`key 1`).






/** How many users are read one by one at the same time when the report cannot answer. */
const PER_USER_CONCURRENCY = 8;
const REPORT_WAIT_MS = 60_000;
async function list(iam) {
    const problem = await iam.credentials();
    if (problem)
        return { ...(0,results/* inventory */.pf)(iam.platform), status: 'not_checked', reason: problem };
    // Its own client, so that concurrent calls do not mix their request counts.
    const counter = { requests: 0 };
    const client = iamClient(iam.ctx, {
        readOnly: iam.readOnly,
        onRequest: () => counter.requests++,
        credentials: iam.client.config.credentials
    });
    return (0,results/* listing */.RR)(iam.platform, counter, notes => listIamUsers(client, iam.platform, notes), err => `could not list IAM users: ${(0,aws_sdk/* errorText */.kc)(err)} (the role needs the read-only policy in docs/aws.md)`);
}
async function listIamUsers(client, platform, notes) {
    const [users, report] = await Promise.all([
        authorizationDetails(client),
        credentialReport(client)
    ]);
    const rows = typeof report === 'string' ? new Map() : report;
    const accounts = await (0,concurrency/* mapLimit */.sf)(users, PER_USER_CONCURRENCY, async (u) => {
        const name = u.UserName;
        const row = rows.get(name);
        const credentials = row
            ? reportCredentials(row)
            : (await Promise.all([accessKeys(client, name), loginProfile(client, name)]))
                .flat()
                .map(listedCredential);
        return account(u, platform, credentials);
    });
    if (typeof report === 'string')
        notes.push(`credential report unavailable (${report}): keys and passwords read user by user`);
    else {
        const missing = users.filter(u => !rows.has(u.UserName)).length;
        if (missing)
            notes.push(`${missing} user(s) newer than the credential report: read one by one`);
    }
    return accounts;
}
async function authorizationDetails(client) {
    const users = [];
    const pages = (0,dist_cjs/* paginateGetAccountAuthorizationDetails */.YS4)({ client, pageSize: 1000 }, { Filter: ['User'] });
    for await (const page of pages)
        for (const u of page.UserDetailList ?? [])
            users.push({
                UserName: u.UserName,
                UserId: u.UserId,
                GroupList: u.GroupList,
                AttachedManagedPolicies: (u.AttachedManagedPolicies ?? []).map(p => ({
                    PolicyArn: p.PolicyArn
                })),
                UserPolicyList: (u.UserPolicyList ?? []).map(p => ({ PolicyName: p.PolicyName }))
            });
    return users;
}
function account(u, platform, credentials) {
    const grants = [
        ...(u.GroupList ?? []).map(g => ({
            platform,
            kind: 'aws_group',
            value: g
        })),
        ...u.AttachedManagedPolicies.map(p => ({
            platform,
            kind: 'aws_policy',
            value: p.PolicyArn
        }))
    ];
    return {
        platform,
        account: u.UserName,
        id: u.UserId,
        kind: 'user',
        // A user this tool disabled keeps existing, but cannot do anything.
        active: !u.UserPolicyList.some(p => p.PolicyName === DENY_ALL_POLICY),
        grants,
        credentials
    };
}
const REPORT_COLUMNS = new Set([
    'user',
    'password_enabled',
    'password_last_changed',
    'password_last_used',
    ...[1, 2].flatMap(n => [
        `access_key_${n}_active`,
        `access_key_${n}_last_rotated`,
        `access_key_${n}_last_used_date`
    ])
]);
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
        const get = new dist_cjs/* GetCredentialReportCommand */.DBo({});
        const content = reportContent(get);
        const res = await client.send(get);
        return parseReport(Buffer.from(content() ?? res.Content ?? new Uint8Array()).toString('utf8'));
    }
    catch (err) {
        return (0,aws_sdk/* errorText */.kc)(err);
    }
}
/** The report's contents, taken from the answer before the SDK parses it. The SDK's XML
 *  parser builds a text one character at a time, so the base64 of a 20,000-user report (7 MB)
 *  would become a chain of millions of string pieces, about 200 MB at once; the SDK is left
 *  to parse the rest of the answer (and every error), and where the answer holds no Content
 *  element its own reading stands. */
function reportContent(command) {
    let content;
    // Low in the deserialize step: between the HTTP answer and the SDK's parser of it.
    command.middlewareStack.add(next => async (args) => {
        const out = await next(args);
        const res = out.response;
        if (res.statusCode !== 200 || !isReadable(res.body))
            return out;
        const chunks = [];
        for await (const chunk of res.body)
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        const xml = bytes.toString('utf8');
        const open = xml.indexOf(CONTENT_OPEN);
        const close = xml.indexOf(CONTENT_CLOSE, open);
        if (open < 0 || close < 0)
            res.body = bytes;
        else {
            content = Buffer.from(xml.slice(open + CONTENT_OPEN.length, close), 'base64');
            res.body = Buffer.from(xml.slice(0, open) + xml.slice(close + CONTENT_CLOSE.length));
        }
        return out;
    }, { step: 'deserialize', priority: 'low', name: 'offboardCredentialReportContent' });
    return () => content;
}
const CONTENT_OPEN = '<Content>';
const CONTENT_CLOSE = '</Content>';
const isReadable = (body) => typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
/** The report's CSV by user. A row that does not parse cleanly is left out, so that user is
 *  read one by one instead of being misread. */
function parseReport(csv) {
    const [header, ...lines] = csv.split(/\r?\n/).filter(l => l.trim());
    const columns = splitCsvLine(header ?? '');
    // Only the columns read (reportCredentials): a row has twenty-odd.
    const wanted = columns.flatMap((c, i) => (REPORT_COLUMNS.has(c) ? [i] : []));
    const rows = new Map();
    for (const line of lines) {
        const cells = splitCsvLine(line);
        if (cells.length !== columns.length)
            continue;
        const row = {};
        for (const c of wanted)
            row[columns[c]] = cells[c];
        if (row.user && row.user !== '<root_account>')
            rows.set(row.user, row);
    }
    return rows;
}
function splitCsvLine(line) {
    // Only a quoted cell needs the pattern: user names and dates have no commas.
    if (!line.includes('"'))
        return line.split(',');
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
        id: shortId(h.id),
        status: d.active === true ? 'active' : 'inactive',
        created,
        lastUsed: d.lastUsed === undefined ? undefined : d.lastUsed
    };
}

// EXTERNAL MODULE: ./src/graph.ts
var graph = __webpack_require__(10931);
// EXTERNAL MODULE: ./src/connectors/aws/settings.ts
var aws_settings = __webpack_require__(86693);
;// CONCATENATED MODULE: ./src/connectors/aws/plan.ts




/** User tags a disabled user keeps: when, and by which change. */
const TAG_OFFBOARDED_AT = 'offboard:offboarded-at';
const TAG_CHANGE = 'offboard:change';
function planAws(found, scope, settings) {
    const user = found.account?.display;
    if (found.status !== 'checked' || !user)
        return { steps: [], refused: [] };
    const { config } = settings;
    if ((0,aws_settings/* isProtected */.bz)(user, config))
        return {
            steps: [],
            refused: [
                (0,results/* refusal */.x5)(found.platform, found.person, user, `IAM user ${user} is protected (aws.protected in platforms.yaml): never touched`)
            ]
        };
    const plan = new StepList(found.platform, found.person, user, accountOf(found.account.arn ?? ''));
    if (scope.kind === 'reduction')
        planReduction(plan, found.holdings, scope.remove);
    else
        planDeparture(plan, found.holdings, settings);
    return { steps: plan.steps, refused: [] };
}
/** The account id in an IAM ARN (arn:aws:iam::123456789012:user/alice). */
function accountOf(arn) {
    return arn.split(':')[4] ?? '';
}
class StepList {
    platform;
    person;
    user;
    account;
    steps = [];
    constructor(platform, person, user, account) {
        this.platform = platform;
        this.person = person;
        this.user = user;
        this.account = account;
    }
    add(action, target, reason, id, after = []) {
        const params = { user: this.user, account: this.account };
        if (id !== undefined)
            params.id = id;
        const added = (0,results/* step */.PM)(this.platform, this.person, action, target, reason, { ...params }, {
            after: after.map(s => s.id)
        });
        // Shortened key ids can collide (1 in 36^4): keep ids unique within the plan.
        const first = added.id;
        for (let n = 2; this.steps.some(s => s.id === added.id); n++)
            added.id = `${first}#${n}`;
        this.steps.push(added);
        return added;
    }
    /** Steps nothing else waits for yet. */
    leaves() {
        const waitedFor = new Set(this.steps.flatMap(s => s.after));
        return this.steps.filter(s => !waitedFor.has(s.id));
    }
}
function planReduction(plan, holdings, remove) {
    const held = (kind, id) => holdings.some(h => h.kind === kind && h.id === id);
    for (const grant of remove) {
        if (grant.platform !== plan.platform)
            continue;
        if (grant.kind === 'aws_group' && held('group', grant.value))
            plan.add('remove_from_group', `${plan.user}/${grant.value}`, 'no remaining role grants this group', grant.value);
        if (grant.kind === 'aws_policy' && held('managed_policy', grant.value))
            plan.add('detach_managed_policy', `${plan.user}/${grant.value}`, 'no remaining role grants this policy', grant.value);
    }
}
/** Credentials that are deactivated at once and deleted right after. */
const CREDENTIALS = {
    access_key: {
        what: 'access key',
        deactivate: 'deactivate_access_key',
        remove: 'delete_access_key'
    },
    signing_certificate: {
        what: 'signing certificate',
        deactivate: 'deactivate_signing_certificate',
        remove: 'delete_signing_certificate'
    },
    ssh_public_key: {
        what: 'SSH public key',
        deactivate: 'deactivate_ssh_public_key',
        remove: 'delete_ssh_public_key'
    },
    service_credential: {
        what: 'service-specific credential',
        deactivate: 'deactivate_service_credential',
        remove: 'delete_service_credential'
    }
};
/** Removals that need nothing before them: one call each. */
const DIRECT = {
    login_profile: {
        action: 'delete_login_profile',
        reason: 'departed: console password removed',
        target: () => ''
    },
    group: {
        action: 'remove_from_group',
        reason: 'departed: group membership removed',
        target: h => h.id
    },
    managed_policy: {
        action: 'detach_managed_policy',
        reason: 'departed: managed policy detached',
        target: h => h.id
    },
    permissions_boundary: {
        action: 'delete_permissions_boundary',
        reason: 'departed: permissions boundary removed',
        target: h => h.id
    }
};
const OWN_POLICIES = [DENY_ALL_POLICY, REVOKE_SESSIONS_POLICY];
/** Marks a step that ends the user's ability to sign in or use a credential. */
const containing = (s) => Object.assign(s, { contain: true });
function planDeparture(plan, holdings, settings) {
    const { user } = plan;
    const disable = settings.config.on_departure === 'disable';
    const at = (suffix) => (suffix ? `${user}/${suffix}` : user);
    const ownPolicies = holdings.filter(h => h.kind === 'inline_policy' && OWN_POLICIES.includes(h.id));
    if (disable) {
        const denyAll = ownPolicies.find(h => h.id === DENY_ALL_POLICY);
        if (denyAll?.details?.intact !== true)
            containing(plan.add('put_deny_all_policy', at(DENY_ALL_POLICY), 'disabled: an inline policy denies every action, which also ends active sessions', DENY_ALL_POLICY));
        if (!holdings.some(h => h.kind === 'tag' && h.id === TAG_OFFBOARDED_AT)) {
            const step = plan.add('tag_user', user, 'disabled: tags record when and by which change');
            if (settings.change)
                step.params.change = settings.change;
        }
    }
    else if (settings.config.revoke_sessions) {
        containing(plan.add('revoke_sessions', at(REVOKE_SESSIONS_POLICY), 'departed: deny every session issued before now (deleting keys does not end them)', REVOKE_SESSIONS_POLICY));
    }
    for (const h of holdings) {
        const cred = CREDENTIALS[h.kind];
        const direct = DIRECT[h.kind];
        if (cred) {
            const target = at(shortId(h.id));
            const before = h.details?.active === true
                ? [
                    containing(plan.add(cred.deactivate, target, `departed: ${cred.what} stops working at once`, h.id))
                ]
                : [];
            plan.add(cred.remove, target, `departed: ${cred.what} deleted`, h.id, before);
        }
        else if (direct) {
            const removed = plan.add(direct.action, at(direct.target(h)), direct.reason, h.id);
            if (h.kind === 'login_profile')
                containing(removed);
        }
        else if (h.kind === 'mfa_device') {
            const target = at(String(h.details?.name ?? h.id));
            const off = plan.add('deactivate_mfa_device', target, 'departed: MFA device unassigned', h.id);
            if (h.details?.virtual === true)
                plan.add('delete_mfa_device', target, 'departed: virtual MFA device deleted', h.id, [off]);
        }
        else if (h.kind === 'inline_policy' && !OWN_POLICIES.includes(h.id)) {
            plan.add('delete_inline_policy', at(h.id), 'departed: inline policy deleted', h.id);
        }
    }
    if (disable)
        return;
    // The tool's own deny policies go last: they hold sessions off until nothing usable is left.
    const beforeOwn = plan.leaves();
    const ownNames = new Set(ownPolicies.map(h => h.id));
    if (settings.config.revoke_sessions)
        ownNames.add(REVOKE_SESSIONS_POLICY);
    const own = [...ownNames].map(name => plan.add('delete_inline_policy', at(name), 'departed: the deny policy goes with the user', name, beforeOwn));
    plan.add('delete_user', user, 'departed: IAM user deleted once nothing is attached to it', undefined, own.length ? own : beforeOwn);
}

;// CONCATENATED MODULE: ./src/connectors/aws/perform.ts
// The one place IAM is changed: one call per step. NoSuchEntity (the thing is gone, seen by
// AWS itself) is already_absent. DeleteUser that AWS refuses because something is still
// attached removes what is left, planned and run like any departure, and tries once more.






async function perform(iam, step) {
    const p = step.params;
    const problem = await iam.credentials();
    if (problem)
        return { result: 'failed', detail: `AWS IAM: ${problem.replace('not checked: ', '')}` };
    try {
        if (step.action === 'delete_user')
            return await deleteUser(iam, p);
        const call = CALLS[step.action];
        if (!call)
            return { result: 'failed', detail: `AWS IAM: unknown action ${step.action}` };
        await call(iam.client, p);
        return { result: 'revoked', detail: '' };
    }
    catch (err) {
        if (err instanceof dist_cjs/* NoSuchEntityException */.vir)
            return { result: 'already_absent', detail: '' };
        return { result: 'failed', detail: failure(step, p, err) };
    }
}
/** DeleteUser; if AWS still finds something attached, remove what is left and retry once. */
async function deleteUser(iam, p) {
    const del = () => iam.client.send(new dist_cjs/* DeleteUserCommand */.O56({ UserName: p.user }));
    try {
        await del();
        return { result: 'revoked', detail: '' };
    }
    catch (err) {
        if (!(err instanceof dist_cjs/* DeleteConflictException */.vbN))
            throw err;
    }
    const removed = await removeLeftovers(iam, p.user);
    try {
        await del();
        return { result: 'revoked', detail: `removed leftovers first: ${removed.join(', ')}` };
    }
    catch (err) {
        if (!(err instanceof dist_cjs/* DeleteConflictException */.vbN))
            throw err;
        const still = await discoverUser(iam.client, p.user, false);
        const left = (still?.holdings ?? []).filter(h => h.kind !== 'tag').map(h => h.label);
        return {
            result: 'failed',
            detail: `AWS IAM account ${p.account}: DeleteUser ${p.user} refused (DeleteConflict), ` +
                `still attached: ${left.join(', ') || 'nothing IAM lists'}. Remove them and rerun apply.`
        };
    }
}
/** Plans and performs the removal of whatever is still attached; returns their labels. */
async function removeLeftovers(iam, user) {
    const found = await discoverUser(iam.client, user, false);
    if (!found)
        return [];
    const discovery = { platform: iam.platform, person: user, status: 'checked', ...found };
    const config = { ...iam.config, on_departure: 'delete', revoke_sessions: false };
    const { steps } = planAws(discovery, { kind: 'departure' }, { config });
    await (0,graph/* runSteps */.rl)(steps.filter(s => s.action !== 'delete_user'), s => perform(iam, s));
    return found.holdings.filter(h => h.kind !== 'tag').map(h => h.label);
}
/** Each action's one API call (delete_user, which may need more, is handled apart). */
const CALLS = {
    revoke_sessions: (c, p) => c.send(new dist_cjs/* PutUserPolicyCommand */.CkV({
        UserName: p.user,
        PolicyName: REVOKE_SESSIONS_POLICY,
        PolicyDocument: denyAllDocument(new Date())
    })),
    put_deny_all_policy: (c, p) => c.send(new dist_cjs/* PutUserPolicyCommand */.CkV({
        UserName: p.user,
        PolicyName: DENY_ALL_POLICY,
        PolicyDocument: denyAllDocument()
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
    const tags = [{ Key: TAG_OFFBOARDED_AT, Value: now.toISOString() }];
    if (p.change) {
        const pr = p.change.pr ? `pr ${p.change.pr} ` : '';
        tags.push({ Key: TAG_CHANGE, Value: `${pr}${p.change.base}..${p.change.head}` });
    }
    return tags;
}
function failure(step, p, err) {
    const name = err instanceof Error ? err.name : '';
    const hint = /AccessDenied|Unauthorized/.test(name)
        ? 'the apply role needs the write policy in docs/aws.md'
        : /Throttl|LimitExceeded/.test(name)
            ? 'AWS kept throttling after retries: rerun apply later, it resumes where it stopped'
            : 'rerun apply: it resumes where it stopped';
    return `AWS IAM account ${p.account}: ${step.action} ${step.target} failed: ${(0,aws_sdk/* errorText */.kc)(err)} (${hint})`;
}

;// CONCATENATED MODULE: ./src/connectors/aws/connector.ts





function reader(iam) {
    return {
        platform: iam.platform,
        /** Known once the credentials were first resolved (by discover, list or perform). */
        get unavailable() {
            return iam.problem;
        },
        discover: (who, scope) => discover(iam, who, scope),
        planSteps: (found, scope) => planAws(found, scope, { config: iam.config, change: iam.ctx.change }),
        list: () => list(iam)
    };
}
/** The connector of one instance; without one, of the credentials' own account as the
 *  context's aws block configures it. */
function awsConnector(instance) {
    return {
        reader: ctx => reader(connectIam(ctx, true, instance)),
        writer: ctx => {
            const iam = connectIam(ctx, false, instance);
            // Assigned, not spread: `unavailable` stays a live getter.
            return Object.assign(reader(iam), { perform: (step) => perform(iam, step) });
        }
    };
}
const aws = awsConnector();


/***/ })

};
