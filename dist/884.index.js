export const id = 884;
export const ids = [884];
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

/***/ 80884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGithubConnector: () => (/* binding */ createGithubConnector)
});

// EXTERNAL MODULE: ./src/graph.ts
var graph = __webpack_require__(10931);
// EXTERNAL MODULE: ./src/connectors/shared/results.ts
var results = __webpack_require__(16282);
// EXTERNAL MODULE: ./src/connectors/github/client.ts
var client = __webpack_require__(14747);
// EXTERNAL MODULE: ./src/connectors/github/answers.ts
var answers = __webpack_require__(81321);
// EXTERNAL MODULE: ./src/connectors/shared/lookup.ts
var lookup = __webpack_require__(43500);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/connectors/github/plan.ts
var github_plan = __webpack_require__(36927);
;// CONCATENATED MODULE: ./src/connectors/github/holdings.ts
// Each thing a GitHub login can hold in the organization, read as holdings: discover reads
// them all, perform reads one back when a write answered 404, and the last-owner guard counts
// the owners. Read-only calls only, with the largest page GitHub allows.




/** Repositories whose deploy keys are read at the same time. */
const REPOSITORY_SCAN_CONCURRENCY = 8;
/** Repositories named in an unread record of deploy keys; the rest are counted. */
const NAMED_REPOSITORIES = 10;
/** The user with this numeric id, whatever their login is now. */
async function userById(octokit, id) {
    const accountId = Number(id);
    if (!Number.isSafeInteger(accountId))
        return undefined;
    return (0,answers/* absentOn404 */.lz)(octokit.rest.users.getById({ account_id: accountId }));
}
/** An organization-wide listing: once per plan for a reader (Github.shared), else afresh. */
const orgWide = (gh, what, read) => gh.shared ? gh.shared(what, read) : read();
function owners(gh) {
    const { octokit, org } = gh;
    return orgWide(gh, 'owners', async () => {
        const admins = await octokit.paginate(octokit.rest.orgs.listMembers, {
            org,
            role: 'admin',
            per_page: 100
        });
        return admins.map(a => a.login);
    });
}
async function isOutsideCollaborator(gh, match) {
    const { octokit, org } = gh;
    // Shared, the whole list is read once for every person; alone, it stops at the first match.
    if (gh.shared) {
        const all = await gh.shared('outside collaborators', () => octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, { org, per_page: 100 }));
        return all.some(u => u && match(u));
    }
    for await (const page of octokit.paginate.iterator(octokit.rest.orgs.listOutsideCollaborators, {
        org,
        per_page: 100
    }))
        if (page.data.some(u => u && match(u)))
            return true;
    return false;
}
/** The pending invitations `match` picks; one whose login is not `login` (the person's
 *  own, when known) was found by email and is marked as a lookup. */
async function invitations(gh, match, login) {
    const { octokit, org } = gh;
    const all = await orgWide(gh, 'invitations', () => octokit.paginate(octokit.rest.orgs.listPendingInvitations, { org, per_page: 100 }));
    return all.filter(match).map(i => ({
        kind: github_plan.GH.invitation,
        id: String(i.id),
        label: `pending invitation as ${i.role} (sent ${i.created_at.slice(0, 10)} by ${i.inviter.login})`,
        details: {
            login: i.login,
            email: i.email,
            role: i.role,
            // Not the person's own login: found by email, a lookup (see crossedInvitation).
            ...((0,github_plan/* sameLogin */.Up)(i.login, login) ? {} : { found_by: lookup/* FOUND_BY_LOOKUP */.gt })
        }
    }));
}
async function ssoAuthorizations({ octokit, org }, login) {
    const all = await octokit.paginate('GET /orgs/{org}/credential-authorizations', { org, login, per_page: 100 });
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
/** Fine-grained token grants the user owns, or (pending) their token requests; `userId`
 *  undefined keeps every one listed for the login. */
async function fineGrainedTokens({ octokit, org }, login, userId, pending) {
    const params = { org, owner: [login], per_page: 100 };
    const all = pending
        ? await octokit.paginate(octokit.rest.orgs.listPatGrantRequests, params)
        : await octokit.paginate(octokit.rest.orgs.listPatGrants, params);
    const expiry = (t) => t.token_expired ? 'expired' : `expires ${t.token_expires_at?.slice(0, 10) ?? 'never'}`;
    return all
        .filter(t => userId === undefined || t.owner.id === userId)
        .map(t => ({
        kind: pending ? github_plan.GH.tokenRequest : github_plan.GH.tokenGrant,
        id: String(t.id),
        label: pending
            ? `pending request for fine-grained token "${t.token_name}"`
            : `fine-grained token "${t.token_name}" (${expiry(t)})`,
        details: { token_name: t.token_name, token_id: t.token_id, expires_at: t.token_expires_at }
    }));
}
async function copilotSeat({ octokit, org }, login, notes) {
    const { data } = await octokit.rest.copilot.getCopilotSeatDetailsForUser({
        org,
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
            label: `Copilot seat${data.pending_cancellation_date ? ` (pending cancellation on ${data.pending_cancellation_date})` : ''}${data.last_activity_at ? `, last active ${data.last_activity_at.slice(0, 10)}` : ''}`,
            details: {
                assigning_team: team,
                pending_cancellation_date: data.pending_cancellation_date ?? null,
                last_activity_at: data.last_activity_at ?? null
            }
        }
    ];
}
async function teamMembership({ octokit, org }, slug, login) {
    const m = await (0,answers/* absentOn404 */.lz)(octokit.rest.teams.getMembershipForUserInOrg({
        org,
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
/** Deploy keys the person added, read from at most `repository_scan_limit` repositories.
 *  Repositories whose keys could not be read are one unread record, with GitHub's answers. */
async function deployKeys(gh, login, found) {
    const limit = gh.config.repository_scan_limit;
    if (limit <= 0) {
        found.notes.push('deploy keys: not checked (github.repository_scan_limit is 0)');
        return [];
    }
    const { scanned, more, unreadable, keys } = await orgWide(gh, 'deploy keys', () => scanDeployKeys(gh, limit));
    if (more)
        found.notes.push(`deploy keys: ${gh.org} has more than ${limit} repositories; only the first ${limit} were checked (raise github.repository_scan_limit to check more)`);
    if (unreadable.size) {
        const names = [...unreadable.keys()];
        const shown = names.slice(0, NAMED_REPOSITORIES).join(', ');
        const rest = names.length > NAMED_REPOSITORIES ? ` and ${names.length - NAMED_REPOSITORIES} more` : '';
        (found.unread ??= []).push({
            what: `deploy keys of ${names.length} of ${scanned} repositories (${shown}${rest})`,
            error: [...new Set(unreadable.values())].join('; ')
        });
    }
    return keys
        .filter(({ key }) => (0,github_plan/* sameLogin */.Up)(key.added_by, login))
        .map(({ repo, key }) => ({
        kind: github_plan.GH.deployKey,
        id: `${repo}/${key.id}`,
        label: `deploy key "${key.title}" on ${repo} (${key.read_only ? 'read-only' : 'read-write'}, added ${key.created_at.slice(0, 10)})`,
        details: { repository: repo, key_id: key.id, title: key.title, read_only: key.read_only }
    }));
}
/** Every deploy key of the first `limit` repositories, whoever added it, and the
 *  repositories whose keys could not be read, with why. */
async function scanDeployKeys({ octokit, org }, limit) {
    const repos = [];
    let more = false;
    for await (const page of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
        org,
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
    const unreadable = new Map();
    const keys = await (0,concurrency/* mapLimit */.sf)(scanned, REPOSITORY_SCAN_CONCURRENCY, async (repo) => {
        try {
            const list = await octokit.paginate(octokit.rest.repos.listDeployKeys, {
                owner: org,
                repo,
                per_page: 100
            });
            return list.map(key => ({ repo, key }));
        }
        catch (error) {
            unreadable.set(repo, (0,answers/* withHint */.mu)(error));
            return [];
        }
    });
    return { scanned: scanned.length, more, unreadable, keys: keys.flat() };
}

;// CONCATENATED MODULE: ./src/connectors/github/discover.ts





async function discover(gh, who, scope) {
    const found = (0,results/* discovery */.HD)('github', who.person);
    try {
        await discoverInto(found, gh, who, scope);
    }
    catch (error) {
        return {
            ...found,
            status: 'not_checked',
            reason: `could not read ${gh.org} on GitHub: ${(0,answers/* withHint */.mu)(error)}`
        };
    }
    const crossed = found.holdings.map(h => crossedInvitation(h, who)).find(Boolean);
    if (crossed)
        return { ...found, status: 'not_checked', reason: crossed, holdings: [] };
    if (found.status === 'checked' &&
        found.holdings.length === 0 &&
        found.account &&
        !found.unread?.length)
        return {
            ...found,
            status: 'no_account',
            reason: `${found.account.display} holds nothing in ${gh.org}`
        };
    return found;
}
/** The user and the membership are the primary reads: when they fail nothing can be planned
 *  and discover() reports not_checked. Everything else is read with `secondary`. */
async function discoverInto(found, gh, who, scope) {
    const { octokit, org } = gh;
    const secondary = (0,results/* secondaryReads */.Ox)(found, answers/* withHint */.mu);
    const known = (absent) => (0,answers/* absenceNote */.IV)(absent, gh.tokenKind);
    let user = who.account
        ? await (0,answers/* absentOn404 */.lz)(octokit.rest.users.getByUsername({ username: who.account }))
        : undefined;
    const departure = scope.kind === 'departure';
    if (!user && who.account && departure) {
        const renamed = await (0,lookup/* findRenamed */.WG)(who, 'github', 'GitHub user', id => userById(octokit, id), u => u.login);
        if (renamed && 'refused' in renamed) {
            found.status = 'not_checked';
            found.reason = renamed.refused;
            return;
        }
        if (renamed)
            found.notes.push(renamed.note);
        user = renamed?.found;
    }
    if (!user) {
        // Without a GitHub user there can still be an invitation sent to the person's email.
        const invited = departure
            ? await secondary('pending invitations', () => invitations(gh, i => (0,github_plan/* sameLogin */.Up)(i.email, who.email), undefined))
            : [];
        found.holdings.push(...(invited ?? []));
        if (found.holdings.length === 0 && !found.unread?.length) {
            found.status = 'no_account';
            found.reason = who.account ? `GitHub has no user ${who.account}` : 'no GitHub login declared';
        }
        return;
    }
    const login = user.login;
    found.account = { id: String(user.id), display: login };
    const membership = await (0,answers/* absentOn404 */.lz)(octokit.rest.orgs.getMembershipForUser({ org, username: login }));
    const needOwners = membership?.role === 'admin' &&
        (departure || scope.remove.some(g => g.platform === 'github' && g.kind === 'github_org_admin'));
    // Everything below depends only on the membership: read it all at once.
    const ownerCount = needOwners
        ? secondary('organization owners (for the last-owner guard)', () => owners(gh).then(o => o.length))
        : Promise.resolve(null);
    const withMembership = async (reads) => {
        const [count, ...lists] = await Promise.all([ownerCount, ...reads]);
        if (membership)
            found.holdings.push({
                kind: github_plan.GH.membership,
                id: login,
                label: `${membership.state} ${membership.role === 'admin' ? 'owner' : membership.role} of ${org}`,
                details: { role: membership.role, state: membership.state, owners: count ?? null }
            });
        for (const list of lists)
            found.holdings.push(...(list ?? []));
    };
    if (!departure) {
        const teams = scope.remove.filter(g => g.platform === 'github' && g.kind === 'github_team');
        // Team slugs are lower case on GitHub; roles may spell them either way.
        return withMembership(teams.map(async (t) => {
            const slug = t.value.toLowerCase();
            const held = await secondary(`membership of team ${slug}`, () => teamMembership(gh, slug, login));
            return held ? [held] : [];
        }));
    }
    const outside = membership
        ? Promise.resolve(false)
        : secondary(`outside collaborator access to ${org}`, () => isOutsideCollaborator(gh, u => u.id === user.id));
    const absent = (0,answers/* absences */.tW)(org, login, membership?.state === 'pending');
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
        secondary('pending invitations', () => invitations(gh, i => (0,github_plan/* sameLogin */.Up)(i.login, login) || (0,github_plan/* sameLogin */.Up)(i.email, who.email), login)),
        secondary('SAML SSO credential authorizations', () => ssoAuthorizations(gh, login), known(absent.sso)),
        secondary('fine-grained token grants', () => fineGrainedTokens(gh, login, user.id, false), known(absent.tokenGrants)),
        secondary('fine-grained token requests', () => fineGrainedTokens(gh, login, user.id, true), known(absent.tokenRequests)),
        secondary('Copilot seat', () => copilotSeat(gh, login, found.notes), known(absent.copilot)),
        // Only members and outside collaborators can have added deploy keys; when that could not
        // be read, the keys are read anyway.
        outside.then(o => membership || o !== false ? secondary('deploy keys', () => deployKeys(gh, login, found)) : [])
    ]);
}
/** Runs one secondary read. An answer documented as "this does not exist here" becomes a

/** Why an invitation matched by email alone is not the person's: its login is another
 *  person's. (An invitation by email has no login and is the person's by its email.) */
function crossedInvitation(h, who) {
    const d = h.details ?? {};
    if (h.kind !== github_plan.GH.invitation || d.found_by !== lookup/* FOUND_BY_LOOKUP */.gt || typeof d.login !== 'string')
        return undefined;
    return (0,lookup/* lookupProblem */.AE)(who, 'github', { account: d.login, email: typeof d.email === 'string' ? d.email : undefined }, `the pending invitation to ${who.email}`);
}

// EXTERNAL MODULE: ./src/connectors/github/enterprise.ts
var enterprise = __webpack_require__(9879);
;// CONCATENATED MODULE: ./src/connectors/github/list.ts



const HERE = { team: slug => slug };
function list(gh, declared, place = HERE) {
    return (0,results/* listing */.RR)('github', gh.octokit.stats, notes => listAccounts(gh, declared, notes, place), error => `could not list ${gh.org} on GitHub: ${(0,answers/* withHint */.mu)(error)}`);
}
const user = ({ login, id, type, name, email }) => ({ login, id, type, name, email });
/** Team member lists read at once: with the four organization-wide lists (one page at a time
 *  each) they fill the throttling plugin's ten shared slots, so the member pages, the longest
 *  sequence, never queue behind hundreds of team requests. */
const TEAM_CONCURRENCY = 6;
async function listAccounts({ octokit, org }, declared, notes, place) {
    const page = { org, per_page: 100 };
    // Team slugs are lower case on GitHub; roles may spell them either way.
    const teams = [
        ...new Set(declared
            .filter(g => g.platform === 'github' && g.kind === 'github_team')
            .map(g => g.value.toLowerCase()))
    ];
    // Each page is cut down to what is used as it arrives, so that the answers are not all held.
    const users = (response) => response.data.map(user);
    const [admins, members, outside, invitations, teamMembers] = await settleAll([
        octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'admin' }, users),
        octokit.paginate(octokit.rest.orgs.listMembers, { ...page, role: 'member' }, users),
        octokit.paginate(octokit.rest.orgs.listOutsideCollaborators, page, r => r.data.flatMap(u => (u ? [user(u)] : []))),
        octokit.paginate(octokit.rest.orgs.listPendingInvitations, page, r => r.data.map(({ id, login, email, role }) => ({ id, login, email, role }))),
        settleAllLimited(teams, TEAM_CONCURRENCY, async (slug) => {
            const list = await (0,answers/* absentOn404 */.lz)(octokit
                .paginate(octokit.rest.teams.listMembersInOrg, { ...page, team_slug: slug }, r => r.data.map(m => m.login.toLowerCase()))
                .then(data => ({ data })));
            if (!list)
                notes.push(`team ${slug} is declared but does not exist in ${org}`);
            return { slug, logins: list ?? [] };
        })
    ]);
    // Each login's declared teams, gathered once: searching every team's members for every
    // account grows with accounts x memberships (seconds at 40,000 members).
    const teamsOf = new Map();
    for (const { slug, logins } of teamMembers)
        for (const login of logins) {
            const slugs = teamsOf.get(login);
            if (!slugs)
                teamsOf.set(login, [slug]);
            else if (slugs[slugs.length - 1] !== slug)
                slugs.push(slug);
        }
    const account = (u, kind, grants) => {
        const teamGrants = (teamsOf.get(u.login.toLowerCase()) ?? []).map(slug => ({
            platform: 'github',
            kind: 'github_team',
            value: place.team(slug)
        }));
        return {
            platform: 'github',
            account: u.login,
            ...(u.id !== undefined ? { id: String(u.id) } : {}),
            ...(u.name ? { name: u.name } : {}),
            ...(u.email ? { email: u.email } : {}),
            ...(place.where ? { where: place.where } : {}),
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
        ...outside.map(u => account(u, 'outside_collaborator', [])),
        ...invitations.map(i => ({
            platform: 'github',
            account: i.login ?? i.email ?? String(i.id),
            ...(i.email ? { email: i.email } : {}),
            ...(place.where ? { where: place.where } : {}),
            kind: 'invitation',
            active: false,
            grants: i.role === 'admin' ? [ownerGrant] : [],
            credentials: []
        }))
    ];
}
function isBot(u) {
    return u.type === 'Bot' || u.login.toLowerCase().endsWith('[bot]');
}
/** settleAll over `items`, at most `size` at once. */
function settleAllLimited(items, size, fn) {
    const limit = (0,concurrency/* limiter */.TA)(size);
    return settleAll(items.map(item => limit(() => fn(item))));
}
/** Promise.all that lets every request finish before it reports the first failure. */
async function settleAll(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find(r => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(r => r.value);
}

;// CONCATENATED MODULE: ./src/connectors/github/batch.ts
// Writes GitHub takes for several items in one request (fine-grained token grants and
// requests, Copilot seats): the steps of one organization and action share requests, so twenty
// departures send one paced write where they sent twenty. One request per organization and
// action is in flight at a time; the steps that arrive meanwhile (the executor starts every
// ready step at once, and GitHub's writes wait their turn a second apart) go in the next.
// Each step still gets its own outcome and log record. A batch GitHub refuses for an item
// (404, 422) is sent again one item per request, so that each step gets its own answer (and a
// 404 its own read-back); so is a batch whose answer does not account for every item.

/** The most items GitHub takes in one of these requests. */
const MAX_ITEMS = 100;
/** Answers that may concern one item of the batch (one gone, one refused): each is sent
 *  again alone. Any other error (5xx, 403, a lost connection) is every item's. */
const ITEM_STATUSES = new Set([404, 410, 422]);
const queues = new WeakMap();
/** Sends `item` in the next request of `action` for `gh`, with whatever joins it; the answer
 *  is the batch's, or the item's own when it had to be sent alone. */
function together(gh, action, bulk, item) {
    let byAction = queues.get(gh);
    if (!byAction)
        queues.set(gh, (byAction = new Map()));
    let queue = byAction.get(action);
    if (!queue)
        byAction.set(action, (queue = { waiting: [], busy: false }));
    const q = queue;
    const promise = new Promise((resolve, reject) => q.waiting.push({ item, resolve, reject }));
    // Steps started in the same turn join before the first request leaves.
    if (!q.busy) {
        q.busy = true;
        setImmediate(() => void drain(gh, bulk, q));
    }
    return promise;
}
async function drain(gh, bulk, q) {
    while (q.waiting.length > 0)
        await flush(gh, bulk, q.waiting.splice(0, MAX_ITEMS));
    q.busy = false;
}
async function flush(gh, bulk, waiting) {
    const alone = (w) => bulk.send(gh, [w.item]).then(w.resolve, w.reject);
    if (waiting.length === 1)
        return alone(waiting[0]);
    let answer;
    try {
        answer = await bulk.send(gh, waiting.map(w => w.item));
    }
    catch (error) {
        if (!ITEM_STATUSES.has((0,client/* statusOf */.c2)(error) ?? 0))
            for (const w of waiting)
                w.reject(error);
        else
            await Promise.all(waiting.map(alone));
        return;
    }
    if (bulk.complete && !bulk.complete(answer, waiting.length))
        await Promise.all(waiting.map(alone));
    else
        for (const w of waiting)
            w.resolve(answer);
}

;// CONCATENATED MODULE: ./src/connectors/github/perform.ts
// The one place GitHub is changed: one write per step. Protected logins are skipped whatever
// the plan says; an owner is removed or demoted only while another owner remains, counted live
// and one owner change at a time; a step aimed at an invitation found by lookup that another
// person declares is refused. A 404 (or 410) is already_absent only once a read shows the
// thing gone: GitHub also answers 404 to a token that lacks a permission.







async function perform(gh, claims, step) {
    if (step.mode === 'manual')
        return { result: 'skipped', detail: (0,graph/* needsAHuman */.EE)(step) };
    const login = String(step.params.login ?? '');
    if ((0,github_plan/* isProtected */.bz)(gh.config, login))
        return { result: 'skipped', detail: (0,github_plan/* protectedReason */.zN)(login) };
    const crossed = (0,lookup/* refuseCrossed */.YQ)(claims, step, step.params.invitee);
    if (crossed)
        return crossed;
    const act = ACTIONS[step.action];
    if (!act)
        return { result: 'failed', detail: `github: unknown action ${step.action}` };
    try {
        return await act(gh, login, step.params);
    }
    catch (error) {
        const status = (0,client/* statusOf */.c2)(error);
        if (status === 404 || status === 410)
            return confirmGone(gh, step, login, status);
        return { result: 'failed', detail: `${step.action} ${step.target}: ${(0,answers/* withHint */.mu)(error)}` };
    }
}
/** A write answered 404 (or 410): GitHub answers so when the thing is gone, and also when the
 *  token lacks a permission. Only a read showing it gone makes the step already_absent. */
async function confirmGone(gh, step, login, status) {
    const after = answers/* AFTER_404 */.ql[step.action];
    if (!after)
        return {
            result: 'failed',
            detail: `${step.action} ${step.target}: GitHub answered ${status}`
        };
    try {
        if (!(await stillThere(gh, step, login)))
            return { result: 'already_absent', detail: `GitHub answered ${status}; read back: gone` };
    }
    catch (error) {
        return {
            result: 'failed',
            detail: `${step.action} ${step.target}: GitHub answered ${status}, and reading back whether ${after.what} is gone failed: ${(0,answers/* withHint */.mu)(error)}`
        };
    }
    return {
        result: 'failed',
        detail: `GitHub answered ${status} but ${after.what} (${step.target}) is still there: the token probably lacks ${after.permission}`
    };
}
/** Whether what `step` removes is still there, read live. */
async function stillThere(gh, step, login) {
    const id = String(step.params.id ?? '');
    const { octokit, org } = gh;
    switch (step.action) {
        case 'deny_token_request':
        case 'revoke_token_grant': {
            const pending = step.action === 'deny_token_request';
            const held = await fineGrainedTokens(gh, login, undefined, pending);
            return held.some(h => h.id === id);
        }
        case 'revoke_sso_authorization': {
            // 404 on the list: the organization has no SAML SSO, so no authorization either.
            const held = await (0,answers/* absentOn404 */.lz)(ssoAuthorizations(gh, login).then(data => ({ data })));
            return (held ?? []).some(h => h.id === id);
        }
        case 'cancel_invitation':
            return (await invitations(gh, i => String(i.id) === id, login)).length > 0;
        case 'remove_copilot_seat': {
            const seat = await (0,answers/* absentOn404 */.lz)(octokit.rest.copilot.getCopilotSeatDetailsForUser({ org, username: login })).catch(error => {
                // 422: Copilot is off, or the login is not a member: no seat.
                if ((0,client/* statusOf */.c2)(error) === 422)
                    return undefined;
                throw error;
            });
            return !!seat && !seat.pending_cancellation_date;
        }
        case 'remove_team_membership':
            return !!(await teamMembership(gh, String(step.params.team), login));
        case 'remove_outside_collaborator':
            return isOutsideCollaborator(gh, u => (0,github_plan/* sameLogin */.Up)(u.login, login));
        case 'remove_org_membership':
        case 'demote_org_admin': {
            const m = await (0,answers/* absentOn404 */.lz)(octokit.rest.orgs.getMembershipForUser({ org, username: login }));
            return step.action === 'demote_org_admin' ? m?.role === 'admin' : !!m;
        }
        default:
            return true;
    }
}
/** Runs `act` unless `login` is the last owner, re-checked live; one owner change at a time. */
function guardLastOwner(gh, login, act) {
    return serialized(gh.org, async () => {
        const all = await owners(gh);
        const isOwner = all.some(o => (0,github_plan/* sameLogin */.Up)(o, login));
        if (isOwner && all.length <= 1)
            return { result: 'skipped', detail: (0,github_plan/* lastOwnerReason */.Ce)(login, gh.org) };
        return act(isOwner);
    });
}
/** The writes GitHub takes for several items at once (batch.ts). */
const REVOKE_GRANTS = {
    send: async ({ octokit, org }, pat_ids) => {
        await octokit.rest.orgs.updatePatAccesses({ org, action: 'revoke', pat_ids });
    }
};
const DENY_REQUESTS = {
    send: async ({ octokit, org }, pat_request_ids) => {
        await octokit.rest.orgs.reviewPatGrantRequestsInBulk({
            org,
            pat_request_ids,
            action: 'deny',
            reason: 'The requester has left the organization.'
        });
    }
};
/** Answers how many seats it set pending cancellation: fewer than asked, and each is asked
 *  again alone, so that each step says whether its own seat was cancelled. */
const CANCEL_SEATS = {
    send: async ({ octokit, org }, selected_usernames) => (await octokit.rest.copilot.cancelCopilotSeatAssignmentForUsers({ org, selected_usernames }))
        .data.seats_cancelled,
    complete: (cancelled, size) => cancelled === size
};
const revoked = (detail = '') => ({ result: 'revoked', detail });
const id = (params) => Number(params.id);
/** The one write per action. A 404 thrown from any of them is read back (confirmGone). */
const ACTIONS = {
    deny_token_request: async (gh, _login, params) => {
        await together(gh, 'deny_token_request', DENY_REQUESTS, id(params));
        return revoked();
    },
    revoke_token_grant: async (gh, _login, params) => {
        await together(gh, 'revoke_token_grant', REVOKE_GRANTS, id(params));
        return revoked();
    },
    revoke_sso_authorization: async ({ octokit, org }, _login, params) => {
        await octokit.request('DELETE /orgs/{org}/credential-authorizations/{credential_id}', {
            org,
            credential_id: id(params)
        });
        return revoked();
    },
    cancel_invitation: async ({ octokit, org }, _login, params) => {
        await octokit.rest.orgs.cancelInvitation({ org, invitation_id: id(params) });
        return revoked();
    },
    remove_copilot_seat: async (gh, login) => {
        const cancelled = await together(gh, 'remove_copilot_seat', CANCEL_SEATS, login);
        return cancelled > 0
            ? revoked('seat pending cancellation at the end of the billing cycle')
            : { result: 'already_absent', detail: 'no Copilot seat to cancel' };
    },
    remove_team_membership: async ({ octokit, org }, login, params) => {
        await octokit.rest.teams.removeMembershipForUserInOrg({
            org,
            team_slug: String(params.team),
            username: login
        });
        return revoked();
    },
    remove_outside_collaborator: async ({ octokit, org }, login) => {
        await octokit.rest.orgs.removeOutsideCollaborator({ org, username: login });
        return revoked();
    },
    remove_org_membership: async (gh, login, params) => {
        const remove = async () => {
            await gh.octokit.rest.orgs.removeMembershipForUser({ org: gh.org, username: login });
            return revoked();
        };
        // Owners are recounted, one owner change at a time; a member found so by the discovery
        // apply just ran cannot be the last owner, so their removal waits on nobody (and GitHub
        // refuses to remove a last owner itself).
        return params.role === 'member' ? remove() : guardLastOwner(gh, login, remove);
    },
    // Setting a role on a non-member would invite them: only an owner found live is demoted.
    demote_org_admin: (gh, login) => guardLastOwner(gh, login, async (isOwner) => {
        if (!isOwner)
            return { result: 'already_absent', detail: `${login} is not an owner of ${gh.org}` };
        await gh.octokit.rest.orgs.setMembershipForUser({
            org: gh.org,
            username: login,
            role: 'member'
        });
        return revoked();
    })
};
const perform_queues = new Map();
/** Runs `fn` after every earlier call with the same key has finished. */
function serialized(key, fn) {
    const run = (perform_queues.get(key) ?? Promise.resolve()).then(fn, fn);
    perform_queues.set(key, run.catch(() => undefined));
    return run;
}

// EXTERNAL MODULE: ./src/connectors/github/settings.ts
var settings = __webpack_require__(33893);
;// CONCATENATED MODULE: ./src/connectors/github/waiting.ts
// Manual steps apply left to a human on GitHub (deploy keys the departed person added), read
// back for the audit one by one: a key by its id, never a scan of every repository.


/** Keys read back at the same time. */
const CONCURRENCY = 8;
/** Each waiting deploy key, read back by its id (`GET /repos/{org}/{repo}/keys/{id}`): pending
 *  while it exists or cannot be read. Targets logged before the whole id was recorded
 *  (`... (...1234)`) are matched by title and id ending in the repository's key list. */
function deployKeysWaiting(octokit, org, steps) {
    return (0,concurrency/* mapLimit */.sf)(steps, CONCURRENCY, async (step) => {
        const key = deployKeyTarget(step);
        if (!key)
            return { step, pending: true, detail: 'not a step offboard can check: check it by hand' };
        try {
            const found = 'id' in key
                ? await (0,answers/* absentOn404 */.lz)(octokit.rest.repos.getDeployKey({ owner: org, repo: key.repo, key_id: key.id }))
                : ((await (0,answers/* absentOn404 */.lz)(octokit
                    .paginate(octokit.rest.repos.listDeployKeys, {
                    owner: org,
                    repo: key.repo,
                    per_page: 100
                })
                    .then(data => ({ data })))) ?? []).find(k => k.title === key.title && String(k.id).endsWith(key.last4));
            return found
                ? {
                    step,
                    pending: true,
                    detail: `still there (${found.read_only ? 'read-only' : 'read-write'}${found.last_used ? `, last used ${found.last_used.slice(0, 10)}` : ''}): rotate or delete it in the repository's settings`
                }
                : { step, pending: false, detail: 'gone' };
        }
        catch (error) {
            return { step, pending: true, detail: `could not be read back: ${(0,answers/* withHint */.mu)(error)}` };
        }
    });
}
/** The deploy key a `review_deploy_key` record names: by id (`api deploy key 42 "ci"`), or,
 *  in records written before ids were logged whole, by title and the id's last digits. */
function deployKeyTarget(step) {
    if (step.action !== 'review_deploy_key')
        return undefined;
    const byId = /^(\S+) deploy key (\d+) "(.*)"$/.exec(step.target);
    if (byId)
        return { repo: byId[1], id: Number(byId[2]) };
    const old = /^(\S+) deploy key "(.*)" \(\.\.\.(\d{1,4})\)$/.exec(step.target);
    return old ? { repo: old[1], title: old[2], last4: old[3] } : undefined;
}

;// CONCATENATED MODULE: ./src/connectors/github/connector.ts
// The GitHub connector: discovers what a login holds in each organization and in the enterprise
// (read-only), plans its revocation, performs single steps, lists the organizations and the
// enterprise for audits, and reads back the steps apply left to a human. Each organization has
// its own client (its own installation token) and is read at the same time as the others; the
// enterprise comes after every organization. With one organization and no enterprise this is
// exactly the one organization's connector. This file composes the reader and the writer from
// client.ts, discover.ts, plan.ts, list.ts, perform.ts, waiting.ts and enterprise.ts.











function createGithubConnector(options = {}) {
    return {
        reader: ctx => reader((0,client/* connectGithub */.Sv)(ctx, true, options), options),
        writer: ctx => {
            const connected = (0,client/* connectGithub */.Sv)(ctx, false, options);
            return {
                ...reader(connected, options),
                perform: async (step) => performStep(connected, ctx.claims, step)
            };
        }
    };
}
/** One organization and no enterprise: the organization's connector as it always was. */
const alone = (c) => c.config && c.orgs.length === 1 && c.config.enterprise === undefined ? c.orgs[0] : undefined;
function reader(c, options) {
    const notChecked = (person, reason) => ({
        ...(0,results/* discovery */.HD)('github', person),
        status: 'not_checked',
        reason
    });
    return {
        platform: 'github',
        unavailable: c.unavailable,
        discover: async (who, scope) => {
            if (c.unavailable !== undefined)
                return notChecked(who.person, c.unavailable);
            const one = alone(c);
            if (one?.github)
                return discover(one.github, who, scope);
            return discoverAll(c, who, scope);
        },
        planSteps: (found, scope) => (c.config ? planAll(c.config, found, scope) : empty()),
        planTogether: each => (c.config ? keepAnOwner(c.config, each) : each.map(e => e.plan)),
        pacing: steps => (0,github_plan/* pacingNote */.nJ)(steps, options.paceWrites !== false),
        list: async (declared) => c.unavailable !== undefined
            ? { ...(0,results/* inventory */.pf)('github'), status: 'not_checked', reason: c.unavailable }
            : listAll(c, declared),
        stillWaiting: steps => waitingAll(c, steps)
    };
}
const empty = () => ({ steps: [], refused: [] });
/** The part of a reduction that concerns one organization: its teams (as bare slugs) and its
 *  owner role. */
function scopeIn(config, scope, org) {
    if (scope.kind === 'departure' || !(0,settings/* manyOrgs */.d)(config))
        return scope;
    const remove = scope.remove.flatMap((g) => {
        if (g.platform !== 'github')
            return [];
        if (g.kind === 'github_team') {
            const team = (0,settings/* teamRef */.JO)(g.value, config);
            return team.org === org ? [{ ...g, value: team.slug }] : [];
        }
        return g.kind === 'github_org_admin' && !(0,github_plan/* sameLogin */.Up)(g.value, org) ? [] : [g];
    });
    return { kind: 'reduction', remove };
}
/** Every organization at once, then (departures) the enterprise. An organization that could
 *  not be read is an unread record: what the others hold is still planned, and apply fails. */
async function discoverAll(c, who, scope) {
    const config = c.config;
    const many = (0,settings/* manyOrgs */.d)(config);
    const tag = (org, text) => (many ? `${org}: ${text}` : text);
    const parts = await Promise.all(c.orgs.map(async (o) => ({
        org: o.org,
        found: o.github
            ? await discover(o.github, who, scopeIn(config, scope, o.org))
            : {
                ...(0,results/* discovery */.HD)('github', who.person),
                status: 'not_checked',
                reason: o.unavailable
            }
    })));
    const out = (0,results/* discovery */.HD)('github', who.person);
    const unread = (out.unread = []);
    const nothing = [];
    for (const { org, found } of parts) {
        out.account ??= found.account;
        out.notes.push(...found.notes.map(n => tag(org, n)));
        if (found.status === 'not_checked') {
            unread.push({ what: orgUnread(who.person, org), error: found.reason ?? '' });
            continue;
        }
        if (found.status === 'no_account' && found.reason)
            nothing.push(tag(org, found.reason));
        out.holdings.push(...found.holdings.map(h => ({
            ...h,
            label: tag(org, h.label),
            details: { ...h.details, org }
        })));
        unread.push(...(found.unread ?? []).map(u => ({ ...u, what: tag(org, u.what) })));
    }
    if (parts.every(p => p.found.status === 'not_checked'))
        return { ...out, status: 'not_checked', reason: unread.map(u => u.error).join('; ') };
    const e = c.enterprise;
    if (scope.kind === 'departure' && e && config.enterprise !== undefined) {
        if (e.github)
            await (0,enterprise/* discoverEnterprise */.XL)(e.github, out.account?.display, who.email, out);
        else
            unread.push({ what: (0,enterprise/* enterpriseName */.Z8)({ slug: config.enterprise }), error: e.unavailable });
    }
    if (!unread.length)
        delete out.unread;
    if (out.holdings.length === 0 && !unread.length)
        return { ...out, status: 'no_account', reason: nothing.join('; ') || 'nothing held' };
    return out;
}
/** How an organization that could not be read is listed in a discovery's `unread`. */
const orgUnread = (person, org) => `what ${person} holds in ${org}`;
/** Owners leaving an organization in one change (removed or demoted), seen together: when
 *  they are all of its owners, as counted by discovery, the last of them in the change stays
 *  an owner, refused as the last owner, with their credentials still revoked. Each plan alone
 *  could not see it; apply also counts the owners again, live, before each owner change. */
function keepAnOwner(config, each) {
    const orgOf = (h) => String(h.details?.org ?? (0,settings/* orgsOf */.n4)(config)[0]);
    const leaving = new Map();
    each.forEach(({ found, plan }, i) => {
        for (const s of plan.steps) {
            const owner = s.action === 'demote_org_admin' ||
                (s.action === 'remove_org_membership' && s.params.role === 'admin');
            const org = String(s.params.org);
            const m = found.holdings.find(h => h.kind === github_plan.GH.membership && orgOf(h) === org);
            if (!owner || typeof m?.details?.owners !== 'number')
                continue;
            const entry = leaving.get(org) ?? { owners: m.details.owners, who: [] };
            entry.who.push(i);
            leaving.set(org, entry);
        }
    });
    const kept = new Map();
    for (const [org, { owners, who }] of leaving) {
        if (who.length < owners)
            continue;
        const logins = who.map(i => each[i].found.account?.display ?? each[i].found.person);
        for (const i of who.slice(owners - 1 - who.length))
            (kept.get(i) ?? kept.set(i, new Map()).get(i)).set(org, logins.join(', '));
    }
    return each.map(({ found, scope, plan }, i) => {
        const orgs = kept.get(i);
        if (!orgs)
            return plan;
        const holdings = found.holdings.map((h) => {
            const together = h.kind === github_plan.GH.membership ? orgs.get(orgOf(h)) : undefined;
            return together
                ? { ...h, details: { ...h.details, owners: 1, leaving_together: together } }
                : h;
        });
        return planAll(config, { ...found, holdings }, scope);
    });
}
/** Each organization's steps, then the enterprise's after all of them. */
function planAll(config, found, scope) {
    if ((0,settings/* orgsOf */.n4)(config).length === 1 && config.enterprise === undefined)
        return (0,github_plan/* planGithubSteps */.iK)(found, scope, config);
    if (found.status !== 'checked')
        return empty();
    const deprovisioned = found.holdings.some(h => h.kind === github_plan.GH.scimUser);
    const inOrg = (org) => found.holdings.filter(h => h.details?.org === org);
    const plans = (0,settings/* orgsOf */.n4)(config).map(org => (0,github_plan/* planGithubSteps */.iK)({ ...found, holdings: inOrg(org) }, scopeIn(config, scope, org), config, org, deprovisioned));
    const steps = plans.flatMap(p => p.steps);
    const refused = plans.flatMap(p => p.refused);
    if (scope.kind !== 'departure' || config.enterprise === undefined)
        return { steps, refused };
    const lastOwnerOf = (0,settings/* orgsOf */.n4)(config).filter(org => inOrg(org).some(github_plan/* isLastOwner */.g$));
    // Unread, or an owner whose organization's owners were not counted: perform recounts an
    // organization's owners before its own writes, but nothing recounts them for the enterprise.
    const ownersUnknown = (0,settings/* orgsOf */.n4)(config).filter(org => found.unread?.some(u => u.what === orgUnread(found.person, org)) ||
        inOrg(org).some(h => h.kind === github_plan.GH.membership &&
            h.details?.role === 'admin' &&
            typeof h.details.owners !== 'number'));
    const ent = (0,enterprise/* planEnterprise */.Nk)(found.holdings.filter(h => h.details?.enterprise !== undefined), found.person, found.account?.display, config.enterprise, config, steps.map(s => s.id), lastOwnerOf, ownersUnknown);
    return { steps: [...steps, ...ent.steps], refused: [...refused, ...ent.refused] };
}
async function performStep(c, claims, step) {
    const failed = (detail) => ({ result: 'failed', detail });
    if (c.unavailable !== undefined && !c.config)
        return failed(c.unavailable);
    if (step.params.enterprise !== undefined) {
        const e = c.enterprise;
        if (!e || step.params.enterprise !== c.config?.enterprise)
            return failed(`github: ${(0,enterprise/* enterpriseName */.Z8)({ slug: String(step.params.enterprise) })} is not github.enterprise in platforms.yaml: re-plan`);
        if (step.mode === 'manual')
            return { result: 'skipped', detail: (0,graph/* needsAHuman */.EE)(step) };
        const login = String(step.params.login ?? '');
        if ((0,github_plan/* isProtected */.bz)(c.config, login))
            return { result: 'skipped', detail: (0,github_plan/* protectedReason */.zN)(login) };
        return e.github ? (0,enterprise/* performEnterprise */.R8)(e.github, step) : failed(e.unavailable);
    }
    // Steps of plans made before github.orgs carry their organization too.
    const org = c.orgs.find(o => (0,github_plan/* sameLogin */.Up)(o.org, String(step.params.org ?? '')));
    if (!org)
        return failed(`github: ${String(step.params.org)} is not an organization of github.org or github.orgs in platforms.yaml: re-plan`);
    return org.github ? perform(org.github, claims, step) : failed(org.unavailable);
}
/** Every organization's accounts and the enterprise's members; one that could not be listed
 *  keeps the whole platform from counting as checked. */
async function listAll(c, declared) {
    const one = alone(c);
    if (one?.github)
        return list(one.github, declared);
    const config = c.config;
    const many = (0,settings/* manyOrgs */.d)(config);
    const lists = await Promise.all([
        ...c.orgs.map(async (o) => {
            if (!o.github)
                return { ...(0,results/* inventory */.pf)('github'), status: 'not_checked', reason: o.unavailable };
            const mine = declared.flatMap((g) => {
                if (g.kind !== 'github_team')
                    return [g];
                const team = (0,settings/* teamRef */.JO)(g.value, config);
                return team.org === o.org ? [{ ...g, value: team.slug }] : [];
            });
            const inv = await list(o.github, mine, {
                where: many ? `in ${o.org}` : undefined,
                team: slug => (0,settings/* teamValue */.hC)(o.org, slug, config)
            });
            return { ...inv, notes: inv.notes.map(n => (many ? `${o.org}: ${n}` : n)) };
        }),
        ...(c.enterprise ? [listEnterpriseInventory(c)] : [])
    ]);
    const failed = lists.filter(l => l.status === 'not_checked');
    return {
        ...(0,results/* inventory */.pf)('github'),
        ...(failed.length
            ? { status: 'not_checked', reason: failed.map(l => l.reason).join('; ') }
            : {}),
        accounts: lists.flatMap(l => l.accounts),
        requests: lists.reduce((n, l) => n + l.requests, 0),
        notes: lists.flatMap(l => l.notes)
    };
}
async function listEnterpriseInventory(c) {
    const e = c.enterprise;
    const name = (0,enterprise/* enterpriseName */.Z8)({ slug: c.config.enterprise });
    if (!e.github)
        return { ...(0,results/* inventory */.pf)('github'), status: 'not_checked', reason: e.unavailable };
    const before = e.github.octokit.stats.requests;
    try {
        const accounts = await (0,enterprise/* listEnterprise */.mj)(e.github);
        return { ...(0,results/* inventory */.pf)('github'), accounts, requests: e.github.octokit.stats.requests - before };
    }
    catch (error) {
        return {
            ...(0,results/* inventory */.pf)('github'),
            status: 'not_checked',
            reason: `could not list the members of ${name} on GitHub: ${(0,answers/* withHint */.mu)(error)}`,
            requests: e.github.octokit.stats.requests - before
        };
    }
}
/** The steps apply left to a human, read back where they are: deploy keys in their
 *  organization, enterprise removals in the enterprise. */
async function waitingAll(c, steps) {
    const config = c.config;
    const pendingAll = (list, detail) => list.map(step => ({ step, pending: true, detail: detail ?? 'not configured' }));
    if (!config)
        return pendingAll(steps, c.unavailable);
    const ent = steps.filter(s => s.action === 'remove_enterprise_member');
    const keys = steps.filter(s => s.action !== 'remove_enterprise_member');
    const many = (0,settings/* manyOrgs */.d)(config);
    const checks = await Promise.all([
        ...c.orgs.map(async (o) => {
            const prefix = `${o.org}: `;
            const mine = many ? keys.filter(s => s.target.startsWith(prefix)) : keys;
            if (!mine.length)
                return [];
            if (!o.github)
                return pendingAll(mine, o.unavailable);
            const bare = mine.map(s => ({
                ...s,
                target: many ? s.target.slice(prefix.length) : s.target
            }));
            const read = await deployKeysWaiting(o.github.octokit, o.org, bare);
            return read.map((r, i) => ({ ...r, step: mine[i] }));
        }),
        ent.length === 0
            ? Promise.resolve([])
            : c.enterprise?.github
                ? (0,enterprise/* enterpriseWaiting */.f9)(c.enterprise.github, ent)
                : Promise.resolve(pendingAll(ent, c.enterprise?.unavailable))
    ]);
    const read = checks.flat();
    // A step naming no organization of base's (renamed since): checked by hand.
    const unknown = keys.filter(s => !read.some(r => r.step === s));
    return [
        ...read,
        ...unknown.map(step => ({
            step,
            pending: true,
            detail: 'not in an organization of github.orgs: check it by hand'
        }))
    ];
}


/***/ })

};
