export const id = 748;
export const ids = [748];
export const modules = {

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ auditPlatforms),
/* harmony export */   blocking: () => (/* binding */ blocking),
/* harmony export */   lL: () => (/* binding */ FAIL_AT),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports atLeast, computeDrift */
/* harmony import */ var _connectors_aws_iam_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7217);
/* harmony import */ var _connectors_github_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6125);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4160);



const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const SEVERITY_OF = {
    departed_still_active: 'critical',
    undeclared_account: 'high',
    extra_grant: 'medium',
    stale_credential: 'medium',
    undeclared_invitation: 'low',
    missing_grant: 'info'
};
/** `--fail-on-drift` and the drift issue count findings of this severity or above. */
const FAIL_AT = 'medium';
const DAY_MS = 86_400_000;
/** Every grant any role declares on `platform`: what its connector's list() must cover. */
function declaredGrants(decl, platform) {
    const byKey = new Map();
    for (const role of decl.roles.values())
        for (const g of (0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .roleGrants */ .eL)(role, decl))
            if (g.platform === platform)
                byKey.set((0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .grantKey */ .cx)(g), g);
    return [...byKey.values()];
}
function atLeast(severity, floor = FAIL_AT) {
    return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);
}
/** Findings at or above FAIL_AT: what fails `--fail-on-drift` and keeps the drift issue open. */
const blocking = (drift) => drift.findings.filter(f => atLeast(f.severity));
/** Lists every platform at once (each reader already pages its own collections
 *  concurrently) and computes the drift. A reader that throws is "not checked", never clean. */
async function auditPlatforms(decl, readers, opts = {}) {
    const inventories = await Promise.all(readers.map(async (r) => {
        try {
            return await r.list(declaredGrants(decl, r.platform));
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            return {
                platform: r.platform,
                status: 'not_checked',
                reason: `could not list ${r.platform}: ${why}`,
                accounts: [],
                requests: 0,
                notes: []
            };
        }
    }));
    return computeDrift(decl, inventories, { now: (opts.now ?? (() => new Date()))() });
}
function computeDrift(decl, inventories, opts) {
    const staleKeyDays = decl.platforms.aws?.stale_key_days ?? 90;
    const expected = new Map([...decl.people.values()].map(p => [p.id, (0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .personGrants */ .$u)(p, decl)]));
    const clock = { now: opts.now.getTime(), staleKeyDays };
    const findings = [];
    for (const inv of inventories)
        if (inv.status === 'checked')
            findings.push(...platformDrift(decl, expected, inv, clock));
    return {
        at: opts.now.toISOString(),
        staleKeyDays,
        platforms: inventories.map(inv => ({
            platform: inv.platform,
            status: inv.status,
            ...(inv.reason ? { reason: inv.reason } : {}),
            accounts: inv.accounts.length,
            requests: inv.requests,
            notes: inv.notes
        })),
        findings: findings.sort(byImportance)
    };
}
function platformDrift(decl, expected, inv, clock) {
    const platform = inv.platform;
    const people = [...decl.people.values()];
    const match = matcher(people, platform);
    const isProtected = protectedTest(decl, platform);
    const grantsOn = (p) => expected.get(p.id).filter(g => g.platform === platform);
    const out = [];
    const seen = new Map();
    for (const a of inv.accounts) {
        if (a.kind === 'bot' || isProtected(a.account))
            continue;
        const person = match(a);
        const base = { platform, account: a.account };
        if (!person) {
            if (a.kind === 'invitation')
                out.push(finding('undeclared_invitation', base, 'pending invitation nobody declares'));
            else if (holdsAccess(a)) {
                out.push(finding('undeclared_account', base, `${describe(a)} that no active person declares`));
                out.push(...staleCredentials(a, clock, base));
            }
            continue;
        }
        const who = { ...base, person: person.id };
        if (person.status === 'departed') {
            if (holdsAccess(a))
                out.push(finding('departed_still_active', who, `${person.id} departed${person.departed_on ? ` on ${person.departed_on}` : ''} but still holds ${describe(a)}`));
            continue;
        }
        seen.set(person, [...(seen.get(person) ?? []), a]);
        if (!a.active)
            continue;
        const given = new Set(grantsOn(person).map(_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .grantKey */ .cx));
        for (const g of a.grants)
            if (!given.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .grantKey */ .cx)(g)))
                out.push(finding('extra_grant', { ...who, target: grantText(g) }, `${grantText(g)}: no role of ${person.id} gives it`));
        out.push(...staleCredentials(a, clock, who));
    }
    // Active people who should be on the platform: they declare an account, or a role gives
    // them something there.
    for (const person of people) {
        if (person.status !== 'active')
            continue;
        const declared = (0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredAccount */ .k8)(person, platform);
        const grants = grantsOn(person);
        if (declared ? isProtected(declared) : grants.length === 0)
            continue;
        const listed = seen.get(person) ?? [];
        const held = listed.filter(a => a.active);
        const who = {
            platform,
            account: held[0]?.account ?? declared ?? person.email,
            person: person.id
        };
        if (held.length === 0) {
            const inactive = listed[0];
            out.push(finding('missing_grant', { ...who, account: inactive?.account ?? who.account }, inactive
                ? `${inactive.account} is ${inactive.kind === 'invitation' ? 'invited, not yet a member' : 'deactivated'}`
                : declared
                    ? `declared account ${declared} not found`
                    : emailFallback(platform)
                        ? `roles give access on ${platform}, but no account is declared or found for ${person.email}`
                        : `roles give access on ${platform}, but no account is declared`));
            continue;
        }
        const have = new Set(held.flatMap(a => a.grants.map(_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .grantKey */ .cx)));
        for (const g of grants)
            if (!have.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .grantKey */ .cx)(g)))
                out.push(finding('missing_grant', { ...who, target: grantText(g) }, `${grantText(g)} is declared but not held (offboard does not provision)`));
    }
    return out;
}
/** Slack and SCIM apps find a person by email when no account is declared. */
const emailFallback = (platform) => platform === 'slack' || platform.startsWith('scim:');
/** Who a listed account belongs to: the person declaring it (GitHub logins, IAM user names
 *  and SCIM userNames compared case-insensitively), else, where the platform allows, the person
 *  whose email it has; GitHub invitations are matched by email too. */
function matcher(people, platform) {
    const fold = platform === 'slack' ? (s) => s : lower;
    const byAccount = new Map();
    const byEmail = new Map();
    for (const p of people) {
        const declared = (0,_grants_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredAccount */ .k8)(p, platform);
        if (declared)
            byAccount.set(fold(declared), p);
        if (platform === 'github' || (emailFallback(platform) && !declared))
            byEmail.set(lower(p.email), p);
    }
    const email = (a) => (a.email && byEmail.get(lower(a.email))) || byEmail.get(lower(a.account));
    return a => byAccount.get(fold(a.account)) ??
        (emailFallback(platform) || a.kind === 'invitation' ? email(a) : undefined);
}
/** The same protection the connectors honour when revoking, so what apply never touches is
 *  never drift either. */
function protectedTest(decl, platform) {
    const { github, aws, slack } = decl.platforms;
    if (platform === 'github')
        return a => !!github && (0,_connectors_github_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .isProtected */ .bz)(github, a);
    if (platform === 'aws')
        return a => !!aws && (0,_connectors_aws_iam_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isProtected */ .bz)(a, aws);
    if (platform === 'slack')
        return a => !!slack?.protected.includes(a);
    return () => false;
}
/** Access a listed account still gives: an active account, a pending invitation, or an
 *  active credential (a disabled IAM user whose key is still active holds that key). */
function holdsAccess(a) {
    return a.active || a.kind === 'invitation' || a.credentials.some(c => c.status === 'active');
}
function describe(a) {
    const what = a.kind === 'invitation'
        ? 'a pending invitation'
        : a.kind === 'outside_collaborator'
            ? 'outside collaborator access'
            : a.active
                ? 'an active account'
                : 'a deactivated account';
    const creds = a.credentials.filter(c => c.status === 'active').map(c => credentialText(c));
    return `${what}${creds.length ? ` with ${creds.join(', ')}` : ''}`;
}
/** Active AWS access keys unused for `staleKeyDays`, or never used and that old. */
function staleCredentials(a, clock, where) {
    return a.credentials.flatMap(c => {
        // lastUsed undefined: the platform does not say, so nothing can be concluded.
        if (c.kind !== 'access_key' || c.status !== 'active' || c.lastUsed === undefined)
            return [];
        const since = c.lastUsed ?? c.created;
        if (!since)
            return [];
        const days = Math.floor((clock.now - Date.parse(since)) / DAY_MS);
        if (!(days >= clock.staleKeyDays))
            return [];
        // Keys listed from the credential report have no id: their creation date tells them apart.
        const why = c.lastUsed
            ? `${c.created ? `created ${c.created}, ` : ''}last used ${c.lastUsed}`
            : `never used since it was created on ${since}`;
        return [
            finding('stale_credential', { ...where, target: credentialText(c) }, `${credentialText(c)} is active, ${why}, ${days} days ago (limit ${clock.staleKeyDays}): deactivate or rotate it`)
        ];
    });
}
const credentialText = (c) => `${c.kind} ${c.id}`;
const grantText = (g) => `${g.kind} ${g.value}`;
const lower = (s) => s.toLowerCase();
function finding(kind, where, detail) {
    return { kind, severity: SEVERITY_OF[kind], ...where, detail };
}
function byImportance(a, b) {
    return (SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        a.platform.localeCompare(b.platform) ||
        a.account.localeCompare(b.account) ||
        a.kind.localeCompare(b.kind) ||
        (a.target ?? '').localeCompare(b.target ?? ''));
}


/***/ }),

/***/ 1577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   LV: () => (/* binding */ iamClient),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   m_: () => (/* binding */ shortId)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);
// The IAM client every AWS step and listing goes through: default credential chain (or keys
// from the given environment), the configured endpoint, adaptive retries, and for plan and
// audit a guard that refuses any command that could change something.

/** Enough attempts that throttling (adaptive mode slows down instead) never fails a revocation;
 *  AWS_MAX_ATTEMPTS, the SDK's own setting, overrides it. */
const MAX_ATTEMPTS = 10;
/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(Get|List)[A-Za-z]*Command$|^GenerateCredentialReportCommand$/;
function iamClient(ctx, opts) {
    const env = ctx.env;
    const client = new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .IAMClient */ .h8v({
        region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        endpoint: env.AWS_ENDPOINT_URL_IAM ?? env.AWS_ENDPOINT_URL,
        credentials: opts.credentials ?? envCredentials(ctx),
        retryMode: 'adaptive',
        maxAttempts: Number(env.AWS_MAX_ATTEMPTS) || MAX_ATTEMPTS
    });
    if (opts.readOnly)
        client.middlewareStack.add((next, context) => async (args) => {
            const name = context.commandName ?? 'unknown command';
            if (!READ_ONLY.test(name))
                throw new Error(`AWS IAM: refused ${name.replace(/Command$/, '')}: this client only reads (plan and audit never write)`);
            return next(args);
        }, { step: 'initialize', name: 'offboardReadOnly', priority: 'high' });
    const onRequest = opts.onRequest;
    if (onRequest)
        client.middlewareStack.add(next => async (args) => {
            onRequest();
            return next(args);
        }, 
        // deserialize is the innermost step: it runs once per attempt.
        { step: 'deserialize', name: 'offboardRequestCount' });
    return client;
}
/** Keys given in the environment win; otherwise undefined lets the SDK use its default chain
 *  (profiles, SSO, web identity from aws-actions/configure-aws-credentials, containers, EC2). */
function envCredentials(ctx) {
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = ctx.env;
    if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY)
        return undefined;
    ctx.maskSecret(AWS_SECRET_ACCESS_KEY);
    if (AWS_SESSION_TOKEN)
        ctx.maskSecret(AWS_SESSION_TOKEN);
    return {
        accessKeyId: AWS_ACCESS_KEY_ID,
        secretAccessKey: AWS_SECRET_ACCESS_KEY,
        sessionToken: AWS_SESSION_TOKEN
    };
}
/** Resolves the client's credentials once; a reason string when there are none. */
async function credentialProblem(client) {
    try {
        await client.config.credentials();
        return undefined;
    }
    catch (err) {
        return (`not checked: no credentials (${errorText(err)}; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY ` +
            'or AWS_PROFILE, or assume a role with aws-actions/configure-aws-credentials)');
    }
}
/** An SDK error as one line: its code and message, never request data. */
function errorText(err) {
    if (err instanceof Error) {
        const msg = err.message.split('\n')[0];
        return err.name && err.name !== 'Error' && !msg.startsWith(err.name)
            ? `${err.name}: ${msg}`
            : msg;
    }
    return String(err);
}
/** Ids of keys and certificates as shown and logged: the last 4 characters, after the
 *  prefix that only says what kind of id it is (AKIA access key, APKA SSH key, ...). */
function shortId(id) {
    const kind = /^(AKIA|ASIA|APKA|ACCA)/.exec(id)?.[1] ?? '';
    return `${kind}...${id.slice(-4)}`;
}


/***/ }),

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ discoverUser),
/* harmony export */   He: () => (/* binding */ accessKeys),
/* harmony export */   LS: () => (/* binding */ loginProfile),
/* harmony export */   Uf: () => (/* binding */ REVOKE_SESSIONS_POLICY),
/* harmony export */   e1: () => (/* binding */ DENY_ALL_POLICY),
/* harmony export */   vC: () => (/* binding */ denyAllDocument)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);
/* harmony import */ var _aws_iam_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1577);
// What one IAM user holds now, read-only: every list runs concurrently, with the SDK
// paginators, and the few per-item reads (key last use, our own policy) overlap with them.


/** Inline policy the tool writes on a disabled user: denies everything. */
const DENY_ALL_POLICY = 'offboard-deny-all';
/** Inline policy that ends sessions issued before it was written (what the console's
 *  "revoke active sessions" does for roles). */
const REVOKE_SESSIONS_POLICY = 'offboard-revoke-sessions';
/** The user's holdings; only groups and managed policies when `grantsOnly` (a reduction). */
async function discoverUser(client, userName, grantsOnly) {
    const c = { client };
    const u = { UserName: userName };
    const notes = [];
    const lists = [
        collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListGroupsForUser */ .qSt)(c, u), p => p.Groups, g => group(g.GroupName)),
        collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListAttachedUserPolicies */ .RC9)(c, u), p => p.AttachedPolicies, p => managedPolicy(p.PolicyArn))
    ];
    if (!grantsOnly)
        lists.push(accessKeys(client, userName), loginProfile(client, userName), collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListMFADevices */ .rjP)(c, u), p => p.MFADevices, mfaDevice), collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListSigningCertificates */ .rSE)(c, u), p => p.Certificates, cert => credential('signing_certificate', 'signing certificate', cert.CertificateId, cert.Status)), collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListSSHPublicKeys */ .Tan)(c, u), p => p.SSHPublicKeys, key => credential('ssh_public_key', 'SSH public key', key.SSHPublicKeyId, key.Status)), serviceCredentials(client, userName, notes), inlinePolicies(client, userName));
    try {
        const [user, ...found] = await Promise.all([getUser(client, userName), ...lists]);
        const holdings = found.flat();
        if (!grantsOnly)
            holdings.push(...userAttributes(user));
        return { account: { id: user.Arn, display: user.UserName }, holdings, notes };
    }
    catch (err) {
        if (err instanceof _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .NoSuchEntityException */ .vir)
            return undefined;
        throw err;
    }
}
async function getUser(client, userName) {
    const res = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetUserCommand */ .T3b({ UserName: userName }));
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
    return { kind, id, label: `${what} ${(0,_aws_iam_client_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(id)} (${state})`, details: { active, ...details } };
}
async function accessKeys(client, userName) {
    const keys = [];
    for await (const page of (0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListAccessKeys */ .YQh)({ client }, { UserName: userName }))
        keys.push(...(page.AccessKeyMetadata ?? []));
    // Last use tells reviewers whether the key is live; one read per key (at most two).
    return Promise.all(keys.map(async (k) => {
        const res = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetAccessKeyLastUsedCommand */ .qRl({ AccessKeyId: k.AccessKeyId }));
        const created = day(k.CreateDate) ?? null;
        const lastUsed = day(res.AccessKeyLastUsed?.LastUsedDate) ?? null;
        const facts = [`created ${created}`, lastUsed ? `last used ${lastUsed}` : 'never used'];
        return credential('access_key', 'access key', k.AccessKeyId, k.Status, { created, lastUsed }, facts);
    }));
}
async function loginProfile(client, userName) {
    try {
        const res = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetLoginProfileCommand */ .aZV({ UserName: userName }));
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
        if (err instanceof _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .NoSuchEntityException */ .vir)
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
async function serviceCredentials(client, userName, notes) {
    // No SDK paginator for this one: follow the marker by hand.
    const out = [];
    let marker;
    try {
        do {
            const res = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListServiceSpecificCredentialsCommand */ .HsU({ UserName: userName, Marker: marker }));
            for (const cred of res.ServiceSpecificCredentials ?? [])
                out.push(credential('service_credential', `${cred.ServiceName} credential`, cred.ServiceSpecificCredentialId, cred.Status, { service: cred.ServiceName ?? null }));
            marker = res.IsTruncated ? res.Marker : undefined;
        } while (marker);
    }
    catch (err) {
        if (err instanceof _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .NoSuchEntityException */ .vir)
            throw err;
        // Rare credentials (CodeCommit, Keyspaces, Bedrock) that some IAM endpoints cannot list:
        // say so rather than leave the user's keys and passwords in place.
        notes.push(`service-specific credentials not checked: ${(0,_aws_iam_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}`);
    }
    return out;
}
async function inlinePolicies(client, userName) {
    const policies = await collect((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .paginateListUserPolicies */ .Z2$)({ client }, { UserName: userName }), p => p.PolicyNames, name => ({ kind: 'inline_policy', id: name, label: `inline policy ${name}` }));
    const ours = policies.find(p => p.id === DENY_ALL_POLICY);
    if (ours) {
        // A later run must not trust the name alone: the document may have been edited.
        const res = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetUserPolicyCommand */ .bcb({ UserName: userName, PolicyName: DENY_ALL_POLICY }));
        ours.details = { intact: isDenyAll(decodeURIComponent(res.PolicyDocument ?? '')) };
    }
    return policies;
}
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


/***/ }),

/***/ 7217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   cp: () => (/* binding */ TAG_CHANGE),
/* harmony export */   kW: () => (/* binding */ TAG_OFFBOARDED_AT),
/* harmony export */   vc: () => (/* binding */ planAws)
/* harmony export */ });
/* harmony import */ var _aws_iam_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1577);
/* harmony import */ var _aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8085);


/** User tags a disabled user keeps: when, and by which change. */
const TAG_OFFBOARDED_AT = 'offboard:offboarded-at';
const TAG_CHANGE = 'offboard:change';
function planAws(found, scope, settings) {
    const user = found.account?.display;
    if (found.status !== 'checked' || !user)
        return { steps: [], refused: [] };
    const { config } = settings;
    if (isProtected(user, config))
        return {
            steps: [],
            refused: [
                {
                    platform: 'aws',
                    person: found.person,
                    target: user,
                    reason: `IAM user ${user} is protected (aws.protected in platforms.yaml): never touched`
                }
            ]
        };
    const plan = new StepList(found.person, user, accountOf(found.account.id));
    if (scope.kind === 'reduction')
        planReduction(plan, found.holdings, scope.remove);
    else
        planDeparture(plan, found.holdings, settings);
    return { steps: plan.steps, refused: [] };
}
function isProtected(user, config) {
    // IAM user names are unique regardless of case.
    return config.protected.some(p => p.toLowerCase() === user.toLowerCase());
}
/** The account id in an IAM ARN (arn:aws:iam::123456789012:user/alice). */
function accountOf(arn) {
    return arn.split(':')[4] ?? '';
}
class StepList {
    person;
    user;
    account;
    steps = [];
    constructor(person, user, account) {
        this.person = person;
        this.user = user;
        this.account = account;
    }
    add(action, target, reason, id, after = []) {
        let stepId = `aws/${this.person}/${action}/${target}`;
        // Shortened key ids can collide (1 in 36^4): keep ids unique within the plan.
        for (let n = 2; this.steps.some(s => s.id === stepId); n++)
            stepId = `aws/${this.person}/${action}/${target}#${n}`;
        const params = { user: this.user, account: this.account };
        if (id !== undefined)
            params.id = id;
        const step = {
            id: stepId,
            platform: 'aws',
            person: this.person,
            action,
            target,
            reason,
            after: after.map(s => s.id),
            mode: 'auto',
            params: { ...params }
        };
        this.steps.push(step);
        return step;
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
        if (grant.platform !== 'aws')
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
const OWN_POLICIES = [_aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .DENY_ALL_POLICY */ .e1, _aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .REVOKE_SESSIONS_POLICY */ .Uf];
function planDeparture(plan, holdings, settings) {
    const { user } = plan;
    const disable = settings.config.on_departure === 'disable';
    const at = (suffix) => (suffix ? `${user}/${suffix}` : user);
    const ownPolicies = holdings.filter(h => h.kind === 'inline_policy' && OWN_POLICIES.includes(h.id));
    if (disable) {
        const denyAll = ownPolicies.find(h => h.id === _aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .DENY_ALL_POLICY */ .e1);
        if (denyAll?.details?.intact !== true)
            plan.add('put_deny_all_policy', at(_aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .DENY_ALL_POLICY */ .e1), 'disabled: an inline policy denies every action, which also ends active sessions', _aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .DENY_ALL_POLICY */ .e1);
        if (!holdings.some(h => h.kind === 'tag' && h.id === TAG_OFFBOARDED_AT)) {
            const step = plan.add('tag_user', user, 'disabled: tags record when and by which change');
            if (settings.change)
                step.params.change = settings.change;
        }
    }
    else if (settings.config.revoke_sessions) {
        plan.add('revoke_sessions', at(_aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .REVOKE_SESSIONS_POLICY */ .Uf), 'departed: deny every session issued before now (deleting keys does not end them)', _aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .REVOKE_SESSIONS_POLICY */ .Uf);
    }
    for (const h of holdings) {
        const cred = CREDENTIALS[h.kind];
        const direct = DIRECT[h.kind];
        if (cred) {
            const target = at((0,_aws_iam_client_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(h.id));
            const before = h.details?.active === true
                ? [
                    plan.add(cred.deactivate, target, `departed: ${cred.what} stops working at once`, h.id)
                ]
                : [];
            plan.add(cred.remove, target, `departed: ${cred.what} deleted`, h.id, before);
        }
        else if (direct) {
            plan.add(direct.action, at(direct.target(h)), direct.reason, h.id);
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
        ownNames.add(_aws_iam_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .REVOKE_SESSIONS_POLICY */ .Uf);
    const own = [...ownNames].map(name => plan.add('delete_inline_policy', at(name), 'departed: the deny policy goes with the user', name, beforeOwn));
    plan.add('delete_user', user, 'departed: IAM user deleted once nothing is attached to it', undefined, own.length ? own : beforeOwn);
}


/***/ }),

/***/ 6125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ lastOwnerReason),
/* harmony export */   GH: () => (/* binding */ GH),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   iK: () => (/* binding */ planGithubSteps),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/** Holding kinds the GitHub connector reports. */
const GH = {
    membership: 'org_membership',
    outsideCollaborator: 'outside_collaborator',
    invitation: 'invitation',
    ssoAuthorization: 'sso_authorization',
    tokenGrant: 'token_grant',
    tokenRequest: 'token_request',
    copilotSeat: 'copilot_seat',
    team: 'team_membership',
    deployKey: 'deploy_key'
};
/** Logins compare case-insensitively on GitHub. */
function sameLogin(a, b) {
    return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
function isProtected(config, login) {
    return config.protected.some(p => sameLogin(p, login));
}
function protectedReason(login) {
    return `${login} is protected (github.protected in platforms.yaml): the tool never touches it`;
}
function lastOwnerReason(login, org) {
    return `${login} is the last owner of ${org}: removing or demoting them would leave the organization without an owner; make someone else an owner first, then run again`;
}
/** One-line, secret-free description of a holding, also used as the step target. */
function target(h) {
    const d = h.details ?? {};
    switch (h.kind) {
        case GH.invitation:
            return `invitation ${h.id} (${d.login ?? d.email})`;
        case GH.ssoAuthorization:
            return `sso credential ${h.id} (${d.credential_type} ...${d.last4})`;
        case GH.tokenGrant:
            return `token grant ${h.id} "${d.token_name}"`;
        case GH.tokenRequest:
            return `token request ${h.id} "${d.token_name}"`;
        case GH.team:
            return `team ${h.id}`;
        case GH.copilotSeat:
            return `${h.id} copilot seat`;
        case GH.deployKey:
            return `${d.repository} deploy key "${d.title}" (...${String(d.key_id).slice(-4)})`;
        default:
            return h.id;
    }
}
const CREDENTIAL_STEPS = {
    [GH.tokenRequest]: {
        action: 'deny_token_request',
        reason: 'pending request for a fine-grained token to access the organization'
    },
    [GH.tokenGrant]: {
        action: 'revoke_token_grant',
        reason: 'fine-grained personal access token with access to the organization'
    },
    [GH.ssoAuthorization]: {
        action: 'revoke_sso_authorization',
        reason: 'credential authorized for SAML single sign-on to the organization'
    },
    [GH.invitation]: {
        action: 'cancel_invitation',
        reason: 'pending invitation to the organization'
    }
};
function planGithubSteps(found, scope, config) {
    const plan = { steps: [], refused: [] };
    if (found.status !== 'checked')
        return plan;
    const org = config.org;
    const login = found.account?.display;
    const person = found.person;
    const make = (action, h, reason, params, extra = {}) => {
        const t = target(h);
        return {
            id: `github/${person}/${action}/${t}`,
            platform: 'github',
            person,
            action,
            target: t,
            reason,
            after: [],
            mode: 'auto',
            params: { org, login, ...params },
            ...extra
        };
    };
    const refuse = (t, reason) => ({
        platform: 'github',
        person,
        target: t,
        reason
    });
    const lastOwner = (h) => h.details?.role === 'admin' && Number(h.details?.owners) <= 1;
    const steps = [];
    const membership = found.holdings.find(h => h.kind === GH.membership);
    if (scope.kind === 'departure') {
        for (const h of found.holdings) {
            const credential = CREDENTIAL_STEPS[h.kind];
            if (credential)
                steps.push(make(credential.action, h, credential.reason, { id: h.id }));
            else if (h.kind === GH.copilotSeat &&
                !h.details?.assigning_team &&
                !h.details?.pending_cancellation_date)
                steps.push(make('remove_copilot_seat', h, 'GitHub Copilot seat billed to the organization', {}));
            else if (h.kind === GH.deployKey)
                steps.push(make('review_deploy_key', h, `deploy key added by ${login}: deleting it could break deployments; needs a human to rotate or delete it`, { repository: h.details?.repository, key_id: h.details?.key_id }, { mode: 'manual' }));
        }
        const after = steps.filter(s => s.mode === 'auto').map(s => s.id);
        const outside = found.holdings.find(h => h.kind === GH.outsideCollaborator);
        if (membership && lastOwner(membership))
            plan.refused.push(refuse(membership.id, lastOwnerReason(membership.id, org)));
        else if (membership)
            steps.push(make('remove_org_membership', membership, `${membership.details?.role} of ${org}; removing the membership also drops every team and repository access`, {}, { after }));
        else if (outside)
            steps.push(make('remove_outside_collaborator', outside, `outside collaborator on repositories of ${org}`, {}, { after }));
    }
    else {
        const removed = (kind) => scope.remove.filter(g => g.platform === 'github' && g.kind === kind).map(g => g.value);
        const teams = removed('github_team');
        for (const h of found.holdings)
            if (h.kind === GH.team && teams.some(t => sameLogin(t, h.id)))
                steps.push(make('remove_team_membership', h, 'team no longer granted by any role', { team: h.id }));
        if (membership?.details?.role === 'admin' && removed('github_org_admin').length > 0) {
            if (lastOwner(membership))
                plan.refused.push(refuse(membership.id, lastOwnerReason(membership.id, org)));
            else
                steps.push(make('demote_org_admin', membership, `no role grants org_role: admin in ${org} any more`, {}));
        }
    }
    if (login && isProtected(config, login)) {
        const untouched = [...steps.map(s => s.target), ...plan.refused.map(r => r.target)];
        return { steps: [], refused: untouched.map(t => refuse(t, protectedReason(login))) };
    }
    plan.steps = steps;
    return plan;
}


/***/ }),

/***/ 4160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ personGrants),
/* harmony export */   cx: () => (/* binding */ grantKey),
/* harmony export */   eL: () => (/* binding */ roleGrants),
/* harmony export */   k8: () => (/* binding */ declaredAccount)
/* harmony export */ });
/** Stable string form, usable as a Set/Map key. GitHub slugs compare case-insensitively. */
function grantKey(g) {
    const value = g.platform === 'github' ? g.value.toLowerCase() : g.value;
    return `${g.platform}|${g.kind}|${value}`;
}
/** The account a person declares on `platform`: `accounts.scim.<app>` for `scim:<app>`. */
function declaredAccount(person, platform) {
    if (platform.startsWith('scim:'))
        return person.accounts.scim?.[platform.slice('scim:'.length)];
    return person.accounts[platform];
}
/** Every grant one role gives. */
function roleGrants(role, decl) {
    const out = [];
    const { github, aws, slack, scim } = role.grants;
    if (github) {
        for (const t of github.teams)
            out.push({ platform: 'github', kind: 'github_team', value: t });
        if (github.org_role === 'admin' && decl.platforms.github)
            out.push({ platform: 'github', kind: 'github_org_admin', value: decl.platforms.github.org });
    }
    if (aws) {
        for (const g of aws.groups)
            out.push({ platform: 'aws', kind: 'aws_group', value: g });
        for (const p of aws.policies)
            out.push({ platform: 'aws', kind: 'aws_policy', value: p });
    }
    if (slack) {
        for (const u of slack.usergroups)
            out.push({ platform: 'slack', kind: 'slack_usergroup', value: u });
        for (const c of slack.channels)
            out.push({ platform: 'slack', kind: 'slack_channel', value: c });
    }
    for (const app of scim ?? [])
        out.push({ platform: `scim:${app}`, kind: 'scim_app', value: app });
    return out;
}
/** Every grant a person's roles give, de-duplicated (roles that do not exist are ignored). */
function personGrants(person, decl) {
    const byKey = new Map();
    for (const roleId of person.roles) {
        const role = decl.roles.get(roleId);
        if (!role)
            continue;
        for (const g of roleGrants(role, decl))
            byKey.set(grantKey(g), g);
    }
    return [...byKey.values()];
}


/***/ })

};
