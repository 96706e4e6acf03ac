export const id = 871;
export const ids = [871];
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

/***/ 40871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsSsoConnector: () => (/* binding */ awsSsoConnector)
});

// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-identitystore/dist-cjs/index.js
var dist_cjs = __webpack_require__(72534);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sso-admin/dist-cjs/index.js
var client_sso_admin_dist_cjs = __webpack_require__(11488);
// EXTERNAL MODULE: ./src/connectors/shared/aws-sdk.ts
var aws_sdk = __webpack_require__(36200);
// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
;// CONCATENATED MODULE: ./src/connectors/aws_sso/client.ts
// The two clients every IAM Identity Center step and listing goes through: Identity Store
// (users, groups, memberships) and SSO admin (permission sets, account assignments), both in
// the instance's home region, on the default credential chain (or keys from the given
// environment), at the endpoints AWS_ENDPOINT_URL_IDENTITYSTORE / AWS_ENDPOINT_URL_SSO_ADMIN
// name (moto, the sandbox), with the SDK's adaptive retries within the retry budget and, for
// plan and audit, a guard that refuses any command that could change something.





/** The only commands a reader may send: all of them only read. */
const READ_ONLY = /^(List|Describe|Get|IsMember)[A-Za-z]*Command$/;
function ssoClients(ctx, config, opts) {
    const env = ctx.env;
    const budget = (0,retry_budget/* retryBudget */.kZ)(ctx.platforms, config.retry);
    const common = { ...(0,aws_sdk/* sdkConfig */.bN)(ctx, budget, opts.credentials), region: config.region };
    const store = new dist_cjs/* IdentitystoreClient */.bC({
        ...common,
        endpoint: env.AWS_ENDPOINT_URL_IDENTITYSTORE ?? env.AWS_ENDPOINT_URL
    });
    const admin = new client_sso_admin_dist_cjs/* SSOAdminClient */.cJe({
        ...common,
        // The store's provider: the chain is walked once for both.
        credentials: opts.credentials ?? store.config.credentials,
        endpoint: env.AWS_ENDPOINT_URL_SSO_ADMIN ?? env.AWS_ENDPOINT_URL
    });
    const guards = (service) => ({
        readOnly: opts.readOnly ? { allowed: READ_ONLY, service } : undefined,
        onRequest: opts.onRequest
    });
    return {
        store: (0,aws_sdk/* guarded */.Nj)(store, ctx, budget, guards('AWS Identity Store')),
        admin: (0,aws_sdk/* guarded */.Nj)(admin, ctx, budget, guards('AWS SSO admin')),
        budget
    };
}
/** Resolves the clients' credentials once; a reason when there are none. */
const credentialProblem = (clients) => (0,aws_sdk/* credentialProblem */.FL)(clients.store);
/** The error's name, when it is an AWS service answer. */
const errorName = (err) => (err instanceof Error ? err.name : '');
/** What an error answer asks of the user: the policy to grant, or to rerun. */
function hint(err, policy) {
    const name = errorName(err);
    if (/AccessDenied|Unauthorized|UnrecognizedClient/.test(name))
        return `the role needs the ${policy} policy in docs/aws-sso.md`;
    if (/Throttl|TooManyRequests/.test(name))
        return 'AWS kept throttling within the retry budget: rerun later, it resumes where it stopped';
    return 'rerun: it resumes where it stopped';
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
;// CONCATENATED MODULE: ./src/connectors/aws_sso/discover.ts
// What one Identity Store user holds now, read-only: the user, its group memberships, its
// direct account assignments (every account, every permission set), and for a departure the
// assignments its groups give (what the session deny must cover, and the plan's explanation).
// Independent reads run at once, with the SDK paginators at their largest pages.




/** The largest page Identity Store and SSO admin give. */
const PAGE = 100;
/** How many per-item reads (group names, permission set names, groups' assignments) run at
 *  once. */
const READ_CONCURRENCY = 8;
/** A ResourceNotFound answer about a `type` resource (USER, GROUP, ...): one about another
 *  resource (the identity store itself) is an error, never "absent". */
function isNotFound(err, type) {
    if (errorName(err) !== 'ResourceNotFoundException')
        return false;
    const said = err.ResourceType;
    return type === undefined || said === undefined || said === type;
}
function ssoUser(u) {
    const emails = [...(u.Emails ?? [])]
        .sort((a, b) => Number(b.Primary ?? false) - Number(a.Primary ?? false))
        .flatMap(e => (e.Value ? [e.Value] : []));
    return {
        userId: u.UserId,
        userName: u.UserName ?? u.UserId,
        displayName: u.DisplayName,
        emails,
        status: u.UserStatus
    };
}
/** The user with this id, or undefined when Identity Store has none. */
async function userById(c, w, userId) {
    try {
        const res = await c.store.send(new dist_cjs/* DescribeUserCommand */.q0({ IdentityStoreId: w.identity_store_id, UserId: userId }));
        return ssoUser({ ...res, UserId: res.UserId ?? userId });
    }
    catch (err) {
        if (isNotFound(err, 'USER'))
            return undefined;
        throw err;
    }
}
/** The user named `userName`, or undefined when there is none. */
async function userByName(c, w, userName) {
    let userId;
    try {
        const res = await c.store.send(new dist_cjs/* GetUserIdCommand */.YO({
            IdentityStoreId: w.identity_store_id,
            AlternateIdentifier: {
                UniqueAttribute: { AttributePath: 'userName', AttributeValue: userName }
            }
        }));
        userId = res.UserId;
    }
    catch (err) {
        if (isNotFound(err, 'USER'))
            return undefined;
        throw err;
    }
    return userId ? userById(c, w, userId) : undefined;
}
async function allUsers(c, w) {
    const out = [];
    const pages = (0,dist_cjs/* paginateListUsers */.IV)({ client: c.store, pageSize: PAGE }, { IdentityStoreId: w.identity_store_id });
    for await (const page of pages)
        out.push(...(page.Users ?? []).map(ssoUser));
    return out;
}
/**
 * Every user with this email address (compared without regard to case). Identity Store does
 * not promise that emails are unique and GetUserId on emails.value answers one user at most,
 * so the store's users are searched: the caller uses the answer only when exactly one user
 * matches.
 */
function usersByEmail(users, email) {
    const wanted = email.toLowerCase();
    return users.filter(u => u.emails.some(e => e.toLowerCase() === wanted));
}
/** Names by id, each read once, concurrently; an id whose name cannot be read keeps the id as
 *  its name and the failure goes to `unread`. */
async function namesOf(ids, read, what, unread) {
    const unique = [...new Set(ids)];
    const names = await (0,concurrency/* mapLimit */.sf)(unique, READ_CONCURRENCY, async (id) => {
        try {
            return (await read(id)) ?? id;
        }
        catch (err) {
            unread.push({ what: `the name of ${what} ${id}`, error: unreadError(err) });
            return id;
        }
    });
    return new Map(unique.map((id, i) => [id, names[i]]));
}
const groupName = (c, w) => async (groupId) => (await c.store.send(new dist_cjs/* DescribeGroupCommand */.Sk({ IdentityStoreId: w.identity_store_id, GroupId: groupId }))).DisplayName;
const permissionSetName = (c, w) => async (arn) => (await c.admin.send(new client_sso_admin_dist_cjs/* DescribePermissionSetCommand */.kkR({ InstanceArn: w.instance_arn, PermissionSetArn: arn }))).PermissionSet?.Name;
/** A failed read as an unread record's error: AWS's answer and what to do. */
const unreadError = (err) => `${(0,aws_sdk/* errorText */.kc)(err)} (${hint(err, 'read-only')})`;
/** The account assignments of one principal (a user's direct ones, or a group's), in every
 *  account or in `account`. */
async function assignmentsOf(c, w, principalType, principalId, account) {
    const out = [];
    const pages = (0,client_sso_admin_dist_cjs/* paginateListAccountAssignmentsForPrincipal */.g7y)({ client: c.admin, pageSize: PAGE }, {
        InstanceArn: w.instance_arn,
        PrincipalType: principalType,
        PrincipalId: principalId,
        ...(account ? { Filter: { AccountId: account } } : {})
    });
    for await (const page of pages)
        out.push(...(page.AccountAssignments ?? []));
    return out;
}
async function membershipsOf(c, w, userId) {
    const out = [];
    const pages = (0,dist_cjs/* paginateListGroupMembershipsForMember */.vL)({ client: c.store, pageSize: PAGE }, { IdentityStoreId: w.identity_store_id, MemberId: { UserId: userId } });
    for await (const page of pages)
        for (const m of page.GroupMemberships ?? [])
            if (m.MembershipId && m.GroupId)
                out.push({ membershipId: m.MembershipId, groupId: m.GroupId });
    return out;
}
/**
 * The user's memberships and direct assignments, and for a departure (`grantsOnly` false) its
 * groups' assignments. Every read that fails is recorded as unread, never taken for "nothing
 * there"; what the others found is still planned.
 */
async function discoverHoldings(c, w, user, grantsOnly) {
    const unread = [];
    const read = async (what, list) => list.catch((err) => {
        unread.push({ what, error: unreadError(err) });
        return [];
    });
    const [memberships, direct] = await Promise.all([
        read('group memberships', membershipsOf(c, w, user.userId)),
        read('direct account assignments', assignmentsOf(c, w, 'USER', user.userId))
    ]);
    const groupIds = memberships.map(m => m.groupId);
    const [groups, viaGroups] = await Promise.all([
        namesOf(groupIds, groupName(c, w), 'group', unread),
        grantsOnly
            ? []
            : (0,concurrency/* mapLimit */.sf)(groupIds, READ_CONCURRENCY, async (groupId) => (await read(`account assignments of group ${groupId}`, assignmentsOf(c, w, 'GROUP', groupId))).map(a => ({ ...a, groupId })))
    ]);
    const viaGroup = viaGroups.flat();
    const sets = await namesOf([...direct, ...viaGroup].map(a => a.PermissionSetArn), permissionSetName(c, w), 'permission set', unread);
    const assignment = (a) => ({
        account: a.AccountId,
        permission_set_arn: a.PermissionSetArn,
        permission_set: sets.get(a.PermissionSetArn)
    });
    const holdings = [
        ...memberships.map(m => ({
            kind: 'group_membership',
            id: m.membershipId,
            label: `group ${groups.get(m.groupId)}`,
            details: { group_id: m.groupId, group: groups.get(m.groupId) }
        })),
        ...direct.map(a => {
            const d = assignment(a);
            return {
                kind: 'account_assignment',
                id: `${d.account}/${d.permission_set_arn}`,
                label: `permission set ${d.permission_set} in account ${d.account}`,
                details: d
            };
        }),
        ...viaGroup.map(a => {
            const d = { ...assignment(a), group_id: a.groupId, group: groups.get(a.groupId) };
            return {
                kind: 'group_assignment',
                id: `${a.groupId}/${d.account}/${d.permission_set_arn}`,
                label: `permission set ${d.permission_set} in account ${d.account} through group ${d.group}`,
                details: d
            };
        })
    ];
    return { holdings, notes: [], unread };
}

;// CONCATENATED MODULE: ./src/connectors/aws_sso/deny.ts
// Pure: the session deny as it lives in a permission set's inline policy. A departure adds one
// statement per user to every permission set the user can use, denying everything to the role
// sessions whose `identitystore:userId` is theirs (AWS's documented way to end a permission
// set's live sessions for one user, see docs/aws-sso.md); the statement's Sid says it is
// offboard's and when it was put, so that it can be found and removed once every session it
// held off has expired.
/** Identity Center issues role sessions of at most 12 hours (a permission set's
 *  SessionDuration is PT1H..PT12H). */
const MAX_SESSION_HOURS = 12;
/** A deny is stale this long after it was put: the longest session, plus an hour for the run
 *  that put it to remove the assignments (a session issued in between starts after the put). */
const STALE_AFTER_MS = (MAX_SESSION_HOURS + 1) * 3_600_000;
const SID_PREFIX = 'OffboardSessionDeny';
const CONDITION_KEY = 'identitystore:userId';
/** Sids allow letters and digits only: the user id without dashes, the time without
 *  separators (`...At20261126T050000Z`). */
function denySid(userId, at) {
    const stamp = at
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
    return `${SID_PREFIX}${userId.replace(/[^A-Za-z0-9]/g, '')}At${stamp}`;
}
function stampOf(sid) {
    const m = /At(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sid);
    return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}
/** The policy text as a document; an absent or empty policy is an empty document. Throws a
 *  clear error for text that is not a JSON policy (the inline policy was edited by hand). */
function parse(text) {
    if (!text?.trim())
        return { Version: '2012-10-17', Statement: [] };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('its inline policy is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('its inline policy is not a JSON policy document');
    const doc = parsed;
    const statements = doc.Statement === undefined ? [] : [doc.Statement].flat();
    if (!statements.every(s => typeof s === 'object' && s !== null))
        throw new Error('its inline policy has a statement that is not an object');
    return { ...doc, Statement: statements };
}
function entryOf(s) {
    if (typeof s.Sid !== 'string' || !s.Sid.startsWith(SID_PREFIX) || s.Effect !== 'Deny')
        return;
    const userId = s.Condition?.StringEquals?.[CONDITION_KEY];
    const at = stampOf(s.Sid);
    return typeof userId === 'string' && at ? { sid: s.Sid, userId, at } : undefined;
}
/** offboard's deny statements in a policy (none when it is not a JSON policy). */
function denyEntries(text) {
    let doc;
    try {
        doc = parse(text);
    }
    catch {
        return [];
    }
    return doc.Statement.flatMap(s => entryOf(s) ?? []);
}
/** The policy with this user's deny put at `at` (an older one of theirs replaced), every
 *  other statement kept as it was. */
function withDeny(text, userId, at) {
    const doc = parse(text);
    const others = doc.Statement.filter(s => entryOf(s)?.userId !== userId);
    const deny = {
        Sid: denySid(userId, at),
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { [CONDITION_KEY]: userId } }
    };
    return JSON.stringify({ ...doc, Statement: [...others, deny] });
}
/** The policy without the statement `sid`; undefined when nothing is left of it (the inline
 *  policy is then deleted, as it was before the deny was put). */
function withoutDeny(text, sid) {
    const doc = parse(text);
    const rest = doc.Statement.filter(s => s.Sid !== sid);
    return rest.length ? JSON.stringify({ ...doc, Statement: rest }) : undefined;
}

// EXTERNAL MODULE: ./src/connectors/aws_sso/rules.ts
var rules = __webpack_require__(88177);
;// CONCATENATED MODULE: ./src/connectors/aws_sso/list.ts
// Read-only listings for the audit: every Identity Store user with its group memberships and
// direct account assignments, and the session denies a departure left that have outlived every
// session they held off. Whole collections are listed at the largest page: users, groups and
// each group's members, then each permission set's accounts and each account's assignments of
// it, so the number of requests grows with groups and permission sets, not with people.






async function collect(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}
const permissionSets = (c, w) => collect((0,client_sso_admin_dist_cjs/* paginateListPermissionSets */.oEk)({ client: c.admin, pageSize: PAGE }, { InstanceArn: w.instance_arn }), p => p.PermissionSets);
/** Names that must be read: a listing that cannot name what it lists is not a listing. */
async function names(ids, read, what) {
    const unread = [];
    const out = await namesOf(ids, read, what, unread);
    if (unread.length)
        throw new Error(`${unread[0].what}: ${unread[0].error}`);
    return out;
}
/** Every assignment of every permission set, in every account it is provisioned to. */
async function allAssignments(c, w, sets) {
    const pairs = (await (0,concurrency/* mapLimit */.sf)(sets, READ_CONCURRENCY, async (arn) => (await collect((0,client_sso_admin_dist_cjs/* paginateListAccountsForProvisionedPermissionSet */.KIJ)({ client: c.admin, pageSize: PAGE }, { InstanceArn: w.instance_arn, PermissionSetArn: arn }), p => p.AccountIds)).map(account => ({ arn, account })))).flat();
    const lists = await (0,concurrency/* mapLimit */.sf)(pairs, READ_CONCURRENCY, ({ arn, account }) => collect((0,client_sso_admin_dist_cjs/* paginateListAccountAssignments */.Rbz)({ client: c.admin, pageSize: PAGE }, { InstanceArn: w.instance_arn, AccountId: account, PermissionSetArn: arn }), p => p.AccountAssignments));
    return lists.flat();
}
async function listIdentityCenter(c, w) {
    const [users, groups, sets] = await Promise.all([
        allUsers(c, w),
        collect((0,dist_cjs/* paginateListGroups */.kB)({ client: c.store, pageSize: PAGE }, { IdentityStoreId: w.identity_store_id }), p => p.Groups),
        permissionSets(c, w)
    ]);
    const [members, setNames, assignments] = await Promise.all([
        (0,concurrency/* mapLimit */.sf)(groups, READ_CONCURRENCY, (g) => collect((0,dist_cjs/* paginateListGroupMemberships */.A3)({ client: c.store, pageSize: PAGE }, { IdentityStoreId: w.identity_store_id, GroupId: g.GroupId }), p => p.GroupMemberships)),
        names(sets, permissionSetName(c, w), 'permission set'),
        allAssignments(c, w, sets)
    ]);
    const grants = new Map();
    const give = (userId, grant) => {
        if (userId)
            grants.set(userId, [...(grants.get(userId) ?? []), grant]);
    };
    groups.forEach((g, i) => {
        for (const m of members[i])
            give(m.MemberId?.UserId, {
                platform: rules/* AWS_SSO */.Oz,
                kind: rules/* GROUP_KIND */.JJ,
                value: g.DisplayName ?? g.GroupId
            });
    });
    const direct = (a) => a.PrincipalType === 'USER';
    for (const a of assignments.filter(direct))
        give(a.PrincipalId, {
            platform: rules/* AWS_SSO */.Oz,
            kind: rules/* ASSIGNMENT_KIND */.rO,
            value: (0,rules/* assignmentValue */.ty)(a.AccountId, setNames.get(a.PermissionSetArn))
        });
    const byGroup = assignments.length - assignments.filter(direct).length;
    return {
        accounts: users.map(u => listed(u, grants.get(u.userId) ?? [])),
        notes: byGroup
            ? [
                `${byGroup} account assignment(s) are given to groups: members hold them through their groups`
            ]
            : []
    };
}
function listed(u, grants) {
    const active = u.status !== 'DISABLED';
    return {
        platform: rules/* AWS_SSO */.Oz,
        account: u.userName,
        id: u.userId,
        email: u.emails[0],
        name: u.displayName,
        kind: 'user',
        active,
        // A disabled user cannot sign in: what it is assigned gives no access.
        grants: active ? grants : [],
        credentials: []
    };
}
/**
 * offboard's denies older than the longest session (STALE_AFTER_MS) whose user is gone or can
 * no longer use the permission set. A deny whose user still can is not stale: it is still what
 * holds their sessions off.
 */
async function staleSessionDenies(c, w, now) {
    const sets = await permissionSets(c, w);
    const [setNames, policies] = await Promise.all([
        names(sets, permissionSetName(c, w), 'permission set'),
        (0,concurrency/* mapLimit */.sf)(sets, READ_CONCURRENCY, async (arn) => {
            const res = await c.admin.send(new client_sso_admin_dist_cjs/* GetInlinePolicyForPermissionSetCommand */.Tfc({
                InstanceArn: w.instance_arn,
                PermissionSetArn: arn
            }));
            return res.InlinePolicy;
        })
    ]);
    const old = sets.flatMap((arn, i) => denyEntries(policies[i])
        .filter(e => now.getTime() - Date.parse(e.at) > STALE_AFTER_MS)
        .map(e => ({ ...e, arn })));
    const userIds = [...new Set(old.map(e => e.userId))];
    const users = await (0,concurrency/* mapLimit */.sf)(userIds, READ_CONCURRENCY, async (id) => {
        const user = await userById(c, w, id);
        if (!user)
            return { id };
        const found = await discoverHoldings(c, w, user, false);
        if (found.unread.length)
            throw new Error(`${found.unread[0].what}: ${found.unread[0].error}`);
        const usable = new Set(found.holdings.map(h => String(h.details?.permission_set_arn ?? '')));
        return { id, user, usable };
    });
    const byId = new Map(users.map(u => [u.id, u]));
    return old
        .filter(e => !byId.get(e.userId)?.usable?.has(e.arn))
        .map(e => ({
        permissionSet: setNames.get(e.arn),
        permissionSetArn: e.arn,
        sid: e.sid,
        userId: e.userId,
        ...(byId.get(e.userId)?.user ? { userName: byId.get(e.userId).user.userName } : {}),
        deniedAt: e.at,
        hours: Math.floor((now.getTime() - Date.parse(e.at)) / 3_600_000)
    }));
}

;// CONCATENATED MODULE: ./src/connectors/aws_sso/requests.ts
// SSO admin's writes are asynchronous: DeleteAccountAssignment and ProvisionPermissionSet
// answer a request id and IN_PROGRESS, and the change is done only once its status says
// SUCCEEDED. This waits for that, within the step's share of the retry budget (`seconds`),
// and waits out ConflictException (another change to the same permission set or assignment
// still under way) the same way. A step whose request is still running when the time is up
// fails and says so: a rerun finds the state AWS ends in.



// A permission set provisioned to a few accounts is often done within a second: the first
// look comes soon (one cheap status read), later ones back off.
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5000;
/** One step's time: `budget.seconds` from its start for every wait it makes. */
class StepClock {
    timing;
    end;
    wait = FIRST_WAIT_MS;
    seconds;
    constructor(budget, timing = {}) {
        this.timing = timing;
        this.seconds = budget.seconds;
        this.end = this.now() + budget.seconds * 1000;
    }
    now() {
        return this.timing.now?.() ?? Date.now();
    }
    /** Waits before the next try; false when no time is left for one. */
    async pause() {
        const left = this.end - this.now();
        if (left <= 0)
            return false;
        const ms = Math.min(this.wait, left);
        this.wait = Math.min(this.wait * 2, LONGEST_WAIT_MS);
        await (this.timing.sleep ?? retry_budget/* sleep */.yy)(ms);
        return true;
    }
}
/** `call`, tried again while it answers ConflictException and time is left. */
async function pastConflicts(clock, call) {
    for (;;) {
        try {
            return await call();
        }
        catch (err) {
            if (errorName(err) !== 'ConflictException' || !(await clock.pause()))
                throw err;
        }
    }
}
/** The request's status once it is no longer IN_PROGRESS, or IN_PROGRESS when time ran out. */
async function settled(clock, first, describe) {
    let status = first ?? {};
    while (status.Status === 'IN_PROGRESS' && status.RequestId) {
        if (!(await clock.pause()))
            return status;
        status = { ...(await describe(status.RequestId)), RequestId: status.RequestId };
    }
    return status;
}
/** What a status that did not succeed says, for a step's detail. */
function unsettled(status, clock, what) {
    if (status.Status === 'IN_PROGRESS')
        return `${what} still in progress after ${clock.seconds} s (request ${status.RequestId}): AWS may still finish it; rerun apply to see where it ended`;
    return `${what} ${status.Status ?? 'answered no status'}${status.FailureReason ? `: ${status.FailureReason}` : ''} (request ${status.RequestId ?? 'unknown'})`;
}
/** Provisions the permission set's current policies to every account it is provisioned to. */
async function provision(c, w, permissionSetArn, clock) {
    const res = await pastConflicts(clock, () => c.admin.send(new client_sso_admin_dist_cjs/* ProvisionPermissionSetCommand */.sIH({
        InstanceArn: w.instance_arn,
        PermissionSetArn: permissionSetArn,
        TargetType: 'ALL_PROVISIONED_ACCOUNTS'
    })));
    return settled(clock, res.PermissionSetProvisioningStatus, async (id) => {
        const r = await c.admin.send(new client_sso_admin_dist_cjs/* DescribePermissionSetProvisioningStatusCommand */.NFB({
            InstanceArn: w.instance_arn,
            ProvisionPermissionSetRequestId: id
        }));
        return r.PermissionSetProvisioningStatus;
    });
}

;// CONCATENATED MODULE: ./src/connectors/aws_sso/perform.ts
// The one place IAM Identity Center is changed: one step at a time, each waiting for AWS's
// asynchronous request to finish (requests.ts). "Already gone" is never taken from an error
// alone: a ResourceNotFound, or a request that failed, counts as already_absent only when a
// read made right then shows the thing absent. Changes to one permission set's inline policy
// (read, add or remove a statement, write, provision) run one at a time, so that two
// departures in one run cannot overwrite each other's deny; the denies that wait meanwhile go
// in one change.







const GONE = Symbol('gone');
const done = (detail = '') => ({ result: 'revoked', detail });
const absent = (detail) => ({ result: 'already_absent', detail });
const failed = (detail) => ({ result: 'failed', detail });
class SsoPerformer {
    c;
    w;
    ctx;
    timing;
    /** Permission set ARN -> the change to its inline policy under way. */
    locks = new Map();
    /** Permission set ARN -> the denies waiting for its next change. */
    denying = new Map();
    constructor(c, w, ctx, timing = {}) {
        this.c = c;
        this.w = w;
        this.ctx = ctx;
        this.timing = timing;
    }
    async perform(step) {
        const p = step.params;
        const crossed = (0,lookup/* refuseCrossed */.YQ)(this.ctx.claims, step, p.user_name);
        if (crossed)
            return crossed;
        const clock = new StepClock(this.c.budget, this.timing);
        try {
            switch (step.action) {
                case 'deny_sessions':
                    return await this.denySessions(p, clock);
                case 'remove_account_assignment':
                    return await this.removeAssignment(p, clock);
                case 'remove_group_membership':
                    return await this.removeMembership(p);
                case 'delete_user':
                    return await this.deleteUser(p);
                case 'remove_session_deny':
                    return await this.removeDeny(step.params, clock);
                default:
                    return failed(`AWS IAM Identity Center: unknown action ${step.action}`);
            }
        }
        catch (err) {
            return failed(`AWS IAM Identity Center: ${step.action} ${step.target} failed: ${(0,aws_sdk/* errorText */.kc)(err)} (${hint(err, 'write')})`);
        }
    }
    /** One change to a permission set's inline policy at a time. */
    exclusive(arn, change) {
        const before = this.locks.get(arn) ?? Promise.resolve();
        const run = before.then(change, change);
        this.locks.set(arn, run.catch(() => undefined));
        return run;
    }
    async inlinePolicy(arn) {
        const res = await this.c.admin.send(new client_sso_admin_dist_cjs/* GetInlinePolicyForPermissionSetCommand */.Tfc({
            InstanceArn: this.w.instance_arn,
            PermissionSetArn: arn
        }));
        return res.InlinePolicy;
    }
    /** The set's inline policy, or GONE when the set is not found and DescribePermissionSet
     *  agrees (its roles, and their sessions, went with it). */
    async currentPolicy(arn) {
        try {
            return { policy: await this.inlinePolicy(arn) };
        }
        catch (err) {
            if (!isNotFound(err))
                throw err;
            try {
                await permissionSetName(this.c, this.w)(arn);
            }
            catch (again) {
                if (isNotFound(again))
                    return GONE;
            }
            throw err;
        }
    }
    /** Writes the inline policy (or deletes it when nothing is left), provisions it to the
     *  set's accounts and waits for that; the failure's text, or undefined once provisioned. */
    async writePolicy(arn, policy, clock) {
        const target = { InstanceArn: this.w.instance_arn, PermissionSetArn: arn };
        await pastConflicts(clock, () => policy === undefined
            ? this.c.admin.send(new client_sso_admin_dist_cjs/* DeleteInlinePolicyFromPermissionSetCommand */.rUP(target))
            : this.c.admin.send(new client_sso_admin_dist_cjs/* PutInlinePolicyToPermissionSetCommand */.W$_({ ...target, InlinePolicy: policy })));
        const status = await provision(this.c, this.w, arn, clock);
        return status.Status === 'SUCCEEDED' ? undefined : unsettled(status, clock, 'provisioning');
    }
    /** Ends the user's sessions of the set with a deny in its inline policy. Departures whose
     *  deny waits for the set's change under way go in the next change together: one write
     *  and one provisioning for all of them, where each would have waited for the others'. */
    denySessions(p, clock) {
        const arn = p.permission_set_arn;
        return new Promise((resolve, reject) => {
            const joining = this.denying.get(arn);
            if (joining)
                return void joining.push({ userId: p.user_id, resolve, reject });
            const batch = [{ userId: p.user_id, resolve, reject }];
            this.denying.set(arn, batch);
            void this.exclusive(arn, async () => {
                // From here on, a departure that comes goes in the set's next change.
                this.denying.delete(arn);
                try {
                    const users = batch.map(b => b.userId);
                    const outcomes = await this.denyAll(arn, p.permission_set, users, clock);
                    batch.forEach((b, i) => b.resolve(outcomes[i]));
                }
                catch (err) {
                    for (const b of batch)
                        b.reject(err);
                }
            });
        });
    }
    /** One change of the set's inline policy adding a deny for each user; each user's
     *  outcome, read back. */
    async denyAll(arn, name, users, clock) {
        const where = `permission set ${name}`;
        const each = (o) => users.map(() => o);
        const current = await this.currentPolicy(arn);
        if (current === GONE)
            return each(absent(`${where} no longer exists: its roles, and their sessions, went with it`));
        let policy = current.policy;
        try {
            const at = new Date(this.timing.now?.() ?? Date.now());
            for (const user of users)
                policy = withDeny(policy, user, at);
        }
        catch (err) {
            return each(failed(`AWS IAM Identity Center: ${where}: ${err.message}, so no deny was added: fix its inline policy and rerun apply`));
        }
        const problem = await this.writePolicy(arn, policy, clock);
        if (problem)
            return each(failed(`AWS IAM Identity Center: ${where}: the deny was written, but ${problem}`));
        // Observed, not assumed: each deny is in the policy its accounts now have.
        const denied = new Set(denyEntries(await this.inlinePolicy(arn)).map(e => e.userId));
        return users.map(user => denied.has(user)
            ? done(`deny on identitystore:userId ${user} provisioned to every account of ${where}`)
            : failed(`AWS IAM Identity Center: ${where}: the deny is not in its inline policy when read back (another change replaced the policy): rerun apply`));
    }
    async assignmentListed(p) {
        const listed = await assignmentsOf(this.c, this.w, 'USER', p.user_id, p.account);
        return listed.some(a => a.AccountId === p.account && a.PermissionSetArn === p.permission_set_arn);
    }
    async removeAssignment(p, clock) {
        const what = `the assignment of ${p.permission_set} in account ${p.account}`;
        let res;
        try {
            res = await pastConflicts(clock, () => this.c.admin.send(new client_sso_admin_dist_cjs/* DeleteAccountAssignmentCommand */.bpr({
                InstanceArn: this.w.instance_arn,
                TargetId: p.account,
                TargetType: 'AWS_ACCOUNT',
                PermissionSetArn: p.permission_set_arn,
                PrincipalType: 'USER',
                PrincipalId: p.user_id
            })));
        }
        catch (err) {
            if (isNotFound(err) && !(await this.assignmentListed(p)))
                return absent(`${what} is not listed for the user`);
            throw err;
        }
        const status = await settled(clock, res.AccountAssignmentDeletionStatus, async (id) => {
            const r = await this.c.admin.send(new client_sso_admin_dist_cjs/* DescribeAccountAssignmentDeletionStatusCommand */.PSg({
                InstanceArn: this.w.instance_arn,
                AccountAssignmentDeletionRequestId: id
            }));
            return r.AccountAssignmentDeletionStatus;
        });
        if (status.Status === 'SUCCEEDED')
            return done();
        const said = unsettled(status, clock, 'the deletion');
        if (status.Status === 'FAILED' && !(await this.assignmentListed(p)))
            return absent(`${said}; ${what} is not listed for the user`);
        return failed(`AWS IAM Identity Center: removing ${what}: ${said}`);
    }
    async removeMembership(p) {
        try {
            await this.c.store.send(new dist_cjs/* DeleteGroupMembershipCommand */.IC({
                IdentityStoreId: this.w.identity_store_id,
                MembershipId: p.membership_id
            }));
            return done();
        }
        catch (err) {
            if (!isNotFound(err, 'GROUP_MEMBERSHIP'))
                throw err;
            const again = (await membershipsOf(this.c, this.w, p.user_id)).find(m => m.groupId === p.group_id);
            if (!again)
                return absent('the user is not a member of the group');
            return failed(`AWS IAM Identity Center: the user is in group ${p.group_id} again, as membership ${again.membershipId}: rerun apply to remove it`);
        }
    }
    async deleteUser(p) {
        try {
            await this.c.store.send(new dist_cjs/* DeleteUserCommand */.O5({ IdentityStoreId: this.w.identity_store_id, UserId: p.user_id }));
            return done();
        }
        catch (err) {
            if (isNotFound(err, 'USER') && !(await userById(this.c, this.w, p.user_id)))
                return absent('no such user');
            throw err;
        }
    }
    removeDeny(p, clock) {
        const arn = p.permission_set_arn;
        return this.exclusive(arn, async () => {
            const current = await this.currentPolicy(arn);
            if (current === GONE)
                return absent('the permission set no longer exists');
            if (!denyEntries(current.policy).some(e => e.sid === p.sid))
                return absent(`the deny is not in the inline policy of ${p.permission_set}`);
            const problem = await this.writePolicy(arn, withoutDeny(current.policy, p.sid), clock);
            if (problem)
                return failed(`AWS IAM Identity Center: permission set ${p.permission_set}: the deny was removed, but ${problem}`);
            return done();
        });
    }
}

// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
;// CONCATENATED MODULE: ./src/connectors/aws_sso/plan.ts



const USER_KIND = 'identity_store_user';
function planAwsSso(found, scope, config) {
    const user = found.holdings.find(h => h.kind === USER_KIND);
    if (found.status !== 'checked' || !user)
        return { steps: [], refused: [] };
    const userName = String(user.details?.userName ?? user.id);
    if ((0,rules/* isProtected */.bz)(userName, config))
        return {
            steps: [],
            refused: [
                (0,results/* refusal */.x5)(rules/* AWS_SSO */.Oz, found.person, userName, `Identity Center user ${userName} is protected (aws_sso.protected in platforms.yaml): never touched`)
            ]
        };
    const plan = new StepList(found.person, user, userName);
    if (scope.kind === 'reduction')
        planReduction(plan, found.holdings, scope.remove);
    else
        planDeparture(plan, found.holdings, user, config);
    return { steps: plan.steps, refused: [] };
}
class StepList {
    person;
    userName;
    steps = [];
    base;
    constructor(person, user, userName) {
        this.person = person;
        this.userName = userName;
        this.base = { user_id: user.id, user_name: userName };
        if (user.details?.found_by === lookup/* FOUND_BY_LOOKUP */.gt)
            this.base.found_by = lookup/* FOUND_BY_LOOKUP */.gt;
    }
    add(action, target, reason, params = {}, after = [], mode = 'auto') {
        const made = (0,results/* step */.PM)(rules/* AWS_SSO */.Oz, this.person, action, target, reason, { ...this.base, ...params }, {
            after: after.map(s => s.id),
            mode
        });
        this.steps.push(made);
        return made;
    }
}
const plan_text = (h, key) => String(h.details?.[key] ?? '');
function removeMembership(plan, h, reason, after = []) {
    return plan.add('remove_group_membership', `${plan.userName}/${plan_text(h, 'group')}`, reason, { membership_id: h.id, group_id: plan_text(h, 'group_id') }, after);
}
function removeAssignment(plan, h, reason, after = []) {
    return plan.add('remove_account_assignment', `${plan.userName}/${plan_text(h, 'account')}/${plan_text(h, 'permission_set')}`, reason, {
        account: plan_text(h, 'account'),
        permission_set_arn: plan_text(h, 'permission_set_arn'),
        permission_set: plan_text(h, 'permission_set')
    }, after);
}
function planReduction(plan, holdings, remove) {
    for (const grant of remove) {
        if (grant.platform !== rules/* AWS_SSO */.Oz)
            continue;
        for (const h of holdings) {
            if (grant.kind === rules/* GROUP_KIND */.JJ &&
                h.kind === 'group_membership' &&
                plan_text(h, 'group') === grant.value)
                removeMembership(plan, h, 'no remaining role grants this group');
            const value = (0,rules/* assignmentValue */.ty)(plan_text(h, 'account'), plan_text(h, 'permission_set'));
            if (grant.kind === rules/* ASSIGNMENT_KIND */.rO &&
                h.kind === 'account_assignment' &&
                value === grant.value)
                removeAssignment(plan, h, 'no remaining role grants this assignment');
        }
    }
}
function planDeparture(plan, holdings, user, config) {
    const sets = new Map();
    for (const h of holdings)
        if (h.kind === 'account_assignment' || h.kind === 'group_assignment')
            sets.set(plan_text(h, 'permission_set_arn'), plan_text(h, 'permission_set'));
    const denies = config.revoke_sessions
        ? [...sets].map(([arn, name]) => 
        // Containment: the executor runs it before any other Identity Center step.
        Object.assign(plan.add('deny_sessions', `${plan.userName}/${name}`, `departed: ${plan.userName}'s live sessions in permission set ${name} are denied in each of its accounts (removing access does not end sessions already issued)`, { permission_set_arn: arn, permission_set: name }), { contain: true }))
        : [];
    const removals = holdings.flatMap(h => h.kind === 'group_membership'
        ? [removeMembership(plan, h, 'departed: group membership removed', denies)]
        : h.kind === 'account_assignment'
            ? [removeAssignment(plan, h, 'departed: direct account assignment removed', denies)]
            : []);
    const before = removals.length ? removals : denies;
    if (config.on_departure === 'delete')
        plan.add('delete_user', plan.userName, 'departed: Identity Store user deleted once nothing is assigned to it (no new sign-in)', {}, before);
    else if (user.details?.status !== 'DISABLED')
        plan.add('disable_user', plan.userName, 'disabled (on_departure: disable): Identity Store has no API that disables a user: choose Disable user access for them in the IAM Identity Center console, or disable them in the identity provider that provisions them', {}, before, 'manual');
}
/** The steps that remove stale session denies, one per deny, all independent. `person` names
 *  whose record each is (the departed person, once the caller has matched the user). */
function planDenyCleanup(stale, person) {
    return stale.map(d => {
        const who = d.userName ?? d.userId;
        return step(AWS_SSO, person(d), 'remove_session_deny', `${who}/${d.permissionSet}`, `every session the deny held off has expired: the statement ${d.sid} is removed from permission set ${d.permissionSet}`, {
            user_id: d.userId,
            user_name: who,
            permission_set_arn: d.permissionSetArn,
            permission_set: d.permissionSet,
            sid: d.sid
        });
    });
}

;// CONCATENATED MODULE: ./src/connectors/aws_sso/connector.ts







const READ_POLICY = 'the role needs the read-only policy in docs/aws-sso.md';
class SsoReader {
    config;
    ctx;
    readOnly;
    platform = rules/* AWS_SSO */.Oz;
    clients;
    problem;
    checked;
    /** Every user, listed at the first lookup by email. */
    users;
    constructor(config, ctx, readOnly) {
        this.config = config;
        this.ctx = ctx;
        this.readOnly = readOnly;
        this.clients = ssoClients(ctx, config, { readOnly });
    }
    /** Known once the credentials were first resolved (by discover, list or perform). */
    get unavailable() {
        return this.problem;
    }
    credentials() {
        this.checked ??= credentialProblem(this.clients).then(p => (this.problem = p));
        return this.checked;
    }
    async discover(who, scope) {
        const base = {
            platform: rules/* AWS_SSO */.Oz,
            person: who.person,
            status: 'checked',
            holdings: [],
            notes: []
        };
        if (scope.kind === 'reduction' && !scope.remove.some(g => g.platform === rules/* AWS_SSO */.Oz))
            return base;
        const problem = await this.credentials();
        if (problem)
            return { ...base, status: 'not_checked', reason: problem };
        try {
            const found = await this.findUser(who, scope);
            if ('status' in found)
                return { ...base, ...found };
            const { user, notes, foundBy } = found;
            const held = await discoverHoldings(this.clients, this.config, user, scope.kind === 'reduction');
            if (user.status === 'DISABLED')
                notes.push(`${user.userName} is already disabled in Identity Center`);
            return {
                ...base,
                account: { id: user.userId, display: user.userName },
                holdings: [userHolding(user, foundBy), ...held.holdings],
                notes: [...notes, ...held.notes],
                unread: held.unread
            };
        }
        catch (err) {
            return {
                ...base,
                status: 'not_checked',
                reason: `could not read Identity Center user ${who.account ?? who.email}: ${(0,aws_sdk/* errorText */.kc)(err)} (${READ_POLICY})`
            };
        }
    }
    /** The person's user, or the discovery's status and reason when there is none to use. */
    async findUser(who, scope) {
        const c = this.clients;
        const notes = [];
        if (who.account) {
            const user = await userByName(c, this.config, who.account);
            if (user)
                return { user, notes };
            const renamed = scope.kind === 'departure'
                ? await (0,lookup/* findRenamed */.WG)(who, rules/* AWS_SSO */.Oz, 'Identity Center user', id => userById(c, this.config, id), u => u.userName)
                : undefined;
            if (renamed && 'refused' in renamed)
                return { status: 'not_checked', reason: renamed.refused };
            if (renamed)
                return { user: renamed.found, notes: [renamed.note] };
            return { status: 'no_account', reason: `no Identity Center user named ${who.account}` };
        }
        // One listing serves every lookup of the run.
        this.users ??= allUsers(c, this.config).catch((err) => {
            this.users = undefined; // a later lookup lists again
            throw err;
        });
        const matches = usersByEmail(await this.users, who.email);
        if (matches.length === 0)
            return { status: 'no_account', reason: `no Identity Center user has the email ${who.email}` };
        const declare = `declare the person's own as accounts.aws_sso in people/${who.person}.yaml`;
        if (matches.length > 1)
            return {
                status: 'not_checked',
                reason: `not checked: ${matches.length} Identity Center users have the email ${who.email} (${matches.map(u => u.userName).join(', ')}): none is used; ${declare}`
            };
        const user = matches[0];
        const crossed = (0,lookup/* lookupProblem */.AE)(who, rules/* AWS_SSO */.Oz, { account: user.userName, email: who.email }, `the Identity Store lookup of ${who.email}`);
        if (crossed)
            return { status: 'not_checked', reason: crossed };
        notes.push(`no accounts.aws_sso declared: found ${user.userName} by the email ${who.email}`);
        return { user, notes, foundBy: lookup/* FOUND_BY_LOOKUP */.gt };
    }
    planSteps(found, scope) {
        return planAwsSso(found, scope, this.config);
    }
    /** Clients of their own, so that concurrent listings do not mix their request counts. */
    counted() {
        let requests = 0;
        const clients = ssoClients(this.ctx, this.config, {
            readOnly: this.readOnly,
            onRequest: () => requests++,
            credentials: this.clients.store.config.credentials
        });
        return { clients, requests: () => requests };
    }
    async list(_declared) {
        const base = {
            platform: rules/* AWS_SSO */.Oz,
            status: 'checked',
            accounts: [],
            requests: 0,
            notes: []
        };
        const problem = await this.credentials();
        if (problem)
            return { ...base, status: 'not_checked', reason: problem };
        const { clients, requests } = this.counted();
        try {
            const listing = await listIdentityCenter(clients, this.config);
            return { ...base, ...listing, requests: requests() };
        }
        catch (err) {
            return {
                ...base,
                status: 'not_checked',
                reason: `could not list Identity Center: ${(0,aws_sdk/* errorText */.kc)(err)} (${READ_POLICY})`,
                requests: requests()
            };
        }
    }
    /** The session denies the audit reports as `stale_session_deny`; throws when they cannot
     *  be read (the audit then says so: a read that failed is never clean). */
    async staleSessionDenies(now = new Date()) {
        const problem = await this.credentials();
        if (problem)
            throw new Error(`AWS IAM Identity Center: ${problem}`);
        try {
            return await staleSessionDenies(this.clients, this.config, now);
        }
        catch (err) {
            throw new Error(`AWS IAM Identity Center: could not read the session denies: ${(0,aws_sdk/* errorText */.kc)(err)} (${READ_POLICY})`, { cause: err });
        }
    }
    /** The audit's `stale_session_deny` findings. */
    async leftovers(now) {
        return (await this.staleSessionDenies(now)).map(d => ({
            kind: 'stale_session_deny',
            account: d.userName ?? d.userId,
            target: `session_deny ${d.permissionSet}`,
            detail: `the session deny ${d.sid} in permission set ${d.permissionSet} was put ${d.hours} hours ago ` +
                `for ${d.userName ? `${d.userName}, who can no longer use the set` : `user ${d.userId}, since deleted`}: ` +
                'every session it held off has expired; take the statement out of the inline policy and provision the set again (docs/aws-sso.md)'
        }));
    }
    /** A manual disable_user is done once Identity Store shows the user disabled, or gone. */
    async stillWaiting(steps) {
        const problem = await this.credentials();
        return Promise.all(steps.map(async (step) => {
            if (problem)
                return { step, pending: true, detail: problem };
            try {
                const user = await userByName(this.clients, this.config, step.target);
                if (!user)
                    return { step, pending: false, detail: 'no such user (deleted)' };
                const disabled = user.status === 'DISABLED';
                return { step, pending: !disabled, detail: disabled ? 'disabled' : 'still enabled' };
            }
            catch (err) {
                return { step, pending: true, detail: `could not be read: ${(0,aws_sdk/* errorText */.kc)(err)}` };
            }
        }));
    }
}
function userHolding(user, foundBy) {
    const facts = [user.emails[0], user.status === 'DISABLED' ? 'disabled' : undefined];
    const said = facts.filter(Boolean).join(', ');
    return {
        kind: USER_KIND,
        id: user.userId,
        label: `Identity Center user ${user.userName}${said ? ` (${said})` : ''}`,
        details: {
            userName: user.userName,
            status: user.status ?? null,
            ...(foundBy ? { found_by: foundBy } : {})
        }
    };
}
class SsoWriter extends SsoReader {
    performer;
    constructor(config, ctx, timing) {
        super(config, ctx, false);
        this.performer = new SsoPerformer(this.clients, config, ctx, timing);
    }
    async perform(step) {
        const problem = await this.credentials();
        if (problem)
            return {
                result: 'failed',
                detail: `AWS IAM Identity Center: ${problem.replace('not checked: ', '')}`
            };
        return this.performer.perform(step);
    }
    gathers(step) {
        return step.action === 'deny_sessions';
    }
}
/** The connector of one Identity Center instance. `timing` is a test seam for the waits on
 *  AWS's asynchronous requests. */
function awsSsoConnector(config, timing = {}) {
    return {
        reader: ctx => new SsoReader(config, ctx, true),
        writer: ctx => new SsoWriter(config, ctx, timing)
    };
}


/***/ })

};
