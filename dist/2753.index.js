export const id = 2753;
export const ids = [2753];
export const modules = {

/***/ 86693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ awsSettings),
/* harmony export */   bD: () => (/* binding */ awsGrants),
/* harmony export */   bz: () => (/* binding */ isProtected)
/* harmony export */ });
/* harmony import */ var _shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97970);

const awsSettings = (raw) => raw && {
    on_departure: raw.on_departure ?? 'delete',
    revoke_sessions: raw.revoke_sessions ?? true,
    protected: raw.protected ?? [],
    stale_key_days: raw.stale_key_days ?? 90,
    ...(0,_shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .ownRetry */ .Rl)(raw),
    ...(raw.accounts ? { accounts: raw.accounts } : {})
};
const awsGrants = (raw) => ({
    groups: raw.groups ?? [],
    policies: raw.policies ?? []
});
/** Whether `user` is on aws.protected: never touched. */
function isProtected(user, config) {
    // IAM user names are unique regardless of case.
    return config.protected.some(p => p.toLowerCase() === user.toLowerCase());
}


/***/ }),

/***/ 88177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ GROUP_KIND),
/* harmony export */   Oz: () => (/* binding */ AWS_SSO),
/* harmony export */   Rg: () => (/* binding */ foldAccount),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   eL: () => (/* binding */ roleGrants),
/* harmony export */   rO: () => (/* binding */ ASSIGNMENT_KIND),
/* harmony export */   ty: () => (/* binding */ assignmentValue)
/* harmony export */ });
const AWS_SSO = 'aws_sso';
const GROUP_KIND = 'aws_sso_group';
const ASSIGNMENT_KIND = 'aws_sso_assignment';
/** An assignment grant's value: `<account>/<permission set name>`. */
const assignmentValue = (account, permissionSet) => `${account}/${permissionSet}`;
/** User names as Identity Store compares them. */
const foldAccount = (userName) => userName.toLowerCase();
function isProtected(userName, config) {
    const folded = foldAccount(userName);
    return config.protected.some(p => foldAccount(p) === folded);
}
/** Every grant one role's `grants.aws_sso` gives. */
function roleGrants(grants) {
    return [
        ...grants.groups.map(value => ({ platform: AWS_SSO, kind: GROUP_KIND, value })),
        ...grants.assignments.map(a => ({
            platform: AWS_SSO,
            kind: ASSIGNMENT_KIND,
            value: assignmentValue(a.account, a.permission_set)
        }))
    ];
}


/***/ }),

/***/ 17762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ entraDefaults),
/* harmony export */   O4: () => (/* binding */ AUTHORITY_URL_ENV),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   YK: () => (/* binding */ OIDC_URL_ENV),
/* harmony export */   fh: () => (/* binding */ GRAPH_URL_ENV),
/* harmony export */   m1: () => (/* binding */ DEFAULT_AUTHORITY_URL),
/* harmony export */   sR: () => (/* binding */ endpoint),
/* harmony export */   yD: () => (/* binding */ OIDC_TOKEN_ENV),
/* harmony export */   z4: () => (/* binding */ DEFAULT_GRAPH_URL)
/* harmony export */ });
/* unused harmony exports DEFAULT_OIDC_AUDIENCE, credentialEnv */
/** The audience Microsoft documents for federated credentials. */
const DEFAULT_OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** Defaults filled in: federated credentials, sign-in blocked and the user kept. */
function entraDefaults(block) {
    const c = block.credentials ?? {};
    const credentials = c.type === 'client_secret'
        ? { type: 'client_secret', secret_env: c.secret_env ?? '' }
        : c.type === 'certificate'
            ? { type: 'certificate', certificate_env: c.certificate_env ?? '' }
            : { type: 'github_oidc', audience: c.audience ?? DEFAULT_OIDC_AUDIENCE };
    return {
        tenant_id: block.tenant_id,
        client_id: block.client_id,
        ...(block.read_client_id ? { read_client_id: block.read_client_id } : {}),
        credentials,
        on_departure: block.on_departure ?? 'disable',
        app_role_assignments: block.app_role_assignments ?? 'remove',
        protected: block.protected ?? [],
        ...(block.retry ? { retry: block.retry } : {})
    };
}
const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com';
const DEFAULT_AUTHORITY_URL = 'https://login.microsoftonline.com';
/** Environment variables that point the connector elsewhere: a national cloud
 *  (https://graph.microsoft.us with https://login.microsoftonline.us), or the sandbox. */
const GRAPH_URL_ENV = 'OFFBOARD_ENTRA_GRAPH_URL';
const AUTHORITY_URL_ENV = 'OFFBOARD_ENTRA_AUTHORITY_URL';
/** What GitHub Actions sets in a job allowed to request an OIDC token. */
const OIDC_URL_ENV = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Whether a URL names this machine: only there may a credential travel over plain http. */
const isLoopback = (url) => LOOPBACK.has(url.hostname);
/** An endpoint from the environment (or the default), checked: https, or http on loopback. */
function endpoint(env, name, fallback, { query = false } = {}) {
    const raw = env[name] || fallback;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`entra: ${name} is not a URL: ${raw}`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
        throw new Error(`entra: ${name} must be an https URL (plain http only on 127.0.0.1): ${url.origin}`);
    if (url.username || url.password || url.hash || (url.search && !query))
        throw new Error(`entra: ${name} must hold no credentials${query ? '' : ' or query'}: ${url.origin}`);
    return url;
}
/** The environment variables a configuration reads its credentials from. */
function credentialEnv(config) {
    const c = config.credentials;
    if (c.type === 'client_secret')
        return [c.secret_env];
    if (c.type === 'certificate')
        return [c.certificate_env];
    return [OIDC_URL_ENV, OIDC_TOKEN_ENV];
}


/***/ }),

/***/ 43459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ entraGrants),
/* harmony export */   BH: () => (/* binding */ ENTRA),
/* harmony export */   C3: () => (/* binding */ isEntraGroup),
/* harmony export */   GM: () => (/* binding */ entraRoleGrants),
/* harmony export */   Z$: () => (/* binding */ ENTRA_GROUP),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   jP: () => (/* binding */ foldEntraAccount),
/* harmony export */   m0: () => (/* binding */ declaredEntraAccount),
/* harmony export */   ob: () => (/* binding */ entraConfigOf),
/* harmony export */   ok: () => (/* binding */ ENTRA_GROUP_LABEL),
/* harmony export */   sD: () => (/* binding */ entraGroupGrant),
/* harmony export */   z8: () => (/* binding */ ACT)
/* harmony export */ });
/* unused harmony export declaredEntraGrants */
/** The platform's name in plans, the log and the audit. */
const ENTRA = 'entra';
/** A direct membership of an Entra group; the value is the group's object id (lower case). */
const ENTRA_GROUP = 'entra_group';
const ENTRA_GROUP_LABEL = 'Entra group';
/** The `entra` block of platforms.yaml, when it configures one (defaults filled in). */
const entraConfigOf = (platforms) => platforms.entra;
/** `accounts.entra`: the person's userPrincipalName. */
const declaredEntraAccount = (person) => person.accounts.entra;
/** `grants.entra`: what a role grants in Entra ID. */
const declaredEntraGrants = (role) => role.grants.entra;
/** User principal names (and object ids) compare without regard to case. */
const foldEntraAccount = (account) => account.toLowerCase();
/** The grants a role's `grants.entra` gives: a membership of each group it names. Group ids
 *  are GUIDs, which compare without regard to case: they are kept lower case, so that two roles
 *  spelling one id differently grant the same thing. */
const entraGrants = (grants) => (grants.groups ?? []).map(id => entraGroupGrant(id));
/** The grants one role gives in Entra ID. */
const entraRoleGrants = (role) => entraGrants(declaredEntraGrants(role) ?? {});
const entraGroupGrant = (id) => ({
    platform: ENTRA,
    kind: ENTRA_GROUP,
    value: id.toLowerCase()
});
/** Whether a grant is one of Entra's group memberships. */
const isEntraGroup = (g) => g.platform === ENTRA && g.kind === ENTRA_GROUP;
/** Step actions, as logged (here, in a module that imports no value, so that perform can
 *  read them while the registry is still loading the descriptors). */
const ACT = {
    disable: 'disable_sign_in',
    revoke: 'revoke_sign_in_sessions',
    leaveGroup: 'remove_group_member',
    removeAppRole: 'remove_app_role_assignment',
    removeRole: 'remove_directory_role',
    delete: 'delete_user'
};
/** Whether the user (by UPN or object id) is in `protected`. */
function isProtected(config, upn, id) {
    const mine = [upn, id].filter((v) => !!v).map(foldEntraAccount);
    return config.protected.some(p => mine.includes(foldEntraAccount(p)));
}


/***/ }),

/***/ 36927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ lastOwnerReason),
/* harmony export */   GH: () => (/* binding */ GH),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   g$: () => (/* binding */ isLastOwner),
/* harmony export */   iK: () => (/* binding */ planGithubSteps),
/* harmony export */   nJ: () => (/* binding */ pacingNote),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/* harmony import */ var _shared_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16282);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33893);


/** What the plan says the membership removal also ends, so that nobody looks for its write. */
function withEnded(sso, copilot, invitations) {
    const parts = [
        ...(sso
            ? [
                `its ${sso === 1 ? 'SAML SSO credential authorization' : `${sso} SAML SSO credential authorizations`}`
            ]
            : []),
        ...(copilot ? ['its Copilot seat'] : []),
        ...(invitations ? ['the invitation to the login'] : [])
    ];
    return parts.length ? ` ${parts.join(', ')},` : '';
}
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
    deployKey: 'deploy_key',
    // The enterprise's (enterprise.ts).
    enterpriseMember: 'enterprise_membership',
    enterpriseCopilotSeat: 'enterprise_copilot_seat',
    scimUser: 'scim_user'
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
/** The steps whose writes the departures of one change share: those perform.ts sends
 *  through together() (batch.ts). */
const SHARED_WRITES = new Set(['revoke_token_grant', 'deny_token_request', 'remove_copilot_seat']);
/** How many writes one person's steps make on GitHub and how long they take, spaced as GitHub
 *  asks of integrations (one a second for a token): most of a GitHub-bound apply's time. */
function pacingNote(steps, paced) {
    const writes = steps.filter(s => s.mode === 'auto');
    if (writes.length === 0)
        return undefined;
    const n = writes.length;
    const pace = paced
        ? `sent one a second as GitHub asks (about ${n} s)`
        : 'not spaced (OFFBOARD_GITHUB_PACE_WRITES=false)';
    const shared = writes.some(s => SHARED_WRITES.has(s.action))
        ? "; the token grants, token requests and Copilot seats of the change's departures go in one request each"
        : '';
    return `${n} GitHub write${n === 1 ? '' : 's'}, ${pace}${shared}`;
}
/** `together`: the owners leaving in one change when they are all of the organization's. */
function lastOwnerReason(login, org, together) {
    if (typeof together === 'string')
        return `${together} are all the owners of ${org} and all leave in this change: ${login} stays an owner so that the organization keeps one; make someone else an owner first, then run again`;
    return `${login} is the last owner of ${org}: removing or demoting them would leave the organization without an owner; make someone else an owner first, then run again`;
}
/** A membership whose owner is the organization's last. Owners not counted (the read failed):
 *  not the last, since perform counts them again first. */
const isLastOwner = (h) => h.kind === GH.membership &&
    h.details?.role === 'admin' &&
    typeof h.details.owners === 'number' &&
    h.details.owners <= 1;
/** An invitation matched by email alone: perform checks its invitee (see lookup.ts). */
const lookedUp = (h) => h.details?.found_by ? { found_by: h.details.found_by, invitee: h.details.login } : {};
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
            // The whole key id (a number, not a secret): the audit reads the key back by it.
            return `${d.repository} deploy key ${d.key_id} "${d.title}"`;
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
function planGithubSteps(found, scope, config, org = (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .orgsOf */ .n4)(config)[0], 
/** The enterprise's SCIM deprovisioning of this managed user ends the membership. */
deprovisioned = false) {
    const plan = { steps: [], refused: [] };
    if (found.status !== 'checked')
        return plan;
    const login = found.account?.display;
    const person = found.person;
    const where = (t) => ((0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .manyOrgs */ .d)(config) ? `${org}: ${t}` : t);
    const make = (action, h, reason, params, extra = {}) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)('github', person, action, where(target(h)), reason, { org, login, ...params }, extra);
    const refuse = (t, reason) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)('github', person, where(t), reason);
    const steps = [];
    const membership = found.holdings.find(h => h.kind === GH.membership);
    if (scope.kind === 'departure') {
        // Containment first: the membership (or the outside collaboration) goes before any
        // credential, since it cuts every private repository at once and no credential of the
        // person's can reach more than they can. What GitHub ends with the membership gets no
        // write of its own: SAML SSO credential authorizations ("authorized until ... you are
        // removed from the organization"), team memberships, and the Copilot seat, which stops
        // working at once and is billed, pending cancellation, to the cycle's end.
        // An invitation to the login, too: removing the membership "will cancel their invitation".
        const leaves = !!membership && !isLastOwner(membership) && !deprovisioned;
        const ended = (h) => leaves &&
            (h.kind === GH.ssoAuthorization ||
                h.kind === GH.copilotSeat ||
                (h.kind === GH.invitation && sameLogin(h.details?.login, login)));
        const endedCount = (kind) => found.holdings.filter(h => h.kind === kind && ended(h)).length;
        const outside = found.holdings.find(h => h.kind === GH.outsideCollaborator);
        if (membership && isLastOwner(membership))
            plan.refused.push(refuse(membership.id, lastOwnerReason(membership.id, org, membership.details?.leaving_together)));
        else if (leaves)
            steps.push(make('remove_org_membership', membership, `${membership.details?.role} of ${org}; removing the membership also drops${withEnded(endedCount(GH.ssoAuthorization), endedCount(GH.copilotSeat), endedCount(GH.invitation))} every team and repository access`, { role: membership.details?.role }, { contain: true }));
        // The SCIM deprovisioning ends every membership of a managed user (enterprise.ts).
        else if (outside && !deprovisioned)
            steps.push(make('remove_outside_collaborator', outside, `outside collaborator on repositories of ${org}`, {}, { contain: true }));
        for (const h of found.holdings) {
            const credential = CREDENTIAL_STEPS[h.kind];
            if (ended(h))
                continue;
            if (credential)
                steps.push(make(credential.action, h, credential.reason, { id: h.id, ...lookedUp(h) }, 
                // For someone only invited, the invitation is their way in: the containment.
                h.kind === GH.invitation && !membership ? { contain: true } : {}));
            else if (h.kind === GH.copilotSeat &&
                !h.details?.assigning_team &&
                !h.details?.pending_cancellation_date)
                steps.push(make('remove_copilot_seat', h, 'GitHub Copilot seat billed to the organization', {}));
            else if (h.kind === GH.deployKey)
                steps.push(make('review_deploy_key', h, `deploy key added by ${login}: deleting it could break deployments; needs a human to rotate or delete it`, { repository: h.details?.repository, key_id: h.details?.key_id }, { mode: 'manual' }));
        }
    }
    else {
        const removed = (kind) => scope.remove.filter(g => g.platform === 'github' && g.kind === kind).map(g => g.value);
        const teams = removed('github_team');
        for (const h of found.holdings)
            if (h.kind === GH.team && teams.some(t => sameLogin(t, h.id)))
                steps.push(make('remove_team_membership', h, 'team no longer granted by any role', { team: h.id }));
        if (membership?.details?.role === 'admin' && removed('github_org_admin').length > 0) {
            if (isLastOwner(membership))
                plan.refused.push(refuse(membership.id, lastOwnerReason(membership.id, org, membership.details?.leaving_together)));
            else
                steps.push(make('demote_org_admin', membership, `no role grants org_role: admin in ${org} any more`, {}));
        }
    }
    if (login && isProtected(config, login)) {
        const untouched = [...steps.map(s => s.target), ...plan.refused.map(r => r.target)];
        return {
            steps: [],
            refused: untouched.map(t => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)('github', person, t, protectedReason(login)))
        };
    }
    plan.steps = steps;
    return plan;
}


/***/ }),

/***/ 33893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ teamRef),
/* harmony export */   ND: () => (/* binding */ githubSettings),
/* harmony export */   NU: () => (/* binding */ githubGrants),
/* harmony export */   d: () => (/* binding */ manyOrgs),
/* harmony export */   hC: () => (/* binding */ teamValue),
/* harmony export */   n4: () => (/* binding */ orgsOf)
/* harmony export */ });
/* harmony import */ var _shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97970);

const githubSettings = (raw) => raw && {
    ...(raw.org !== undefined ? { org: raw.org } : {}),
    ...(raw.orgs !== undefined ? { orgs: raw.orgs } : {}),
    protected: raw.protected ?? [],
    repository_scan_limit: raw.repository_scan_limit ?? 200,
    ...(raw.enterprise !== undefined ? { enterprise: raw.enterprise } : {}),
    ...(raw.emu !== undefined ? { emu: raw.emu } : {}),
    ...(0,_shared_retry_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .ownRetry */ .Rl)(raw)
};
/** The organizations the block manages, in its order: `[org]`, or `orgs`. */
const orgsOf = (config) => config.orgs ?? (config.org !== undefined ? [config.org] : []);
/** Several organizations: every step, record and finding then names its organization. */
const manyOrgs = (config) => orgsOf(config).length > 1;
/** A team a role grants, as `{ org, slug }`: `org/slug`, or a bare slug in the first
 *  organization. Slugs are lower case on GitHub; roles may spell them either way. */
function teamRef(value, config) {
    const orgs = orgsOf(config);
    const slash = value.indexOf('/');
    const org = slash < 0 ? undefined : orgs.find(o => o.toLowerCase() === value.slice(0, slash).toLowerCase());
    return org
        ? { org, slug: value.slice(slash + 1).toLowerCase() }
        : { org: orgs[0] ?? '', slug: value.toLowerCase() };
}
/** A team's grant value as roles and listings compare it: the bare slug in the first
 *  organization, `org/slug` in the others. */
function teamValue(org, slug, config) {
    const first = orgsOf(config)[0];
    return first !== undefined && first.toLowerCase() === org.toLowerCase()
        ? slug.toLowerCase()
        : `${org}/${slug.toLowerCase()}`;
}
const githubGrants = (raw) => ({
    teams: raw.teams ?? [],
    org_role: raw.org_role ?? 'member'
});


/***/ }),

/***/ 13026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ GOOGLE),
/* harmony export */   J5: () => (/* binding */ googleBlock),
/* harmony export */   PZ: () => (/* binding */ sameEmail),
/* harmony export */   Rg: () => (/* binding */ foldAccount),
/* harmony export */   UN: () => (/* binding */ LOOKS_UP_BY_EMAIL),
/* harmony export */   YU: () => (/* binding */ GOOGLE_GROUP),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   eL: () => (/* binding */ roleGrants),
/* harmony export */   iD: () => (/* binding */ groupGrant),
/* harmony export */   k8: () => (/* binding */ declaredAccount),
/* harmony export */   nr: () => (/* binding */ GROUP_LABEL),
/* harmony export */   tG: () => (/* binding */ CREDENTIALS),
/* harmony export */   xU: () => (/* binding */ transferDriveProblem),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/* harmony import */ var _declarations_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40679);
// What the declarations say about Google Workspace, for the platform descriptor: the account a
// person declares (`accounts.google`, a primary email), the groups a role grants
// (`grants.google.groups`, group emails), how names compare, and what is never touched.

// The boundary with the core, until the connector registry names every platform: `google`
// and `google_group` are not yet members of PlatformName and GrantKind, and people and roles
// and platforms.yaml are not yet typed with their `google` keys. These casts are the only
// ones; wiring Google into the registry removes them.
const GOOGLE = 'google';
const GOOGLE_GROUP = 'google_group';
const googleAccount = (person) => person.accounts.google;
/** The `google:` block of platforms.yaml, when there is one. */
const googleBlock = (platforms) => platforms.google;
const googleGrants = (role) => role.grants.google?.groups ?? [];
/** How the plan and the audit name a grant of this kind. */
const GROUP_LABEL = 'Google group';
/** Emails, primary or alias, compare without regard to case. */
const foldAccount = (account) => account.toLowerCase();
const sameEmail = (a, b) => b !== undefined && foldAccount(a) === foldAccount(b);
/** The account a person declares: `accounts.google`; absent, offboard looks up their email. */
const declaredAccount = (person) => googleAccount(person);
/** A person's accounts are looked up by email (primary or alias) when none is declared:
 *  exactly one user answers, or nothing is used. */
const LOOKS_UP_BY_EMAIL = true;
/** The groups a role grants, as grants. */
function roleGrants(role) {
    return googleGrants(role).map(value => ({ platform: GOOGLE, kind: GOOGLE_GROUP, value }));
}
const groupGrant = (email) => ({
    platform: GOOGLE,
    kind: GOOGLE_GROUP,
    value: email
});
/** What to set so that Google can be checked, for "not checked: no credentials" messages. */
const CREDENTIALS = "the service account key in the variable google.credentials.key_env names (default GOOGLE_SERVICE_ACCOUNT_KEY), or the workflow's OIDC token (permissions: id-token: write) for workload identity federation";
/** The cross-file check of `transfer_drive_to`: it names an active person who declares
 *  `accounts.google` (the account the files go to); the problem, said so that it can be
 *  fixed, or undefined. */
function transferDriveProblem(block, people) {
    const to = block.transfer_drive_to;
    if (to === undefined)
        return undefined;
    const person = people.get(to);
    if (!person)
        return `google.transfer_drive_to names no person "${to}"${(0,_declarations_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(to, people.keys()) || ": use the id of the person whose Google account receives departing people's Drive files"}`;
    if (person.status !== 'active')
        return `google.transfer_drive_to names ${to}, who is departed: name an active person`;
    if (!googleAccount(person))
        return `google.transfer_drive_to names ${to}, who declares no accounts.google: declare the account the Drive files go to in people/${to}.yaml`;
    return undefined;
}
/** Never touched: the `protected` list, and the admin offboard acts as (suspending it would
 *  cut offboard off mid-run). The last super admin is guarded live, in plan and perform. */
function isProtected(config, email) {
    return sameEmail(email, config.admin) || config.protected.some(p => sameEmail(email, p));
}
function protectedReason(config, email) {
    return sameEmail(email, config.admin)
        ? `${email} is the admin offboard acts as (google.admin in platforms.yaml): the tool never touches it; name another super admin there first`
        : `${email} is protected (google.protected in platforms.yaml): the tool never touches it`;
}


/***/ }),

/***/ 67595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ AUTH_URL_ENV),
/* harmony export */   ay: () => (/* binding */ googleConfig),
/* harmony export */   bT: () => (/* binding */ API_URL_ENV),
/* harmony export */   uy: () => (/* binding */ customerId)
/* harmony export */ });
/* unused harmony export DEFAULT_KEY_ENV */
/** The service account key's variable when `credentials` is left out. */
const DEFAULT_KEY_ENV = 'GOOGLE_SERVICE_ACCOUNT_KEY';
function googleConfig(block) {
    return {
        customer_id: block.customer_id ?? 'my_customer',
        ...(block.domain ? { domain: block.domain } : {}),
        admin: block.admin,
        credentials: block.credentials ?? { key_env: DEFAULT_KEY_ENV },
        on_departure: block.on_departure ?? 'suspend',
        ...(block.transfer_drive_to ? { transfer_drive_to: block.transfer_drive_to } : {}),
        protected: block.protected ?? [],
        ...(block.retry ? { retry: block.retry } : {})
    };
}
/** The Data Transfer API takes the immutable customer id; `my_customer` is left out. */
const customerId = (config) => config.customer_id === 'my_customer' ? {} : { customerId: config.customer_id };
// Environment variables that replace Google's hosts, for the sandbox or a test tenant's proxy:
// the Admin SDK (Directory and Data Transfer APIs), and the token services (OAuth 2.0, STS and
// IAM Credentials, whose paths differ: /token, /v1/token, /v1/projects/...).
const API_URL_ENV = 'OFFBOARD_GOOGLE_API_URL';
const AUTH_URL_ENV = 'OFFBOARD_GOOGLE_AUTH_URL';


/***/ }),

/***/ 34685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ OK),
/* harmony export */   i: () => (/* binding */ SUPER_ADMIN),
/* harmony export */   r: () => (/* binding */ discoverOkta)
/* harmony export */ });
/* harmony import */ var _shared_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43500);
/* harmony import */ var _shared_results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16282);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83918);



/** Holding kinds the Okta connector reports. */
const OK = {
    user: 'user',
    group: 'group_membership',
    app: 'app_assignment',
    factor: 'factor',
    grant: 'consent_grant',
    tokens: 'app_tokens',
    role: 'admin_role'
};
/** Roles Okta names so; the one that guards the org is the super administrator. */
const SUPER_ADMIN = 'SUPER_ADMIN';
async function discoverOkta(client, config, who, scope) {
    const found = {
        platform: _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM,
        person: who.person,
        status: 'checked',
        holdings: [],
        notes: []
    };
    let user;
    try {
        user = await findUser(client, who, scope, found.notes);
    }
    catch (err) {
        return { ...found, status: 'not_checked', reason: (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_2__/* .failed */ .gz)(err).detail };
    }
    if (!user)
        return { ...found, status: 'no_account' };
    if ('problem' in user)
        return { ...found, status: 'not_checked', reason: user.problem };
    const u = user.user;
    found.account = { id: u.id, display: u.login };
    const read = secondary(found);
    const departure = scope.kind === 'departure';
    const [groups, apps, factors, grants, clients, roles] = await Promise.all([
        read('group memberships', () => client.userGroups(u.id)),
        departure ? read('app assignments', () => client.appLinks(u.id)) : [],
        departure ? read('factors', () => client.factors(u.id)) : [],
        departure ? read('consent grants', () => client.consentGrants(u.id)) : [],
        departure ? read('apps holding OAuth tokens', () => client.appClients(u.id)) : [],
        read('admin roles', () => client.roles(u.id))
    ]);
    const superAdmin = roles ? roles.some(r => r.type === SUPER_ADMIN) : null;
    const admins = superAdmin
        ? await read('super administrators (for the last-super-admin guard)', () => client.activeSuperAdmins())
        : undefined;
    found.holdings.push({
        kind: OK.user,
        id: u.id,
        label: `user ${u.login} (${statusText(u)}${u.lastLogin ? `, last sign-in ${u.lastLogin.slice(0, 10)}` : ''})`,
        details: {
            login: u.login,
            status: u.status,
            transitioning: u.transitioningToStatus ?? null,
            super_admin: superAdmin,
            super_admins: admins?.length ?? null,
            ...(user.lookedUp ? { found_by: _shared_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .FOUND_BY_LOOKUP */ .gt } : {})
        }
    });
    const removed = new Set(scope.kind === 'reduction'
        ? scope.remove.filter(g => g.platform === _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM && g.kind === _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA_GROUP */ .c$).map(g => g.value)
        : []);
    // Everyone (BUILT_IN) holds every user: nothing to see or leave.
    for (const g of groups ?? [])
        if (g.type !== 'BUILT_IN' && (departure || removed.has(g.name)))
            found.holdings.push({
                kind: OK.group,
                id: g.id,
                label: `group ${g.name}${g.type === 'OKTA_GROUP' ? '' : ` (${g.type})`}`,
                details: { name: g.name, type: g.type }
            });
    for (const name of removed)
        if (groups && !groups.some(g => g.name === name))
            found.notes.push(`${u.login} is not in the Okta group ${name}`);
    for (const r of roles ?? [])
        found.holdings.push({
            kind: OK.role,
            id: r.id,
            label: `admin role ${r.label}${r.assignmentType === 'GROUP' ? ' (through a group)' : ''}`,
            details: { type: r.type, assignment: r.assignmentType }
        });
    if (!departure)
        return found;
    for (const a of apps ?? [])
        found.holdings.push({
            kind: OK.app,
            id: a.appId,
            label: `app ${a.label} (${a.appName})`
        });
    for (const f of factors ?? [])
        found.holdings.push({
            kind: OK.factor,
            id: f.id,
            label: `factor ${f.type} (${f.provider}, ${f.status})`,
            details: { type: f.type, status: f.status }
        });
    const appName = (id) => clients?.find(c => c.clientId === id)?.name ?? id;
    for (const g of grants ?? [])
        found.holdings.push({
            kind: OK.grant,
            id: g.id,
            label: `consent grant of ${g.scope} to the app ${appName(g.clientId)}`,
            details: { client_id: g.clientId, scope: g.scope }
        });
    for (const c of clients ?? [])
        found.holdings.push({
            kind: OK.tokens,
            id: c.clientId,
            label: `OAuth tokens or grants held by the app ${c.name}`,
            details: { name: c.name }
        });
    found.notes.push(...departureNotes(config, u, apps?.length, roles?.length, factors?.map(f => f.type)));
    return found;
}
/** The user for this identity, or why none may be used; undefined when there is none. */
async function findUser(client, who, scope, notes) {
    if (!who.account) {
        notes.push(`no Okta login declared: looked up ${who.email}`);
        const matches = await client.usersByEmail(who.email);
        if (matches.length === 0) {
            notes.push(`no Okta user has the email ${who.email}`);
            return undefined;
        }
        if (matches.length > 1)
            return {
                problem: `not checked: ${matches.length} Okta users have the email ${who.email} (${matches.map(m => m.login).join(', ')}): nothing is touched; declare ${who.person}'s login as accounts.okta in people/${who.person}.yaml`
            };
        const [user] = matches;
        const problem = (0,_shared_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupProblem */ .AE)(who, _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM, { account: user.login, email: user.email }, `the Okta search for the email ${who.email}`);
        return problem ? { problem } : { user, lookedUp: true };
    }
    const byLogin = await client.user(who.account);
    // Okta also answers for a login shortname ("alice" for alice@acme.example): only the login
    // itself (or the user's id) names the account the person declares.
    if (byLogin && byLogin.id !== who.account && !(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(byLogin.login, who.account))
        return {
            problem: `not checked: Okta resolved "${who.account}" to the user ${byLogin.login} (a login shortname): nothing is touched; declare the full login as accounts.okta in people/${who.person}.yaml`
        };
    if (byLogin)
        return { user: byLogin, lookedUp: false };
    const renamed = scope.kind === 'departure' &&
        (await (0,_shared_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .findRenamed */ .WG)(who, _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM, 'Okta user', async (id) => {
            const u = await client.user(id);
            return u?.id === id ? u : undefined;
        }, u => u.login));
    if (renamed && 'refused' in renamed)
        return { problem: renamed.refused };
    if (!renamed) {
        notes.push(`Okta has no user ${who.account}`);
        return undefined;
    }
    notes.push(renamed.note);
    return { user: renamed.found, lookedUp: false };
}
/** Runs one secondary read: an error is recorded as unread, and the read gives undefined. */
function secondary(found) {
    return async (what, read) => {
        try {
            return await read();
        }
        catch (err) {
            ;
            (found.unread ??= []).push({ what, error: (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_2__/* .failed */ .gz)(err).detail });
            return undefined;
        }
    };
}
function statusText(u) {
    const status = u.status.toLowerCase().replace(/_/g, ' ');
    return u.transitioningToStatus
        ? `${status}, becoming ${u.transitioningToStatus.toLowerCase()}`
        : status;
}
/** What the departure does to what no step removes one by one (Okta's help, "Deactivate and
 *  delete user accounts"): suspension ends sessions and keeps everything else; deactivation
 *  also unassigns apps and revokes admin roles; only deletion removes factors and groups. */
function departureNotes(config, u, apps, roles, factors) {
    const notes = [];
    const suspendOnly = config.on_departure === 'suspend';
    const n = (count, what) => `${count} ${what}${count === 1 ? '' : 's'}`;
    if (u.status === 'DEPROVISIONED')
        notes.push(`${u.login} is already deactivated in Okta`);
    if (apps)
        notes.push(suspendOnly
            ? `${n(apps, 'app assignment')}: suspension keeps them, and blocks single sign-on to them while the user is suspended`
            : `${n(apps, 'app assignment')}: deactivation unassigns every app (and deprovisions the account where the app's provisioning is on)`);
    if (roles)
        notes.push(suspendOnly
            ? `${n(roles, 'admin role')}: suspension keeps them, unusable while the user cannot sign in`
            : `${n(roles, 'admin role')}: deactivation revokes them`);
    if (factors?.length)
        notes.push(`${n(factors.length, 'factor')} enrolled (${[...new Set(factors)].join(', ')}): ${config.on_departure === 'delete'
            ? 'deactivation keeps them enrolled but unusable (a deactivated user cannot sign in); deletion removes them with the user'
            : `${suspendOnly ? 'suspension' : 'deactivation'} keeps them enrolled but unusable, since the user cannot sign in; reset them before ever reactivating the user`}`);
    return notes;
}


/***/ }),

/***/ 45897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ planOktaSteps),
/* harmony export */   bz: () => (/* binding */ isProtected),
/* harmony export */   rW: () => (/* binding */ GUARDED_ACTIONS),
/* harmony export */   zN: () => (/* binding */ protectedReason),
/* harmony export */   zO: () => (/* binding */ lastSuperAdminReason)
/* harmony export */ });
/* harmony import */ var _shared_results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16282);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34685);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83918);



function isProtected(config, login) {
    return config.protected.some(p => (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(p, login));
}
function protectedReason(login) {
    return `${login} is protected (okta.protected in platforms.yaml): the tool never touches it`;
}
function lastSuperAdminReason(login) {
    return `${login} is the last active super administrator of the Okta org: suspending, deactivating or removing them from groups could leave nobody able to administer it; make someone else a super administrator first, then run again`;
}
/** The steps that change who the user is (lifecycle) or what they are in (groups): the ones
 *  the last super administrator is kept from. */
const GUARDED_ACTIONS = new Set([
    'suspend_user',
    'deactivate_user',
    'delete_user',
    'remove_from_group'
]);
function planOktaSteps(found, scope, config) {
    const plan = { steps: [], refused: [] };
    const user = found.holdings.find(h => h.kind === _discover_js__WEBPACK_IMPORTED_MODULE_0__.OK.user);
    if (found.status !== 'checked' || !user)
        return plan;
    const d = user.details ?? {};
    const login = String(d.login ?? user.id);
    const person = found.person;
    const refuse = (target, reason) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_2__/* .refusal */ .x5)(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM, person, target, reason);
    const make = (action, target, reason, params = {}, extra = {}) => (0,_shared_results_js__WEBPACK_IMPORTED_MODULE_2__/* .step */ .PM)(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM, person, action, target, reason, {
        user_id: user.id,
        login,
        // null: the roles could not be read; perform then checks live.
        super_admin: d.super_admin ?? null,
        ...(d.found_by ? { found_by: d.found_by } : {}),
        ...params
    }, extra);
    const groupStep = (h, reason, after) => {
        const name = String(h.details?.name ?? h.id);
        const type = String(h.details?.type ?? '');
        const params = { group_id: h.id, group_name: name };
        if (type === 'OKTA_GROUP')
            return make('remove_from_group', `group ${name}`, reason, params, { after });
        return make('remove_from_group', `group ${name}`, type === 'APP_GROUP'
            ? `${reason}; its members are imported from a directory (APP_GROUP): remove ${login} from it there (e.g. Active Directory), Okta cannot`
            : `${reason}; Okta manages its members itself (${type}): it cannot be left`, params, { after, mode: 'manual' });
    };
    const steps = [];
    const status = String(d.status ?? '');
    const groups = found.holdings.filter(h => h.kind === _discover_js__WEBPACK_IMPORTED_MODULE_0__.OK.group && h.details?.type !== 'BUILT_IN');
    if (scope.kind === 'reduction') {
        const removed = scope.remove
            .filter(g => g.platform === _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA */ .SM && g.kind === _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .OKTA_GROUP */ .c$)
            .map(g => g.value);
        for (const h of groups)
            if (removed.includes(String(h.details?.name)))
                steps.push(groupStep(h, 'no role grants this Okta group any more', []));
    }
    else {
        const deprovisioned = status === 'DEPROVISIONED';
        const contain = { contain: true };
        const kill = [];
        if (!deprovisioned)
            kill.push(make('clear_sessions', login, 'end every Okta session and revoke the OpenID Connect and OAuth tokens Okta issued: single sign-on to every app stops', {}, contain));
        if (status === 'ACTIVE')
            kill.push(make('suspend_user', login, config.on_departure === 'suspend'
                ? 'departure (on_departure: suspend): block sign-in; groups, apps and factors are kept'
                : 'block sign-in at once; deactivation follows once the rest is revoked', {}, contain));
        else if (config.on_departure === 'suspend' && !deprovisioned && status !== 'SUSPENDED')
            kill.push(make('suspend_user', login, `on_departure is suspend, but Okta suspends only active users and ${login} is ${status}: deactivate them in Okta, or set okta.on_departure to deactivate`, {}, { mode: 'manual' }));
        const first = kill.filter(s => s.mode === 'auto').map(s => s.id);
        steps.push(...kill);
        if (!deprovisioned) {
            const grants = found.holdings.filter(h => h.kind === _discover_js__WEBPACK_IMPORTED_MODULE_0__.OK.grant);
            if (grants.length)
                steps.push(make('revoke_consent_grants', `${login} consent grants`, `${grants.length} consent grant${grants.length === 1 ? '' : 's'} given to apps (${[...new Set(grants.map(g => g.details?.scope))].join(', ')})`, {}, { after: first }));
            for (const h of found.holdings.filter(x => x.kind === _discover_js__WEBPACK_IMPORTED_MODULE_0__.OK.tokens))
                steps.push(make('revoke_app_tokens', `tokens of app ${h.details?.name ?? h.id}`, `refresh tokens the app ${h.details?.name ?? h.id} holds for ${login}`, { client_id: h.id }, { after: first, ...contain }));
        }
        for (const h of groups)
            steps.push(groupStep(h, `member of the Okta group`, first));
        const before = steps.filter(s => s.mode === 'auto').map(s => s.id);
        const deactivate = config.on_departure !== 'suspend' && !deprovisioned
            ? make('deactivate_user', login, `departure (on_departure: ${config.on_departure}): deactivate the user; Okta unassigns every app and revokes admin roles`, {}, { after: before })
            : undefined;
        if (deactivate)
            steps.push(deactivate);
        if (config.on_departure === 'delete')
            steps.push(make('delete_user', login, 'departure (on_departure: delete): delete the deactivated user, with their factors and group memberships', {}, { after: deactivate ? [deactivate.id] : before }));
    }
    if (isProtected(config, login))
        return { steps: [], refused: steps.map(s => refuse(s.target, protectedReason(login))) };
    // Admins not counted (the read failed): planned, since perform counts them again first.
    const last = d.super_admin === true &&
        status === 'ACTIVE' &&
        typeof d.super_admins === 'number' &&
        d.super_admins <= 1;
    const guarded = (s) => last && GUARDED_ACTIONS.has(s.action);
    for (const s of steps.filter(guarded))
        plan.refused.push(refuse(s.target, lastSuperAdminReason(login)));
    const kept = new Set(steps.filter(s => !guarded(s)).map(s => s.id));
    plan.steps = steps
        .filter(s => kept.has(s.id))
        .map(s => ({ ...s, after: s.after.filter(id => kept.has(id)) }));
    return plan;
}


/***/ }),

/***/ 83469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ readScopes),
/* harmony export */   WN: () => (/* binding */ OKTA_URL_ENV),
/* harmony export */   sL: () => (/* binding */ credentialsProblem),
/* harmony export */   ww: () => (/* binding */ oktaConfig)
/* harmony export */ });
/* unused harmony exports OKTA_SCOPES, OKTA_DEFAULTS */
/** What apply needs: end sessions, revoke tokens and grants, change the user's lifecycle
 *  (okta.users.manage), leave groups (okta.groups.manage), and tell super admins apart
 *  (okta.roles.read). docs/okta.md gives the reason for each. */
const OKTA_SCOPES = [
    'okta.users.manage',
    'okta.groups.manage',
    'okta.roles.read'
];
const OKTA_DEFAULTS = { scopes: OKTA_SCOPES, on_departure: 'deactivate', protected: [] };
/** The environment variable that replaces `org_url` when set (the sandbox sets it). */
const OKTA_URL_ENV = 'OFFBOARD_OKTA_URL';
function oktaConfig(block) {
    return {
        ...block,
        scopes: [...(block.scopes ?? OKTA_DEFAULTS.scopes)],
        on_departure: block.on_departure ?? OKTA_DEFAULTS.on_departure,
        protected: [...(block.protected ?? OKTA_DEFAULTS.protected)]
    };
}
/** Plan and audit only read: each `.manage` scope is asked for as its `.read` counterpart. */
function readScopes(scopes) {
    return [...new Set(scopes.map(s => s.replace(/\.manage$/, '.read')))];
}
/** Why the block cannot sign in, or undefined: exactly one of an API token or a service app
 *  (client_id with private_key_env). */
function credentialsProblem(block) {
    const app = block.client_id !== undefined || block.private_key_env !== undefined;
    if (block.token_env !== undefined && app)
        return 'give either token_env (an API token) or client_id with private_key_env (a service app), not both';
    if (block.token_env === undefined && !app)
        return 'no credentials: set token_env (the variable holding an API token) or client_id and private_key_env (a service app and the variable holding its private key)';
    if (app && (block.client_id === undefined || block.private_key_env === undefined))
        return `a service app needs both client_id and private_key_env (${block.client_id === undefined ? 'client_id' : 'private_key_env'} is missing)`;
    return undefined;
}


/***/ }),

/***/ 83918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rg: () => (/* binding */ foldAccount),
/* harmony export */   SM: () => (/* binding */ OKTA),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   c$: () => (/* binding */ OKTA_GROUP)
/* harmony export */ });
// Okta's names in the shared vocabulary (grants.ts): the platform, its one grant kind, and how
// logins compare. The descriptor (index.ts) says the same to the core.
const OKTA = 'okta';
/** Value: the group's name. */
const OKTA_GROUP = 'okta_group';
/** Okta logins ignore case. */
const foldAccount = (login) => login.toLowerCase();
const sameLogin = (a, b) => a !== undefined && b !== undefined && foldAccount(a) === foldAccount(b);


/***/ }),

/***/ 39954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mR: () => (/* binding */ configuredInstance),
  Zv: () => (/* binding */ configuredInstances),
  nb: () => (/* binding */ descriptorOf),
  IV: () => (/* binding */ instancesNamed),
  Uz: () => (/* binding */ platformDescriptors),
  f5: () => (/* binding */ settingsOf)
});

// UNUSED EXPORTS: registerPlatform

;// CONCATENATED MODULE: ./src/connectors/descriptor.ts
/** A platform's connector module, imported the first time it is asked for and then shared by
 *  every instance and every later call. */
function lazily(load) {
    let loaded;
    return () => (loaded ??= load());
}
/** The path below `accounts.<key>` of an account declared right there: one for every person of
 *  a tree (YamlPath is read-only), not one each. */
const NO_PATH = [];
/** The instance-shaped fields of a platform with one instance, named by its key: its block
 *  (when present), its account name, its whole grants block. */
function singleInstance(key, detail) {
    return {
        instances: (settings) => settings === undefined
            ? []
            : [{ name: key, settings, ...(detail ? { detail: detail(settings) } : {}) }],
        declaredAccounts: (account) => [
            { instance: key, account, path: NO_PATH }
        ],
        accountPath: () => [],
        grantedInstances: () => [{ instance: key, path: [] }]
    };
}

// EXTERNAL MODULE: ./src/connectors/github/plan.ts
var plan = __webpack_require__(36927);
// EXTERNAL MODULE: ./src/connectors/github/settings.ts
var github_settings = __webpack_require__(33893);
;// CONCATENATED MODULE: ./src/connectors/github/index.ts
// GitHub as the core sees it: one instance for the organizations (github.org or github.orgs)
// and their enterprise, a person's login (accounts.github), a role's teams and org role
// (grants.github).



const connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(9879), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 80884)));
const lower = (s) => s.toLowerCase();
const github = {
    key: 'github',
    title: 'GitHub',
    settings: raw => (0,github_settings/* githubSettings */.ND)(raw),
    grants: raw => (0,github_settings/* githubGrants */.NU)(raw),
    ...singleInstance('github', s => [(0,github_settings/* orgsOf */.n4)(s).join(', '), s.enterprise && `enterprise ${s.enterprise}${s.emu ? ' (EMU)' : ''}`]
        .filter(Boolean)
        .join('; ')),
    accountLabel: () => 'GitHub login',
    foldAccount: lower,
    isProtected: (config, login) => (0,plan/* isProtected */.bz)(config, login),
    lookupByEmail: false,
    roleGrants(grants, settings) {
        // One spelling per team (see teamValue), so that roles and listings compare alike.
        const team = (value) => {
            if (!settings)
                return value;
            const { org, slug } = (0,github_settings/* teamRef */.JO)(value, settings);
            return (0,github_settings/* teamValue */.hC)(org, slug, settings);
        };
        const out = grants.teams.map(value => ({
            platform: 'github',
            kind: 'github_team',
            value: team(value)
        }));
        // Owners of every organization: each org's login is a value.
        if (grants.org_role === 'admin' && settings)
            for (const org of (0,github_settings/* orgsOf */.n4)(settings))
                out.push({ platform: 'github', kind: 'github_org_admin', value: org });
        return out;
    },
    grantKinds: { github_team: 'GitHub team', github_org_admin: 'GitHub org owner of' },
    foldGrantValue: lower,
    credentials: 'GITHUB_TOKEN, or GITHUB_TOKEN_<ORG> per organization and GITHUB_ENTERPRISE_TOKEN for the enterprise',
    checkSettings(config, report) {
        if (!config)
            return;
        if (config.org !== undefined && config.orgs !== undefined)
            report(['github', 'orgs'], `github.org and github.orgs are both set: keep one. For several organizations keep github.orgs (and add ${config.org} to it if it is still managed), for one keep github.org`);
        else if ((0,github_settings/* orgsOf */.n4)(config).length === 0)
            report(['github'], 'github names no organization: set github.org (or github.orgs for several)');
        if (config.emu && !config.enterprise)
            report(['github', 'emu'], 'github.emu is true but github.enterprise is not set: name the enterprise whose SCIM API deprovisions its managed users');
        const orgs = (0,github_settings/* orgsOf */.n4)(config).map(o => o.toLowerCase());
        orgs.forEach((o, i) => {
            if (orgs.indexOf(o) !== i)
                report(['github', 'orgs', i], `organization ${o} is listed twice in github.orgs: keep one`);
        });
    },
    // GitHub asks integrations to space writes; simulated servers do not need it.
    connector: async (_, env) => (await connectorModule()).createGithubConnector({
        paceWrites: env.OFFBOARD_GITHUB_PACE_WRITES !== 'false'
    })
};

// EXTERNAL MODULE: ./src/connectors/shared/aws-sdk.ts
var aws_sdk = __webpack_require__(36200);
// EXTERNAL MODULE: ./src/connectors/aws/settings.ts
var settings = __webpack_require__(86693);
;// CONCATENATED MODULE: ./src/connectors/aws/index.ts



const aws_connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(6764), __webpack_require__.e(1695), __webpack_require__.e(8633)]).then(__webpack_require__.bind(__webpack_require__, 28633)));
const instanceOf = (id) => `aws:${id}`;
/** The member account an instance works in; undefined for `aws`. */
const accountOf = (instance) => instance.startsWith('aws:') ? instance.slice('aws:'.length) : undefined;
/** The account id in a role ARN (arn:aws:iam::123456789012:role/offboard). */
const arnAccount = (arn) => arn.split(':')[4];
function instances(config) {
    if (!config)
        return [];
    if (!config.accounts)
        return [{ name: 'aws', settings: config }];
    return config.accounts.map(assume => ({
        name: instanceOf(assume.id),
        settings: { ...config, assume },
        detail: assume.role_arn
    }));
}
const aws = {
    key: 'aws',
    title: 'AWS IAM',
    settings: raw => (0,settings/* awsSettings */.Tk)(raw),
    grants: raw => (0,settings/* awsGrants */.bD)(raw),
    instances,
    // A name alone is declared under the key: in every account of aws.accounts (registry.ts
    // instancesNamed), or in the credentials' own account without them.
    declaredAccounts: account => typeof account === 'string'
        ? [{ instance: 'aws', account, path: NO_PATH }]
        : Object.entries(account).map(([id, name]) => ({
            instance: instanceOf(id),
            account: name,
            path: [id]
        })),
    accountPath: () => [],
    accountLabel: instance => {
        const id = accountOf(instance);
        return id ? `account ${id} IAM user` : 'IAM user';
    },
    // IAM refuses both "Bob" and "bob" in one account.
    foldAccount: s => s.toLowerCase(),
    // One protected list for every account.
    isProtected: (config, user) => (0,settings/* isProtected */.bz)(user, config),
    lookupByEmail: false,
    // In every account; without an aws block, as `aws` (validate reports the block missing).
    roleGrants: (grants, config) => (config ? instances(config).map(i => i.name) : ['aws']).flatMap(platform => [
        ...grants.groups.map(value => ({ platform, kind: 'aws_group', value })),
        ...grants.policies.map(value => ({ platform, kind: 'aws_policy', value }))
    ]),
    grantedInstances: () => [{ instance: 'aws', path: [] }],
    grantKinds: { aws_group: 'IAM group', aws_policy: 'IAM policy' },
    credentials: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role; with aws.accounts, ones that may assume each role)',
    concurrency: aws_sdk/* AWS_CONCURRENCY */.MK,
    staleCredentials: { kind: 'access_key', days: settings => settings?.stale_key_days },
    unconfigured(instance, config, remedy) {
        const id = accountOf(instance);
        if (!id || !config)
            return undefined;
        return `AWS account ${id} is not in aws.accounts of platforms.yaml: add it there ({ id: "${id}", role_arn: ... }), or ${remedy}`;
    },
    checkSettings(config, report) {
        const seen = new Set();
        config?.accounts?.forEach((account, i) => {
            const at = ['aws', 'accounts', i];
            if (seen.has(account.id))
                report([...at, 'id'], `AWS account ${account.id} is listed twice in aws.accounts: keep one entry per account`);
            seen.add(account.id);
            for (const key of ['role_arn', 'read_role_arn']) {
                const arn = account[key];
                const roleIn = arn && arnAccount(arn);
                if (roleIn && roleIn !== account.id)
                    report([...at, key], `${key} ${arn} is a role in account ${roleIn}, not in ${account.id}: name the role offboard assumes in account ${account.id} (arn:aws:iam::${account.id}:role/...)`);
            }
        });
    },
    trust(base, head, notes, standard) {
        if (base && head)
            trustAccounts(base, head, notes);
        return standard(['accounts']);
    },
    connector: async (instance) => (await aws_connectorModule()).awsConnector(instance)
};
/** Where credentials go is base's to say: head's differences in aws.accounts are notices. */
function trustAccounts(base, head, notes) {
    const [b, h] = [base.accounts, head.accounts];
    const ids = (list) => list.map(a => a.id).join(', ');
    if (!b && h)
        return notes.added('aws.accounts', `head assumes roles in AWS accounts ${ids(h)} (this change works in the credentials' own account)`);
    if (b && !h)
        return notes.dropped('aws.accounts', `head removes aws.accounts (${ids(b)}), leaving the credentials' own account`, ...b.map(a => instanceOf(a.id)));
    if (!b || !h)
        return;
    const inHead = new Map(h.map(a => [a.id, a]));
    const inBase = new Set(b.map(a => a.id));
    for (const account of b) {
        const other = inHead.get(account.id);
        const setting = `aws.accounts[${account.id}]`;
        if (other)
            notes.compare(setting, account, other);
        else
            notes.dropped(setting, 'head removes this AWS account', instanceOf(account.id));
    }
    for (const account of h)
        if (!inBase.has(account.id))
            notes.added(`aws.accounts[${account.id}]`, `head adds AWS account ${account.id} (role ${account.role_arn})`);
}

// EXTERNAL MODULE: ./src/connectors/shared/retry-budget.ts
var retry_budget = __webpack_require__(97970);
;// CONCATENATED MODULE: ./src/connectors/slack/settings.ts

const slackSettings = (raw) => raw && {
    deactivate_with: raw.deactivate_with ?? 'scim',
    protected: raw.protected ?? [],
    ...(0,retry_budget/* ownRetry */.Rl)(raw)
};
const slackGrants = (raw) => ({
    usergroups: raw.usergroups ?? [],
    channels: raw.channels ?? []
});

;// CONCATENATED MODULE: ./src/connectors/slack/index.ts
// Slack as the core sees it: a workspace or Enterprise Grid organization (slack:), a person's
// member id (accounts.slack, or found by email), a role's user groups and channels
// (grants.slack).


const slack_connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(5105), __webpack_require__.e(3875)]).then(__webpack_require__.bind(__webpack_require__, 13875)));
const slack = {
    key: 'slack',
    title: 'Slack',
    settings: raw => slackSettings(raw),
    grants: raw => slackGrants(raw),
    ...singleInstance('slack'),
    accountLabel: () => 'Slack member',
    // Member ids are exact.
    foldAccount: s => s,
    isProtected: (config, member) => config.protected.includes(member),
    lookupByEmail: true,
    roleGrants: grants => [
        ...grants.usergroups.map(value => ({ platform: 'slack', kind: 'slack_usergroup', value })),
        ...grants.channels.map(value => ({ platform: 'slack', kind: 'slack_channel', value }))
    ],
    grantKinds: { slack_usergroup: 'Slack user group', slack_channel: 'Slack channel' },
    credentials: 'SLACK_TOKEN',
    connector: async () => (await slack_connectorModule()).slack
};

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __webpack_require__(40679);
;// CONCATENATED MODULE: ./src/connectors/scim/settings.ts
const scimSettings = (raw) => (raw ?? []).map(a => ({ ...a, on_departure: a.on_departure ?? 'deactivate' }));

;// CONCATENATED MODULE: ./src/connectors/scim/index.ts
// SCIM 2.0 apps as the core sees them: one instance per app of platforms.yaml's `scim:` list,
// named `scim:<app>`; a person's userName in each (accounts.scim.<app>, or found by email); a
// role's apps (grants.scim).



const scim_connectorModule = lazily(() => __webpack_require__.e(/* import() */ 9785).then(__webpack_require__.bind(__webpack_require__, 99785)));
// Each app's instance name and account path, made once: every person declares them.
const appNames = new Map();
const appEntry = (app) => {
    let entry = appNames.get(app);
    if (!entry)
        appNames.set(app, (entry = { instance: `scim:${app}`, path: [app] }));
    return entry;
};
const scim_instanceOf = (app) => appEntry(app).instance;
const appOf = (instance) => instance.slice('scim:'.length);
const scim = {
    key: 'scim',
    title: 'SCIM apps',
    settings: raw => scimSettings(raw),
    grants: raw => raw,
    instances: apps => apps.map(settings => ({ name: scim_instanceOf(settings.name), settings })),
    declaredAccounts: accounts => Object.entries(accounts).map(([app, account]) => {
        const { instance, path } = appEntry(app);
        return { instance, account, path };
    }),
    accountPath: instance => [appOf(instance)],
    accountLabel: instance => `${appOf(instance)} user`,
    // userNames are case-insensitive (RFC 7643 caseExact: false).
    foldAccount: s => s.toLowerCase(),
    isProtected: () => false,
    lookupByEmail: true,
    roleGrants: apps => apps.map(app => ({ platform: scim_instanceOf(app), kind: 'scim_app', value: app })),
    grantedInstances: apps => apps.map((app, i) => ({ instance: scim_instanceOf(app), path: [i] })),
    grantKinds: { scim_app: 'account in' },
    credentials: "the token variable the SCIM app's entry in platforms.yaml names",
    unconfigured(instance, apps, remedy) {
        const app = appOf(instance);
        const names = apps.map(a => a.name);
        return `SCIM app "${app}" is not configured in platforms.yaml${(0,suggest/* didYouMean */.a)(app, names) || `: add it under scim:, or ${remedy}`}`;
    },
    checkSettings(apps, report) {
        const seen = new Set();
        apps.forEach((app, i) => {
            if (seen.has(app.name))
                report(['scim', i, 'name'], `SCIM app "${app.name}" is configured twice: give each app its own name`);
            seen.add(app.name);
        });
    },
    trust(base, head, notes) {
        const headApps = new Map(head.map(a => [a.name, a]));
        const baseApps = new Set(base.map(a => a.name));
        for (const app of base) {
            const h = headApps.get(app.name);
            if (h)
                notes.compare(`scim[${app.name}]`, app, h);
            else
                notes.dropped(`scim[${app.name}]`, 'head removes this SCIM app', scim_instanceOf(app.name));
        }
        for (const app of head)
            if (!baseApps.has(app.name))
                notes.added(`scim[${app.name}]`, `head adds this SCIM app (base_url ${app.base_url}, token_env ${app.token_env})`);
        return base;
    },
    connector: async (instance) => (await scim_connectorModule()).scimApp(instance.settings)
};

// EXTERNAL MODULE: ./src/connectors/aws_sso/rules.ts
var rules = __webpack_require__(88177);
;// CONCATENATED MODULE: ./src/connectors/aws_sso/types.ts
function awsSsoConfig(raw) {
    return {
        instance_arn: raw.instance_arn,
        identity_store_id: raw.identity_store_id,
        region: raw.region,
        on_departure: raw.on_departure ?? 'delete',
        revoke_sessions: raw.revoke_sessions ?? true,
        protected: raw.protected ?? [],
        ...(raw.retry ? { retry: raw.retry } : {})
    };
}
function awsSsoGrants(raw) {
    return { groups: raw.groups ?? [], assignments: raw.assignments ?? [] };
}

;// CONCATENATED MODULE: ./src/connectors/aws_sso/index.ts
// IAM Identity Center as the core sees it: one instance and its identity store (aws_sso:), a
// person's Identity Store user name (accounts.aws_sso, or found by email), a role's groups and
// direct account assignments (grants.aws_sso). What it imports from its folder is used inside
// functions only: the registry reads descriptors lazily to break an import loop.




const aws_sso_connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4739), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 40871)));
const awsSso = {
    key: 'aws_sso',
    title: 'AWS IAM Identity Center',
    settings: raw => (raw === undefined ? undefined : awsSsoConfig(raw)),
    grants: raw => awsSsoGrants(raw),
    ...singleInstance('aws_sso', s => s.identity_store_id),
    accountLabel: () => 'Identity Center user',
    foldAccount: userName => (0,rules/* foldAccount */.Rg)(userName),
    isProtected: (config, userName) => (0,rules/* isProtected */.bz)(userName, config),
    // The user is used only when exactly one Identity Store user has the email and nobody else
    // declares it (connector.ts).
    lookupByEmail: true,
    roleGrants: grants => (0,rules/* roleGrants */.eL)(grants),
    grantKinds: {
        aws_sso_group: 'Identity Center group',
        aws_sso_assignment: 'Identity Center assignment'
    },
    credentials: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role)',
    concurrency: aws_sdk/* AWS_CONCURRENCY */.MK,
    connector: async (instance) => (await aws_sso_connectorModule()).awsSsoConnector(instance.settings)
};

// EXTERNAL MODULE: ./src/connectors/entra/types.ts
var types = __webpack_require__(17762);
// EXTERNAL MODULE: ./src/connectors/entra/vocabulary.ts
var vocabulary = __webpack_require__(43459);
;// CONCATENATED MODULE: ./src/connectors/entra/index.ts
// Microsoft Entra ID as the core sees it: a tenant (entra:), a person's userPrincipalName
// (accounts.entra, or found by email), a role's groups by object id (grants.entra). What it
// imports from this folder is used inside functions only: the registry reads descriptors
// lazily (see registry.ts).



const entra_connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(2830), __webpack_require__.e(8901), __webpack_require__.e(5007)]).then(__webpack_require__.bind(__webpack_require__, 65007)));
const entra = {
    key: 'entra',
    title: 'Entra ID',
    settings: raw => (raw === undefined ? undefined : (0,types/* entraDefaults */.HP)(raw)),
    grants: raw => ({ groups: raw.groups ?? [] }),
    ...singleInstance('entra'),
    accountLabel: () => 'Entra user',
    foldAccount: account => (0,vocabulary/* foldEntraAccount */.jP)(account),
    isProtected: (config, upn) => (0,vocabulary/* isProtected */.bz)(config, upn),
    lookupByEmail: true,
    roleGrants: grants => (0,vocabulary/* entraGrants */.A5)(grants),
    grantKinds: { [vocabulary/* ENTRA_GROUP */.Z$]: vocabulary/* ENTRA_GROUP_LABEL */.ok },
    credentials: "the Entra app's credentials: the GitHub OIDC token (id-token: write), or the secret or certificate variable the entra block names",
    connector: async (instance) => (await entra_connectorModule()).entraConnector(instance.settings)
};

// EXTERNAL MODULE: ./src/connectors/google/declared.ts
var declared = __webpack_require__(13026);
// EXTERNAL MODULE: ./src/connectors/google/types.ts
var google_types = __webpack_require__(67595);
;// CONCATENATED MODULE: ./src/connectors/google/index.ts
// Google Workspace as the core sees it: a customer (google:), a person's primary email
// (accounts.google, or found by email or alias), a role's groups by email (grants.google).
// What it imports from this folder is used inside functions only: the registry reads
// descriptors lazily (see registry.ts).



const google_connectorModule = lazily(() => Promise.all(/* import() */[__webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(470), __webpack_require__.e(4917), __webpack_require__.e(5160)]).then(__webpack_require__.bind(__webpack_require__, 75160)));
const google = {
    key: 'google',
    title: 'Google Workspace',
    settings: raw => (raw === undefined ? undefined : (0,google_types/* googleConfig */.ay)(raw)),
    grants: raw => ({ groups: raw.groups ?? [] }),
    ...singleInstance('google'),
    accountLabel: () => 'Google user',
    foldAccount: account => (0,declared/* foldAccount */.Rg)(account),
    isProtected: (config, email) => (0,declared/* isProtected */.bz)(config, email),
    lookupByEmail: declared/* LOOKS_UP_BY_EMAIL */.UN,
    roleGrants: grants => grants.groups.map(declared/* groupGrant */.iD),
    grantKinds: { [declared/* GOOGLE_GROUP */.YU]: declared/* GROUP_LABEL */.nr },
    // Group emails compare without regard to case.
    foldGrantValue: value => value.toLowerCase(),
    credentials: declared/* CREDENTIALS */.tG,
    checkPeople(config, people, report) {
        const problem = config && (0,declared/* transferDriveProblem */.xU)(config, people);
        if (problem)
            report(['google', 'transfer_drive_to'], problem);
    },
    connector: async (instance) => (await google_connectorModule()).googleConnector(instance.settings)
};

// EXTERNAL MODULE: ./src/connectors/okta/plan.ts
var okta_plan = __webpack_require__(45897);
// EXTERNAL MODULE: ./src/connectors/okta/types.ts
var okta_types = __webpack_require__(83469);
// EXTERNAL MODULE: ./src/connectors/okta/vocabulary.ts
var okta_vocabulary = __webpack_require__(83918);
;// CONCATENATED MODULE: ./src/connectors/okta/index.ts
// Okta as the core sees it: an org (okta:), a person's login (accounts.okta, or found by
// email), a role's groups (grants.okta). What it uses of this folder it reads inside functions:
// the registry reads descriptors while the core's modules may still be loading.




const okta_connectorModule = lazily(() => __webpack_require__.e(/* import() */ 6495).then(__webpack_require__.bind(__webpack_require__, 36495)));
const okta = {
    key: 'okta',
    title: 'Okta',
    settings: raw => (raw === undefined ? undefined : (0,okta_types/* oktaConfig */.ww)(raw)),
    grants: raw => ({ groups: raw.groups ?? [] }),
    ...singleInstance('okta', s => s.org_url),
    accountLabel: () => 'Okta login',
    foldAccount: login => (0,okta_vocabulary/* foldAccount */.Rg)(login),
    isProtected: (config, login) => (0,okta_plan/* isProtected */.bz)(config, login),
    lookupByEmail: true,
    roleGrants: grants => grants.groups.map(value => ({ platform: 'okta', kind: 'okta_group', value })),
    grantKinds: { okta_group: 'Okta group' },
    credentials: 'the API token in the variable okta.token_env names (or the service app key okta.private_key_env names)',
    // The schema cannot say "exactly one way of signing in" as clearly.
    checkSettings(config, report) {
        const problem = config && (0,okta_types/* credentialsProblem */.sL)(config);
        if (problem)
            report(['okta'], problem);
    },
    connector: async (instance) => (await okta_connectorModule()).oktaConnector(instance.settings)
};

;// CONCATENATED MODULE: ./src/connectors/registry.ts
// The platforms offboard manages, in the order plans, audits and the schemas list them. Adding
// one is its folder under src/connectors/ (its descriptor in index.ts, its schema.json) plus its
// import and its entry below; scripts/access-schemas.mjs reads the folder names from the
// imports, so they list the platforms in the same order as the entries.








// A function, not a constant: connectors import the core, which imports this registry, so the
// descriptors are read when first asked for, never while the modules are still loading.
const builtIn = () => [github, aws, slack, scim, awsSso, entra, google, okta];
let registered;
const registry = () => (registered ??= new Map(builtIn().map((p) => [p.key, p])));
/** Every platform, in registry order. */
const platformDescriptors = () => [...registry().values()];
/** Adds a platform after the built-in ones (tests register a fake one this way); returns what
 *  removes it again. */
function registerPlatform(platform) {
    if (registry().has(platform.key))
        throw new Error(`platform "${platform.key}" is registered twice`);
    registry().set(platform.key, platform);
    return () => void registry().delete(platform.key);
}
/** The platform an instance name belongs to: `scim:jira` is SCIM's. */
function descriptorOf(instance) {
    const colon = instance.indexOf(':');
    const platform = registry().get(colon < 0 ? instance : instance.slice(0, colon));
    if (!platform)
        throw new Error(`no platform "${instance}" is registered`);
    return platform;
}
/** A platform's block of platforms.yaml, as its descriptor's settings() gave it. */
const settingsOf = (platforms, platform) => platforms[platform.key];
/** Every instance platforms.yaml configures, in registry order. */
const configuredInstances = (platforms) => platformDescriptors().flatMap(platform => platform.instances(settingsOf(platforms, platform)).map(instance => ({ platform, instance })));
/** The configured instances `name` stands for where accounts and grants are declared: the
 *  instance of that name, or, for the bare key of a platform whose instances are named
 *  `<key>:<name>`, every one of them (`accounts.aws: alice` with aws.accounts: alice in each
 *  AWS account). */
function instancesNamed(platforms, name) {
    const platform = descriptorOf(name);
    const all = platform.instances(settingsOf(platforms, platform));
    const exact = all.filter(i => i.name === name);
    return exact.length || name !== platform.key ? exact : all;
}
/** One configured instance, if platforms.yaml configures it. */
function configuredInstance(platforms, name) {
    const platform = descriptorOf(name);
    return platform.instances(settingsOf(platforms, platform)).find(i => i.name === name);
}


/***/ }),

/***/ 36200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   MK: () => (/* binding */ AWS_CONCURRENCY),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   bN: () => (/* binding */ sdkConfig),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _retry_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97970);
// What every AWS SDK v3 client of offboard is, whatever its service (IAM, Identity Store, SSO
// admin, STS): keys from the given environment or the SDK's default chain, the SDK's adaptive
// retries asked first whether the retry budget (retry-budget.ts) allows each retry, every call
// and every attempt cut off when its time is up, for plan and audit a guard that refuses
// commands a reader must not send, a request count, and the credentials it signs with masked.
// Each platform's client.ts adds its region, its endpoint and its reader's allowed commands.


/** Any client's middleware stack: they differ only in their commands' types, which the
 *  middleware below does not look at. */
const stackOf = (client) => client.middlewareStack;
/** Steps of an AWS platform apply runs at once: the SDK's socket pool (its HTTP handler's
 *  maxSockets), which more would only queue for; its adaptive retry mode slows the client
 *  down when AWS throttles. */
const AWS_CONCURRENCY = 50;
/** What a client is constructed with besides its region and endpoint. */
function sdkConfig(ctx, budget, credentials) {
    const attemptMs = budget.attempt_seconds * 1000;
    return {
        credentials: credentials ?? envCredentials(ctx),
        // Set here, so that AWS_MAX_ATTEMPTS and AWS_RETRY_MODE meant for other tools do not apply.
        retryMode: 'adaptive',
        maxAttempts: budget.retries + 1,
        requestHandler: {
            connectionTimeout: attemptMs,
            requestTimeout: attemptMs,
            throwOnRequestTimeout: true
        }
    };
}
/** A constructed client with the budget, the reader's guard, the count and the masking. */
function guarded(client, ctx, budget, guards) {
    withinBudget(client, budget);
    if (guards.readOnly)
        readOnly(client, guards.readOnly.allowed, guards.readOnly.service);
    if (guards.onRequest)
        countRequests(client, guards.onRequest);
    maskCredentials(client, ctx);
    return client;
}
/** The budget of the call being sent, for the retry strategy the SDK consults. */
const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Throttling and transient failures: the only ones the SDK's strategies retry. */
const RETRYABLE = new Set(['THROTTLING', 'TRANSIENT']);
/** The SDK's retry strategy, asked first whether the budget allows the retry (Retry-After
 *  included), and every call cut off when its time is up. */
function withinBudget(client, budget) {
    const sdkStrategy = client.config.retryStrategy;
    let wrapped;
    const strategy = () => (wrapped ??= sdkStrategy().then((inner) => {
        if (!('refreshRetryTokenForRetry' in inner))
            return inner;
        const v2 = inner;
        const budgeted = {
            ...v2,
            acquireInitialRetryToken: scope => {
                current.getStore()?.call.attemptTimeoutMs(); // the call's clock starts
                return v2.acquireInitialRetryToken(scope);
            },
            refreshRetryTokenForRetry: async (token, info) => {
                const state = current.getStore();
                if (!state || !RETRYABLE.has(info.errorType))
                    return v2.refreshRetryTokenForRetry(token, info);
                state.last = info.error;
                const hintMs = info.retryAfterHint ? info.retryAfterHint.getTime() - Date.now() : 0;
                if (!state.call.retry(Math.max(0, hintMs), hintMs > 0)) {
                    state.call.mark(info.error);
                    throw info.error;
                }
                try {
                    return await v2.refreshRetryTokenForRetry(token, info);
                }
                catch (refused) {
                    // Out of attempts or of the SDK's retry quota: given up all the same.
                    state.call.stopped = true;
                    state.call.mark(info.error);
                    throw refused;
                }
            },
            recordSuccess: token => v2.recordSuccess(token)
        };
        return budgeted;
    }));
    client.config.retryStrategy = strategy;
    const send = client.send.bind(client);
    client.send = async (command, options) => {
        const state = { call: new _retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .CallBudget */ .Oo(budget), last: undefined };
        const deadline = AbortSignal.timeout(budget.seconds * 1000);
        try {
            return await current.run(state, () => send(command, { abortSignal: deadline, ...options }));
        }
        catch (err) {
            if (!deadline.aborted && !(0,_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeout */ .kL)(err)) {
                // The SDK may throw a wrapper of the error the strategy marked.
                if (state.call.stopped)
                    state.call.mark(err);
                throw err;
            }
            // The call's time ran out (during a wait, its last error stands), or its last attempt
            // got no answer: say so, not "aborted" or the HTTP handler's own words.
            const last = deadline.aborted ? state.last : err;
            const failure = last !== undefined && !(0,_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeout */ .kL)(last)
                ? last
                : Object.assign(new Error(state.call.noAnswer()), { name: 'TimeoutError' });
            state.call.stopped = true;
            state.call.mark(failure);
            throw failure;
        }
    };
}
/** Refuses, before anything is sent, every command whose name `allowed` does not match. */
function readOnly(client, allowed, service) {
    stackOf(client).add((next, context) => async (args) => {
        const name = context.commandName ?? 'unknown command';
        if (!allowed.test(name))
            throw new Error(`${service}: refused ${name.replace(/Command$/, '')}: this client only reads (plan and audit never write)`);
        return next(args);
    }, { step: 'initialize', name: 'offboardReadOnly', priority: 'high' });
}
/** Calls `onRequest` once per HTTP attempt, retries included. */
function countRequests(client, onRequest) {
    stackOf(client).add(next => async (args) => {
        onRequest();
        return next(args);
    }, 
    // deserialize is the innermost step: it runs once per attempt.
    { step: 'deserialize', name: 'offboardRequestCount' });
}
/** Whatever an attempt is signed with (credentials the default chain resolves and refreshes
 *  included) goes to maskSecret before it is sent. */
function maskCredentials(client, ctx) {
    stackOf(client).add(next => async (args) => {
        const { secretAccessKey, sessionToken } = await client.config.credentials();
        ctx.maskSecret(secretAccessKey);
        if (sessionToken)
            ctx.maskSecret(sessionToken);
        return next(args);
    }, { step: 'deserialize', name: 'offboardMaskCredentials' });
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
/** Resolves a client's credentials once; the reason, as plans and audits say it, when there
 *  are none. */
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
/** An SDK error as one line: its code and message, never request data; and whether the
 *  retry budget gave up on it. */
function errorText(err) {
    if (err instanceof Error) {
        const msg = err.message.split('\n')[0];
        return ((0,_retry_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .gaveUpPrefix */ .BQ)(err) +
            (err.name && err.name !== 'Error' && !msg.startsWith(err.name) ? `${err.name}: ${msg}` : msg));
    }
    return String(err);
}


/***/ }),

/***/ 43500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ lookupProblem),
/* harmony export */   WG: () => (/* binding */ findRenamed),
/* harmony export */   YQ: () => (/* binding */ refuseCrossed),
/* harmony export */   gR: () => (/* binding */ otherClaimant),
/* harmony export */   gt: () => (/* binding */ FOUND_BY_LOOKUP)
/* harmony export */ });
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94160);
// The rules every connector follows when it finds an account other than by the name a person
// declares: by email (Slack, SCIM apps, GitHub invitations), or by an immutable id the log
// knows (a renamed account). Such an account is used only if it is provably this person's:
// its email is theirs and nobody else declares it. Otherwise nothing is planned on that
// platform for the person, and the reason says what to fix.

/** Marks holdings and step params of an account found by lookup, for perform's last check. */
const FOUND_BY_LOOKUP = 'lookup';
/** Another person who declares `account` on `platform`, if any. */
function otherClaimant(claims, platform, account, person) {
    return claims?.get((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .foldAccount */ .Rg)(platform, account))?.find(p => p !== person);
}
const declareOwn = (who, platform) => `declare ${who.person}'s own account as ${(0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .accountsKey */ .yE)(platform)} in people/${who.person}.yaml`;
/**
 * Why an account found by lookup must not be used for `who`, or undefined when it may: its
 * email must be the person's (case-insensitively) and no other person may declare it.
 * `how` says what answered, e.g. `users.lookupByEmail for alice@acme.example`.
 */
function lookupProblem(who, platform, found, how) {
    const other = otherClaimant(who.claims, platform, found.account, who.person);
    if (other)
        return `not checked: ${how} answered ${found.account}, which ${other} declares: it is not used, so nothing of ${other}'s is touched; ${declareOwn(who, platform)}, or correct ${other}'s`;
    if (found.email?.toLowerCase() !== who.email.toLowerCase())
        return `not checked: ${how} answered ${found.account}, whose email is ${found.email ?? 'not given'}, not ${who.email}: it is not used; ${declareOwn(who, platform)}`;
    return undefined;
}
/**
 * Perform's last check: a step aimed at an account found by lookup (params.found_by) that
 * another person declares is refused, whatever plan handed it over.
 */
function refuseCrossed(claims, step, account) {
    if (step.params.found_by !== FOUND_BY_LOOKUP || typeof account !== 'string')
        return undefined;
    const other = otherClaimant((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .claimsOn */ .RY)(claims, step.platform), step.platform, account, step.person);
    return other
        ? {
            result: 'failed',
            detail: `refused: ${account} was found by lookup for ${step.person}, but ${other} declares it: nothing was changed; declare ${step.person}'s own account as ${(0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .accountsKey */ .yE)(step.platform)}`
        }
        : undefined;
}
/**
 * A departure whose declared name is not found: the first id the log knows for the person
 * that still exists is the same account, renamed. It is used unless another person declares
 * the new name. `byId` reads the account by id (undefined when there is none).
 */
async function findRenamed(who, platform, what, byId, nameOf) {
    for (const id of who.knownIds ?? []) {
        const found = await byId(id);
        if (found === undefined)
            continue;
        const name = nameOf(found);
        const other = otherClaimant(who.claims, platform, name, who.person);
        const was = `${what} ${who.account} is not found, but the account the revocation log knows as ${who.person}'s (id ${id}) is now named ${name}`;
        if (other)
            return {
                refused: `not checked: ${was}, which ${other} declares: nothing is touched; find out whose account it is and correct ${(0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .accountsKey */ .yE)(platform)} of ${who.person} or ${other}`
            };
        return {
            found,
            name,
            note: `renamed: ${was}; the same account is revoked under its new name (update ${(0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .accountsKey */ .yE)(platform)} in people/${who.person}.yaml)`
        };
    }
    return undefined;
}


/***/ }),

/***/ 16282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ discovery),
/* harmony export */   Ox: () => (/* binding */ secondaryReads),
/* harmony export */   PM: () => (/* binding */ step),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   gT: () => (/* binding */ noCredentials),
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   pf: () => (/* binding */ inventory),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10931);
// What every connector hands back, built one way: a discovery and an inventory to fill, a
// secondary read that failed (a documented absence is a note, any other error is unread, never
// "nothing there"), a listing with its request count, a plan's steps and refusals, and an
// error as a failed outcome. Texts never hold secrets: the errors are the clients' own, which
// describe a call without its credentials.

/** A discovery that found nothing yet. */
const discovery = (platform, person) => ({
    platform,
    person,
    status: 'checked',
    holdings: [],
    notes: []
});
/** An inventory that lists nothing yet. */
const inventory = (platform) => ({
    platform,
    status: 'checked',
    accounts: [],
    requests: 0,
    notes: []
});
/** Why a connector without its token cannot work; `unavailable` prefixes "not checked: ". */
const noCredentials = (envName) => `no credentials (set ${envName})`;
/** An error as an outcome: the clients' messages already name platform and call. */
const failed = (err) => ({ result: 'failed', detail: (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .message */ .iU)(err) });
/**
 * Runs one secondary read of a discovery. An answer the platform documents as "this does not
 * exist here" (`absence` gives its note) becomes a note; any other error is recorded as unread
 * (`describe` says it), and what the other reads found is still planned (containment first),
 * while apply fails until a rerun reads it.
 */
function secondaryReads(found, describe) {
    return async (what, read, absence) => {
        try {
            return await read();
        }
        catch (err) {
            const note = absence?.(err);
            if (note)
                found.notes.push(note);
            else
                (found.unread ??= []).push({ what, error: describe(err) });
            return undefined;
        }
    };
}
/** The accounts `list` reads, as an inventory: not_checked with `failure`'s reason when it
 *  throws. `counter.requests` counts the client's HTTP requests, retries included. */
async function listing(platform, counter, list, failure) {
    const out = inventory(platform);
    const before = counter.requests;
    try {
        out.accounts = await list(out.notes);
    }
    catch (err) {
        out.status = 'not_checked';
        out.reason = failure(err);
    }
    out.requests = counter.requests - before;
    return out;
}
/** A step of a plan, with the id every plan uses (`<platform>/<person>/<action>/<target>`):
 *  apply performs it, after nothing, unless `extra` says otherwise. */
function step(platform, person, action, target, reason, params, extra = {}) {
    return {
        id: `${platform}/${person}/${action}/${target}`,
        platform,
        person,
        action,
        target,
        reason,
        after: [],
        mode: 'auto',
        params,
        ...extra
    };
}
/** What a plan will not touch, and why. */
const refusal = (platform, person, target, reason) => ({ platform, person, target, reason });


/***/ }),

/***/ 97970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ gaveUpPrefix),
/* harmony export */   Oo: () => (/* binding */ CallBudget),
/* harmony export */   Rl: () => (/* binding */ ownRetry),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   kL: () => (/* binding */ isTimeout),
/* harmony export */   kZ: () => (/* binding */ retryBudget),
/* harmony export */   tc: () => (/* binding */ DEFAULT_RETRY_BUDGET),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** A job's worth: a revocation that cannot get through in a minute is better failed, logged
 *  and rerun than left holding apply up. */
const DEFAULT_RETRY_BUDGET = {
    retries: 3,
    seconds: 60,
    attempt_seconds: 20
};
/** The budget of one platform: its block's `retry` over `policy.retry`. */
function retryBudget(platforms, own) {
    return { ...DEFAULT_RETRY_BUDGET, ...platforms.policy.retry, ...own };
}
/** First wait between retries without a Retry-After; doubles with each retry. */
const BACKOFF_MS = 500;
/** Marks an error that a budget stopped retrying; see gaveUpPrefix. */
const GAVE_UP = Symbol('offboard.gaveUp');
/** One call's share of a budget. The clock starts with the first attempt (time a request
 *  spends queued for pacing is not the platform's). */
class CallBudget {
    budget;
    now;
    /** Retries granted so far. */
    retries = 0;
    /** Whether the budget refused a retry: the call's error is then reported as given up. */
    stopped = false;
    started;
    attemptMs = 0;
    refusedWait;
    constructor(budget, now = Date.now) {
        this.budget = budget;
        this.now = now;
    }
    /** Milliseconds left for the call (the whole budget before the first attempt). */
    remainingMs() {
        const total = this.budget.seconds * 1000;
        return this.started === undefined ? total : total - (this.now() - this.started);
    }
    /** How long the next attempt may wait for an answer; starts the clock. */
    attemptTimeoutMs() {
        const remaining = this.remainingMs();
        this.started ??= this.now();
        this.attemptMs = Math.max(1, Math.min(this.budget.attempt_seconds * 1000, remaining));
        return this.attemptMs;
    }
    /** A signal that aborts the next attempt when it has waited long enough. */
    attemptSignal() {
        return AbortSignal.timeout(this.attemptTimeoutMs());
    }
    /** The promise, or a TimeoutError once the attempt's time is up (for clients whose requests
     *  cannot take a signal per call). */
    within(attempt) {
        const ms = this.attemptTimeoutMs();
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error(this.noAnswer()), { name: 'TimeoutError' })), ms);
        });
        return Promise.race([attempt, timeout]).finally(() => clearTimeout(timer));
    }
    /** Whether another attempt may follow a wait of `waitMs`; grants it (a retry) when it may.
     *  `asked`: the platform asked for the wait, which the error message then names. */
    retry(waitMs, asked = false) {
        // The wait, and at least a moment for the attempt after it, must fit.
        const fits = waitMs < this.remainingMs();
        if (this.retries >= this.budget.retries || !fits) {
            if (asked && !fits)
                this.refusedWait = waitMs;
            this.stopped = true;
            return false;
        }
        this.retries++;
        return true;
    }
    /** The wait before the next retry when the platform named none. */
    backoffMs() {
        return BACKOFF_MS * 2 ** this.retries;
    }
    /** What an attempt that timed out is reported as. */
    noAnswer() {
        return `no answer within ${seconds(this.attemptMs)} s`;
    }
    /** `gave up after 3 retries / 60 s: <last>`, naming a wait the budget could not grant. */
    gaveUp(last) {
        return `${this.summary()}: ${last}`;
    }
    /** Marks `error` as given up on by this budget (for clients whose errors are not ours). */
    mark(error) {
        if (typeof error === 'object' && error !== null)
            error[GAVE_UP] = this.summary();
    }
    summary() {
        const refused = this.refusedWait === undefined ? '' : ` (asked to wait ${seconds(this.refusedWait)} s)`;
        return `gave up after ${this.retries} ${this.retries === 1 ? 'retry' : 'retries'} / ${this.budget.seconds} s${refused}`;
    }
}
/** `gave up after ... : ` for an error a budget marked, else ''. */
function gaveUpPrefix(error) {
    const said = typeof error === 'object' && error !== null
        ? error[GAVE_UP]
        : undefined;
    return typeof said === 'string' ? `${said}: ` : '';
}
/** Whether an error is an attempt that ran out of time (fetch's signal, or `within`). By
 *  shape: fetch rejects with a DOMException, which another realm's Error does not match, and
 *  which some clients wrap as `new Error(String(exception))`. */
function isTimeout(error, depth = 0) {
    if (typeof error !== 'object' || error === null || depth > 5)
        return false;
    const e = error;
    return (e.name === 'TimeoutError' ||
        (typeof e.message === 'string' && e.message.startsWith('TimeoutError: ')) ||
        isTimeout(e.cause, depth + 1));
}
/** Retry-After (RFC 9110: seconds or an HTTP date) in milliseconds, or undefined. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const s = Number(header);
    if (Number.isFinite(s))
        return Math.max(0, s * 1000);
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const seconds = (ms) => String(Math.round(ms / 100) / 10);
/** A platform block's own retry budget, when it sets one: what its settings keep of `raw`. */
const ownRetry = (raw) => raw.retry ? { retry: raw.retry } : {};


/***/ }),

/***/ 22458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ directorySource),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   commitTime: () => (/* binding */ commitTime),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   resolveCommit: () => (/* binding */ resolveCommit),
/* harmony export */   xT: () => (/* binding */ withContents),
/* harmony export */   yw: () => (/* binding */ readAll),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
// Where declaration files come from: a directory on disk (the working tree) or a git commit,
// read without checking it out (change detection compares two commits).





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The most output a git command may print. */
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;
/** Runs git in `cwd` and returns its output. */
async function git(cwd, ...args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT });
    return stdout;
}
/** The contents of `files` by `rel`. */
async function readAll(source, files) {
    const out = new Map();
    await source.read(files, (i, bytes) => out.set(files[i].rel, bytes));
    return out;
}
/** The largest declaration file read at all. */
const MAX_FILE_BYTES = 1024 * 1024;
const toPosix = (p) => p.replaceAll('\\', '/');
function directorySource(dir, cwd = process.cwd()) {
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, dir);
    // Paths are shown as the user named the directory: relative to cwd, or absolute.
    const shownRoot = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(dir) ? absRoot : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(cwd, absRoot)) || '.';
    const files = [];
    let exists = true;
    // Synchronous on purpose: for thousands of small files it is several times faster than
    // fs/promises, and nothing else runs meanwhile.
    // Paths are joined as strings: path.join for every one of thousands of files shows in profiles.
    const walk = (rel) => {
        const absDir = rel ? `${absRoot}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}${rel.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_3__.sep)}` : absRoot;
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(absDir, { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOENT' && absDir === absRoot) {
                exists = false;
                return;
            }
            throw err;
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            const path = `${shownRoot}/${child}`;
            if (e.isDirectory())
                walk(child);
            else if (e.isFile())
                files.push({ path, rel: child });
            else
                files.push({ path, rel: child, irregular: e.isSymbolicLink() ? 'symlink' : 'other' });
        }
    };
    walk('');
    return {
        origin: dir,
        root: shownRoot,
        exists,
        files,
        read: async (wanted, visit) => wanted.forEach((f, i) => visit(i, readCapped(`${absRoot}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}${f.rel.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_3__.sep)}`)))
    };
}
/** One scratch buffer for all reads: declaration files are small, so most fit in one read
 *  and no fstat is needed to size them. */
const scratch = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
function readCapped(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(file, 'r');
    try {
        let filled = 0;
        while (filled < scratch.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(fd, scratch, filled, scratch.length - filled, null);
            if (n === 0)
                break;
            filled += n;
        }
        return Buffer.from(scratch.subarray(0, filled));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(fd);
    }
}
/** The full commit id `ref` names, or an error that says how to make it available. */
async function resolveCommit(ref, cwd = process.cwd()) {
    try {
        return (await git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)).trim();
    }
    catch {
        throw new Error(`git: "${ref}" is not a commit in this repository: fetch it (actions/checkout with fetch-depth: 0) or name another --base/--head`);
    }
}
/** When `commit` was committed (its committer date), in UTC ISO form. */
async function commitTime(commit, cwd = process.cwd()) {
    const text = (await git(cwd, 'show', '-s', '--format=%cI', commit, '--')).trim();
    return new Date(text).toISOString();
}
/** The access dir as it is in commit `ref` of the repository around `cwd`. With `since`, the
 *  listing of another commit of the same dir, only what differs between the two is listed:
 *  in a tree of 100,000 files a change touches a few, and listing them all again is most of
 *  the time. The files the change leaves alone are the same objects in both listings. */
async function gitSource(ref, dir, cwd = process.cwd(), since) {
    const commit = await resolveCommit(ref, cwd);
    const root = toPosix(dir).replace(/\/+$/, '');
    const files = (since && (await listDifference(since, commit, dir, cwd, root))) ??
        (await listTree(commit, dir, cwd, root));
    return {
        origin: `git:${ref}`,
        root,
        exists: files.length > 0,
        files,
        listing: { commit, dir, cwd, files },
        async read(wanted, visit) {
            const small = [];
            wanted.forEach((f, i) => {
                if ((f.size ?? 0) <= MAX_FILE_BYTES)
                    small.push(i);
                else
                    visit(i, Buffer.alloc(MAX_FILE_BYTES + 1));
            });
            await catFileBatch(cwd, small.map(i => wanted[i].oid ?? ''), (n, bytes) => visit(small[n], bytes));
        }
    };
}
/** One entry of a listing, from its mode, blob id and size as git prints them. */
function treeFile(root, path, mode, oid, size) {
    // Git lists paths below dir, nearly always written as dir is: a slice, not path.relative
    // 100,000 times.
    const rel = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : node_path__WEBPACK_IMPORTED_MODULE_3__.posix.relative(root, path);
    if (mode === '160000')
        return { path, rel, irregular: 'submodule' };
    if (mode === '120000')
        return { path, rel, irregular: 'symlink' };
    return { path, rel, oid, size };
}
/** Every file below dir at `commit`, in git's order (by path, byte by byte). */
async function listTree(commit, dir, cwd, root) {
    // ls-tree prints paths relative to cwd, as users see them. Read as bytes: a path or id
    // sliced from one string of the whole listing would keep all of it alive as long as a
    // person's position names the file.
    const { stdout: out } = await run('git', ['ls-tree', '-r', '-l', '-z', commit, '--', dir], {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT
    });
    const files = [];
    for (let at = 0, end; at < out.length; at = end + 1) {
        end = out.indexOf(0, at);
        if (end < 0)
            end = out.length;
        if (end === at)
            continue;
        // <mode> <type> <object> <size, padded>\t<path>, read with indexOf: 100,000 times.
        const tab = out.indexOf(9, at);
        const type = out.indexOf(32, at);
        const oid = out.indexOf(32, type + 1);
        const size = out.indexOf(32, oid + 1);
        files.push(treeFile(root, toPosix(out.toString('utf8', tab + 1, end)), out.toString('latin1', at, type), out.toString('latin1', oid + 1, size), Number(out.toString('latin1', size + 1, tab))));
    }
    return files;
}
/** The listing at `commit`: `since`'s, with what `git diff-tree` says differs applied. Undefined
 *  when it cannot be worked out so (another dir, or one outside cwd, which --relative leaves
 *  out): then the tree is listed whole. */
async function listDifference(since, commit, dir, cwd, root) {
    if (since.dir !== dir ||
        since.cwd !== cwd ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(dir) ||
        /^\.\.(\/|$)/.test(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(root)))
        return undefined;
    // --relative: paths relative to cwd, as ls-tree prints them; --no-renames: a rename is a
    // deletion and an addition, as two listings would show it; --ignore-submodules=none: a
    // submodule entry is listed whatever .gitmodules or the configuration say of it.
    const { stdout: out } = await run('git', [
        'diff-tree',
        '-r',
        '-z',
        '--no-renames',
        '--relative',
        '--ignore-submodules=none',
        since.commit,
        commit,
        '--',
        dir
    ], { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT });
    // :<old mode> <new mode> <old id> <new id> <status>\0<path>\0, for each file that differs.
    const changed = [];
    for (let at = 0; at < out.length;) {
        const meta = out.indexOf(0, at);
        const end = out.indexOf(0, meta + 1);
        if (out[at] !== 0x3a /* : */ || meta < 0 || end < 0)
            throw new Error(`git diff-tree: unexpected output at byte ${at}`);
        const [, mode, , oid] = out.toString('latin1', at + 1, meta).split(' ');
        changed.push({ path: toPosix(out.toString('utf8', meta + 1, end)), mode: mode, oid: oid });
        at = end + 1;
    }
    if (!changed.length)
        return since.files;
    // Regular files (mode 100644, 100755) are the ones read, and so the ones sized.
    const sizes = await blobSizes(cwd, changed.filter(c => c.mode.startsWith('100')).map(c => c.oid));
    const now = new Map();
    for (const c of changed) {
        now.set(c.path, c.mode === '000000' ? undefined : treeFile(root, c.path, c.mode, c.oid, sizes.get(c.oid) ?? 0));
    }
    // Files the change deleted or altered are replaced where they stand; the ones it added go
    // where git lists them.
    const files = [];
    for (const f of since.files) {
        if (!now.has(f.path))
            files.push(f);
        else {
            const replaced = now.get(f.path);
            if (replaced)
                files.push(replaced);
            now.delete(f.path);
        }
    }
    const added = [...now.values()].filter((f) => f !== undefined);
    if (!added.length)
        return files;
    // Nearly in order already: the sort's runs make this about one comparison a file.
    return [...files, ...added].sort((a, b) => inGitOrder(a.path, b.path));
}
/** Git lists paths by their UTF-8 bytes, which is code point order. UTF-16 units compare so
 *  too, except surrogates (code points above U+FFFF), which rank above every other unit. */
function inGitOrder(a, b) {
    const rank = (unit) => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x10000 : unit);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return rank(x) - rank(y);
    }
    return a.length - b.length;
}
/** The size of each blob, by id, from one `git cat-file --batch-check`. */
async function blobSizes(cwd, oids) {
    const sizes = new Map();
    if (!oids.length)
        return sizes;
    const text = await new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch-check'], { cwd });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', reject);
        child.on('close', code => code === 0
            ? resolve(Buffer.concat(chunks).toString('latin1'))
            : reject(new Error(`git cat-file --batch-check exited with ${code}`)));
        child.stdin.end(oids.map(o => `${o}\n`).join(''));
    });
    // <id> <type> <size>, a line each.
    for (const line of text.split('\n')) {
        const [oid, type, size] = line.split(' ');
        if (oid && type === 'blob')
            sizes.set(oid, Number(size));
    }
    for (const oid of oids)
        if (!sizes.has(oid))
            throw new Error(`git cat-file --batch-check: no blob ${oid}`);
    return sizes;
}
/** Reads many blobs with one `git cat-file --batch` process, handing each to `visit` as soon as
 *  it has all arrived: the whole output is never held. Each blob is a view of the output as it
 *  came, not a copy: nothing writes to it, and most are parsed and dropped at once. */
function catFileBatch(cwd, oids, visit) {
    return new Promise((resolve, reject) => {
        // --buffer: git flushes its output when its buffer fills, not after every blob.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch', '--buffer'], { cwd });
        let seen = 0;
        let failed;
        let rest = Buffer.alloc(0);
        child.stdout.on('data', (chunk) => {
            const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
            let at = 0;
            try {
                while (!failed && seen < oids.length) {
                    const nl = data.indexOf(10, at);
                    if (nl < 0)
                        break;
                    // <id> blob <size>: the size is after the last space.
                    const space = data.lastIndexOf(32, nl);
                    const size = space > at ? Number(data.toString('latin1', space + 1, nl)) : NaN;
                    if (!Number.isFinite(size))
                        failed = new Error(`git cat-file: ${data.toString('utf8', at, nl)}`);
                    // The blob, then a newline.
                    else if (nl + 1 + size < data.length) {
                        visit(seen++, data.subarray(nl + 1, nl + 1 + size));
                        at = nl + 1 + size + 1;
                    }
                    else
                        break;
                }
            }
            catch (err) {
                // The visitor's own failure ends the read: nothing after it is handed on.
                failed = err;
                child.kill();
            }
            rest = data.subarray(at);
        });
        child.on('error', reject);
        child.on('close', code => {
            if (failed)
                return reject(failed);
            if (code !== 0)
                return reject(new Error(`git cat-file exited with ${code}`));
            if (seen < oids.length)
                return reject(new Error('git cat-file: its output ends early'));
            resolve();
        });
        child.stdin.end(oids.map(o => `${o}\n`).join(''));
    });
}
/** The id git gives a blob of these contents (SHA-1 repositories): a file of the working tree
 *  unchanged since a commit has the id that commit lists. */
const blobId = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
/** `source` with some of its files (by `rel`) holding other contents: the tree as an edit
 *  not yet committed anywhere leaves it. */
function withContents(source, contents) {
    return {
        ...source,
        // An edited file no longer has the contents its blob id names.
        files: source.files.map(f => (contents.has(f.rel) ? { ...f, oid: undefined } : f)),
        async read(wanted, visit) {
            const kept = [];
            wanted.forEach((f, i) => {
                const edited = contents.get(f.rel);
                if (edited)
                    visit(i, edited);
                else
                    kept.push(i);
            });
            await source.read(kept.map(i => wanted[i]), (n, bytes) => visit(kept[n], bytes));
        }
    };
}


/***/ }),

/***/ 18975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _S: () => (/* binding */ DEFAULT_MAX_SWEEP),
  xy: () => (/* binding */ formatDiagnostic),
  Cq: () => (/* binding */ loadDeclarations),
  loadFromDirectory: () => (/* binding */ loadFromDirectory),
  loadFromGit: () => (/* binding */ loadFromGit),
  D$: () => (/* binding */ newLoadCache)
});

// EXTERNAL MODULE: ./src/connectors/registry.ts + 12 modules
var registry = __webpack_require__(39954);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(94160);
// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __webpack_require__(40679);
;// CONCATENATED MODULE: ./src/declarations/checks.ts



/** The cross-file problems of `decl`, and the revision to check the next one against when
 *  there are none. With `since` (a clean revision under the same platforms.yaml and with every
 *  one of its roles still there), only the people who differ from it are checked, with those
 *  unchanged who claim what they claim: unchanged people had no problem there, and nothing
 *  else they are checked against has changed. */
function checkAcrossFiles(decl, docs, since) {
    const byFile = new Map(docs.map(d => [d.file, d]));
    const out = [];
    const report = (file, path, message, key = false) => {
        const doc = byFile.get(file);
        const pos = doc ? doc.locate(path, { key }) : { line: 1, column: 1 };
        out.push({ file, ...pos, message });
    };
    const where = (file, path) => {
        const pos = byFile.get(file)?.locate(path) ?? { line: 1, column: 1 };
        return `${file}:${pos.line}`;
    };
    const { platforms } = decl;
    const incremental = since !== undefined &&
        since.decl.platforms === platforms &&
        [...since.decl.roles.keys()].every(id => decl.roles.has(id));
    // The people to check: all of them, or those who differ from `since`.
    const changed = incremental
        ? [...decl.people.values()].filter(p => since.decl.people.get(p.id) !== p)
        : [...decl.people.values()];
    for (const item of [...changed, ...decl.roles.values()]) {
        const name = item.at.file.slice(item.at.file.lastIndexOf('/') + 1);
        const fileId = name.endsWith('.yaml') ? name.slice(0, -'.yaml'.length) : name;
        if (item.id !== fileId)
            report(item.at.file, ['id'], `id "${item.id}" differs from the file name: set id: ${fileId}, or rename the file to ${item.id}.yaml`);
    }
    const descriptors = (0,registry/* platformDescriptors */.Uz)();
    const settings = new Map(descriptors.map(d => [d, (0,registry/* settingsOf */.f5)(platforms, d)]));
    const inPlatforms = (path, message) => report(platforms.at.file, path, message);
    for (const d of descriptors) {
        d.checkSettings?.(settings.get(d), inPlatforms);
        d.checkPeople?.(settings.get(d), decl.people, inPlatforms);
    }
    /** Naming an instance platforms.yaml does not configure. */
    const unconfigured = (d, instance, field, remedy) => d.unconfigured?.(instance, settings.get(d), remedy) ??
        `${field}.${d.key} is set but platforms.yaml has no ${d.key} block: add one, or ${remedy}`;
    // Every person and role names the same few instances: each is looked up once.
    const namedInstances = new Map();
    const configuredAs = (name) => {
        let found = namedInstances.get(name);
        if (!found)
            namedInstances.set(name, (found = (0,registry/* instancesNamed */.IV)(platforms, name)));
        return found;
    };
    const pathOf = ({ account }) => account ? ['accounts', account.platform.key, ...account.path] : ['email'];
    const labelOf = ({ person, account }) => account
        ? `${account.platform.accountLabel(account.instance)} ${account.account}`
        : `email ${person.email}`;
    // Every account names one of a few instances: what it claims on is worked out once each.
    const claimedOn = new Map();
    const onNames = (instance) => {
        let names = claimedOn.get(instance);
        if (!names) {
            const configured = configuredAs(instance);
            claimedOn.set(instance, (names = configured.length ? configured.map(i => i.name) : [instance]));
        }
        return names;
    };
    /** Calls `visit` with each claim a person makes, on what (`email`, or an instance) and the
     *  folded name, until it returns false. A bare key (`aws`) claims the account on each of its
     *  instances (`aws:<id>`). Nothing is allocated per claim: there are a few hundred thousand. */
    const claimsOf = (person, visit) => {
        visit('email', person.email.toLowerCase(), person);
        for (const account of (0,grants/* declaredAccounts */.xP)(person))
            for (const on of onNames(account.instance))
                if (!visit(on, account.folded, person, account))
                    break;
    };
    /** The claim a person makes of `name` on `on`, for a message. */
    const claimOf = (person, on, name) => ({
        person,
        account: on === 'email'
            ? undefined
            : (0,grants/* declaredAccounts */.xP)(person).find(a => a.folded === name && onNames(a.instance).includes(on))
    });
    /** Claims by what they are on, then by the folded name: keys looked up as they are, never
     *  joined into new strings. */
    const claims = new Map();
    const claimsOn = (on) => {
        let named = claims.get(on);
        if (!named)
            claims.set(on, (named = new Map()));
        return named;
    };
    // Returns whether the claim is the first: a conflict is reported once.
    const claim = (on, name, person, account) => {
        const named = claimsOn(on);
        const first = named.get(name);
        if (first) {
            const claimed = { person, account };
            const before = claimOf(first, on, name);
            report(person.at.file, pathOf(claimed), `${labelOf(claimed)} is already claimed by ${first.id} (${where(first.at.file, pathOf(before))}): an account belongs to one person, remove one of the claims`);
        }
        else
            named.set(name, person);
        return !first;
    };
    // Checked against `since`, the people who differ from it can conflict only with each other
    // and with the unchanged people who claim the same: those are claimed again with them.
    let claimants = changed;
    if (incremental) {
        const more = new Set(changed);
        for (const person of changed)
            claimsOf(person, (on, name) => {
                const holder = since.claims.get(on)?.get(name);
                if (holder && decl.people.get(holder.id) === holder)
                    more.add(holder);
                return true;
            });
        claimants = [...more];
    }
    // Nearly every tree claims nothing twice: each claim is set without looking first (half the
    // index's work, a few hundred thousand times), in no particular order, and only if one
    // replaced another is the index built again, looking first, to say who claimed it first.
    let twice = false;
    for (const person of claimants)
        claimsOf(person, (on, name, claimant) => {
            const named = claimsOn(on);
            const size = named.size;
            twice ||= named.set(name, claimant).size === size;
            return true;
        });
    if (twice) {
        // First claim wins; people are visited in file order so the report is stable.
        const inOrder = claimants.slice().sort((a, b) => (a.at.file < b.at.file ? -1 : 1));
        claims.clear();
        for (const person of inOrder)
            claimsOf(person, claim);
    }
    for (const person of changed) {
        const file = person.at.file;
        person.roles.forEach((roleId, i) => {
            if (!decl.roles.has(roleId))
                report(file, ['roles', i], `role "${roleId}" does not exist${(0,suggest/* didYouMean */.a)(roleId, decl.roles.keys()) || `: create roles/${roleId}.yaml or remove it`}`);
        });
        const departing = person.status === 'departed';
        for (const account of (0,grants/* declaredAccounts */.xP)(person)) {
            const { platform, instance } = account;
            const configured = configuredAs(instance);
            if (!configured.length)
                report(file, pathOf({ person, account }), unconfigured(platform, instance, 'accounts', 'remove this account'), true);
            else if (departing && configured.some(i => platform.isProtected(i.settings, account.account)))
                report(file, pathOf({ person, account }), `${labelOf({ person, account })} is protected (platforms.yaml ${platform.key}.protected) and is never revoked: in a pull request of its own before the departure, remove it from this person's accounts (not theirs) or from the protected list (theirs, to be revoked)`);
        }
    }
    for (const role of decl.roles.values())
        for (const d of descriptors) {
            const grants = role.grants[d.key];
            if (grants === undefined)
                continue;
            for (const { instance, path } of d.grantedInstances(grants))
                if (!configuredAs(instance).length)
                    report(role.at.file, ['grants', d.key, ...path], unconfigured(d, instance, 'grants', path.length ? 'remove it here' : 'remove these grants'), path.length === 0);
        }
    return {
        diagnostics: out,
        ...(!incremental && out.length === 0 ? { clean: { decl, claims } } : {})
    };
}

// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(22458);
// EXTERNAL MODULE: ./src/declarations/names.ts
var names = __webpack_require__(88389);
// EXTERNAL MODULE: ./src/report/printable.ts
var printable = __webpack_require__(29073);
// EXTERNAL MODULE: ./src/declarations/schema.ts + 5 modules
var declarations_schema = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/declarations/yaml.ts
var yaml = __webpack_require__(78106);
;// CONCATENATED MODULE: ./src/declarations/load.ts
// Loads an access tree (from a directory or a git commit) into typed Declarations, with
// every problem as a Diagnostic. Nothing here throws on bad input.







const loadFromDirectory = async (dir, cwd, cache) => loadDeclarations((0,files/* directorySource */.X5)(dir, cwd), cache);
async function loadFromGit(ref, dir, cwd, cache) {
    const source = await (0,files/* gitSource */.Ym)(ref, dir, cwd, cache?.listing);
    if (cache)
        cache.listing = source.listing;
    return loadDeclarations(source, cache);
}
const ID = /^[a-z0-9][a-z0-9._-]{0,62}$/;
// Read with indexOf, and the same answer object for every person: 100,000 times a revision.
const PERSON = { kind: 'person' };
const ROLE = { kind: 'role' };
function classify(f) {
    const { rel } = f;
    const first = rel.indexOf('/');
    const last = rel.lastIndexOf('/');
    const name = rel.slice(last + 1);
    if (rel === 'platforms.yaml')
        return { kind: 'platforms' };
    if (rel === 'platforms.yml')
        return { problem: 'rename this file to platforms.yaml: only .yaml is read' };
    const dir = first < 0 ? rel : rel.slice(0, first);
    if (dir !== 'people' && dir !== 'roles')
        return { ignore: true }; // log/, README, CODEOWNERS...
    if (name.startsWith('.') || /^readme(\.md)?$/i.test(name))
        return { ignore: true };
    const what = dir === 'people' ? 'person' : 'role';
    if (first !== last)
        return { problem: `${dir}/ holds files only, no folders: move this file to ${dir}/${name}` };
    if (name.endsWith('.yml'))
        return {
            problem: `rename this file to ${name.slice(0, -4)}.yaml: only .yaml files are read, so this ${what} would be ignored`
        };
    if (!name.endsWith('.yaml'))
        return { problem: `${dir}/ holds only <id>.yaml files: move or delete this file` };
    const id = name.slice(0, -5);
    if (!ID.test(id))
        return {
            problem: `"${id}" is not a valid ${what} id: file names use lowercase letters, digits, '.', '_' or '-' (at most 63) and end in .yaml`
        };
    const unusable = (0,names/* unusableId */.Rf)(id);
    if (unusable)
        return {
            problem: `"${id}" cannot be a ${what} id: ${unusable.why}. Choose another id (e.g. ${unusable.instead}), rename the file and set id: to match`
        };
    return what === 'person' ? PERSON : ROLE;
}
const newLoadCache = () => ({ files: new Map() });
/** Parses, validates and converts one file; the result depends on its path and bytes alone.
 *  At once, unless it needs the careful parser loaded first: the loader parses each file as it
 *  arrives, and a promise for each of 100,000 files would only add to the work. */
function readFile(file, kind, bytes) {
    if (bytes.length > files/* MAX_FILE_BYTES */.gZ)
        return {
            problems: [
                {
                    file: file.path,
                    line: 1,
                    column: 1,
                    message: 'the file is over the 1 MiB limit: a declaration file is small, fix it'
                }
            ]
        };
    const { parsed: doc, problems, needsCareful, plain } = (0,yaml/* parseYaml */.hN)(file.path, bytes);
    if (needsCareful)
        return withCarefulParser(file, kind, bytes);
    if (!doc)
        return { problems };
    const schema = (0,declarations_schema/* schemaProblems */.I)(kind, doc);
    // A plainly read file holds printable words only: walking its strings would find nothing.
    if (!plain)
        schema.push(...(0,names/* controlCharacterProblems */.BS)(doc, declarations_schema/* fieldName */.w));
    // Problems need exact positions, which the careful parser gives.
    if (schema.length > 0 && !(0,yaml/* carefulParserLoaded */.Fy)())
        return withCarefulParser(file, kind, bytes);
    if (schema.length > 0)
        return { problems: [...problems, ...schema] };
    const at = { file: doc.file, ...doc.locate([]) };
    const declared = kind === 'platforms'
        ? { kind, value: toPlatforms(doc.value, at) }
        : kind === 'person'
            ? { kind, value: toPerson(doc.value, at) }
            : { kind: 'role', value: toRole(doc.value, at) };
    // A valid file parsed without problems: all of them share one empty list.
    return { problems: problems.length ? problems : NO_PROBLEMS, declared };
}
const NO_PROBLEMS = Object.freeze([]);
/** readFile once the careful parser is loaded. */
async function withCarefulParser(file, kind, bytes) {
    await (0,yaml/* loadCarefulParser */.yA)();
    return readFile(file, kind, bytes);
}
async function loadDeclarations(source, cache) {
    const diagnostics = [];
    const problemAt = (file, message, line = 1, column = 1) => diagnostics.push({ file, line, column, message });
    const platformsPath = `${source.root}/platforms.yaml`;
    const declarations = {
        origin: source.origin,
        platforms: defaultPlatforms({ file: platformsPath, line: 1, column: 1 }),
        people: new Map(),
        roles: new Map()
    };
    if (!source.exists) {
        problemAt(source.root, `no access directory "${source.root}" (in ${source.origin}): create it with platforms.yaml, people/ and roles/, or pass --dir`);
        return { declarations, diagnostics };
    }
    const toRead = [];
    for (const f of source.files) {
        const c = classify(f);
        if ('ignore' in c)
            continue;
        if ('problem' in c)
            problemAt(f.path, c.problem);
        else if (f.irregular)
            problemAt(f.path, `${f.irregular === 'symlink' ? 'symbolic links are' : 'this entry is'} not read: replace it with a regular file`);
        else
            toRead.push({ file: f, kind: c.kind });
    }
    if (!toRead.some(r => r.kind === 'platforms'))
        problemAt(platformsPath, 'platforms.yaml is missing: create it (at least "version: 1")');
    // A file the cache holds under its blob id is not read again; one without an id (the working
    // tree) is looked up by the id of the contents read. The key is the id alone (a string the
    // source holds, not one joined anew for each of 100,000 files), used only for the path it
    // was read at.
    const cached = (f, oid) => {
        // The first revision loaded finds the cache empty: 100,000 lookups would find nothing.
        const entry = oid === undefined || !cache?.files.size ? undefined : cache.files.get(oid);
        return entry?.path === f.path ? entry.read : undefined;
    };
    const reads = toRead.map(r => cached(r.file, r.file.oid));
    const unread = reads.flatMap((hit, i) => (hit ? [] : [i]));
    // Each file is parsed as it arrives, while git reads the ones after it.
    await source.read(unread.map(i => toRead[i].file), (n, bytes) => {
        const i = unread[n];
        const { file, kind } = toRead[i];
        const oid = file.oid ?? (cache && (0,files/* blobId */.zA)(bytes));
        const remember = (read) => {
            if (oid !== undefined)
                cache?.files.set(oid, { path: file.path, read });
            return read;
        };
        // A file with a blob id was looked up before its read; one without, by the id read.
        const read = (file.oid === undefined && cached(file, oid)) || readFile(file, kind, bytes);
        if (!(read instanceof Promise))
            return void (reads[i] = remember(read));
        // Awaited once every file has arrived; until then a failure is not "unhandled".
        const later = read.then(remember);
        later.catch(() => undefined);
        reads[i] = later;
    });
    const parsed = [];
    for (let i = 0; i < toRead.length; i++) {
        const { file } = toRead[i];
        const pending = reads[i];
        const read = pending instanceof Promise ? await pending : pending;
        if (read.problems.length)
            diagnostics.push(...read.problems);
        if (read.declared)
            parsed.push({ file, declared: read.declared });
    }
    for (const { declared: d } of parsed) {
        if (d.kind === 'platforms')
            declarations.platforms = d.value;
        else if (d.kind === 'person')
            declarations.people.set(d.value.id, d.value);
        else
            declarations.roles.set(d.value.id, d.value);
    }
    // Without the files' text, every position is the start of its file: enough to learn whether
    // there is anything to report. If there is, the files are read again and the checks run
    // again with exact positions.
    const since = cache?.clean;
    let across = checkAcrossFiles(declarations, [], since);
    if (across.diagnostics.length > 0) {
        await (0,yaml/* loadCarefulParser */.yA)();
        const again = await (0,files/* readAll */.yw)(source, parsed.map(p => p.file));
        const docs = parsed.map(({ file, declared: { value } }) => (0,yaml/* locatable */.UN)(file.path, again.get(file.rel) ?? Buffer.alloc(0), value, value.at));
        across = checkAcrossFiles(declarations, docs, since);
    }
    diagnostics.push(...across.diagnostics);
    if (cache && across.clean && diagnostics.length === 0)
        cache.clean = across.clean;
    diagnostics.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column);
    return { declarations, diagnostics };
}
/** Renders a diagnostic the way editors and CI logs link it; a file name or value quoted in
 *  it is shown escaped, so a hostile tree cannot drive the terminal that prints it. */
const formatDiagnostic = (d) => (0,printable/* printable */.g)(`${d.file}:${d.line}:${d.column}: ${d.message}`);
/** Every platform's block as absent (SCIM's then lists no apps), and the default policy. */
/** policy.max_sweep_per_run when platforms.yaml leaves it out. */
const DEFAULT_MAX_SWEEP = 5;
const defaultPlatforms = (at) => toPlatforms({}, at);
function toPlatforms(raw, at) {
    const blocks = {};
    for (const platform of (0,registry/* platformDescriptors */.Uz)()) {
        const settings = platform.settings(raw[platform.key]);
        if (settings !== undefined)
            blocks[platform.key] = settings;
    }
    const policy = {
        max_departures_per_change: 5,
        max_departure_ratio: 0.2,
        max_sweep_per_run: DEFAULT_MAX_SWEEP,
        revoke_within: '24h',
        ...raw.policy
    };
    return { version: 1, ...blocks, policy, at };
}
/** The schema's fields written out, in the schema's order: one shape for every person (a spread
 *  or copy of documents of several shapes gives each person a hidden class of its own), its
 *  fields in the object itself, and the roles cut to their length (the parser grows a list as
 *  it reads it). In a tree of 80,000 people that is a third of their memory. */
function toPerson(raw, at) {
    const { id, name, email, status, departed_on } = raw;
    const roles = raw.roles ? raw.roles.slice() : [];
    const accounts = raw.accounts ?? {};
    return departed_on === undefined
        ? { id, name, email, status, roles, accounts, at }
        : { id, name, email, status, departed_on, roles, accounts, at };
}
function toRole(raw, at) {
    const grants = {};
    for (const platform of (0,registry/* platformDescriptors */.Uz)()) {
        const block = raw.grants?.[platform.key];
        if (block !== undefined)
            grants[platform.key] = platform.grants(block);
    }
    return { id: raw.id, description: raw.description, grants: grants, at };
}


/***/ }),

/***/ 88389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ controlCharacterProblems),
/* harmony export */   Rf: () => (/* binding */ unusableId),
/* harmony export */   nG: () => (/* binding */ byName),
/* harmony export */   nI: () => (/* binding */ CONTROL_CHARACTERS)
/* harmony export */ });
/* unused harmony export describeCharacter */
/** C0 controls (NUL, line breaks, tab, ESC...), DEL, C1 controls (CSI...), the Unicode line and
 *  paragraph separators, and the bidirectional overrides and isolates that reorder what is
 *  shown ("Trojan source"). ANSI escape sequences start with ESC or CSI, so they are covered. */
const CONTROL_CHARACTERS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMES = {
    0x00: 'NUL',
    0x09: 'tab',
    0x0a: 'line break',
    0x0d: 'carriage return',
    0x1b: 'ESC, which starts terminal escape sequences',
    0x7f: 'DEL',
    0x9b: 'CSI, which starts terminal escape sequences'
};
const codePoint = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** `U+001B (ESC, ...)`: the character, named where a name helps. */
function describeCharacter(c) {
    const name = NAMES[c.codePointAt(0)];
    return `${codePoint(c)}${name ? ` (${name})` : ''}`;
}
/** Every string of a parsed file (keys too) holding a control character, at its position. */
function controlCharacterProblems(doc, fieldName) {
    const out = [];
    // One path, grown and shrunk as the walk goes: copied only for a problem.
    const at = [];
    const check = (text, key) => {
        const found = text.match(CONTROL_CHARACTERS);
        if (!found)
            return;
        const path = [...at];
        const what = key ? `the key ${JSON.stringify(text)}` : fieldName(path) || 'the value';
        out.push({
            file: doc.file,
            ...doc.locate(path, { key }),
            message: `${what} contains ${describeCharacter(found[0])}${found.length > 1 ? ` and ${found.length - 1} more control character${found.length > 2 ? 's' : ''}` : ''}: declarations are shown in plans, logs and terminals, so they hold no control characters, line breaks or escape sequences; remove it`
        });
    };
    const walk = (value) => {
        if (typeof value === 'string')
            check(value, false);
        else if (Array.isArray(value))
            value.forEach((v, i) => {
                at.push(i);
                walk(v);
                at.pop();
            });
        else if (value !== null && typeof value === 'object')
            // Keys, not entries: no pair is allocated for each of a tree's million fields.
            for (const k of Object.keys(value)) {
                at.push(k);
                check(k, true);
                walk(value[k]);
                at.pop();
            }
    };
    walk(doc.value);
    return out;
}
/** `map[name]` if `map` has it as its own key: a name such as `constructor` or `toString`
 *  is data, never a property every object inherits. */
const byName = (map, name) => (map !== undefined && Object.hasOwn(map, name) ? map[name] : undefined);
/** Device names Windows reserves, with or without an extension: `con`, `con.old`, `com1`. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Why `id` cannot name a person or role file (and the branch mode offboard opens for it),
 *  with an id that can, or undefined when it can. `id` already matches the id pattern. */
function unusableId(id) {
    const why = unusableWhy(id);
    if (!why)
        return undefined;
    const instead = id
        .replace(/\.{2,}/g, '.')
        .replace(/\.+$/, '')
        .replace(/\.lock$/, '-lock')
        .replace(WINDOWS_DEVICE, (_all, device, rest = '') => `${device}-1${rest}`);
    return {
        why,
        instead: instead === id || unusableWhy(instead) ? `${id.replace(/\W/g, '-')}-1` : instead
    };
}
function unusableWhy(id) {
    if (WINDOWS_DEVICE.test(id))
        return `Windows reserves ${id.split('.')[0].toUpperCase()} as a device name, so a checkout on Windows cannot hold ${id}.yaml`;
    if (id.endsWith('.'))
        return 'an id may not end in ".": Windows drops a trailing dot from names, and git refuses the branch offboard/<id> that mode offboard opens';
    if (id.includes('..') || id.endsWith('.lock'))
        return `git refuses the branch offboard/${id} that mode offboard opens (no ".." in it, no ".lock" at its end)`;
    return undefined;
}


/***/ }),

/***/ 70656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ fieldName),
  I: () => (/* binding */ schemaProblems)
});

// NAMESPACE OBJECT: ./src/declarations/validators.js
var validators_namespaceObject = {};
__webpack_require__.r(validators_namespaceObject);
__webpack_require__.d(validators_namespaceObject, {
  person: () => (person),
  platforms: () => (platforms),
  role: () => (role),
  scenario: () => (scenario)
});

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __webpack_require__(40679);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./src/declarations/validators.js
// Generated by scripts/compile-schemas.mjs from schemas/*.schema.json: do not edit.



const platforms = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:platforms","title":"offboard access/platforms.yaml","description":"Which platforms offboard manages, their settings, and the safety policy. Only the platform blocks present are managed.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Format version: 1."},"github":{"type":"object","description":"GitHub: one organization (org) or several (orgs), optionally in an enterprise.","additionalProperties":false,"properties":{"org":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"the organization's login, e.g. acme (one organization; orgs names several)"},"orgs":{"type":"array","minItems":1,"uniqueItems":true,"description":"the organizations' logins, each with its own GitHub App installation (instead of org)","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"an organization's login"}},"protected":{"type":"array","uniqueItems":true,"description":"logins the tool never removes or demotes","items":{"type":"string","minLength":1,"description":"a login the tool never removes or demotes"}},"repository_scan_limit":{"type":"integer","minimum":0,"maximum":100000,"description":"how many repositories to scan for deploy keys a departing person added (default 200)"},"enterprise":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$","maxLength":60,"description":"the enterprise's slug: a departure ends by removing the person from it"},"emu":{"type":"boolean","description":"Enterprise Managed Users: deprovision through the enterprise's SCIM API instead of removing memberships (needs enterprise)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for GitHub"}}},"aws":{"type":"object","description":"An AWS account's IAM users.","additionalProperties":false,"properties":{"on_departure":{"enum":["delete","disable"],"description":"delete the IAM user, or keep it disabled (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny sessions issued before the departure (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"IAM user names never touched","items":{"type":"string","minLength":1,"description":"IAM user names never touched"}},"stale_key_days":{"type":"integer","minimum":1,"description":"an access key unused for this many days is reported as stale (default 90)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for AWS IAM"},"accounts":{"type":"array","minItems":1,"description":"member accounts: one role assumed in each, and the person's IAM user revoked in every one of them (absent: the credentials' own account only)","items":{"type":"object","additionalProperties":false,"required":["id","role_arn"],"description":"a member account and the role offboard assumes in it","properties":{"id":{"type":"string","pattern":"^[0-9]{12}$","description":"the 12-digit AWS account id, quoted: \"123456789012\""},"role_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$","description":"the role apply assumes in that account (and plan and audit, unless read_role_arn is set), e.g. arn:aws:iam::123456789012:role/offboard-apply"},"read_role_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$","description":"a read-only role plan and audit assume in that account instead, e.g. arn:aws:iam::123456789012:role/offboard-read"},"external_id":{"type":"string","pattern":"^[A-Za-z0-9+=,.@:/_-]{2,1224}$","description":"the external id the role's trust policy requires (sts:ExternalId), if it requires one"}}}}}},"slack":{"type":"object","description":"A Slack workspace or Enterprise Grid organization.","additionalProperties":false,"properties":{"deactivate_with":{"enum":["scim","admin","none"],"description":"how departing members are deactivated (default scim)"},"protected":{"type":"array","uniqueItems":true,"description":"member ids never touched","items":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"a member id never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Slack (its Web API and its SCIM API)"}}},"scim":{"type":"array","description":"SCIM 2.0 applications (Jira, PagerDuty, ...).","items":{"type":"object","additionalProperties":false,"required":["name","base_url","token_env"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$","description":"a short name: lowercase letters, digits, '_' or '-'"},"base_url":{"type":"string","format":"uri","pattern":"^https?://","description":"the SCIM base URL, e.g. https://api.example.com/scim/v2"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the token, never the token itself"},"on_departure":{"enum":["deactivate","delete"],"description":"what happens to a departing person's account (default deactivate)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for this app"}}}},"aws_sso":{"type":"object","description":"An IAM Identity Center instance: its Identity Store users, group memberships and account assignments.","additionalProperties":false,"required":["instance_arn","identity_store_id","region"],"properties":{"instance_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$","description":"the instance's ARN, e.g. arn:aws:sso:::instance/ssoins-1234567890abcdef (aws sso-admin list-instances)"},"identity_store_id":{"type":"string","pattern":"^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$","description":"the instance's identity store id, e.g. d-1234567890 (aws sso-admin list-instances)"},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"the instance's home region, e.g. eu-west-1"},"on_departure":{"enum":["delete","disable"],"description":"delete the Identity Store user, or keep it for a human to disable (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny the user's live role sessions in every permission set they can use, before anything else (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"Identity Store user names never touched","items":{"type":"string","minLength":1,"maxLength":128,"description":"an Identity Store user name never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for IAM Identity Center"}}},"entra":{"type":"object","description":"A Microsoft Entra ID tenant, managed through Microsoft Graph.","additionalProperties":false,"required":["tenant_id","client_id"],"properties":{"tenant_id":{"type":"string","pattern":"^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$","description":"the directory (tenant) id, or a verified domain such as acme.onmicrosoft.com"},"client_id":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"the application (client) id of the app registration offboard signs in as"},"read_client_id":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"the application (client) id of a read-only app that plan and audit sign in as (github_oidc credentials only): its federated credential may trust pull requests while the writer's trusts the default branch only"},"credentials":{"description":"how the app proves its identity (default github_oidc: no stored secret)","oneOf":[{"type":"object","additionalProperties":false,"properties":{"type":{"const":"github_oidc","description":"workload identity federation with the GitHub Actions OIDC token"},"audience":{"type":"string","minLength":1,"description":"the audience the app's federated credential expects (default api://AzureADTokenExchange)"}}},{"type":"object","additionalProperties":false,"required":["type","secret_env"],"properties":{"type":{"const":"client_secret","description":"a client secret"},"secret_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"name of the environment variable holding the client secret"}}},{"type":"object","additionalProperties":false,"required":["type","certificate_env"],"properties":{"type":{"const":"certificate","description":"a certificate"},"certificate_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"name of the environment variable holding the PEM: private key and certificate"}}}]},"on_departure":{"enum":["disable","delete"],"description":"keep the user with sign-in blocked, or also delete it (a soft delete, restorable for 30 days) (default disable)"},"app_role_assignments":{"enum":["remove","manual"],"description":"remove a departing user's app role assignments (needs AppRoleAssignment.ReadWrite.All), or leave them to an administrator (default remove)"},"protected":{"type":"array","uniqueItems":true,"description":"user principal names (or object ids) the tool never touches","items":{"type":"string","minLength":1,"description":"a user principal name or object id the tool never touches"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Entra ID"}},"dependentSchemas":{"read_client_id":{"properties":{"credentials":{"type":"object","properties":{"type":{"const":"github_oidc"}}}}}}},"google":{"type":"object","description":"A Google Workspace customer, reached with domain-wide delegation (docs/google.md).","additionalProperties":false,"required":["admin"],"properties":{"customer_id":{"type":"string","pattern":"^(my_customer|C[0-9a-z]{5,})$","description":"the Workspace customer id (C01abc2de, in the Admin console under Account settings), or my_customer: the admin's own (default my_customer)"},"domain":{"type":"string","pattern":"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$","description":"audit only this domain's users, for a customer with several domains (default every domain)"},"admin":{"type":"string","format":"email","description":"the super admin the service account acts as (its primary email); never touched"},"credentials":{"description":"where the service account's credentials come from (default key_env: GOOGLE_SERVICE_ACCOUNT_KEY)","oneOf":[{"type":"object","additionalProperties":false,"required":["key_env"],"properties":{"key_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the service account key's JSON, never the key itself"}}},{"type":"object","additionalProperties":false,"required":["workload_identity"],"properties":{"workload_identity":{"type":"object","additionalProperties":false,"required":["audience","service_account"],"description":"keyless: the workflow's GitHub OIDC token, exchanged through workload identity federation","properties":{"audience":{"type":"string","pattern":"^//iam\\.googleapis\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$","description":"the provider, e.g. //iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/offboard"},"service_account":{"type":"string","pattern":"^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$","description":"the service account with domain-wide delegation, e.g. offboard@acme-ops.iam.gserviceaccount.com"}}}}}]},"on_departure":{"enum":["suspend","delete"],"description":"suspend the departing person's account, or delete it after suspending it (default suspend)"},"transfer_drive_to":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"a person id: departing people's Drive files go to that person's Google account (Data Transfer API); default nobody"},"protected":{"type":"array","uniqueItems":true,"description":"primary emails the tool never touches","items":{"type":"string","format":"email","description":"a primary email the tool never touches"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Google"}}},"okta":{"type":"object","description":"An Okta org, reached with an API token or an API service app (OAuth 2.0 with a private key).","additionalProperties":false,"required":["org_url"],"properties":{"org_url":{"type":"string","format":"uri","pattern":"^https://[^/?#]+/?$","description":"the org's URL, e.g. https://acme.okta.com (or its custom domain), without a path"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding an API token, never the token itself"},"client_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{6,64}$","description":"the client id of an API service app that signs in with a private key"},"private_key_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the service app's private key (PEM or JWK), never the key itself"},"key_id":{"type":"string","minLength":1,"description":"the id (kid) of the service app's public key, when it has several"},"scopes":{"type":"array","minItems":1,"uniqueItems":true,"description":"the scopes apply asks for (default okta.users.manage, okta.groups.manage, okta.roles.read); plan and audit ask for the .read ones","items":{"type":"string","pattern":"^okta\\.[a-zA-Z]+\\.(read|manage)$","description":"an Okta API scope, e.g. okta.users.manage"}},"on_departure":{"enum":["suspend","deactivate","delete"],"description":"what happens to a departing person's user once sessions, tokens and groups are gone (default deactivate)"},"protected":{"type":"array","uniqueItems":true,"description":"logins never touched (break-glass admins, service users)","items":{"type":"string","minLength":1,"description":"a login never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Okta"}},"dependentRequired":{"client_id":["private_key_env"],"private_key_env":["client_id"],"key_id":["client_id"]}},"policy":{"type":"object","description":"Guards against mass revocation, how long platform calls may take, and how soon a departure must be revoked.","additionalProperties":false,"properties":{"max_departures_per_change":{"type":"integer","minimum":0,"description":"the most departures one change may contain (default 5)"},"max_departure_ratio":{"type":"number","minimum":0,"maximum":1,"description":"the largest fraction of active people one change may remove (default 0.2)"},"max_sweep_per_run":{"type":"integer","minimum":0,"description":"the most departed people one run of offboard sweep may revoke anything for (default 5)"},"revoke_within":{"type":"string","pattern":"^[1-9][0-9]{0,5}[mhd]$","description":"a duration: a whole number and m (minutes), h (hours) or d (days), e.g. 24h, 90m, 2d; how soon after a departure is requested its access must be verified gone (default 24h)"},"require_approval":{"type":"boolean","description":"apply only a change whose merged pull request has an approving review of its head commit by someone other than its author and the people it departs (default false)"},"retry":{"$ref":"#/$defs/retry","description":"how long one call to a platform may take, retries included (default 3 retries, 60 s, 20 s per attempt)"}}}},"$defs":{"retry":{"type":"object","additionalProperties":false,"properties":{"retries":{"type":"integer","minimum":0,"maximum":10,"description":"retries of a throttled or transiently failed call after its first attempt (default 3)"},"seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one call may take, every attempt and wait included (default 60)"},"attempt_seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one attempt may wait for an answer before it counts as failed (default 20)"}}}}};const schema32 = {"type":"object","additionalProperties":false,"properties":{"retries":{"type":"integer","minimum":0,"maximum":10,"description":"retries of a throttled or transiently failed call after its first attempt (default 3)"},"seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one call may take, every attempt and wait included (default 60)"},"attempt_seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one attempt may wait for an answer before it counts as failed (default 20)"}}};const func1 = Object.prototype.hasOwnProperty;const func2 = ucs2length/* default */.A;const pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");const pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$", "u");const pattern7 = new RegExp("^[0-9]{12}$", "u");const pattern8 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$", "u");const pattern10 = new RegExp("^[A-Za-z0-9+=,.@:/_-]{2,1224}$", "u");const pattern11 = new RegExp("^[UW][A-Z0-9]{2,}$", "u");const pattern12 = new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$", "u");const pattern13 = new RegExp("^https?://", "u");const pattern14 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern15 = new RegExp("^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "u");const pattern16 = new RegExp("^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", "u");const pattern17 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]$", "u");const pattern18 = new RegExp("^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$", "u");const pattern19 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");const pattern23 = new RegExp("^(my_customer|C[0-9a-z]{5,})$", "u");const pattern24 = new RegExp("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", "u");const pattern26 = new RegExp("^//iam\\.googleapis\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$", "u");const pattern27 = new RegExp("^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$", "u");const pattern28 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");const pattern29 = new RegExp("^https://[^/?#]+/?$", "u");const pattern31 = new RegExp("^[A-Za-z0-9_-]{6,64}$", "u");const pattern33 = new RegExp("^okta\\.[a-zA-Z]+\\.(read|manage)$", "u");const pattern34 = new RegExp("^[1-9][0-9]{0,5}[mhd]$", "u");const formats0 = formats/* fullFormats */.U9.uri;const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:platforms" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.github !== undefined){let data1 = data.github;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((((key1 === "org") || (key1 === "orgs")) || (key1 === "protected")) || (key1 === "repository_scan_limit")) || (key1 === "enterprise")) || (key1 === "emu")) || (key1 === "retry"))){const err3 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.github,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.org !== undefined){let data2 = data1.org;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err4 = {instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema31.properties.github.properties.org,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.org.type,parentSchema:schema31.properties.github.properties.org,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.orgs !== undefined){let data3 = data1.orgs;if(Array.isArray(data3)){if(data3.length < 1){const err6 = {instancePath:instancePath+"/github/orgs",schemaPath:"#/properties/github/properties/orgs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.github.properties.orgs,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern4.test(data4)){const err7 = {instancePath:instancePath+"/github/orgs/" + i0,schemaPath:"#/properties/github/properties/orgs/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema31.properties.github.properties.orgs.items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/github/orgs/" + i0,schemaPath:"#/properties/github/properties/orgs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.orgs.items.type,parentSchema:schema31.properties.github.properties.orgs.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err9 = {instancePath:instancePath+"/github/orgs",schemaPath:"#/properties/github/properties/orgs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.github.properties.orgs,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;break;}indices0[item0] = i1;}}}else {const err10 = {instancePath:instancePath+"/github/orgs",schemaPath:"#/properties/github/properties/orgs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.github.properties.orgs.type,parentSchema:schema31.properties.github.properties.orgs,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1.protected !== undefined){let data5 = data1.protected;if(Array.isArray(data5)){const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(func2(data6) < 1){const err11 = {instancePath:instancePath+"/github/protected/" + i2,schemaPath:"#/properties/github/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.github.properties.protected.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/github/protected/" + i2,schemaPath:"#/properties/github/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.protected.items.type,parentSchema:schema31.properties.github.properties.protected.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data5[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err13 = {instancePath:instancePath+"/github/protected",schemaPath:"#/properties/github/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.github.properties.protected,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;break;}indices1[item1] = i3;}}}else {const err14 = {instancePath:instancePath+"/github/protected",schemaPath:"#/properties/github/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.github.properties.protected.type,parentSchema:schema31.properties.github.properties.protected,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data1.repository_scan_limit !== undefined){let data7 = data1.repository_scan_limit;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err15 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.github.properties.repository_scan_limit.type,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 100000 || isNaN(data7)){const err16 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7 < 0 || isNaN(data7)){const err17 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data1.enterprise !== undefined){let data8 = data1.enterprise;if(typeof data8 === "string"){if(func2(data8) > 60){const err18 = {instancePath:instancePath+"/github/enterprise",schemaPath:"#/properties/github/properties/enterprise/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.github.properties.enterprise,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!pattern6.test(data8)){const err19 = {instancePath:instancePath+"/github/enterprise",schemaPath:"#/properties/github/properties/enterprise/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$",parentSchema:schema31.properties.github.properties.enterprise,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/github/enterprise",schemaPath:"#/properties/github/properties/enterprise/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.enterprise.type,parentSchema:schema31.properties.github.properties.enterprise,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data1.emu !== undefined){let data9 = data1.emu;if(typeof data9 !== "boolean"){const err21 = {instancePath:instancePath+"/github/emu",schemaPath:"#/properties/github/properties/emu/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.github.properties.emu.type,parentSchema:schema31.properties.github.properties.emu,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data1.retry !== undefined){let data10 = data1.retry;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key2 in data10){if(!(((key2 === "retries") || (key2 === "seconds")) || (key2 === "attempt_seconds"))){const err22 = {instancePath:instancePath+"/github/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data10.retries !== undefined){let data11 = data10.retries;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err23 = {instancePath:instancePath+"/github/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 10 || isNaN(data11)){const err24 = {instancePath:instancePath+"/github/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11 < 0 || isNaN(data11)){const err25 = {instancePath:instancePath+"/github/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data10.seconds !== undefined){let data12 = data10.seconds;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 3600 || isNaN(data12)){const err26 = {instancePath:instancePath+"/github/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data12 <= 0 || isNaN(data12)){const err27 = {instancePath:instancePath+"/github/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/github/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data10.attempt_seconds !== undefined){let data13 = data10.attempt_seconds;if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 3600 || isNaN(data13)){const err29 = {instancePath:instancePath+"/github/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 <= 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/github/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/github/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/github/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data10};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.github.type,parentSchema:schema31.properties.github,data:data1};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.aws !== undefined){let data14 = data.aws;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key3 in data14){if(!((((((key3 === "on_departure") || (key3 === "revoke_sessions")) || (key3 === "protected")) || (key3 === "stale_key_days")) || (key3 === "retry")) || (key3 === "accounts"))){const err34 = {instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.aws,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.on_departure !== undefined){let data15 = data14.on_departure;if(!((data15 === "delete") || (data15 === "disable"))){const err35 = {instancePath:instancePath+"/aws/on_departure",schemaPath:"#/properties/aws/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.aws.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.aws.properties.on_departure.enum,parentSchema:schema31.properties.aws.properties.on_departure,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data14.revoke_sessions !== undefined){let data16 = data14.revoke_sessions;if(typeof data16 !== "boolean"){const err36 = {instancePath:instancePath+"/aws/revoke_sessions",schemaPath:"#/properties/aws/properties/revoke_sessions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.aws.properties.revoke_sessions.type,parentSchema:schema31.properties.aws.properties.revoke_sessions,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data14.protected !== undefined){let data17 = data14.protected;if(Array.isArray(data17)){const len2 = data17.length;for(let i4=0; i4<len2; i4++){let data18 = data17[i4];if(typeof data18 === "string"){if(func2(data18) < 1){const err37 = {instancePath:instancePath+"/aws/protected/" + i4,schemaPath:"#/properties/aws/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.aws.properties.protected.items,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/aws/protected/" + i4,schemaPath:"#/properties/aws/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.protected.items.type,parentSchema:schema31.properties.aws.properties.protected.items,data:data18};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}let i5 = data17.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data17[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err39 = {instancePath:instancePath+"/aws/protected",schemaPath:"#/properties/aws/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.aws.properties.protected,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;break;}indices2[item2] = i5;}}}else {const err40 = {instancePath:instancePath+"/aws/protected",schemaPath:"#/properties/aws/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aws.properties.protected.type,parentSchema:schema31.properties.aws.properties.protected,data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.stale_key_days !== undefined){let data19 = data14.stale_key_days;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err41 = {instancePath:instancePath+"/aws/stale_key_days",schemaPath:"#/properties/aws/properties/stale_key_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.aws.properties.stale_key_days.type,parentSchema:schema31.properties.aws.properties.stale_key_days,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err42 = {instancePath:instancePath+"/aws/stale_key_days",schemaPath:"#/properties/aws/properties/stale_key_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.aws.properties.stale_key_days,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}if(data14.retry !== undefined){let data20 = data14.retry;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key4 in data20){if(!(((key4 === "retries") || (key4 === "seconds")) || (key4 === "attempt_seconds"))){const err43 = {instancePath:instancePath+"/aws/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data20.retries !== undefined){let data21 = data20.retries;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err44 = {instancePath:instancePath+"/aws/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 > 10 || isNaN(data21)){const err45 = {instancePath:instancePath+"/aws/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data21 < 0 || isNaN(data21)){const err46 = {instancePath:instancePath+"/aws/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data20.seconds !== undefined){let data22 = data20.seconds;if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 3600 || isNaN(data22)){const err47 = {instancePath:instancePath+"/aws/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data22};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data22 <= 0 || isNaN(data22)){const err48 = {instancePath:instancePath+"/aws/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data22};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/aws/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data20.attempt_seconds !== undefined){let data23 = data20.attempt_seconds;if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 3600 || isNaN(data23)){const err50 = {instancePath:instancePath+"/aws/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data23};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data23 <= 0 || isNaN(data23)){const err51 = {instancePath:instancePath+"/aws/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/aws/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/aws/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data20};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data14.accounts !== undefined){let data24 = data14.accounts;if(Array.isArray(data24)){if(data24.length < 1){const err54 = {instancePath:instancePath+"/aws/accounts",schemaPath:"#/properties/aws/properties/accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.aws.properties.accounts,data:data24};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}const len3 = data24.length;for(let i6=0; i6<len3; i6++){let data25 = data24[i6];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.id === undefined){const err55 = {instancePath:instancePath+"/aws/accounts/" + i6,schemaPath:"#/properties/aws/properties/accounts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.aws.properties.accounts.items.required,parentSchema:schema31.properties.aws.properties.accounts.items,data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data25.role_arn === undefined){const err56 = {instancePath:instancePath+"/aws/accounts/" + i6,schemaPath:"#/properties/aws/properties/accounts/items/required",keyword:"required",params:{missingProperty: "role_arn"},message:"must have required property '"+"role_arn"+"'",schema:schema31.properties.aws.properties.accounts.items.required,parentSchema:schema31.properties.aws.properties.accounts.items,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key5 in data25){if(!((((key5 === "id") || (key5 === "role_arn")) || (key5 === "read_role_arn")) || (key5 === "external_id"))){const err57 = {instancePath:instancePath+"/aws/accounts/" + i6,schemaPath:"#/properties/aws/properties/accounts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.aws.properties.accounts.items,data:data25};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data25.id !== undefined){let data26 = data25.id;if(typeof data26 === "string"){if(!pattern7.test(data26)){const err58 = {instancePath:instancePath+"/aws/accounts/" + i6+"/id",schemaPath:"#/properties/aws/properties/accounts/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\"",schema:"^[0-9]{12}$",parentSchema:schema31.properties.aws.properties.accounts.items.properties.id,data:data26};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/aws/accounts/" + i6+"/id",schemaPath:"#/properties/aws/properties/accounts/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.accounts.items.properties.id.type,parentSchema:schema31.properties.aws.properties.accounts.items.properties.id,data:data26};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data25.role_arn !== undefined){let data27 = data25.role_arn;if(typeof data27 === "string"){if(!pattern8.test(data27)){const err60 = {instancePath:instancePath+"/aws/accounts/" + i6+"/role_arn",schemaPath:"#/properties/aws/properties/accounts/items/properties/role_arn/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$"},message:"must match pattern \""+"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$"+"\"",schema:"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$",parentSchema:schema31.properties.aws.properties.accounts.items.properties.role_arn,data:data27};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/aws/accounts/" + i6+"/role_arn",schemaPath:"#/properties/aws/properties/accounts/items/properties/role_arn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.accounts.items.properties.role_arn.type,parentSchema:schema31.properties.aws.properties.accounts.items.properties.role_arn,data:data27};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data25.read_role_arn !== undefined){let data28 = data25.read_role_arn;if(typeof data28 === "string"){if(!pattern8.test(data28)){const err62 = {instancePath:instancePath+"/aws/accounts/" + i6+"/read_role_arn",schemaPath:"#/properties/aws/properties/accounts/items/properties/read_role_arn/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$"},message:"must match pattern \""+"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$"+"\"",schema:"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$",parentSchema:schema31.properties.aws.properties.accounts.items.properties.read_role_arn,data:data28};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/aws/accounts/" + i6+"/read_role_arn",schemaPath:"#/properties/aws/properties/accounts/items/properties/read_role_arn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.accounts.items.properties.read_role_arn.type,parentSchema:schema31.properties.aws.properties.accounts.items.properties.read_role_arn,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data25.external_id !== undefined){let data29 = data25.external_id;if(typeof data29 === "string"){if(!pattern10.test(data29)){const err64 = {instancePath:instancePath+"/aws/accounts/" + i6+"/external_id",schemaPath:"#/properties/aws/properties/accounts/items/properties/external_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@:/_-]{2,1224}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@:/_-]{2,1224}$"+"\"",schema:"^[A-Za-z0-9+=,.@:/_-]{2,1224}$",parentSchema:schema31.properties.aws.properties.accounts.items.properties.external_id,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/aws/accounts/" + i6+"/external_id",schemaPath:"#/properties/aws/properties/accounts/items/properties/external_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.accounts.items.properties.external_id.type,parentSchema:schema31.properties.aws.properties.accounts.items.properties.external_id,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/aws/accounts/" + i6,schemaPath:"#/properties/aws/properties/accounts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.aws.properties.accounts.items.type,parentSchema:schema31.properties.aws.properties.accounts.items,data:data25};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/aws/accounts",schemaPath:"#/properties/aws/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aws.properties.accounts.type,parentSchema:schema31.properties.aws.properties.accounts,data:data24};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.aws.type,parentSchema:schema31.properties.aws,data:data14};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.slack !== undefined){let data30 = data.slack;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key6 in data30){if(!(((key6 === "deactivate_with") || (key6 === "protected")) || (key6 === "retry"))){const err69 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.slack,data:data30};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data30.deactivate_with !== undefined){let data31 = data30.deactivate_with;if(!(((data31 === "scim") || (data31 === "admin")) || (data31 === "none"))){const err70 = {instancePath:instancePath+"/slack/deactivate_with",schemaPath:"#/properties/slack/properties/deactivate_with/enum",keyword:"enum",params:{allowedValues: schema31.properties.slack.properties.deactivate_with.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.slack.properties.deactivate_with.enum,parentSchema:schema31.properties.slack.properties.deactivate_with,data:data31};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data30.protected !== undefined){let data32 = data30.protected;if(Array.isArray(data32)){const len4 = data32.length;for(let i7=0; i7<len4; i7++){let data33 = data32[i7];if(typeof data33 === "string"){if(!pattern11.test(data33)){const err71 = {instancePath:instancePath+"/slack/protected/" + i7,schemaPath:"#/properties/slack/properties/protected/items/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema31.properties.slack.properties.protected.items,data:data33};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/slack/protected/" + i7,schemaPath:"#/properties/slack/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.slack.properties.protected.items.type,parentSchema:schema31.properties.slack.properties.protected.items,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}let i8 = data32.length;let j3;if(i8 > 1){const indices3 = {};for(;i8--;){let item3 = data32[i8];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err73 = {instancePath:instancePath+"/slack/protected",schemaPath:"#/properties/slack/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema31.properties.slack.properties.protected,data:data32};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;break;}indices3[item3] = i8;}}}else {const err74 = {instancePath:instancePath+"/slack/protected",schemaPath:"#/properties/slack/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.slack.properties.protected.type,parentSchema:schema31.properties.slack.properties.protected,data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data30.retry !== undefined){let data34 = data30.retry;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key7 in data34){if(!(((key7 === "retries") || (key7 === "seconds")) || (key7 === "attempt_seconds"))){const err75 = {instancePath:instancePath+"/slack/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data34};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data34.retries !== undefined){let data35 = data34.retries;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err76 = {instancePath:instancePath+"/slack/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data35};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 > 10 || isNaN(data35)){const err77 = {instancePath:instancePath+"/slack/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data35};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data35 < 0 || isNaN(data35)){const err78 = {instancePath:instancePath+"/slack/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data35};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}if(data34.seconds !== undefined){let data36 = data34.seconds;if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 3600 || isNaN(data36)){const err79 = {instancePath:instancePath+"/slack/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data36};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data36 <= 0 || isNaN(data36)){const err80 = {instancePath:instancePath+"/slack/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data36};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/slack/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data36};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data34.attempt_seconds !== undefined){let data37 = data34.attempt_seconds;if((typeof data37 == "number") && (isFinite(data37))){if(data37 > 3600 || isNaN(data37)){const err82 = {instancePath:instancePath+"/slack/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data37};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(data37 <= 0 || isNaN(data37)){const err83 = {instancePath:instancePath+"/slack/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/slack/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data37};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/slack/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data34};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.slack.type,parentSchema:schema31.properties.slack,data:data30};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.scim !== undefined){let data38 = data.scim;if(Array.isArray(data38)){const len5 = data38.length;for(let i9=0; i9<len5; i9++){let data39 = data38[i9];if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.name === undefined){const err87 = {instancePath:instancePath+"/scim/" + i9,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data39};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(data39.base_url === undefined){const err88 = {instancePath:instancePath+"/scim/" + i9,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "base_url"},message:"must have required property '"+"base_url"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data39};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data39.token_env === undefined){const err89 = {instancePath:instancePath+"/scim/" + i9,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "token_env"},message:"must have required property '"+"token_env"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data39};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}for(const key8 in data39){if(!(((((key8 === "name") || (key8 === "base_url")) || (key8 === "token_env")) || (key8 === "on_departure")) || (key8 === "retry"))){const err90 = {instancePath:instancePath+"/scim/" + i9,schemaPath:"#/properties/scim/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scim.items,data:data39};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data39.name !== undefined){let data40 = data39.name;if(typeof data40 === "string"){if(!pattern12.test(data40)){const err91 = {instancePath:instancePath+"/scim/" + i9+"/name",schemaPath:"#/properties/scim/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,62}$",parentSchema:schema31.properties.scim.items.properties.name,data:data40};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}else {const err92 = {instancePath:instancePath+"/scim/" + i9+"/name",schemaPath:"#/properties/scim/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.name.type,parentSchema:schema31.properties.scim.items.properties.name,data:data40};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data39.base_url !== undefined){let data41 = data39.base_url;if(typeof data41 === "string"){if(!pattern13.test(data41)){const err93 = {instancePath:instancePath+"/scim/" + i9+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.scim.items.properties.base_url,data:data41};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(!(formats0(data41))){const err94 = {instancePath:instancePath+"/scim/" + i9+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.scim.items.properties.base_url,data:data41};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}else {const err95 = {instancePath:instancePath+"/scim/" + i9+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.base_url.type,parentSchema:schema31.properties.scim.items.properties.base_url,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data39.token_env !== undefined){let data42 = data39.token_env;if(typeof data42 === "string"){if(!pattern14.test(data42)){const err96 = {instancePath:instancePath+"/scim/" + i9+"/token_env",schemaPath:"#/properties/scim/items/properties/token_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.scim.items.properties.token_env,data:data42};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/scim/" + i9+"/token_env",schemaPath:"#/properties/scim/items/properties/token_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.token_env.type,parentSchema:schema31.properties.scim.items.properties.token_env,data:data42};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data39.on_departure !== undefined){let data43 = data39.on_departure;if(!((data43 === "deactivate") || (data43 === "delete"))){const err98 = {instancePath:instancePath+"/scim/" + i9+"/on_departure",schemaPath:"#/properties/scim/items/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.scim.items.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scim.items.properties.on_departure.enum,parentSchema:schema31.properties.scim.items.properties.on_departure,data:data43};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data39.retry !== undefined){let data44 = data39.retry;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key9 in data44){if(!(((key9 === "retries") || (key9 === "seconds")) || (key9 === "attempt_seconds"))){const err99 = {instancePath:instancePath+"/scim/" + i9+"/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data44};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data44.retries !== undefined){let data45 = data44.retries;if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){const err100 = {instancePath:instancePath+"/scim/" + i9+"/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data45};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if((typeof data45 == "number") && (isFinite(data45))){if(data45 > 10 || isNaN(data45)){const err101 = {instancePath:instancePath+"/scim/" + i9+"/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data45};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(data45 < 0 || isNaN(data45)){const err102 = {instancePath:instancePath+"/scim/" + i9+"/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data45};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}}if(data44.seconds !== undefined){let data46 = data44.seconds;if((typeof data46 == "number") && (isFinite(data46))){if(data46 > 3600 || isNaN(data46)){const err103 = {instancePath:instancePath+"/scim/" + i9+"/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data46};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if(data46 <= 0 || isNaN(data46)){const err104 = {instancePath:instancePath+"/scim/" + i9+"/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data46};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}else {const err105 = {instancePath:instancePath+"/scim/" + i9+"/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data46};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data44.attempt_seconds !== undefined){let data47 = data44.attempt_seconds;if((typeof data47 == "number") && (isFinite(data47))){if(data47 > 3600 || isNaN(data47)){const err106 = {instancePath:instancePath+"/scim/" + i9+"/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data47};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data47 <= 0 || isNaN(data47)){const err107 = {instancePath:instancePath+"/scim/" + i9+"/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data47};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/scim/" + i9+"/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data47};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath:instancePath+"/scim/" + i9+"/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data44};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}}else {const err110 = {instancePath:instancePath+"/scim/" + i9,schemaPath:"#/properties/scim/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scim.items.type,parentSchema:schema31.properties.scim.items,data:data39};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/scim",schemaPath:"#/properties/scim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scim.type,parentSchema:schema31.properties.scim,data:data38};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data.aws_sso !== undefined){let data48 = data.aws_sso;if(data48 && typeof data48 == "object" && !Array.isArray(data48)){if(data48.instance_arn === undefined){const err112 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/required",keyword:"required",params:{missingProperty: "instance_arn"},message:"must have required property '"+"instance_arn"+"'",schema:schema31.properties.aws_sso.required,parentSchema:schema31.properties.aws_sso,data:data48};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(data48.identity_store_id === undefined){const err113 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/required",keyword:"required",params:{missingProperty: "identity_store_id"},message:"must have required property '"+"identity_store_id"+"'",schema:schema31.properties.aws_sso.required,parentSchema:schema31.properties.aws_sso,data:data48};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(data48.region === undefined){const err114 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema31.properties.aws_sso.required,parentSchema:schema31.properties.aws_sso,data:data48};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}for(const key10 in data48){if(!(((((((key10 === "instance_arn") || (key10 === "identity_store_id")) || (key10 === "region")) || (key10 === "on_departure")) || (key10 === "revoke_sessions")) || (key10 === "protected")) || (key10 === "retry"))){const err115 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.aws_sso,data:data48};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data48.instance_arn !== undefined){let data49 = data48.instance_arn;if(typeof data49 === "string"){if(!pattern15.test(data49)){const err116 = {instancePath:instancePath+"/aws_sso/instance_arn",schemaPath:"#/properties/aws_sso/properties/instance_arn/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"},message:"must match pattern \""+"^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"+"\"",schema:"^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$",parentSchema:schema31.properties.aws_sso.properties.instance_arn,data:data49};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}else {const err117 = {instancePath:instancePath+"/aws_sso/instance_arn",schemaPath:"#/properties/aws_sso/properties/instance_arn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws_sso.properties.instance_arn.type,parentSchema:schema31.properties.aws_sso.properties.instance_arn,data:data49};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data48.identity_store_id !== undefined){let data50 = data48.identity_store_id;if(typeof data50 === "string"){if(!pattern16.test(data50)){const err118 = {instancePath:instancePath+"/aws_sso/identity_store_id",schemaPath:"#/properties/aws_sso/properties/identity_store_id/pattern",keyword:"pattern",params:{pattern: "^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"},message:"must match pattern \""+"^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"+"\"",schema:"^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",parentSchema:schema31.properties.aws_sso.properties.identity_store_id,data:data50};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}else {const err119 = {instancePath:instancePath+"/aws_sso/identity_store_id",schemaPath:"#/properties/aws_sso/properties/identity_store_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws_sso.properties.identity_store_id.type,parentSchema:schema31.properties.aws_sso.properties.identity_store_id,data:data50};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data48.region !== undefined){let data51 = data48.region;if(typeof data51 === "string"){if(!pattern17.test(data51)){const err120 = {instancePath:instancePath+"/aws_sso/region",schemaPath:"#/properties/aws_sso/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\"",schema:"^[a-z]{2}(-[a-z]+)+-[0-9]$",parentSchema:schema31.properties.aws_sso.properties.region,data:data51};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}else {const err121 = {instancePath:instancePath+"/aws_sso/region",schemaPath:"#/properties/aws_sso/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws_sso.properties.region.type,parentSchema:schema31.properties.aws_sso.properties.region,data:data51};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data48.on_departure !== undefined){let data52 = data48.on_departure;if(!((data52 === "delete") || (data52 === "disable"))){const err122 = {instancePath:instancePath+"/aws_sso/on_departure",schemaPath:"#/properties/aws_sso/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.aws_sso.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.aws_sso.properties.on_departure.enum,parentSchema:schema31.properties.aws_sso.properties.on_departure,data:data52};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data48.revoke_sessions !== undefined){let data53 = data48.revoke_sessions;if(typeof data53 !== "boolean"){const err123 = {instancePath:instancePath+"/aws_sso/revoke_sessions",schemaPath:"#/properties/aws_sso/properties/revoke_sessions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.aws_sso.properties.revoke_sessions.type,parentSchema:schema31.properties.aws_sso.properties.revoke_sessions,data:data53};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data48.protected !== undefined){let data54 = data48.protected;if(Array.isArray(data54)){const len6 = data54.length;for(let i10=0; i10<len6; i10++){let data55 = data54[i10];if(typeof data55 === "string"){if(func2(data55) > 128){const err124 = {instancePath:instancePath+"/aws_sso/protected/" + i10,schemaPath:"#/properties/aws_sso/properties/protected/items/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema31.properties.aws_sso.properties.protected.items,data:data55};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}if(func2(data55) < 1){const err125 = {instancePath:instancePath+"/aws_sso/protected/" + i10,schemaPath:"#/properties/aws_sso/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.aws_sso.properties.protected.items,data:data55};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}else {const err126 = {instancePath:instancePath+"/aws_sso/protected/" + i10,schemaPath:"#/properties/aws_sso/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws_sso.properties.protected.items.type,parentSchema:schema31.properties.aws_sso.properties.protected.items,data:data55};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}let i11 = data54.length;let j4;if(i11 > 1){const indices4 = {};for(;i11--;){let item4 = data54[i11];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err127 = {instancePath:instancePath+"/aws_sso/protected",schemaPath:"#/properties/aws_sso/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i11+" are identical)",schema:true,parentSchema:schema31.properties.aws_sso.properties.protected,data:data54};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;break;}indices4[item4] = i11;}}}else {const err128 = {instancePath:instancePath+"/aws_sso/protected",schemaPath:"#/properties/aws_sso/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aws_sso.properties.protected.type,parentSchema:schema31.properties.aws_sso.properties.protected,data:data54};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data48.retry !== undefined){let data56 = data48.retry;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key11 in data56){if(!(((key11 === "retries") || (key11 === "seconds")) || (key11 === "attempt_seconds"))){const err129 = {instancePath:instancePath+"/aws_sso/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data56};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data56.retries !== undefined){let data57 = data56.retries;if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){const err130 = {instancePath:instancePath+"/aws_sso/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data57};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if((typeof data57 == "number") && (isFinite(data57))){if(data57 > 10 || isNaN(data57)){const err131 = {instancePath:instancePath+"/aws_sso/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data57};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}if(data57 < 0 || isNaN(data57)){const err132 = {instancePath:instancePath+"/aws_sso/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data57};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}if(data56.seconds !== undefined){let data58 = data56.seconds;if((typeof data58 == "number") && (isFinite(data58))){if(data58 > 3600 || isNaN(data58)){const err133 = {instancePath:instancePath+"/aws_sso/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data58};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}if(data58 <= 0 || isNaN(data58)){const err134 = {instancePath:instancePath+"/aws_sso/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data58};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}else {const err135 = {instancePath:instancePath+"/aws_sso/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data58};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data56.attempt_seconds !== undefined){let data59 = data56.attempt_seconds;if((typeof data59 == "number") && (isFinite(data59))){if(data59 > 3600 || isNaN(data59)){const err136 = {instancePath:instancePath+"/aws_sso/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data59};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if(data59 <= 0 || isNaN(data59)){const err137 = {instancePath:instancePath+"/aws_sso/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data59};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}else {const err138 = {instancePath:instancePath+"/aws_sso/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data59};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}}else {const err139 = {instancePath:instancePath+"/aws_sso/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data56};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}}else {const err140 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.aws_sso.type,parentSchema:schema31.properties.aws_sso,data:data48};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data.entra !== undefined){let data60 = data.entra;if(data60 && typeof data60 == "object" && !Array.isArray(data60)){if(data60.tenant_id === undefined){const err141 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/required",keyword:"required",params:{missingProperty: "tenant_id"},message:"must have required property '"+"tenant_id"+"'",schema:schema31.properties.entra.required,parentSchema:schema31.properties.entra,data:data60};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(data60.client_id === undefined){const err142 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema31.properties.entra.required,parentSchema:schema31.properties.entra,data:data60};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}for(const key12 in data60){if(!((((((((key12 === "tenant_id") || (key12 === "client_id")) || (key12 === "read_client_id")) || (key12 === "credentials")) || (key12 === "on_departure")) || (key12 === "app_role_assignments")) || (key12 === "protected")) || (key12 === "retry"))){const err143 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.entra,data:data60};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data60.tenant_id !== undefined){let data61 = data60.tenant_id;if(typeof data61 === "string"){if(!pattern18.test(data61)){const err144 = {instancePath:instancePath+"/entra/tenant_id",schemaPath:"#/properties/entra/properties/tenant_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$"},message:"must match pattern \""+"^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$"+"\"",schema:"^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$",parentSchema:schema31.properties.entra.properties.tenant_id,data:data61};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}else {const err145 = {instancePath:instancePath+"/entra/tenant_id",schemaPath:"#/properties/entra/properties/tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.tenant_id.type,parentSchema:schema31.properties.entra.properties.tenant_id,data:data61};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data60.client_id !== undefined){let data62 = data60.client_id;if(typeof data62 === "string"){if(!pattern19.test(data62)){const err146 = {instancePath:instancePath+"/entra/client_id",schemaPath:"#/properties/entra/properties/client_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema31.properties.entra.properties.client_id,data:data62};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}else {const err147 = {instancePath:instancePath+"/entra/client_id",schemaPath:"#/properties/entra/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.client_id.type,parentSchema:schema31.properties.entra.properties.client_id,data:data62};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data60.read_client_id !== undefined){let data63 = data60.read_client_id;if(typeof data63 === "string"){if(!pattern19.test(data63)){const err148 = {instancePath:instancePath+"/entra/read_client_id",schemaPath:"#/properties/entra/properties/read_client_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema31.properties.entra.properties.read_client_id,data:data63};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}else {const err149 = {instancePath:instancePath+"/entra/read_client_id",schemaPath:"#/properties/entra/properties/read_client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.read_client_id.type,parentSchema:schema31.properties.entra.properties.read_client_id,data:data63};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data60.credentials !== undefined){let data64 = data60.credentials;const _errs143 = errors;let valid37 = false;let passing0 = null;const _errs144 = errors;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){for(const key13 in data64){if(!((key13 === "type") || (key13 === "audience"))){const err150 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.entra.properties.credentials.oneOf[0],data:data64};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data64.type !== undefined){let data65 = data64.type;if("github_oidc" !== data65){const err151 = {instancePath:instancePath+"/entra/credentials/type",schemaPath:"#/properties/entra/properties/credentials/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "github_oidc"},message:"must be equal to constant",schema:"github_oidc",parentSchema:schema31.properties.entra.properties.credentials.oneOf[0].properties.type,data:data65};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data64.audience !== undefined){let data66 = data64.audience;if(typeof data66 === "string"){if(func2(data66) < 1){const err152 = {instancePath:instancePath+"/entra/credentials/audience",schemaPath:"#/properties/entra/properties/credentials/oneOf/0/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.entra.properties.credentials.oneOf[0].properties.audience,data:data66};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}else {const err153 = {instancePath:instancePath+"/entra/credentials/audience",schemaPath:"#/properties/entra/properties/credentials/oneOf/0/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.credentials.oneOf[0].properties.audience.type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[0].properties.audience,data:data66};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}}else {const err154 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.entra.properties.credentials.oneOf[0].type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[0],data:data64};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}var _valid0 = _errs144 === errors;if(_valid0){valid37 = true;passing0 = 0;var props0 = true;}const _errs150 = errors;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){if(data64.type === undefined){const err155 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.entra.properties.credentials.oneOf[1].required,parentSchema:schema31.properties.entra.properties.credentials.oneOf[1],data:data64};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}if(data64.secret_env === undefined){const err156 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/required",keyword:"required",params:{missingProperty: "secret_env"},message:"must have required property '"+"secret_env"+"'",schema:schema31.properties.entra.properties.credentials.oneOf[1].required,parentSchema:schema31.properties.entra.properties.credentials.oneOf[1],data:data64};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}for(const key14 in data64){if(!((key14 === "type") || (key14 === "secret_env"))){const err157 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.entra.properties.credentials.oneOf[1],data:data64};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data64.type !== undefined){let data67 = data64.type;if("client_secret" !== data67){const err158 = {instancePath:instancePath+"/entra/credentials/type",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "client_secret"},message:"must be equal to constant",schema:"client_secret",parentSchema:schema31.properties.entra.properties.credentials.oneOf[1].properties.type,data:data67};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data64.secret_env !== undefined){let data68 = data64.secret_env;if(typeof data68 === "string"){if(!pattern14.test(data68)){const err159 = {instancePath:instancePath+"/entra/credentials/secret_env",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/properties/secret_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.entra.properties.credentials.oneOf[1].properties.secret_env,data:data68};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}else {const err160 = {instancePath:instancePath+"/entra/credentials/secret_env",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/properties/secret_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.credentials.oneOf[1].properties.secret_env.type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[1].properties.secret_env,data:data68};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}}else {const err161 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.entra.properties.credentials.oneOf[1].type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[1],data:data64};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}var _valid0 = _errs150 === errors;if(_valid0 && valid37){valid37 = false;passing0 = [passing0, 1];}else {if(_valid0){valid37 = true;passing0 = 1;if(props0 !== true){props0 = true;}}const _errs156 = errors;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){if(data64.type === undefined){const err162 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.entra.properties.credentials.oneOf[2].required,parentSchema:schema31.properties.entra.properties.credentials.oneOf[2],data:data64};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if(data64.certificate_env === undefined){const err163 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/required",keyword:"required",params:{missingProperty: "certificate_env"},message:"must have required property '"+"certificate_env"+"'",schema:schema31.properties.entra.properties.credentials.oneOf[2].required,parentSchema:schema31.properties.entra.properties.credentials.oneOf[2],data:data64};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}for(const key15 in data64){if(!((key15 === "type") || (key15 === "certificate_env"))){const err164 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.entra.properties.credentials.oneOf[2],data:data64};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data64.type !== undefined){let data69 = data64.type;if("certificate" !== data69){const err165 = {instancePath:instancePath+"/entra/credentials/type",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant",schema:"certificate",parentSchema:schema31.properties.entra.properties.credentials.oneOf[2].properties.type,data:data69};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data64.certificate_env !== undefined){let data70 = data64.certificate_env;if(typeof data70 === "string"){if(!pattern14.test(data70)){const err166 = {instancePath:instancePath+"/entra/credentials/certificate_env",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/properties/certificate_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.entra.properties.credentials.oneOf[2].properties.certificate_env,data:data70};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}else {const err167 = {instancePath:instancePath+"/entra/credentials/certificate_env",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/properties/certificate_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.credentials.oneOf[2].properties.certificate_env.type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[2].properties.certificate_env,data:data70};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}}else {const err168 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.entra.properties.credentials.oneOf[2].type,parentSchema:schema31.properties.entra.properties.credentials.oneOf[2],data:data64};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}var _valid0 = _errs156 === errors;if(_valid0 && valid37){valid37 = false;passing0 = [passing0, 2];}else {if(_valid0){valid37 = true;passing0 = 2;if(props0 !== true){props0 = true;}}}}if(!valid37){const err169 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/properties/credentials/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.entra.properties.credentials.oneOf,parentSchema:schema31.properties.entra.properties.credentials,data:data64};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}else {errors = _errs143;if(vErrors !== null){if(_errs143){vErrors.length = _errs143;}else {vErrors = null;}}}}if(data60.on_departure !== undefined){let data71 = data60.on_departure;if(!((data71 === "disable") || (data71 === "delete"))){const err170 = {instancePath:instancePath+"/entra/on_departure",schemaPath:"#/properties/entra/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.entra.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.entra.properties.on_departure.enum,parentSchema:schema31.properties.entra.properties.on_departure,data:data71};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data60.app_role_assignments !== undefined){let data72 = data60.app_role_assignments;if(!((data72 === "remove") || (data72 === "manual"))){const err171 = {instancePath:instancePath+"/entra/app_role_assignments",schemaPath:"#/properties/entra/properties/app_role_assignments/enum",keyword:"enum",params:{allowedValues: schema31.properties.entra.properties.app_role_assignments.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.entra.properties.app_role_assignments.enum,parentSchema:schema31.properties.entra.properties.app_role_assignments,data:data72};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data60.protected !== undefined){let data73 = data60.protected;if(Array.isArray(data73)){const len7 = data73.length;for(let i12=0; i12<len7; i12++){let data74 = data73[i12];if(typeof data74 === "string"){if(func2(data74) < 1){const err172 = {instancePath:instancePath+"/entra/protected/" + i12,schemaPath:"#/properties/entra/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.entra.properties.protected.items,data:data74};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}else {const err173 = {instancePath:instancePath+"/entra/protected/" + i12,schemaPath:"#/properties/entra/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.entra.properties.protected.items.type,parentSchema:schema31.properties.entra.properties.protected.items,data:data74};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}let i13 = data73.length;let j5;if(i13 > 1){const indices5 = {};for(;i13--;){let item5 = data73[i13];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err174 = {instancePath:instancePath+"/entra/protected",schemaPath:"#/properties/entra/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)",schema:true,parentSchema:schema31.properties.entra.properties.protected,data:data73};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;break;}indices5[item5] = i13;}}}else {const err175 = {instancePath:instancePath+"/entra/protected",schemaPath:"#/properties/entra/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.entra.properties.protected.type,parentSchema:schema31.properties.entra.properties.protected,data:data73};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data60.retry !== undefined){let data75 = data60.retry;if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key16 in data75){if(!(((key16 === "retries") || (key16 === "seconds")) || (key16 === "attempt_seconds"))){const err176 = {instancePath:instancePath+"/entra/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data75};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data75.retries !== undefined){let data76 = data75.retries;if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){const err177 = {instancePath:instancePath+"/entra/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data76};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}if((typeof data76 == "number") && (isFinite(data76))){if(data76 > 10 || isNaN(data76)){const err178 = {instancePath:instancePath+"/entra/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data76};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if(data76 < 0 || isNaN(data76)){const err179 = {instancePath:instancePath+"/entra/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data76};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}}if(data75.seconds !== undefined){let data77 = data75.seconds;if((typeof data77 == "number") && (isFinite(data77))){if(data77 > 3600 || isNaN(data77)){const err180 = {instancePath:instancePath+"/entra/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data77};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}if(data77 <= 0 || isNaN(data77)){const err181 = {instancePath:instancePath+"/entra/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data77};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}else {const err182 = {instancePath:instancePath+"/entra/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data77};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data75.attempt_seconds !== undefined){let data78 = data75.attempt_seconds;if((typeof data78 == "number") && (isFinite(data78))){if(data78 > 3600 || isNaN(data78)){const err183 = {instancePath:instancePath+"/entra/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data78};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}if(data78 <= 0 || isNaN(data78)){const err184 = {instancePath:instancePath+"/entra/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data78};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}else {const err185 = {instancePath:instancePath+"/entra/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data78};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}}else {const err186 = {instancePath:instancePath+"/entra/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data75};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data60.read_client_id !== undefined){if(data60 && typeof data60 == "object" && !Array.isArray(data60)){if(data60.credentials !== undefined){let data79 = data60.credentials;if(data79 && typeof data79 == "object" && !Array.isArray(data79)){if(data79.type !== undefined){let data80 = data79.type;if("github_oidc" !== data80){const err187 = {instancePath:instancePath+"/entra/credentials/type",schemaPath:"#/properties/entra/dependentSchemas/read_client_id/properties/credentials/properties/type/const",keyword:"const",params:{allowedValue: "github_oidc"},message:"must be equal to constant",schema:"github_oidc",parentSchema:schema31.properties.entra.dependentSchemas.read_client_id.properties.credentials.properties.type,data:data80};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}else {const err188 = {instancePath:instancePath+"/entra/credentials",schemaPath:"#/properties/entra/dependentSchemas/read_client_id/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.entra.dependentSchemas.read_client_id.properties.credentials.type,parentSchema:schema31.properties.entra.dependentSchemas.read_client_id.properties.credentials,data:data79};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}}}else {const err189 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.entra.type,parentSchema:schema31.properties.entra,data:data60};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}if(data.google !== undefined){let data81 = data.google;if(data81 && typeof data81 == "object" && !Array.isArray(data81)){if(data81.admin === undefined){const err190 = {instancePath:instancePath+"/google",schemaPath:"#/properties/google/required",keyword:"required",params:{missingProperty: "admin"},message:"must have required property '"+"admin"+"'",schema:schema31.properties.google.required,parentSchema:schema31.properties.google,data:data81};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}for(const key17 in data81){if(!((((((((key17 === "customer_id") || (key17 === "domain")) || (key17 === "admin")) || (key17 === "credentials")) || (key17 === "on_departure")) || (key17 === "transfer_drive_to")) || (key17 === "protected")) || (key17 === "retry"))){const err191 = {instancePath:instancePath+"/google",schemaPath:"#/properties/google/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.google,data:data81};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}if(data81.customer_id !== undefined){let data82 = data81.customer_id;if(typeof data82 === "string"){if(!pattern23.test(data82)){const err192 = {instancePath:instancePath+"/google/customer_id",schemaPath:"#/properties/google/properties/customer_id/pattern",keyword:"pattern",params:{pattern: "^(my_customer|C[0-9a-z]{5,})$"},message:"must match pattern \""+"^(my_customer|C[0-9a-z]{5,})$"+"\"",schema:"^(my_customer|C[0-9a-z]{5,})$",parentSchema:schema31.properties.google.properties.customer_id,data:data82};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}else {const err193 = {instancePath:instancePath+"/google/customer_id",schemaPath:"#/properties/google/properties/customer_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.customer_id.type,parentSchema:schema31.properties.google.properties.customer_id,data:data82};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data81.domain !== undefined){let data83 = data81.domain;if(typeof data83 === "string"){if(!pattern24.test(data83)){const err194 = {instancePath:instancePath+"/google/domain",schemaPath:"#/properties/google/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"},message:"must match pattern \""+"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"+"\"",schema:"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",parentSchema:schema31.properties.google.properties.domain,data:data83};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}else {const err195 = {instancePath:instancePath+"/google/domain",schemaPath:"#/properties/google/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.domain.type,parentSchema:schema31.properties.google.properties.domain,data:data83};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data81.admin !== undefined){let data84 = data81.admin;if(typeof data84 === "string"){if(!(formats2.test(data84))){const err196 = {instancePath:instancePath+"/google/admin",schemaPath:"#/properties/google/properties/admin/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.google.properties.admin,data:data84};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}else {const err197 = {instancePath:instancePath+"/google/admin",schemaPath:"#/properties/google/properties/admin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.admin.type,parentSchema:schema31.properties.google.properties.admin,data:data84};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data81.credentials !== undefined){let data85 = data81.credentials;const _errs192 = errors;let valid50 = false;let passing1 = null;const _errs193 = errors;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){if(data85.key_env === undefined){const err198 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/0/required",keyword:"required",params:{missingProperty: "key_env"},message:"must have required property '"+"key_env"+"'",schema:schema31.properties.google.properties.credentials.oneOf[0].required,parentSchema:schema31.properties.google.properties.credentials.oneOf[0],data:data85};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}for(const key18 in data85){if(!(key18 === "key_env")){const err199 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.google.properties.credentials.oneOf[0],data:data85};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data85.key_env !== undefined){let data86 = data85.key_env;if(typeof data86 === "string"){if(!pattern14.test(data86)){const err200 = {instancePath:instancePath+"/google/credentials/key_env",schemaPath:"#/properties/google/properties/credentials/oneOf/0/properties/key_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.google.properties.credentials.oneOf[0].properties.key_env,data:data86};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}else {const err201 = {instancePath:instancePath+"/google/credentials/key_env",schemaPath:"#/properties/google/properties/credentials/oneOf/0/properties/key_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.credentials.oneOf[0].properties.key_env.type,parentSchema:schema31.properties.google.properties.credentials.oneOf[0].properties.key_env,data:data86};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}}else {const err202 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.google.properties.credentials.oneOf[0].type,parentSchema:schema31.properties.google.properties.credentials.oneOf[0],data:data85};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}var _valid1 = _errs193 === errors;if(_valid1){valid50 = true;passing1 = 0;var props1 = true;}const _errs198 = errors;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){if(data85.workload_identity === undefined){const err203 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/1/required",keyword:"required",params:{missingProperty: "workload_identity"},message:"must have required property '"+"workload_identity"+"'",schema:schema31.properties.google.properties.credentials.oneOf[1].required,parentSchema:schema31.properties.google.properties.credentials.oneOf[1],data:data85};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}for(const key19 in data85){if(!(key19 === "workload_identity")){const err204 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.google.properties.credentials.oneOf[1],data:data85};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data85.workload_identity !== undefined){let data87 = data85.workload_identity;if(data87 && typeof data87 == "object" && !Array.isArray(data87)){if(data87.audience === undefined){const err205 = {instancePath:instancePath+"/google/credentials/workload_identity",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.required,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity,data:data87};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}if(data87.service_account === undefined){const err206 = {instancePath:instancePath+"/google/credentials/workload_identity",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/required",keyword:"required",params:{missingProperty: "service_account"},message:"must have required property '"+"service_account"+"'",schema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.required,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity,data:data87};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}for(const key20 in data87){if(!((key20 === "audience") || (key20 === "service_account"))){const err207 = {instancePath:instancePath+"/google/credentials/workload_identity",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity,data:data87};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}if(data87.audience !== undefined){let data88 = data87.audience;if(typeof data88 === "string"){if(!pattern26.test(data88)){const err208 = {instancePath:instancePath+"/google/credentials/workload_identity/audience",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/properties/audience/pattern",keyword:"pattern",params:{pattern: "^//iam\\.googleapis\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$"},message:"must match pattern \""+"^//iam\\.googleapis\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$"+"\"",schema:"^//iam\\.googleapis\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$",parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.audience,data:data88};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}else {const err209 = {instancePath:instancePath+"/google/credentials/workload_identity/audience",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.audience.type,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.audience,data:data88};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data87.service_account !== undefined){let data89 = data87.service_account;if(typeof data89 === "string"){if(!pattern27.test(data89)){const err210 = {instancePath:instancePath+"/google/credentials/workload_identity/service_account",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/properties/service_account/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$"+"\"",schema:"^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com$",parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.service_account,data:data89};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}else {const err211 = {instancePath:instancePath+"/google/credentials/workload_identity/service_account",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/properties/service_account/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.service_account.type,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.properties.service_account,data:data89};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}}else {const err212 = {instancePath:instancePath+"/google/credentials/workload_identity",schemaPath:"#/properties/google/properties/credentials/oneOf/1/properties/workload_identity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity.type,parentSchema:schema31.properties.google.properties.credentials.oneOf[1].properties.workload_identity,data:data87};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}}else {const err213 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.google.properties.credentials.oneOf[1].type,parentSchema:schema31.properties.google.properties.credentials.oneOf[1],data:data85};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}var _valid1 = _errs198 === errors;if(_valid1 && valid50){valid50 = false;passing1 = [passing1, 1];}else {if(_valid1){valid50 = true;passing1 = 1;if(props1 !== true){props1 = true;}}}if(!valid50){const err214 = {instancePath:instancePath+"/google/credentials",schemaPath:"#/properties/google/properties/credentials/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema31.properties.google.properties.credentials.oneOf,parentSchema:schema31.properties.google.properties.credentials,data:data85};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}else {errors = _errs192;if(vErrors !== null){if(_errs192){vErrors.length = _errs192;}else {vErrors = null;}}}}if(data81.on_departure !== undefined){let data90 = data81.on_departure;if(!((data90 === "suspend") || (data90 === "delete"))){const err215 = {instancePath:instancePath+"/google/on_departure",schemaPath:"#/properties/google/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.google.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.google.properties.on_departure.enum,parentSchema:schema31.properties.google.properties.on_departure,data:data90};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data81.transfer_drive_to !== undefined){let data91 = data81.transfer_drive_to;if(typeof data91 === "string"){if(!pattern28.test(data91)){const err216 = {instancePath:instancePath+"/google/transfer_drive_to",schemaPath:"#/properties/google/properties/transfer_drive_to/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema31.properties.google.properties.transfer_drive_to,data:data91};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}else {const err217 = {instancePath:instancePath+"/google/transfer_drive_to",schemaPath:"#/properties/google/properties/transfer_drive_to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.transfer_drive_to.type,parentSchema:schema31.properties.google.properties.transfer_drive_to,data:data91};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data81.protected !== undefined){let data92 = data81.protected;if(Array.isArray(data92)){const len8 = data92.length;for(let i14=0; i14<len8; i14++){let data93 = data92[i14];if(typeof data93 === "string"){if(!(formats2.test(data93))){const err218 = {instancePath:instancePath+"/google/protected/" + i14,schemaPath:"#/properties/google/properties/protected/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.google.properties.protected.items,data:data93};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}else {const err219 = {instancePath:instancePath+"/google/protected/" + i14,schemaPath:"#/properties/google/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.google.properties.protected.items.type,parentSchema:schema31.properties.google.properties.protected.items,data:data93};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}let i15 = data92.length;let j6;if(i15 > 1){const indices6 = {};for(;i15--;){let item6 = data92[i15];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err220 = {instancePath:instancePath+"/google/protected",schemaPath:"#/properties/google/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i15+" are identical)",schema:true,parentSchema:schema31.properties.google.properties.protected,data:data92};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;break;}indices6[item6] = i15;}}}else {const err221 = {instancePath:instancePath+"/google/protected",schemaPath:"#/properties/google/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.google.properties.protected.type,parentSchema:schema31.properties.google.properties.protected,data:data92};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}if(data81.retry !== undefined){let data94 = data81.retry;if(data94 && typeof data94 == "object" && !Array.isArray(data94)){for(const key21 in data94){if(!(((key21 === "retries") || (key21 === "seconds")) || (key21 === "attempt_seconds"))){const err222 = {instancePath:instancePath+"/google/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data94};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}if(data94.retries !== undefined){let data95 = data94.retries;if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){const err223 = {instancePath:instancePath+"/google/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data95};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}if((typeof data95 == "number") && (isFinite(data95))){if(data95 > 10 || isNaN(data95)){const err224 = {instancePath:instancePath+"/google/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data95};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}if(data95 < 0 || isNaN(data95)){const err225 = {instancePath:instancePath+"/google/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data95};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}}if(data94.seconds !== undefined){let data96 = data94.seconds;if((typeof data96 == "number") && (isFinite(data96))){if(data96 > 3600 || isNaN(data96)){const err226 = {instancePath:instancePath+"/google/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data96};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}if(data96 <= 0 || isNaN(data96)){const err227 = {instancePath:instancePath+"/google/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data96};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}else {const err228 = {instancePath:instancePath+"/google/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data96};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data94.attempt_seconds !== undefined){let data97 = data94.attempt_seconds;if((typeof data97 == "number") && (isFinite(data97))){if(data97 > 3600 || isNaN(data97)){const err229 = {instancePath:instancePath+"/google/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data97};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}if(data97 <= 0 || isNaN(data97)){const err230 = {instancePath:instancePath+"/google/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data97};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}else {const err231 = {instancePath:instancePath+"/google/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data97};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}}else {const err232 = {instancePath:instancePath+"/google/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data94};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}}else {const err233 = {instancePath:instancePath+"/google",schemaPath:"#/properties/google/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.google.type,parentSchema:schema31.properties.google,data:data81};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data.okta !== undefined){let data98 = data.okta;if(data98 && typeof data98 == "object" && !Array.isArray(data98)){if(data98.org_url === undefined){const err234 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/required",keyword:"required",params:{missingProperty: "org_url"},message:"must have required property '"+"org_url"+"'",schema:schema31.properties.okta.required,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}for(const key22 in data98){if(!(func1.call(schema31.properties.okta.properties, key22))){const err235 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}if(data98.org_url !== undefined){let data99 = data98.org_url;if(typeof data99 === "string"){if(!pattern29.test(data99)){const err236 = {instancePath:instancePath+"/okta/org_url",schemaPath:"#/properties/okta/properties/org_url/pattern",keyword:"pattern",params:{pattern: "^https://[^/?#]+/?$"},message:"must match pattern \""+"^https://[^/?#]+/?$"+"\"",schema:"^https://[^/?#]+/?$",parentSchema:schema31.properties.okta.properties.org_url,data:data99};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}if(!(formats0(data99))){const err237 = {instancePath:instancePath+"/okta/org_url",schemaPath:"#/properties/okta/properties/org_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.okta.properties.org_url,data:data99};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}else {const err238 = {instancePath:instancePath+"/okta/org_url",schemaPath:"#/properties/okta/properties/org_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.org_url.type,parentSchema:schema31.properties.okta.properties.org_url,data:data99};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}if(data98.token_env !== undefined){let data100 = data98.token_env;if(typeof data100 === "string"){if(!pattern14.test(data100)){const err239 = {instancePath:instancePath+"/okta/token_env",schemaPath:"#/properties/okta/properties/token_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.okta.properties.token_env,data:data100};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}else {const err240 = {instancePath:instancePath+"/okta/token_env",schemaPath:"#/properties/okta/properties/token_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.token_env.type,parentSchema:schema31.properties.okta.properties.token_env,data:data100};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data98.client_id !== undefined){let data101 = data98.client_id;if(typeof data101 === "string"){if(!pattern31.test(data101)){const err241 = {instancePath:instancePath+"/okta/client_id",schemaPath:"#/properties/okta/properties/client_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{6,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{6,64}$"+"\"",schema:"^[A-Za-z0-9_-]{6,64}$",parentSchema:schema31.properties.okta.properties.client_id,data:data101};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}else {const err242 = {instancePath:instancePath+"/okta/client_id",schemaPath:"#/properties/okta/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.client_id.type,parentSchema:schema31.properties.okta.properties.client_id,data:data101};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}if(data98.private_key_env !== undefined){let data102 = data98.private_key_env;if(typeof data102 === "string"){if(!pattern14.test(data102)){const err243 = {instancePath:instancePath+"/okta/private_key_env",schemaPath:"#/properties/okta/properties/private_key_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.okta.properties.private_key_env,data:data102};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}else {const err244 = {instancePath:instancePath+"/okta/private_key_env",schemaPath:"#/properties/okta/properties/private_key_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.private_key_env.type,parentSchema:schema31.properties.okta.properties.private_key_env,data:data102};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}if(data98.key_id !== undefined){let data103 = data98.key_id;if(typeof data103 === "string"){if(func2(data103) < 1){const err245 = {instancePath:instancePath+"/okta/key_id",schemaPath:"#/properties/okta/properties/key_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.okta.properties.key_id,data:data103};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}else {const err246 = {instancePath:instancePath+"/okta/key_id",schemaPath:"#/properties/okta/properties/key_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.key_id.type,parentSchema:schema31.properties.okta.properties.key_id,data:data103};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}if(data98.scopes !== undefined){let data104 = data98.scopes;if(Array.isArray(data104)){if(data104.length < 1){const err247 = {instancePath:instancePath+"/okta/scopes",schemaPath:"#/properties/okta/properties/scopes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.okta.properties.scopes,data:data104};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}const len9 = data104.length;for(let i16=0; i16<len9; i16++){let data105 = data104[i16];if(typeof data105 === "string"){if(!pattern33.test(data105)){const err248 = {instancePath:instancePath+"/okta/scopes/" + i16,schemaPath:"#/properties/okta/properties/scopes/items/pattern",keyword:"pattern",params:{pattern: "^okta\\.[a-zA-Z]+\\.(read|manage)$"},message:"must match pattern \""+"^okta\\.[a-zA-Z]+\\.(read|manage)$"+"\"",schema:"^okta\\.[a-zA-Z]+\\.(read|manage)$",parentSchema:schema31.properties.okta.properties.scopes.items,data:data105};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}else {const err249 = {instancePath:instancePath+"/okta/scopes/" + i16,schemaPath:"#/properties/okta/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.scopes.items.type,parentSchema:schema31.properties.okta.properties.scopes.items,data:data105};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}let i17 = data104.length;let j7;if(i17 > 1){const indices7 = {};for(;i17--;){let item7 = data104[i17];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err250 = {instancePath:instancePath+"/okta/scopes",schemaPath:"#/properties/okta/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i17+" are identical)",schema:true,parentSchema:schema31.properties.okta.properties.scopes,data:data104};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;break;}indices7[item7] = i17;}}}else {const err251 = {instancePath:instancePath+"/okta/scopes",schemaPath:"#/properties/okta/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.okta.properties.scopes.type,parentSchema:schema31.properties.okta.properties.scopes,data:data104};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}if(data98.on_departure !== undefined){let data106 = data98.on_departure;if(!(((data106 === "suspend") || (data106 === "deactivate")) || (data106 === "delete"))){const err252 = {instancePath:instancePath+"/okta/on_departure",schemaPath:"#/properties/okta/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.okta.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.okta.properties.on_departure.enum,parentSchema:schema31.properties.okta.properties.on_departure,data:data106};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}if(data98.protected !== undefined){let data107 = data98.protected;if(Array.isArray(data107)){const len10 = data107.length;for(let i18=0; i18<len10; i18++){let data108 = data107[i18];if(typeof data108 === "string"){if(func2(data108) < 1){const err253 = {instancePath:instancePath+"/okta/protected/" + i18,schemaPath:"#/properties/okta/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.okta.properties.protected.items,data:data108};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}else {const err254 = {instancePath:instancePath+"/okta/protected/" + i18,schemaPath:"#/properties/okta/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.okta.properties.protected.items.type,parentSchema:schema31.properties.okta.properties.protected.items,data:data108};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}let i19 = data107.length;let j8;if(i19 > 1){const indices8 = {};for(;i19--;){let item8 = data107[i19];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err255 = {instancePath:instancePath+"/okta/protected",schemaPath:"#/properties/okta/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i19+" are identical)",schema:true,parentSchema:schema31.properties.okta.properties.protected,data:data107};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;break;}indices8[item8] = i19;}}}else {const err256 = {instancePath:instancePath+"/okta/protected",schemaPath:"#/properties/okta/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.okta.properties.protected.type,parentSchema:schema31.properties.okta.properties.protected,data:data107};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}if(data98.retry !== undefined){let data109 = data98.retry;if(data109 && typeof data109 == "object" && !Array.isArray(data109)){for(const key23 in data109){if(!(((key23 === "retries") || (key23 === "seconds")) || (key23 === "attempt_seconds"))){const err257 = {instancePath:instancePath+"/okta/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data109};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}if(data109.retries !== undefined){let data110 = data109.retries;if(!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))){const err258 = {instancePath:instancePath+"/okta/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data110};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}if((typeof data110 == "number") && (isFinite(data110))){if(data110 > 10 || isNaN(data110)){const err259 = {instancePath:instancePath+"/okta/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data110};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}if(data110 < 0 || isNaN(data110)){const err260 = {instancePath:instancePath+"/okta/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data110};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}}if(data109.seconds !== undefined){let data111 = data109.seconds;if((typeof data111 == "number") && (isFinite(data111))){if(data111 > 3600 || isNaN(data111)){const err261 = {instancePath:instancePath+"/okta/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data111};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}if(data111 <= 0 || isNaN(data111)){const err262 = {instancePath:instancePath+"/okta/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data111};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}else {const err263 = {instancePath:instancePath+"/okta/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data111};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}if(data109.attempt_seconds !== undefined){let data112 = data109.attempt_seconds;if((typeof data112 == "number") && (isFinite(data112))){if(data112 > 3600 || isNaN(data112)){const err264 = {instancePath:instancePath+"/okta/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data112};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}if(data112 <= 0 || isNaN(data112)){const err265 = {instancePath:instancePath+"/okta/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data112};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}else {const err266 = {instancePath:instancePath+"/okta/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data112};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}}else {const err267 = {instancePath:instancePath+"/okta/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data109};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}}if(data98.client_id !== undefined){if(data98.private_key_env === undefined){const err268 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/dependentRequired",keyword:"dependentRequired",params:{property: "client_id",
    missingProperty: "private_key_env",
    depsCount: 1,
    deps: "private_key_env"},message:"must have property private_key_env when property client_id is present",schema:schema31.properties.okta.dependentRequired,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data98.private_key_env !== undefined){if(data98.client_id === undefined){const err269 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/dependentRequired",keyword:"dependentRequired",params:{property: "private_key_env",
    missingProperty: "client_id",
    depsCount: 1,
    deps: "client_id"},message:"must have property client_id when property private_key_env is present",schema:schema31.properties.okta.dependentRequired,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data98.key_id !== undefined){if(data98.client_id === undefined){const err270 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/dependentRequired",keyword:"dependentRequired",params:{property: "key_id",
    missingProperty: "client_id",
    depsCount: 1,
    deps: "client_id"},message:"must have property client_id when property key_id is present",schema:schema31.properties.okta.dependentRequired,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}}else {const err271 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.okta.type,parentSchema:schema31.properties.okta,data:data98};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}if(data.policy !== undefined){let data113 = data.policy;if(data113 && typeof data113 == "object" && !Array.isArray(data113)){for(const key24 in data113){if(!((((((key24 === "max_departures_per_change") || (key24 === "max_departure_ratio")) || (key24 === "max_sweep_per_run")) || (key24 === "revoke_within")) || (key24 === "require_approval")) || (key24 === "retry"))){const err272 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.policy,data:data113};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}if(data113.max_departures_per_change !== undefined){let data114 = data113.max_departures_per_change;if(!(((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114))) && (isFinite(data114)))){const err273 = {instancePath:instancePath+"/policy/max_departures_per_change",schemaPath:"#/properties/policy/properties/max_departures_per_change/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.policy.properties.max_departures_per_change.type,parentSchema:schema31.properties.policy.properties.max_departures_per_change,data:data114};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}if((typeof data114 == "number") && (isFinite(data114))){if(data114 < 0 || isNaN(data114)){const err274 = {instancePath:instancePath+"/policy/max_departures_per_change",schemaPath:"#/properties/policy/properties/max_departures_per_change/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.policy.properties.max_departures_per_change,data:data114};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}}if(data113.max_departure_ratio !== undefined){let data115 = data113.max_departure_ratio;if((typeof data115 == "number") && (isFinite(data115))){if(data115 > 1 || isNaN(data115)){const err275 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data115};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}if(data115 < 0 || isNaN(data115)){const err276 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data115};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}else {const err277 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.policy.properties.max_departure_ratio.type,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data115};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}if(data113.max_sweep_per_run !== undefined){let data116 = data113.max_sweep_per_run;if(!(((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116))) && (isFinite(data116)))){const err278 = {instancePath:instancePath+"/policy/max_sweep_per_run",schemaPath:"#/properties/policy/properties/max_sweep_per_run/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.policy.properties.max_sweep_per_run.type,parentSchema:schema31.properties.policy.properties.max_sweep_per_run,data:data116};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}if((typeof data116 == "number") && (isFinite(data116))){if(data116 < 0 || isNaN(data116)){const err279 = {instancePath:instancePath+"/policy/max_sweep_per_run",schemaPath:"#/properties/policy/properties/max_sweep_per_run/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.policy.properties.max_sweep_per_run,data:data116};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}}}if(data113.revoke_within !== undefined){let data117 = data113.revoke_within;if(typeof data117 === "string"){if(!pattern34.test(data117)){const err280 = {instancePath:instancePath+"/policy/revoke_within",schemaPath:"#/properties/policy/properties/revoke_within/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{0,5}[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]{0,5}[mhd]$"+"\"",schema:"^[1-9][0-9]{0,5}[mhd]$",parentSchema:schema31.properties.policy.properties.revoke_within,data:data117};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}else {const err281 = {instancePath:instancePath+"/policy/revoke_within",schemaPath:"#/properties/policy/properties/revoke_within/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.policy.properties.revoke_within.type,parentSchema:schema31.properties.policy.properties.revoke_within,data:data117};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}if(data113.require_approval !== undefined){let data118 = data113.require_approval;if(typeof data118 !== "boolean"){const err282 = {instancePath:instancePath+"/policy/require_approval",schemaPath:"#/properties/policy/properties/require_approval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.policy.properties.require_approval.type,parentSchema:schema31.properties.policy.properties.require_approval,data:data118};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data113.retry !== undefined){let data119 = data113.retry;if(data119 && typeof data119 == "object" && !Array.isArray(data119)){for(const key25 in data119){if(!(((key25 === "retries") || (key25 === "seconds")) || (key25 === "attempt_seconds"))){const err283 = {instancePath:instancePath+"/policy/retry",schemaPath:"#/$defs/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data119};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}}if(data119.retries !== undefined){let data120 = data119.retries;if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){const err284 = {instancePath:instancePath+"/policy/retry/retries",schemaPath:"#/$defs/retry/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.retries.type,parentSchema:schema32.properties.retries,data:data120};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}if((typeof data120 == "number") && (isFinite(data120))){if(data120 > 10 || isNaN(data120)){const err285 = {instancePath:instancePath+"/policy/retry/retries",schemaPath:"#/$defs/retry/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema32.properties.retries,data:data120};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}if(data120 < 0 || isNaN(data120)){const err286 = {instancePath:instancePath+"/policy/retry/retries",schemaPath:"#/$defs/retry/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.retries,data:data120};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}}}if(data119.seconds !== undefined){let data121 = data119.seconds;if((typeof data121 == "number") && (isFinite(data121))){if(data121 > 3600 || isNaN(data121)){const err287 = {instancePath:instancePath+"/policy/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.seconds,data:data121};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}if(data121 <= 0 || isNaN(data121)){const err288 = {instancePath:instancePath+"/policy/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.seconds,data:data121};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}}else {const err289 = {instancePath:instancePath+"/policy/retry/seconds",schemaPath:"#/$defs/retry/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.seconds.type,parentSchema:schema32.properties.seconds,data:data121};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}}if(data119.attempt_seconds !== undefined){let data122 = data119.attempt_seconds;if((typeof data122 == "number") && (isFinite(data122))){if(data122 > 3600 || isNaN(data122)){const err290 = {instancePath:instancePath+"/policy/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema32.properties.attempt_seconds,data:data122};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}if(data122 <= 0 || isNaN(data122)){const err291 = {instancePath:instancePath+"/policy/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema32.properties.attempt_seconds,data:data122};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}else {const err292 = {instancePath:instancePath+"/policy/retry/attempt_seconds",schemaPath:"#/$defs/retry/properties/attempt_seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.attempt_seconds.type,parentSchema:schema32.properties.attempt_seconds,data:data122};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}}else {const err293 = {instancePath:instancePath+"/policy/retry",schemaPath:"#/$defs/retry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data119};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}}else {const err294 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.policy.type,parentSchema:schema31.properties.policy,data:data113};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}}else {const err295 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const person = validate21;const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:person","title":"offboard access/people/<id>.yaml","description":"One person and the accounts they hold.","type":"object","additionalProperties":false,"required":["id","name","email","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, '.', '_' or '-', at most 63 characters, equal to the file name without .yaml"},"name":{"type":"string","minLength":1,"description":"the person's full name"},"email":{"type":"string","format":"email","description":"work email, e.g. alice@acme.example"},"status":{"enum":["active","departed"],"description":"active, or departed to revoke everything"},"departed_on":{"type":"string","format":"date","description":"the departure date as YYYY-MM-DD, required when status is departed"},"roles":{"type":"array","uniqueItems":true,"description":"ids of files in roles/","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"an id of files in roles/"}},"accounts":{"type":"object","additionalProperties":false,"description":"the person's accounts, per platform","properties":{"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login"},"aws":{"oneOf":[{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"an IAM user name (in every account of aws.accounts)"},{"type":"object","minProperties":1,"additionalProperties":false,"patternProperties":{"^[0-9]{12}$":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"an IAM user name in that account"}},"description":"account id -> IAM user name, for someone with a user in only some accounts of aws.accounts or another name in some (ids quoted: \"123456789012\": alice)"}],"description":"IAM user name, or one per account of aws.accounts"},"slack":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"Slack member id, e.g. U0ALICE01"},"scim":{"type":"object","description":"SCIM app name -> userName in that app","additionalProperties":{"type":"string","minLength":1}},"aws_sso":{"type":"string","minLength":1,"maxLength":128,"description":"Identity Store user name (UserName); when absent the tool looks the person up by email"},"entra":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","maxLength":113,"description":"the person's user principal name in Entra ID, e.g. alice@acme.onmicrosoft.com (compared without regard to case); when absent the person is looked up by email"},"google":{"type":"string","format":"email","description":"primary email of the person's Google Workspace account (when absent, the person's email is looked up: primary or alias)"},"okta":{"type":"string","minLength":1,"maxLength":100,"pattern":"^(?!\\.{1,2}$)[^\\s/\\\\]+$","description":"Okta login (compared case-insensitively), e.g. alice@acme.example"}}}},"if":{"properties":{"status":{"const":"departed"}},"required":["status"]},"then":{"required":["departed_on"]},"else":{"not":{"required":["departed_on"]}}};const pattern38 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,64}$", "u");const pattern43 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");const pattern44 = new RegExp("^(?!\\.{1,2}$)[^\\s/\\\\]+$", "u");const formats10 = formats/* fullFormats */.U9.date;function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:person" */;let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.status === undefined) && (missing0 = "status")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.status !== undefined){if("departed" !== data.status){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.departed_on === undefined){const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "departed_on"},message:"must have required property '"+"departed_on"+"'",schema:schema41.then.required,parentSchema:schema41.then,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs5 = errors;const _errs6 = errors;const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.departed_on === undefined) && (missing1 = "departed_on")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid2 = _errs7 === errors;if(valid2){const err4 = {instancePath,schemaPath:"#/else/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema41.else.not,parentSchema:schema41.else,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}var _valid0 = _errs5 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema41.if,parentSchema:schema41,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.name === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.email === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.status === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "email")) || (key0 === "status")) || (key0 === "departed_on")) || (key0 === "roles")) || (key0 === "accounts"))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(!pattern28.test(data1)){const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema41.properties.id,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.id.type,parentSchema:schema41.properties.id,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(func2(data2) < 1){const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.name,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.name.type,parentSchema:schema41.properties.name,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.email !== undefined){let data3 = data.email;if(typeof data3 === "string"){if(!(formats2.test(data3))){const err15 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema41.properties.email,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.email.type,parentSchema:schema41.properties.email,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.status !== undefined){let data4 = data.status;if(!((data4 === "active") || (data4 === "departed"))){const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.status.enum,parentSchema:schema41.properties.status,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.departed_on !== undefined){let data5 = data.departed_on;if(typeof data5 === "string"){if(!(formats10.validate(data5))){const err18 = {instancePath:instancePath+"/departed_on",schemaPath:"#/properties/departed_on/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema41.properties.departed_on,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/departed_on",schemaPath:"#/properties/departed_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.departed_on.type,parentSchema:schema41.properties.departed_on,data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.roles !== undefined){let data6 = data.roles;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(typeof data7 === "string"){if(!pattern28.test(data7)){const err20 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema41.properties.roles.items,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.roles.items.type,parentSchema:schema41.properties.roles.items,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}let i1 = data6.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data6[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err22 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.roles,data:data6};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;break;}indices0[item0] = i1;}}}else {const err23 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.roles.type,parentSchema:schema41.properties.roles,data:data6};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.accounts !== undefined){let data8 = data.accounts;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){if(!((((((((key1 === "github") || (key1 === "aws")) || (key1 === "slack")) || (key1 === "scim")) || (key1 === "aws_sso")) || (key1 === "entra")) || (key1 === "google")) || (key1 === "okta"))){const err24 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.accounts,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.github !== undefined){let data9 = data8.github;if(typeof data9 === "string"){if(!pattern4.test(data9)){const err25 = {instancePath:instancePath+"/accounts/github",schemaPath:"#/properties/accounts/properties/github/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema41.properties.accounts.properties.github,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/accounts/github",schemaPath:"#/properties/accounts/properties/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.github.type,parentSchema:schema41.properties.accounts.properties.github,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data8.aws !== undefined){let data10 = data8.aws;const _errs28 = errors;let valid8 = false;let passing0 = null;const _errs29 = errors;if(typeof data10 === "string"){if(!pattern38.test(data10)){const err27 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,64}$",parentSchema:schema41.properties.accounts.properties.aws.oneOf[0],data:data10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.aws.oneOf[0].type,parentSchema:schema41.properties.accounts.properties.aws.oneOf[0],data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid1 = _errs29 === errors;if(_valid1){valid8 = true;passing0 = 0;}const _errs31 = errors;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(Object.keys(data10).length < 1){const err29 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.properties.accounts.properties.aws.oneOf[1],data:data10};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key2 in data10){if(!(pattern7.test(key2))){const err30 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.accounts.properties.aws.oneOf[1],data:data10};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}for(const key3 in data10){if(pattern7.test(key3)){let data11 = data10[key3];if(typeof data11 === "string"){if(!pattern38.test(data11)){const err31 = {instancePath:instancePath+"/accounts/aws/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/aws/oneOf/1/patternProperties/%5E%5B0-9%5D%7B12%7D%24/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,64}$",parentSchema:schema41.properties.accounts.properties.aws.oneOf[1].patternProperties["^[0-9]{12}$"],data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/accounts/aws/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/aws/oneOf/1/patternProperties/%5E%5B0-9%5D%7B12%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.aws.oneOf[1].patternProperties["^[0-9]{12}$"].type,parentSchema:schema41.properties.accounts.properties.aws.oneOf[1].patternProperties["^[0-9]{12}$"],data:data11};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}}else {const err33 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.accounts.properties.aws.oneOf[1].type,parentSchema:schema41.properties.accounts.properties.aws.oneOf[1],data:data10};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var _valid1 = _errs31 === errors;if(_valid1 && valid8){valid8 = false;passing0 = [passing0, 1];}else {if(_valid1){valid8 = true;passing0 = 1;}}if(!valid8){const err34 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema41.properties.accounts.properties.aws.oneOf,parentSchema:schema41.properties.accounts.properties.aws,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}else {errors = _errs28;if(vErrors !== null){if(_errs28){vErrors.length = _errs28;}else {vErrors = null;}}}}if(data8.slack !== undefined){let data12 = data8.slack;if(typeof data12 === "string"){if(!pattern11.test(data12)){const err35 = {instancePath:instancePath+"/accounts/slack",schemaPath:"#/properties/accounts/properties/slack/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema41.properties.accounts.properties.slack,data:data12};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/accounts/slack",schemaPath:"#/properties/accounts/properties/slack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.slack.type,parentSchema:schema41.properties.accounts.properties.slack,data:data12};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data8.scim !== undefined){let data13 = data8.scim;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key4 in data13){let data14 = data13[key4];if(typeof data14 === "string"){if(func2(data14) < 1){const err37 = {instancePath:instancePath+"/accounts/scim/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/scim/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.accounts.properties.scim.additionalProperties,data:data14};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/accounts/scim/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/scim/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.scim.additionalProperties.type,parentSchema:schema41.properties.accounts.properties.scim.additionalProperties,data:data14};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/accounts/scim",schemaPath:"#/properties/accounts/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.accounts.properties.scim.type,parentSchema:schema41.properties.accounts.properties.scim,data:data13};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data8.aws_sso !== undefined){let data15 = data8.aws_sso;if(typeof data15 === "string"){if(func2(data15) > 128){const err40 = {instancePath:instancePath+"/accounts/aws_sso",schemaPath:"#/properties/accounts/properties/aws_sso/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema41.properties.accounts.properties.aws_sso,data:data15};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(func2(data15) < 1){const err41 = {instancePath:instancePath+"/accounts/aws_sso",schemaPath:"#/properties/accounts/properties/aws_sso/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.accounts.properties.aws_sso,data:data15};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/accounts/aws_sso",schemaPath:"#/properties/accounts/properties/aws_sso/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.aws_sso.type,parentSchema:schema41.properties.accounts.properties.aws_sso,data:data15};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data8.entra !== undefined){let data16 = data8.entra;if(typeof data16 === "string"){if(func2(data16) > 113){const err43 = {instancePath:instancePath+"/accounts/entra",schemaPath:"#/properties/accounts/properties/entra/maxLength",keyword:"maxLength",params:{limit: 113},message:"must NOT have more than 113 characters",schema:113,parentSchema:schema41.properties.accounts.properties.entra,data:data16};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!pattern43.test(data16)){const err44 = {instancePath:instancePath+"/accounts/entra",schemaPath:"#/properties/accounts/properties/entra/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema41.properties.accounts.properties.entra,data:data16};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/accounts/entra",schemaPath:"#/properties/accounts/properties/entra/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.entra.type,parentSchema:schema41.properties.accounts.properties.entra,data:data16};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data8.google !== undefined){let data17 = data8.google;if(typeof data17 === "string"){if(!(formats2.test(data17))){const err46 = {instancePath:instancePath+"/accounts/google",schemaPath:"#/properties/accounts/properties/google/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema41.properties.accounts.properties.google,data:data17};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/accounts/google",schemaPath:"#/properties/accounts/properties/google/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.google.type,parentSchema:schema41.properties.accounts.properties.google,data:data17};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data8.okta !== undefined){let data18 = data8.okta;if(typeof data18 === "string"){if(func2(data18) > 100){const err48 = {instancePath:instancePath+"/accounts/okta",schemaPath:"#/properties/accounts/properties/okta/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema41.properties.accounts.properties.okta,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(func2(data18) < 1){const err49 = {instancePath:instancePath+"/accounts/okta",schemaPath:"#/properties/accounts/properties/okta/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.accounts.properties.okta,data:data18};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(!pattern44.test(data18)){const err50 = {instancePath:instancePath+"/accounts/okta",schemaPath:"#/properties/accounts/properties/okta/pattern",keyword:"pattern",params:{pattern: "^(?!\\.{1,2}$)[^\\s/\\\\]+$"},message:"must match pattern \""+"^(?!\\.{1,2}$)[^\\s/\\\\]+$"+"\"",schema:"^(?!\\.{1,2}$)[^\\s/\\\\]+$",parentSchema:schema41.properties.accounts.properties.okta,data:data18};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/accounts/okta",schemaPath:"#/properties/accounts/properties/okta/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.accounts.properties.okta.type,parentSchema:schema41.properties.accounts.properties.okta,data:data18};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.accounts.type,parentSchema:schema41.properties.accounts,data:data8};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const role = validate22;const schema42 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:role","title":"offboard access/roles/<id>.yaml","description":"A role: the access it grants on each platform.","type":"object","additionalProperties":false,"required":["id","grants"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, '.', '_' or '-', at most 63 characters, equal to the file name without .yaml"},"description":{"type":"string"},"grants":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","additionalProperties":false,"properties":{"teams":{"type":"array","uniqueItems":true,"description":"team slugs (org/slug for a team of another organization than the first)","items":{"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"a team slug, or org/slug"}},"org_role":{"enum":["member","admin"],"description":"member or admin (default member)"}}},"aws":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"IAM group names","items":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,128}$","description":"an IAM group name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess","items":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$","description":"a managed policy ARN, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess"}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"usergroups":{"type":"array","uniqueItems":true,"description":"user group handles","items":{"type":"string","minLength":1,"description":"a user group handle"}},"channels":{"type":"array","uniqueItems":true,"description":"channel ids, e.g. C0BACKEND","items":{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$","description":"a channel id, e.g. C0BACKEND"}}}},"scim":{"type":"array","uniqueItems":true,"description":"names of SCIM apps (from platforms.yaml) where this role holds an account","items":{"type":"string","minLength":1,"description":"the name of a SCIM app configured in platforms.yaml"}},"aws_sso":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Identity Store group display names","items":{"type":"string","minLength":1,"maxLength":1024,"description":"an Identity Store group display name"}},"assignments":{"type":"array","uniqueItems":true,"description":"permission sets assigned to the user directly, each in one AWS account","items":{"type":"object","additionalProperties":false,"required":["account","permission_set"],"properties":{"account":{"type":"string","pattern":"^[0-9]{12}$","description":"a 12-digit AWS account id, quoted so that YAML keeps its leading zeros, e.g. \"012345678901\""},"permission_set":{"type":"string","pattern":"^[\\w+=,.@-]{1,32}$","description":"a permission set name, e.g. AdministratorAccess"}}}}}},"entra":{"type":"object","description":"What the role grants in Entra ID.","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"object ids of the Entra groups the role's people are direct members of","items":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"a group's object id (a GUID; display names are not unique)"}}}},"google":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Google group emails","items":{"type":"string","format":"email","description":"a Google group's email, e.g. engineering@acme.example"}}}},"okta":{"type":"object","additionalProperties":false,"required":["groups"],"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Okta group names, as Okta spells them","items":{"type":"string","minLength":1,"maxLength":255,"description":"an Okta group name"}}}}}}}};const pattern46 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const pattern47 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,128}$", "u");const pattern48 = new RegExp("^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$", "u");const pattern49 = new RegExp("^[CG][A-Z0-9]{2,}$", "u");const pattern51 = new RegExp("^[\\w+=,.@-]{1,32}$", "u");const func0 = equal/* default */.A;function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:role" */;let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.required,parentSchema:schema42,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.grants === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grants"},message:"must have required property '"+"grants"+"'",schema:schema42.required,parentSchema:schema42,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "id") || (key0 === "description")) || (key0 === "grants"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern28.test(data0)){const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema42.properties.id,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.id.type,parentSchema:schema42.properties.id,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.description.type,parentSchema:schema42.properties.description,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.grants !== undefined){let data2 = data.grants;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!((((((((key1 === "github") || (key1 === "aws")) || (key1 === "slack")) || (key1 === "scim")) || (key1 === "aws_sso")) || (key1 === "entra")) || (key1 === "google")) || (key1 === "okta"))){const err6 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.github !== undefined){let data3 = data2.github;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((key2 === "teams") || (key2 === "org_role"))){const err7 = {instancePath:instancePath+"/grants/github",schemaPath:"#/properties/grants/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.github,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.teams !== undefined){let data4 = data3.teams;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern46.test(data5)){const err8 = {instancePath:instancePath+"/grants/github/teams/" + i0,schemaPath:"#/properties/grants/properties/github/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema42.properties.grants.properties.github.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/grants/github/teams/" + i0,schemaPath:"#/properties/grants/properties/github/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.github.properties.teams.items.type,parentSchema:schema42.properties.grants.properties.github.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data4[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/grants/github/teams",schemaPath:"#/properties/grants/properties/github/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.github.properties.teams,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/grants/github/teams",schemaPath:"#/properties/grants/properties/github/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.github.properties.teams.type,parentSchema:schema42.properties.grants.properties.github.properties.teams,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.org_role !== undefined){let data6 = data3.org_role;if(!((data6 === "member") || (data6 === "admin"))){const err12 = {instancePath:instancePath+"/grants/github/org_role",schemaPath:"#/properties/grants/properties/github/properties/org_role/enum",keyword:"enum",params:{allowedValues: schema42.properties.grants.properties.github.properties.org_role.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.grants.properties.github.properties.org_role.enum,parentSchema:schema42.properties.grants.properties.github.properties.org_role,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/grants/github",schemaPath:"#/properties/grants/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.github.type,parentSchema:schema42.properties.grants.properties.github,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data2.aws !== undefined){let data7 = data2.aws;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!((key3 === "groups") || (key3 === "policies"))){const err14 = {instancePath:instancePath+"/grants/aws",schemaPath:"#/properties/grants/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.aws,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.groups !== undefined){let data8 = data7.groups;if(Array.isArray(data8)){const len1 = data8.length;for(let i2=0; i2<len1; i2++){let data9 = data8[i2];if(typeof data9 === "string"){if(!pattern47.test(data9)){const err15 = {instancePath:instancePath+"/grants/aws/groups/" + i2,schemaPath:"#/properties/grants/properties/aws/properties/groups/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,128}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,128}$",parentSchema:schema42.properties.grants.properties.aws.properties.groups.items,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/grants/aws/groups/" + i2,schemaPath:"#/properties/grants/properties/aws/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.aws.properties.groups.items.type,parentSchema:schema42.properties.grants.properties.aws.properties.groups.items,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i3 = data8.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data8[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err17 = {instancePath:instancePath+"/grants/aws/groups",schemaPath:"#/properties/grants/properties/aws/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.aws.properties.groups,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices1[item1] = i3;}}}else {const err18 = {instancePath:instancePath+"/grants/aws/groups",schemaPath:"#/properties/grants/properties/aws/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.aws.properties.groups.type,parentSchema:schema42.properties.grants.properties.aws.properties.groups,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.policies !== undefined){let data10 = data7.policies;if(Array.isArray(data10)){const len2 = data10.length;for(let i4=0; i4<len2; i4++){let data11 = data10[i4];if(typeof data11 === "string"){if(!pattern48.test(data11)){const err19 = {instancePath:instancePath+"/grants/aws/policies/" + i4,schemaPath:"#/properties/grants/properties/aws/properties/policies/items/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$"},message:"must match pattern \""+"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$"+"\"",schema:"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$",parentSchema:schema42.properties.grants.properties.aws.properties.policies.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/grants/aws/policies/" + i4,schemaPath:"#/properties/grants/properties/aws/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.aws.properties.policies.items.type,parentSchema:schema42.properties.grants.properties.aws.properties.policies.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i5 = data10.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data10[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err21 = {instancePath:instancePath+"/grants/aws/policies",schemaPath:"#/properties/grants/properties/aws/properties/policies/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.aws.properties.policies,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break;}indices2[item2] = i5;}}}else {const err22 = {instancePath:instancePath+"/grants/aws/policies",schemaPath:"#/properties/grants/properties/aws/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.aws.properties.policies.type,parentSchema:schema42.properties.grants.properties.aws.properties.policies,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/grants/aws",schemaPath:"#/properties/grants/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.aws.type,parentSchema:schema42.properties.grants.properties.aws,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data2.slack !== undefined){let data12 = data2.slack;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!((key4 === "usergroups") || (key4 === "channels"))){const err24 = {instancePath:instancePath+"/grants/slack",schemaPath:"#/properties/grants/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.slack,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.usergroups !== undefined){let data13 = data12.usergroups;if(Array.isArray(data13)){const len3 = data13.length;for(let i6=0; i6<len3; i6++){let data14 = data13[i6];if(typeof data14 === "string"){if(func2(data14) < 1){const err25 = {instancePath:instancePath+"/grants/slack/usergroups/" + i6,schemaPath:"#/properties/grants/properties/slack/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.grants.properties.slack.properties.usergroups.items,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/grants/slack/usergroups/" + i6,schemaPath:"#/properties/grants/properties/slack/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.slack.properties.usergroups.items.type,parentSchema:schema42.properties.grants.properties.slack.properties.usergroups.items,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}let i7 = data13.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data13[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err27 = {instancePath:instancePath+"/grants/slack/usergroups",schemaPath:"#/properties/grants/properties/slack/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.slack.properties.usergroups,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;break;}indices3[item3] = i7;}}}else {const err28 = {instancePath:instancePath+"/grants/slack/usergroups",schemaPath:"#/properties/grants/properties/slack/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.slack.properties.usergroups.type,parentSchema:schema42.properties.grants.properties.slack.properties.usergroups,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data12.channels !== undefined){let data15 = data12.channels;if(Array.isArray(data15)){const len4 = data15.length;for(let i8=0; i8<len4; i8++){let data16 = data15[i8];if(typeof data16 === "string"){if(!pattern49.test(data16)){const err29 = {instancePath:instancePath+"/grants/slack/channels/" + i8,schemaPath:"#/properties/grants/properties/slack/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[CG][A-Z0-9]{2,}$"+"\"",schema:"^[CG][A-Z0-9]{2,}$",parentSchema:schema42.properties.grants.properties.slack.properties.channels.items,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/grants/slack/channels/" + i8,schemaPath:"#/properties/grants/properties/slack/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.slack.properties.channels.items.type,parentSchema:schema42.properties.grants.properties.slack.properties.channels.items,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i9 = data15.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data15[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err31 = {instancePath:instancePath+"/grants/slack/channels",schemaPath:"#/properties/grants/properties/slack/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.slack.properties.channels,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices4[item4] = i9;}}}else {const err32 = {instancePath:instancePath+"/grants/slack/channels",schemaPath:"#/properties/grants/properties/slack/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.slack.properties.channels.type,parentSchema:schema42.properties.grants.properties.slack.properties.channels,data:data15};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/grants/slack",schemaPath:"#/properties/grants/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.slack.type,parentSchema:schema42.properties.grants.properties.slack,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data2.scim !== undefined){let data17 = data2.scim;if(Array.isArray(data17)){const len5 = data17.length;for(let i10=0; i10<len5; i10++){let data18 = data17[i10];if(typeof data18 === "string"){if(func2(data18) < 1){const err34 = {instancePath:instancePath+"/grants/scim/" + i10,schemaPath:"#/properties/grants/properties/scim/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.grants.properties.scim.items,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/grants/scim/" + i10,schemaPath:"#/properties/grants/properties/scim/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.scim.items.type,parentSchema:schema42.properties.grants.properties.scim.items,data:data18};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}let i11 = data17.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data17[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err36 = {instancePath:instancePath+"/grants/scim",schemaPath:"#/properties/grants/properties/scim/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.scim,data:data17};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;break;}indices5[item5] = i11;}}}else {const err37 = {instancePath:instancePath+"/grants/scim",schemaPath:"#/properties/grants/properties/scim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.scim.type,parentSchema:schema42.properties.grants.properties.scim,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data2.aws_sso !== undefined){let data19 = data2.aws_sso;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key5 in data19){if(!((key5 === "groups") || (key5 === "assignments"))){const err38 = {instancePath:instancePath+"/grants/aws_sso",schemaPath:"#/properties/grants/properties/aws_sso/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.aws_sso,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19.groups !== undefined){let data20 = data19.groups;if(Array.isArray(data20)){const len6 = data20.length;for(let i12=0; i12<len6; i12++){let data21 = data20[i12];if(typeof data21 === "string"){if(func2(data21) > 1024){const err39 = {instancePath:instancePath+"/grants/aws_sso/groups/" + i12,schemaPath:"#/properties/grants/properties/aws_sso/properties/groups/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema42.properties.grants.properties.aws_sso.properties.groups.items,data:data21};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(func2(data21) < 1){const err40 = {instancePath:instancePath+"/grants/aws_sso/groups/" + i12,schemaPath:"#/properties/grants/properties/aws_sso/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.grants.properties.aws_sso.properties.groups.items,data:data21};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/grants/aws_sso/groups/" + i12,schemaPath:"#/properties/grants/properties/aws_sso/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.aws_sso.properties.groups.items.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.groups.items,data:data21};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}let i13 = data20.length;let j6;if(i13 > 1){const indices6 = {};for(;i13--;){let item6 = data20[i13];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err42 = {instancePath:instancePath+"/grants/aws_sso/groups",schemaPath:"#/properties/grants/properties/aws_sso/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.aws_sso.properties.groups,data:data20};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;break;}indices6[item6] = i13;}}}else {const err43 = {instancePath:instancePath+"/grants/aws_sso/groups",schemaPath:"#/properties/grants/properties/aws_sso/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.aws_sso.properties.groups.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.groups,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data19.assignments !== undefined){let data22 = data19.assignments;if(Array.isArray(data22)){const len7 = data22.length;for(let i14=0; i14<len7; i14++){let data23 = data22[i14];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.account === undefined){const err44 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14,schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.required,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items,data:data23};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data23.permission_set === undefined){const err45 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14,schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/required",keyword:"required",params:{missingProperty: "permission_set"},message:"must have required property '"+"permission_set"+"'",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.required,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items,data:data23};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}for(const key6 in data23){if(!((key6 === "account") || (key6 === "permission_set"))){const err46 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14,schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items,data:data23};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data23.account !== undefined){let data24 = data23.account;if(typeof data24 === "string"){if(!pattern7.test(data24)){const err47 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14+"/account",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\"",schema:"^[0-9]{12}$",parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.account,data:data24};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14+"/account",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.account.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.account,data:data24};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data23.permission_set !== undefined){let data25 = data23.permission_set;if(typeof data25 === "string"){if(!pattern51.test(data25)){const err49 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14+"/permission_set",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/properties/permission_set/pattern",keyword:"pattern",params:{pattern: "^[\\w+=,.@-]{1,32}$"},message:"must match pattern \""+"^[\\w+=,.@-]{1,32}$"+"\"",schema:"^[\\w+=,.@-]{1,32}$",parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.permission_set,data:data25};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14+"/permission_set",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/properties/permission_set/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.permission_set.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.properties.permission_set,data:data25};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/grants/aws_sso/assignments/" + i14,schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.items.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments.items,data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}let i15 = data22.length;let j7;if(i15 > 1){outer0:for(;i15--;){for(j7 = i15; j7--;){if(func0(data22[i15], data22[j7])){const err52 = {instancePath:instancePath+"/grants/aws_sso/assignments",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;break outer0;}}}}}else {const err53 = {instancePath:instancePath+"/grants/aws_sso/assignments",schemaPath:"#/properties/grants/properties/aws_sso/properties/assignments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.aws_sso.properties.assignments.type,parentSchema:schema42.properties.grants.properties.aws_sso.properties.assignments,data:data22};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/grants/aws_sso",schemaPath:"#/properties/grants/properties/aws_sso/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.aws_sso.type,parentSchema:schema42.properties.grants.properties.aws_sso,data:data19};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data2.entra !== undefined){let data26 = data2.entra;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key7 in data26){if(!(key7 === "groups")){const err55 = {instancePath:instancePath+"/grants/entra",schemaPath:"#/properties/grants/properties/entra/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.entra,data:data26};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data26.groups !== undefined){let data27 = data26.groups;if(Array.isArray(data27)){const len8 = data27.length;for(let i16=0; i16<len8; i16++){let data28 = data27[i16];if(typeof data28 === "string"){if(!pattern19.test(data28)){const err56 = {instancePath:instancePath+"/grants/entra/groups/" + i16,schemaPath:"#/properties/grants/properties/entra/properties/groups/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema42.properties.grants.properties.entra.properties.groups.items,data:data28};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/grants/entra/groups/" + i16,schemaPath:"#/properties/grants/properties/entra/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.entra.properties.groups.items.type,parentSchema:schema42.properties.grants.properties.entra.properties.groups.items,data:data28};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}let i17 = data27.length;let j8;if(i17 > 1){const indices7 = {};for(;i17--;){let item7 = data27[i17];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j8 = indices7[item7];const err58 = {instancePath:instancePath+"/grants/entra/groups",schemaPath:"#/properties/grants/properties/entra/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.entra.properties.groups,data:data27};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;break;}indices7[item7] = i17;}}}else {const err59 = {instancePath:instancePath+"/grants/entra/groups",schemaPath:"#/properties/grants/properties/entra/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.entra.properties.groups.type,parentSchema:schema42.properties.grants.properties.entra.properties.groups,data:data27};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/grants/entra",schemaPath:"#/properties/grants/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.entra.type,parentSchema:schema42.properties.grants.properties.entra,data:data26};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data2.google !== undefined){let data29 = data2.google;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key8 in data29){if(!(key8 === "groups")){const err61 = {instancePath:instancePath+"/grants/google",schemaPath:"#/properties/grants/properties/google/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.google,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data29.groups !== undefined){let data30 = data29.groups;if(Array.isArray(data30)){const len9 = data30.length;for(let i18=0; i18<len9; i18++){let data31 = data30[i18];if(typeof data31 === "string"){if(!(formats2.test(data31))){const err62 = {instancePath:instancePath+"/grants/google/groups/" + i18,schemaPath:"#/properties/grants/properties/google/properties/groups/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema42.properties.grants.properties.google.properties.groups.items,data:data31};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/grants/google/groups/" + i18,schemaPath:"#/properties/grants/properties/google/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.google.properties.groups.items.type,parentSchema:schema42.properties.grants.properties.google.properties.groups.items,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}let i19 = data30.length;let j9;if(i19 > 1){const indices8 = {};for(;i19--;){let item8 = data30[i19];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j9 = indices8[item8];const err64 = {instancePath:instancePath+"/grants/google/groups",schemaPath:"#/properties/grants/properties/google/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.google.properties.groups,data:data30};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;break;}indices8[item8] = i19;}}}else {const err65 = {instancePath:instancePath+"/grants/google/groups",schemaPath:"#/properties/grants/properties/google/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.google.properties.groups.type,parentSchema:schema42.properties.grants.properties.google.properties.groups,data:data30};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/grants/google",schemaPath:"#/properties/grants/properties/google/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.google.type,parentSchema:schema42.properties.grants.properties.google,data:data29};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data2.okta !== undefined){let data32 = data2.okta;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){if(data32.groups === undefined){const err67 = {instancePath:instancePath+"/grants/okta",schemaPath:"#/properties/grants/properties/okta/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema42.properties.grants.properties.okta.required,parentSchema:schema42.properties.grants.properties.okta,data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key9 in data32){if(!(key9 === "groups")){const err68 = {instancePath:instancePath+"/grants/okta",schemaPath:"#/properties/grants/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.grants.properties.okta,data:data32};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data32.groups !== undefined){let data33 = data32.groups;if(Array.isArray(data33)){const len10 = data33.length;for(let i20=0; i20<len10; i20++){let data34 = data33[i20];if(typeof data34 === "string"){if(func2(data34) > 255){const err69 = {instancePath:instancePath+"/grants/okta/groups/" + i20,schemaPath:"#/properties/grants/properties/okta/properties/groups/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema42.properties.grants.properties.okta.properties.groups.items,data:data34};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(func2(data34) < 1){const err70 = {instancePath:instancePath+"/grants/okta/groups/" + i20,schemaPath:"#/properties/grants/properties/okta/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.grants.properties.okta.properties.groups.items,data:data34};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/grants/okta/groups/" + i20,schemaPath:"#/properties/grants/properties/okta/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.grants.properties.okta.properties.groups.items.type,parentSchema:schema42.properties.grants.properties.okta.properties.groups.items,data:data34};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}let i21 = data33.length;let j10;if(i21 > 1){const indices9 = {};for(;i21--;){let item9 = data33[i21];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j10 = indices9[item9];const err72 = {instancePath:instancePath+"/grants/okta/groups",schemaPath:"#/properties/grants/properties/okta/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i21+" are identical)",schema:true,parentSchema:schema42.properties.grants.properties.okta.properties.groups,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;break;}indices9[item9] = i21;}}}else {const err73 = {instancePath:instancePath+"/grants/okta/groups",schemaPath:"#/properties/grants/properties/okta/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.grants.properties.okta.properties.groups.type,parentSchema:schema42.properties.grants.properties.okta.properties.groups,data:data33};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/grants/okta",schemaPath:"#/properties/grants/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.properties.okta.type,parentSchema:schema42.properties.grants.properties.okta,data:data32};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.grants.type,parentSchema:schema42.properties.grants,data:data2};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const scenario = validate23;const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:scenario","title":"offboard sandbox scenario","description":"Who holds what on the simulated platforms beyond what the access declarations grant.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"github":{"type":"object","additionalProperties":false,"properties":{"saml_sso":{"type":"boolean","description":"the org uses SAML single sign-on (credential authorizations exist)"},"copilot":{"type":"boolean","description":"the org has a Copilot Business subscription"},"repos":{"type":"array","uniqueItems":true,"description":"more org repositories (the access repository is always there)","items":{"$ref":"#/$defs/name"}},"access_repo":{"$ref":"#/$defs/name","description":"name of the repository holding the access tree (default access)"},"token_owner":{"type":"string","minLength":1,"description":"login the sandbox token acts as: an org owner"},"enterprise":{"type":"object","additionalProperties":false,"description":"the enterprise of github.enterprise","properties":{"copilot":{"type":"boolean","description":"the enterprise assigns Copilot seats itself"}}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"member id the sandbox token belongs to: an admin"}}},"aws_sso":{"type":"object","additionalProperties":false,"properties":{"group_assignments":{"type":"object","description":"group display name -> the account assignments the group is given","additionalProperties":{"type":"array","items":{"$ref":"#/$defs/ssoAssignment"}}}}},"okta":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","minLength":1,"description":"login of the super administrator the sandbox's API token acts for (default: the first one)"},"app_groups":{"type":"array","uniqueItems":true,"description":"groups imported from a directory (APP_GROUP): Okta cannot change their members","items":{"type":"string","minLength":1}}}},"entra":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","description":"what the declared groups are like, and groups of the scenario's own (for nesting)","items":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/entraGuid"},"name":{"type":"string","minLength":1},"dynamic":{"type":"boolean"},"synced":{"type":"boolean"},"exchange":{"type":"boolean"},"role_assignable":{"type":"boolean"},"groups":{"type":"array","items":{"$ref":"#/$defs/entraGuid"}}}}},"permissions":{"type":"array","description":"the Graph application permissions the app holds (default: those docs/entra.md lists)","items":{"type":"string","pattern":"^[A-Za-z-]+(\\.[A-Za-z-]+)+$"}}}},"people":{"type":"object","description":"by person id: what each holds beyond what their roles grant","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","$ref":"#/$defs/githubHolds","unevaluatedProperties":false,"properties":{"orgs":{"type":"object","description":"what the person holds in the other organizations of github.orgs, by organization","additionalProperties":{"$ref":"#/$defs/githubHolds","type":"object","unevaluatedProperties":false}},"enterprise":{"$ref":"#/$defs/enterpriseHolds"}}},"aws":{"type":"object","$ref":"#/$defs/awsHolds","unevaluatedProperties":false},"slack":{"type":"object","$ref":"#/$defs/slackHolds","unevaluatedProperties":false},"scim":{"type":"object","description":"SCIM app name -> the person's account there","additionalProperties":{"enum":["active","inactive"]}},"aws_sso":{"type":"object","$ref":"#/$defs/ssoHolds","unevaluatedProperties":false},"okta":{"type":"object","$ref":"#/$defs/oktaHolds","unevaluatedProperties":false},"entra":{"type":"object","$ref":"#/$defs/entraHolds","unevaluatedProperties":false},"google":{"type":"object","$ref":"#/$defs/googleHolds","unevaluatedProperties":false}}}},"others":{"type":"object","additionalProperties":false,"description":"accounts no declaration names: bots, break-glass users, strays","properties":{"github":{"type":"array","items":{"$ref":"#/$defs/githubHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"name":{"type":"string"},"email":{"type":"string","format":"email"},"bot":{"type":"boolean"},"enterprise":{"$ref":"#/$defs/enterpriseHolds"}},"unevaluatedProperties":false}},"github_invitations":{"type":"array","description":"pending invitations to email addresses nobody declares","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email"},"role":{"$ref":"#/$defs/invitationRole"}}}},"aws":{"type":"array","items":{"$ref":"#/$defs/awsHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$"}},"unevaluatedProperties":false}},"slack":{"type":"array","items":{"$ref":"#/$defs/slackHolds","type":"object","required":["id","name"],"properties":{"id":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$"},"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"admin":{"type":"boolean"},"owner":{"type":"boolean"},"primary_owner":{"type":"boolean"},"bot":{"type":"boolean"},"guest":{"type":"boolean"}},"unevaluatedProperties":false}},"scim":{"type":"object","description":"SCIM app name -> its other users","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["userName"],"properties":{"userName":{"type":"string","minLength":1},"active":{"type":"boolean"}}}}},"aws_sso":{"type":"array","items":{"$ref":"#/$defs/ssoHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","minLength":1,"maxLength":128,"description":"an Identity Store user name"},"email":{"type":"string","format":"email"}},"unevaluatedProperties":false}},"okta":{"type":"array","items":{"$ref":"#/$defs/oktaHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"name":{"type":"string","minLength":1}},"unevaluatedProperties":false}},"entra":{"type":"array","items":{"$ref":"#/$defs/entraHolds","type":"object","required":["userPrincipalName"],"properties":{"userPrincipalName":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$"},"name":{"type":"string","minLength":1},"mail":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$"}},"unevaluatedProperties":false}},"google":{"type":"array","description":"Google Workspace users no declaration names","items":{"$ref":"#/$defs/googleHolds","type":"object","required":["email"],"properties":{"email":{"type":"string","format":"email","description":"the user's primary email"},"name":{"type":"string","minLength":1}},"unevaluatedProperties":false}}}},"faults":{"type":"array","description":"fault rules for the servers, as SERVER OPERATION = EFFECT..., e.g. \"github GET /orgs/{org}/members = 500 times=1\" (see docs/sandbox.md)","items":{"type":"string","minLength":3,"description":"SERVER OPERATION = EFFECT..."}}},"$defs":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, '.', '_' or '-'"},"date":{"type":"string","format":"date","description":"a date written YYYY-MM-DD"},"invitationRole":{"enum":["direct_member","admin"],"description":"direct_member or admin"},"githubHolds":{"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person's email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}},"enterpriseHolds":{"type":"object","additionalProperties":false,"description":"what the account holds in the enterprise","properties":{"member":{"type":"boolean","description":"holds one of its licenses (default: when it is in an organization)"},"copilot":{"type":"boolean","description":"a Copilot seat the enterprise assigns"}}},"awsHolds":{"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}},"slackHolds":{"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}},"ssoAssignment":{"type":"object","additionalProperties":false,"required":["account","permission_set"],"properties":{"account":{"type":"string","pattern":"^[0-9]{12}$","description":"a 12-digit AWS account id, quoted"},"permission_set":{"type":"string","pattern":"^[\\w+=,.@-]{1,32}$","description":"a permission set name"}}},"ssoHolds":{"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"Identity Store group display names","items":{"type":"string","minLength":1}},"assignments":{"type":"array","description":"direct account assignments","items":{"$ref":"#/$defs/ssoAssignment"}},"disabled":{"type":"boolean","description":"disabled in Identity Center (Disable user access)"}}},"oktaHolds":{"type":"object","properties":{"status":{"enum":["active","suspended","deprovisioned","locked_out","staged","recovery"]},"groups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"apps":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"factors":{"type":"array","items":{"enum":["push","sms","call","email","totp","webauthn","question"]}},"sessions":{"type":"integer","minimum":0},"grants":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"tokens":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"admin":{"type":"array","uniqueItems":true,"items":{"enum":["super_admin","org_admin","app_admin","user_admin","group_membership_admin","help_desk_admin","read_only_admin","report_admin","api_access_management_admin"]}}}},"entraGuid":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},"entraHolds":{"type":"object","properties":{"enabled":{"type":"boolean"},"synced":{"type":"boolean"},"groups":{"type":"array","items":{"$ref":"#/$defs/entraGuid"}},"directory_roles":{"type":"array","items":{"type":"string","minLength":1}},"app_roles":{"type":"array","items":{"type":"string","minLength":1}},"methods":{"type":"array","items":{"enum":["microsoftAuthenticator","fido2","phone","email","softwareOath","temporaryAccessPass","windowsHelloForBusiness"]}}}},"googleHolds":{"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"group emails, beyond what the roles grant","items":{"type":"string","format":"email"}},"aliases":{"type":"array","uniqueItems":true,"items":{"type":"string","format":"email"}},"oauth_apps":{"type":"array","uniqueItems":true,"description":"third-party apps holding an OAuth token, by name","items":{"type":"string","minLength":1}},"app_passwords":{"type":"array","uniqueItems":true,"description":"application-specific passwords, by name","items":{"type":"string","minLength":1}},"backup_codes":{"type":"boolean","description":"backup verification codes were generated"},"super_admin":{"type":"boolean"},"admin_roles":{"type":"array","uniqueItems":true,"description":"prebuilt admin roles by name, e.g. Groups Admin","items":{"type":"string","minLength":1}},"suspended":{"type":"boolean"},"drive_files":{"type":"integer","minimum":0,"description":"files the user owns in Drive"}}}}};const schema44 = {"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, '.', '_' or '-'"};const schema46 = {"type":"object","additionalProperties":false,"required":["account","permission_set"],"properties":{"account":{"type":"string","pattern":"^[0-9]{12}$","description":"a 12-digit AWS account id, quoted"},"permission_set":{"type":"string","pattern":"^[\\w+=,.@-]{1,32}$","description":"a permission set name"}}};const schema47 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};const schema53 = {"type":"object","additionalProperties":false,"description":"what the account holds in the enterprise","properties":{"member":{"type":"boolean","description":"holds one of its licenses (default: when it is in an organization)"},"copilot":{"type":"boolean","description":"a Copilot seat the enterprise assigns"}}};const schema59 = {"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}};const schema62 = {"type":"object","properties":{"status":{"enum":["active","suspended","deprovisioned","locked_out","staged","recovery"]},"groups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"apps":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"factors":{"type":"array","items":{"enum":["push","sms","call","email","totp","webauthn","question"]}},"sessions":{"type":"integer","minimum":0},"grants":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"tokens":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"admin":{"type":"array","uniqueItems":true,"items":{"enum":["super_admin","org_admin","app_admin","user_admin","group_membership_admin","help_desk_admin","read_only_admin","report_admin","api_access_management_admin"]}}}};const schema65 = {"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"group emails, beyond what the roles grant","items":{"type":"string","format":"email"}},"aliases":{"type":"array","uniqueItems":true,"items":{"type":"string","format":"email"}},"oauth_apps":{"type":"array","uniqueItems":true,"description":"third-party apps holding an OAuth token, by name","items":{"type":"string","minLength":1}},"app_passwords":{"type":"array","uniqueItems":true,"description":"application-specific passwords, by name","items":{"type":"string","minLength":1}},"backup_codes":{"type":"boolean","description":"backup verification codes were generated"},"super_admin":{"type":"boolean"},"admin_roles":{"type":"array","uniqueItems":true,"description":"prebuilt admin roles by name, e.g. Groups Admin","items":{"type":"string","minLength":1}},"suspended":{"type":"boolean"},"drive_files":{"type":"integer","minimum":0,"description":"files the user owns in Drive"}}};const schema51 = {"enum":["direct_member","admin"],"description":"direct_member or admin"};const pattern53 = new RegExp("^[A-Za-z0-9_.-]+$", "u");const pattern60 = new RegExp("^[A-Za-z-]+(\\.[A-Za-z-]+)+$", "u");const pattern67 = new RegExp("^[CG][A-Z0-9]+$", "u");const schema49 = {"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person's email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.role !== undefined){let data0 = data.role;if(!(((data0 === "member") || (data0 === "admin")) || (data0 === "none"))){const err0 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema49.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.role.enum,parentSchema:schema49.properties.role,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.teams !== undefined){let data1 = data.teams;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(!pattern53.test(data2)){const err1 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){const err3 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema49.properties.teams,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break outer0;}}}}}else {const err4 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.teams.type,parentSchema:schema49.properties.teams,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.invitation !== undefined){let data3 = data.invitation;if(!((data3 === "direct_member") || (data3 === "admin"))){const err5 = {instancePath:instancePath+"/invitation",schemaPath:"#/$defs/invitationRole/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.sso_authorizations !== undefined){let data4 = data.sso_authorizations;if(Array.isArray(data4)){const len1 = data4.length;for(let i2=0; i2<len1; i2++){let data5 = data4[i2];if(!((data5 === "token") || (data5 === "ssh_key"))){const err6 = {instancePath:instancePath+"/sso_authorizations/" + i2,schemaPath:"#/properties/sso_authorizations/items/enum",keyword:"enum",params:{allowedValues: schema49.properties.sso_authorizations.items.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.sso_authorizations.items.enum,parentSchema:schema49.properties.sso_authorizations.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/sso_authorizations",schemaPath:"#/properties/sso_authorizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.sso_authorizations.type,parentSchema:schema49.properties.sso_authorizations,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.token_grants !== undefined){let data6 = data.token_grants;if(Array.isArray(data6)){const len2 = data6.length;for(let i3=0; i3<len2; i3++){let data7 = data6[i3];if(typeof data7 === "string"){if(func2(data7) < 1){const err8 = {instancePath:instancePath+"/token_grants/" + i3,schemaPath:"#/properties/token_grants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.token_grants.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/token_grants/" + i3,schemaPath:"#/properties/token_grants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.token_grants.items.type,parentSchema:schema49.properties.token_grants.items,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i4 = data6.length;let j1;if(i4 > 1){const indices0 = {};for(;i4--;){let item0 = data6[i4];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err10 = {instancePath:instancePath+"/token_grants",schemaPath:"#/properties/token_grants/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema49.properties.token_grants,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i4;}}}else {const err11 = {instancePath:instancePath+"/token_grants",schemaPath:"#/properties/token_grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.token_grants.type,parentSchema:schema49.properties.token_grants,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.token_requests !== undefined){let data8 = data.token_requests;if(Array.isArray(data8)){const len3 = data8.length;for(let i5=0; i5<len3; i5++){let data9 = data8[i5];if(typeof data9 === "string"){if(func2(data9) < 1){const err12 = {instancePath:instancePath+"/token_requests/" + i5,schemaPath:"#/properties/token_requests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.token_requests.items,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/token_requests/" + i5,schemaPath:"#/properties/token_requests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.token_requests.items.type,parentSchema:schema49.properties.token_requests.items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i6 = data8.length;let j2;if(i6 > 1){const indices1 = {};for(;i6--;){let item1 = data8[i6];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err14 = {instancePath:instancePath+"/token_requests",schemaPath:"#/properties/token_requests/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema49.properties.token_requests,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i6;}}}else {const err15 = {instancePath:instancePath+"/token_requests",schemaPath:"#/properties/token_requests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.token_requests.type,parentSchema:schema49.properties.token_requests,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.copilot !== undefined){let data10 = data.copilot;if(typeof data10 !== "boolean"){const err16 = {instancePath:instancePath+"/copilot",schemaPath:"#/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.copilot.type,parentSchema:schema49.properties.copilot,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.deploy_keys !== undefined){let data11 = data.deploy_keys;if(Array.isArray(data11)){const len4 = data11.length;for(let i7=0; i7<len4; i7++){let data12 = data11[i7];if(typeof data12 === "string"){if(!pattern53.test(data12)){const err17 = {instancePath:instancePath+"/deploy_keys/" + i7,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/deploy_keys/" + i7,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}let i8 = data11.length;let j3;if(i8 > 1){outer1:for(;i8--;){for(j3 = i8; j3--;){if(func0(data11[i8], data11[j3])){const err19 = {instancePath:instancePath+"/deploy_keys",schemaPath:"#/properties/deploy_keys/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema49.properties.deploy_keys,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;break outer1;}}}}}else {const err20 = {instancePath:instancePath+"/deploy_keys",schemaPath:"#/properties/deploy_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.deploy_keys.type,parentSchema:schema49.properties.deploy_keys,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":{"role":true,"teams":true,"invitation":true,"sso_authorizations":true,"token_grants":true,"token_requests":true,"copilot":true,"deploy_keys":true},"dynamicProps":false,"dynamicItems":false};const schema54 = {"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}};const schema55 = {"type":"string","format":"date","description":"a date written YYYY-MM-DD"};const pattern64 = new RegExp("^arn:aws:iam::", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.access_keys !== undefined){let data0 = data.access_keys;if(Array.isArray(data0)){if(data0.length > 2){const err0 = {instancePath:instancePath+"/access_keys",schemaPath:"#/properties/access_keys/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema54.properties.access_keys,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key0 in data1){if(!(((key0 === "status") || (key0 === "created")) || (key0 === "last_used"))){const err1 = {instancePath:instancePath+"/access_keys/" + i0,schemaPath:"#/properties/access_keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.access_keys.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data1.status !== undefined){let data2 = data1.status;if(!((data2 === "Active") || (data2 === "Inactive"))){const err2 = {instancePath:instancePath+"/access_keys/" + i0+"/status",schemaPath:"#/properties/access_keys/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema54.properties.access_keys.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.access_keys.items.properties.status.enum,parentSchema:schema54.properties.access_keys.items.properties.status,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.created !== undefined){let data3 = data1.created;if(typeof data3 === "string"){if(!(formats10.validate(data3))){const err3 = {instancePath:instancePath+"/access_keys/" + i0+"/created",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema55,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/access_keys/" + i0+"/created",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.last_used !== undefined){let data4 = data1.last_used;if(typeof data4 === "string"){if(!(formats10.validate(data4))){const err5 = {instancePath:instancePath+"/access_keys/" + i0+"/last_used",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema55,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/access_keys/" + i0+"/last_used",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/access_keys/" + i0,schemaPath:"#/properties/access_keys/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.access_keys.items.type,parentSchema:schema54.properties.access_keys.items,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/access_keys",schemaPath:"#/properties/access_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.access_keys.type,parentSchema:schema54.properties.access_keys,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.password !== undefined){let data5 = data.password;if(typeof data5 !== "boolean"){const err9 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.password.type,parentSchema:schema54.properties.password,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.mfa !== undefined){let data6 = data.mfa;if(typeof data6 !== "boolean"){const err10 = {instancePath:instancePath+"/mfa",schemaPath:"#/properties/mfa/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.mfa.type,parentSchema:schema54.properties.mfa,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ssh_keys !== undefined){let data7 = data.ssh_keys;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err11 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.ssh_keys.type,parentSchema:schema54.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 5 || isNaN(data7)){const err12 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema54.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data7 < 0 || isNaN(data7)){const err13 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.signing_certificates !== undefined){let data8 = data.signing_certificates;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err14 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.signing_certificates.type,parentSchema:schema54.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 2 || isNaN(data8)){const err15 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema54.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data8 < 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.service_credentials !== undefined){let data9 = data.service_credentials;if(Array.isArray(data9)){const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func2(data10) < 1){const err17 = {instancePath:instancePath+"/service_credentials/" + i1,schemaPath:"#/properties/service_credentials/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.service_credentials.items,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/service_credentials/" + i1,schemaPath:"#/properties/service_credentials/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.service_credentials.items.type,parentSchema:schema54.properties.service_credentials.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/service_credentials",schemaPath:"#/properties/service_credentials/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.service_credentials.type,parentSchema:schema54.properties.service_credentials,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.inline_policies !== undefined){let data11 = data.inline_policies;if(Array.isArray(data11)){const len2 = data11.length;for(let i2=0; i2<len2; i2++){let data12 = data11[i2];if(typeof data12 === "string"){if(!pattern53.test(data12)){const err20 = {instancePath:instancePath+"/inline_policies/" + i2,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/inline_policies/" + i2,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}let i3 = data11.length;let j0;if(i3 > 1){outer0:for(;i3--;){for(j0 = i3; j0--;){if(func0(data11[i3], data11[j0])){const err22 = {instancePath:instancePath+"/inline_policies",schemaPath:"#/properties/inline_policies/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema54.properties.inline_policies,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;break outer0;}}}}}else {const err23 = {instancePath:instancePath+"/inline_policies",schemaPath:"#/properties/inline_policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.inline_policies.type,parentSchema:schema54.properties.inline_policies,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.policies !== undefined){let data13 = data.policies;if(Array.isArray(data13)){const len3 = data13.length;for(let i4=0; i4<len3; i4++){let data14 = data13[i4];if(typeof data14 === "string"){if(!pattern64.test(data14)){const err24 = {instancePath:instancePath+"/policies/" + i4,schemaPath:"#/properties/policies/items/pattern",keyword:"pattern",params:{pattern: "^arn:aws:iam::"},message:"must match pattern \""+"^arn:aws:iam::"+"\"",schema:"^arn:aws:iam::",parentSchema:schema54.properties.policies.items,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/policies/" + i4,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.policies.items.type,parentSchema:schema54.properties.policies.items,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}let i5 = data13.length;let j1;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data13[i5];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err26 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema54.properties.policies,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;break;}indices0[item0] = i5;}}}else {const err27 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.policies.type,parentSchema:schema54.properties.policies,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.groups !== undefined){let data15 = data.groups;if(Array.isArray(data15)){const len4 = data15.length;for(let i6=0; i6<len4; i6++){let data16 = data15[i6];if(typeof data16 === "string"){if(!pattern53.test(data16)){const err28 = {instancePath:instancePath+"/groups/" + i6,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/groups/" + i6,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}let i7 = data15.length;let j2;if(i7 > 1){outer1:for(;i7--;){for(j2 = i7; j2--;){if(func0(data15[i7], data15[j2])){const err30 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema54.properties.groups,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;break outer1;}}}}}else {const err31 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.groups.type,parentSchema:schema54.properties.groups,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.permissions_boundary !== undefined){let data17 = data.permissions_boundary;if(typeof data17 === "string"){if(!pattern64.test(data17)){const err32 = {instancePath:instancePath+"/permissions_boundary",schemaPath:"#/properties/permissions_boundary/pattern",keyword:"pattern",params:{pattern: "^arn:aws:iam::"},message:"must match pattern \""+"^arn:aws:iam::"+"\"",schema:"^arn:aws:iam::",parentSchema:schema54.properties.permissions_boundary,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/permissions_boundary",schemaPath:"#/properties/permissions_boundary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.permissions_boundary.type,parentSchema:schema54.properties.permissions_boundary,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":{"access_keys":true,"password":true,"mfa":true,"ssh_keys":true,"signing_certificates":true,"service_credentials":true,"inline_policies":true,"policies":true,"groups":true,"permissions_boundary":true},"dynamicProps":false,"dynamicItems":false};const schema60 = {"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"Identity Store group display names","items":{"type":"string","minLength":1}},"assignments":{"type":"array","description":"direct account assignments","items":{"$ref":"#/$defs/ssoAssignment"}},"disabled":{"type":"boolean","description":"disabled in Identity Center (Disable user access)"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.groups !== undefined){let data0 = data.groups;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) < 1){const err0 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.groups.items,data:data1};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.groups.items.type,parentSchema:schema60.properties.groups.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data0.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data0[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err2 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema60.properties.groups,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break;}indices0[item0] = i1;}}}else {const err3 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.groups.type,parentSchema:schema60.properties.groups,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.assignments !== undefined){let data2 = data.assignments;if(Array.isArray(data2)){const len1 = data2.length;for(let i2=0; i2<len1; i2++){let data3 = data2[i2];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.account === undefined){const err4 = {instancePath:instancePath+"/assignments/" + i2,schemaPath:"#/$defs/ssoAssignment/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'",schema:schema46.required,parentSchema:schema46,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3.permission_set === undefined){const err5 = {instancePath:instancePath+"/assignments/" + i2,schemaPath:"#/$defs/ssoAssignment/required",keyword:"required",params:{missingProperty: "permission_set"},message:"must have required property '"+"permission_set"+"'",schema:schema46.required,parentSchema:schema46,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data3){if(!((key0 === "account") || (key0 === "permission_set"))){const err6 = {instancePath:instancePath+"/assignments/" + i2,schemaPath:"#/$defs/ssoAssignment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.account !== undefined){let data4 = data3.account;if(typeof data4 === "string"){if(!pattern7.test(data4)){const err7 = {instancePath:instancePath+"/assignments/" + i2+"/account",schemaPath:"#/$defs/ssoAssignment/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\"",schema:"^[0-9]{12}$",parentSchema:schema46.properties.account,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/assignments/" + i2+"/account",schemaPath:"#/$defs/ssoAssignment/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.account.type,parentSchema:schema46.properties.account,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.permission_set !== undefined){let data5 = data3.permission_set;if(typeof data5 === "string"){if(!pattern51.test(data5)){const err9 = {instancePath:instancePath+"/assignments/" + i2+"/permission_set",schemaPath:"#/$defs/ssoAssignment/properties/permission_set/pattern",keyword:"pattern",params:{pattern: "^[\\w+=,.@-]{1,32}$"},message:"must match pattern \""+"^[\\w+=,.@-]{1,32}$"+"\"",schema:"^[\\w+=,.@-]{1,32}$",parentSchema:schema46.properties.permission_set,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/assignments/" + i2+"/permission_set",schemaPath:"#/$defs/ssoAssignment/properties/permission_set/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.permission_set.type,parentSchema:schema46.properties.permission_set,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/assignments/" + i2,schemaPath:"#/$defs/ssoAssignment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/assignments",schemaPath:"#/properties/assignments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.assignments.type,parentSchema:schema60.properties.assignments,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.disabled !== undefined){let data6 = data.disabled;if(typeof data6 !== "boolean"){const err13 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.disabled.type,parentSchema:schema60.properties.disabled,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":{"groups":true,"assignments":true,"disabled":true},"dynamicProps":false,"dynamicItems":false};const schema63 = {"type":"object","properties":{"enabled":{"type":"boolean"},"synced":{"type":"boolean"},"groups":{"type":"array","items":{"$ref":"#/$defs/entraGuid"}},"directory_roles":{"type":"array","items":{"type":"string","minLength":1}},"app_roles":{"type":"array","items":{"type":"string","minLength":1}},"methods":{"type":"array","items":{"enum":["microsoftAuthenticator","fido2","phone","email","softwareOath","temporaryAccessPass","windowsHelloForBusiness"]}}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.enabled !== undefined){let data0 = data.enabled;if(typeof data0 !== "boolean"){const err0 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.enabled.type,parentSchema:schema63.properties.enabled,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.synced !== undefined){let data1 = data.synced;if(typeof data1 !== "boolean"){const err1 = {instancePath:instancePath+"/synced",schemaPath:"#/properties/synced/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema63.properties.synced.type,parentSchema:schema63.properties.synced,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.groups !== undefined){let data2 = data.groups;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(!pattern19.test(data3)){const err2 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/entraGuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/entraGuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.groups.type,parentSchema:schema63.properties.groups,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.directory_roles !== undefined){let data4 = data.directory_roles;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 === "string"){if(func2(data5) < 1){const err5 = {instancePath:instancePath+"/directory_roles/" + i1,schemaPath:"#/properties/directory_roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.directory_roles.items,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/directory_roles/" + i1,schemaPath:"#/properties/directory_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.directory_roles.items.type,parentSchema:schema63.properties.directory_roles.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/directory_roles",schemaPath:"#/properties/directory_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.directory_roles.type,parentSchema:schema63.properties.directory_roles,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.app_roles !== undefined){let data6 = data.app_roles;if(Array.isArray(data6)){const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];if(typeof data7 === "string"){if(func2(data7) < 1){const err8 = {instancePath:instancePath+"/app_roles/" + i2,schemaPath:"#/properties/app_roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.app_roles.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/app_roles/" + i2,schemaPath:"#/properties/app_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.app_roles.items.type,parentSchema:schema63.properties.app_roles.items,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/app_roles",schemaPath:"#/properties/app_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.app_roles.type,parentSchema:schema63.properties.app_roles,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.methods !== undefined){let data8 = data.methods;if(Array.isArray(data8)){const len3 = data8.length;for(let i3=0; i3<len3; i3++){let data9 = data8[i3];if(!(((((((data9 === "microsoftAuthenticator") || (data9 === "fido2")) || (data9 === "phone")) || (data9 === "email")) || (data9 === "softwareOath")) || (data9 === "temporaryAccessPass")) || (data9 === "windowsHelloForBusiness"))){const err11 = {instancePath:instancePath+"/methods/" + i3,schemaPath:"#/properties/methods/items/enum",keyword:"enum",params:{allowedValues: schema63.properties.methods.items.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.methods.items.enum,parentSchema:schema63.properties.methods.items,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/methods",schemaPath:"#/properties/methods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.methods.type,parentSchema:schema63.properties.methods,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":{"enabled":true,"synced":true,"groups":true,"directory_roles":true,"app_roles":true,"methods":true},"dynamicProps":false,"dynamicItems":false};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:scenario" */;let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema43.required,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema43.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema43.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.github !== undefined){let data1 = data.github;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((((key1 === "saml_sso") || (key1 === "copilot")) || (key1 === "repos")) || (key1 === "access_repo")) || (key1 === "token_owner")) || (key1 === "enterprise"))){const err3 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.github,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.saml_sso !== undefined){let data2 = data1.saml_sso;if(typeof data2 !== "boolean"){const err4 = {instancePath:instancePath+"/github/saml_sso",schemaPath:"#/properties/github/properties/saml_sso/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.github.properties.saml_sso.type,parentSchema:schema43.properties.github.properties.saml_sso,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.copilot !== undefined){let data3 = data1.copilot;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/github/copilot",schemaPath:"#/properties/github/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.github.properties.copilot.type,parentSchema:schema43.properties.github.properties.copilot,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.repos !== undefined){let data4 = data1.repos;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern53.test(data5)){const err6 = {instancePath:instancePath+"/github/repos/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/github/repos/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data4[i1], data4[j0])){const err8 = {instancePath:instancePath+"/github/repos",schemaPath:"#/properties/github/properties/repos/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema43.properties.github.properties.repos,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;break outer0;}}}}}else {const err9 = {instancePath:instancePath+"/github/repos",schemaPath:"#/properties/github/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.github.properties.repos.type,parentSchema:schema43.properties.github.properties.repos,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.access_repo !== undefined){let data6 = data1.access_repo;if(typeof data6 === "string"){if(!pattern53.test(data6)){const err10 = {instancePath:instancePath+"/github/access_repo",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema44,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/github/access_repo",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.token_owner !== undefined){let data7 = data1.token_owner;if(typeof data7 === "string"){if(func2(data7) < 1){const err12 = {instancePath:instancePath+"/github/token_owner",schemaPath:"#/properties/github/properties/token_owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.github.properties.token_owner,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/github/token_owner",schemaPath:"#/properties/github/properties/token_owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.github.properties.token_owner.type,parentSchema:schema43.properties.github.properties.token_owner,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.enterprise !== undefined){let data8 = data1.enterprise;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){if(!(key2 === "copilot")){const err14 = {instancePath:instancePath+"/github/enterprise",schemaPath:"#/properties/github/properties/enterprise/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.github.properties.enterprise,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.copilot !== undefined){let data9 = data8.copilot;if(typeof data9 !== "boolean"){const err15 = {instancePath:instancePath+"/github/enterprise/copilot",schemaPath:"#/properties/github/properties/enterprise/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.github.properties.enterprise.properties.copilot.type,parentSchema:schema43.properties.github.properties.enterprise.properties.copilot,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/github/enterprise",schemaPath:"#/properties/github/properties/enterprise/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.github.properties.enterprise.type,parentSchema:schema43.properties.github.properties.enterprise,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.github.type,parentSchema:schema43.properties.github,data:data1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.slack !== undefined){let data10 = data.slack;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){if(!(key3 === "token_owner")){const err18 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.slack,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data10.token_owner !== undefined){let data11 = data10.token_owner;if(typeof data11 === "string"){if(!pattern11.test(data11)){const err19 = {instancePath:instancePath+"/slack/token_owner",schemaPath:"#/properties/slack/properties/token_owner/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema43.properties.slack.properties.token_owner,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/slack/token_owner",schemaPath:"#/properties/slack/properties/token_owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.slack.properties.token_owner.type,parentSchema:schema43.properties.slack.properties.token_owner,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.slack.type,parentSchema:schema43.properties.slack,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.aws_sso !== undefined){let data12 = data.aws_sso;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!(key4 === "group_assignments")){const err22 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.aws_sso,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data12.group_assignments !== undefined){let data13 = data12.group_assignments;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){let data14 = data13[key5];if(Array.isArray(data14)){const len1 = data14.length;for(let i2=0; i2<len1; i2++){let data15 = data14[i2];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.account === undefined){const err23 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/$defs/ssoAssignment/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'",schema:schema46.required,parentSchema:schema46,data:data15};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data15.permission_set === undefined){const err24 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/$defs/ssoAssignment/required",keyword:"required",params:{missingProperty: "permission_set"},message:"must have required property '"+"permission_set"+"'",schema:schema46.required,parentSchema:schema46,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key6 in data15){if(!((key6 === "account") || (key6 === "permission_set"))){const err25 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/$defs/ssoAssignment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data15};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data15.account !== undefined){let data16 = data15.account;if(typeof data16 === "string"){if(!pattern7.test(data16)){const err26 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/account",schemaPath:"#/$defs/ssoAssignment/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\"",schema:"^[0-9]{12}$",parentSchema:schema46.properties.account,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/account",schemaPath:"#/$defs/ssoAssignment/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.account.type,parentSchema:schema46.properties.account,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data15.permission_set !== undefined){let data17 = data15.permission_set;if(typeof data17 === "string"){if(!pattern51.test(data17)){const err28 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/permission_set",schemaPath:"#/$defs/ssoAssignment/properties/permission_set/pattern",keyword:"pattern",params:{pattern: "^[\\w+=,.@-]{1,32}$"},message:"must match pattern \""+"^[\\w+=,.@-]{1,32}$"+"\"",schema:"^[\\w+=,.@-]{1,32}$",parentSchema:schema46.properties.permission_set,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/permission_set",schemaPath:"#/$defs/ssoAssignment/properties/permission_set/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.permission_set.type,parentSchema:schema46.properties.permission_set,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/$defs/ssoAssignment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/aws_sso/group_assignments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/aws_sso/properties/group_assignments/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.aws_sso.properties.group_assignments.additionalProperties.type,parentSchema:schema43.properties.aws_sso.properties.group_assignments.additionalProperties,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/aws_sso/group_assignments",schemaPath:"#/properties/aws_sso/properties/group_assignments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.aws_sso.properties.group_assignments.type,parentSchema:schema43.properties.aws_sso.properties.group_assignments,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/aws_sso",schemaPath:"#/properties/aws_sso/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.aws_sso.type,parentSchema:schema43.properties.aws_sso,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.okta !== undefined){let data18 = data.okta;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key7 in data18){if(!((key7 === "token_owner") || (key7 === "app_groups"))){const err34 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.okta,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data18.token_owner !== undefined){let data19 = data18.token_owner;if(typeof data19 === "string"){if(func2(data19) < 1){const err35 = {instancePath:instancePath+"/okta/token_owner",schemaPath:"#/properties/okta/properties/token_owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.okta.properties.token_owner,data:data19};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/okta/token_owner",schemaPath:"#/properties/okta/properties/token_owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.okta.properties.token_owner.type,parentSchema:schema43.properties.okta.properties.token_owner,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data18.app_groups !== undefined){let data20 = data18.app_groups;if(Array.isArray(data20)){const len2 = data20.length;for(let i3=0; i3<len2; i3++){let data21 = data20[i3];if(typeof data21 === "string"){if(func2(data21) < 1){const err37 = {instancePath:instancePath+"/okta/app_groups/" + i3,schemaPath:"#/properties/okta/properties/app_groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.okta.properties.app_groups.items,data:data21};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/okta/app_groups/" + i3,schemaPath:"#/properties/okta/properties/app_groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.okta.properties.app_groups.items.type,parentSchema:schema43.properties.okta.properties.app_groups.items,data:data21};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}let i4 = data20.length;let j1;if(i4 > 1){const indices0 = {};for(;i4--;){let item0 = data20[i4];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err39 = {instancePath:instancePath+"/okta/app_groups",schemaPath:"#/properties/okta/properties/app_groups/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema43.properties.okta.properties.app_groups,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;break;}indices0[item0] = i4;}}}else {const err40 = {instancePath:instancePath+"/okta/app_groups",schemaPath:"#/properties/okta/properties/app_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.okta.properties.app_groups.type,parentSchema:schema43.properties.okta.properties.app_groups,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/okta",schemaPath:"#/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.okta.type,parentSchema:schema43.properties.okta,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.entra !== undefined){let data22 = data.entra;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key8 in data22){if(!((key8 === "groups") || (key8 === "permissions"))){const err42 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.entra,data:data22};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data22.groups !== undefined){let data23 = data22.groups;if(Array.isArray(data23)){const len3 = data23.length;for(let i5=0; i5<len3; i5++){let data24 = data23[i5];if(data24 && typeof data24 == "object" && !Array.isArray(data24)){if(data24.id === undefined){const err43 = {instancePath:instancePath+"/entra/groups/" + i5,schemaPath:"#/properties/entra/properties/groups/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.properties.entra.properties.groups.items.required,parentSchema:schema43.properties.entra.properties.groups.items,data:data24};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}for(const key9 in data24){if(!(((((((key9 === "id") || (key9 === "name")) || (key9 === "dynamic")) || (key9 === "synced")) || (key9 === "exchange")) || (key9 === "role_assignable")) || (key9 === "groups"))){const err44 = {instancePath:instancePath+"/entra/groups/" + i5,schemaPath:"#/properties/entra/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.entra.properties.groups.items,data:data24};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data24.id !== undefined){let data25 = data24.id;if(typeof data25 === "string"){if(!pattern19.test(data25)){const err45 = {instancePath:instancePath+"/entra/groups/" + i5+"/id",schemaPath:"#/$defs/entraGuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema47,data:data25};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/entra/groups/" + i5+"/id",schemaPath:"#/$defs/entraGuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data25};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data24.name !== undefined){let data26 = data24.name;if(typeof data26 === "string"){if(func2(data26) < 1){const err47 = {instancePath:instancePath+"/entra/groups/" + i5+"/name",schemaPath:"#/properties/entra/properties/groups/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.entra.properties.groups.items.properties.name,data:data26};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/entra/groups/" + i5+"/name",schemaPath:"#/properties/entra/properties/groups/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.entra.properties.groups.items.properties.name.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.name,data:data26};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data24.dynamic !== undefined){let data27 = data24.dynamic;if(typeof data27 !== "boolean"){const err49 = {instancePath:instancePath+"/entra/groups/" + i5+"/dynamic",schemaPath:"#/properties/entra/properties/groups/items/properties/dynamic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.entra.properties.groups.items.properties.dynamic.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.dynamic,data:data27};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data24.synced !== undefined){let data28 = data24.synced;if(typeof data28 !== "boolean"){const err50 = {instancePath:instancePath+"/entra/groups/" + i5+"/synced",schemaPath:"#/properties/entra/properties/groups/items/properties/synced/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.entra.properties.groups.items.properties.synced.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.synced,data:data28};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data24.exchange !== undefined){let data29 = data24.exchange;if(typeof data29 !== "boolean"){const err51 = {instancePath:instancePath+"/entra/groups/" + i5+"/exchange",schemaPath:"#/properties/entra/properties/groups/items/properties/exchange/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.entra.properties.groups.items.properties.exchange.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.exchange,data:data29};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data24.role_assignable !== undefined){let data30 = data24.role_assignable;if(typeof data30 !== "boolean"){const err52 = {instancePath:instancePath+"/entra/groups/" + i5+"/role_assignable",schemaPath:"#/properties/entra/properties/groups/items/properties/role_assignable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.entra.properties.groups.items.properties.role_assignable.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.role_assignable,data:data30};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data24.groups !== undefined){let data31 = data24.groups;if(Array.isArray(data31)){const len4 = data31.length;for(let i6=0; i6<len4; i6++){let data32 = data31[i6];if(typeof data32 === "string"){if(!pattern19.test(data32)){const err53 = {instancePath:instancePath+"/entra/groups/" + i5+"/groups/" + i6,schemaPath:"#/$defs/entraGuid/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\"",schema:"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",parentSchema:schema47,data:data32};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/entra/groups/" + i5+"/groups/" + i6,schemaPath:"#/$defs/entraGuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data32};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/entra/groups/" + i5+"/groups",schemaPath:"#/properties/entra/properties/groups/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.entra.properties.groups.items.properties.groups.type,parentSchema:schema43.properties.entra.properties.groups.items.properties.groups,data:data31};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/entra/groups/" + i5,schemaPath:"#/properties/entra/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.entra.properties.groups.items.type,parentSchema:schema43.properties.entra.properties.groups.items,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/entra/groups",schemaPath:"#/properties/entra/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.entra.properties.groups.type,parentSchema:schema43.properties.entra.properties.groups,data:data23};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data22.permissions !== undefined){let data33 = data22.permissions;if(Array.isArray(data33)){const len5 = data33.length;for(let i7=0; i7<len5; i7++){let data34 = data33[i7];if(typeof data34 === "string"){if(!pattern60.test(data34)){const err58 = {instancePath:instancePath+"/entra/permissions/" + i7,schemaPath:"#/properties/entra/properties/permissions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z-]+(\\.[A-Za-z-]+)+$"},message:"must match pattern \""+"^[A-Za-z-]+(\\.[A-Za-z-]+)+$"+"\"",schema:"^[A-Za-z-]+(\\.[A-Za-z-]+)+$",parentSchema:schema43.properties.entra.properties.permissions.items,data:data34};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/entra/permissions/" + i7,schemaPath:"#/properties/entra/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.entra.properties.permissions.items.type,parentSchema:schema43.properties.entra.properties.permissions.items,data:data34};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/entra/permissions",schemaPath:"#/properties/entra/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.entra.properties.permissions.type,parentSchema:schema43.properties.entra.properties.permissions,data:data33};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.entra.type,parentSchema:schema43.properties.entra,data:data22};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.people !== undefined){let data35 = data.people;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key10 in data35){let data36 = data35[key10];if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key11 in data36){if(!((((((((key11 === "github") || (key11 === "aws")) || (key11 === "slack")) || (key11 === "scim")) || (key11 === "aws_sso")) || (key11 === "okta")) || (key11 === "entra")) || (key11 === "google"))){const err62 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.people.additionalProperties,data:data36};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data36.github !== undefined){let data37 = data36.github;if(!(validate24(data37, {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",parentData:data36,parentDataProperty:"github",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.orgs !== undefined){let data38 = data37.orgs;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key12 in data38){let data39 = data38[key12];if(!(validate24(data39, {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/orgs/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data38,parentDataProperty:key12,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key13 in data39){if((((((((key13 !== "role") && (key13 !== "teams")) && (key13 !== "invitation")) && (key13 !== "sso_authorizations")) && (key13 !== "token_grants")) && (key13 !== "token_requests")) && (key13 !== "copilot")) && (key13 !== "deploy_keys")){const err63 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/orgs/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/properties/github/properties/orgs/additionalProperties/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key13},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.github.properties.orgs.additionalProperties,data:data39};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/orgs/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/properties/github/properties/orgs/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.github.properties.orgs.additionalProperties.type,parentSchema:schema43.properties.people.additionalProperties.properties.github.properties.orgs.additionalProperties,data:data39};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/orgs",schemaPath:"#/properties/people/additionalProperties/properties/github/properties/orgs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.github.properties.orgs.type,parentSchema:schema43.properties.people.additionalProperties.properties.github.properties.orgs,data:data38};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data37.enterprise !== undefined){let data40 = data37.enterprise;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key14 in data40){if(!((key14 === "member") || (key14 === "copilot"))){const err66 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/enterprise",schemaPath:"#/$defs/enterpriseHolds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data40};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data40.member !== undefined){let data41 = data40.member;if(typeof data41 !== "boolean"){const err67 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/enterprise/member",schemaPath:"#/$defs/enterpriseHolds/properties/member/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.member.type,parentSchema:schema53.properties.member,data:data41};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data40.copilot !== undefined){let data42 = data40.copilot;if(typeof data42 !== "boolean"){const err68 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/enterprise/copilot",schemaPath:"#/$defs/enterpriseHolds/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.copilot.type,parentSchema:schema53.properties.copilot,data:data42};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github/enterprise",schemaPath:"#/$defs/enterpriseHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data40};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}for(const key15 in data37){if((((((((((key15 !== "orgs") && (key15 !== "enterprise")) && (key15 !== "role")) && (key15 !== "teams")) && (key15 !== "invitation")) && (key15 !== "sso_authorizations")) && (key15 !== "token_grants")) && (key15 !== "token_requests")) && (key15 !== "copilot")) && (key15 !== "deploy_keys")){const err70 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",schemaPath:"#/properties/people/additionalProperties/properties/github/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key15},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.github,data:data37};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",schemaPath:"#/properties/people/additionalProperties/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.github.type,parentSchema:schema43.properties.people.additionalProperties.properties.github,data:data37};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data36.aws !== undefined){let data43 = data36.aws;if(!(validate27(data43, {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",parentData:data36,parentDataProperty:"aws",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}if(data43 && typeof data43 == "object" && !Array.isArray(data43)){for(const key16 in data43){if((((((((((key16 !== "access_keys") && (key16 !== "password")) && (key16 !== "mfa")) && (key16 !== "ssh_keys")) && (key16 !== "signing_certificates")) && (key16 !== "service_credentials")) && (key16 !== "inline_policies")) && (key16 !== "policies")) && (key16 !== "groups")) && (key16 !== "permissions_boundary")){const err72 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",schemaPath:"#/properties/people/additionalProperties/properties/aws/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key16},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.aws,data:data43};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",schemaPath:"#/properties/people/additionalProperties/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.aws.type,parentSchema:schema43.properties.people.additionalProperties.properties.aws,data:data43};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data36.slack !== undefined){let data44 = data36.slack;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(data44.usergroups !== undefined){let data45 = data44.usergroups;if(Array.isArray(data45)){const len6 = data45.length;for(let i8=0; i8<len6; i8++){let data46 = data45[i8];if(typeof data46 === "string"){if(func2(data46) < 1){const err74 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups/" + i8,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.usergroups.items,data:data46};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups/" + i8,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.usergroups.items.type,parentSchema:schema59.properties.usergroups.items,data:data46};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}let i9 = data45.length;let j2;if(i9 > 1){const indices1 = {};for(;i9--;){let item1 = data45[i9];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err76 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i9+" are identical)",schema:true,parentSchema:schema59.properties.usergroups,data:data45};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;break;}indices1[item1] = i9;}}}else {const err77 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.usergroups.type,parentSchema:schema59.properties.usergroups,data:data45};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data44.channels !== undefined){let data47 = data44.channels;if(Array.isArray(data47)){const len7 = data47.length;for(let i10=0; i10<len7; i10++){let data48 = data47[i10];if(typeof data48 === "string"){if(!pattern67.test(data48)){const err78 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels/" + i10,schemaPath:"#/$defs/slackHolds/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]+$"},message:"must match pattern \""+"^[CG][A-Z0-9]+$"+"\"",schema:"^[CG][A-Z0-9]+$",parentSchema:schema59.properties.channels.items,data:data48};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}else {const err79 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels/" + i10,schemaPath:"#/$defs/slackHolds/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.channels.items.type,parentSchema:schema59.properties.channels.items,data:data48};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}let i11 = data47.length;let j3;if(i11 > 1){const indices2 = {};for(;i11--;){let item2 = data47[i11];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j3 = indices2[item2];const err80 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels",schemaPath:"#/$defs/slackHolds/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i11+" are identical)",schema:true,parentSchema:schema59.properties.channels,data:data47};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;break;}indices2[item2] = i11;}}}else {const err81 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels",schemaPath:"#/$defs/slackHolds/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.channels.type,parentSchema:schema59.properties.channels,data:data47};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data44.deactivated !== undefined){let data49 = data44.deactivated;if(typeof data49 !== "boolean"){const err82 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/deactivated",schemaPath:"#/$defs/slackHolds/properties/deactivated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.deactivated.type,parentSchema:schema59.properties.deactivated,data:data49};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/$defs/slackHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data44};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key17 in data44){if(((key17 !== "usergroups") && (key17 !== "channels")) && (key17 !== "deactivated")){const err84 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key17},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.slack,data:data44};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.slack.type,parentSchema:schema43.properties.people.additionalProperties.properties.slack,data:data44};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data36.scim !== undefined){let data50 = data36.scim;if(data50 && typeof data50 == "object" && !Array.isArray(data50)){for(const key18 in data50){let data51 = data50[key18];if(!((data51 === "active") || (data51 === "inactive"))){const err86 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/scim/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/properties/scim/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema43.properties.people.additionalProperties.properties.scim.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.people.additionalProperties.properties.scim.additionalProperties.enum,parentSchema:schema43.properties.people.additionalProperties.properties.scim.additionalProperties,data:data51};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/scim",schemaPath:"#/properties/people/additionalProperties/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.scim.type,parentSchema:schema43.properties.people.additionalProperties.properties.scim,data:data50};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data36.aws_sso !== undefined){let data52 = data36.aws_sso;if(!(validate29(data52, {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_sso",parentData:data36,parentDataProperty:"aws_sso",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}if(data52 && typeof data52 == "object" && !Array.isArray(data52)){for(const key19 in data52){if(((key19 !== "groups") && (key19 !== "assignments")) && (key19 !== "disabled")){const err88 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_sso",schemaPath:"#/properties/people/additionalProperties/properties/aws_sso/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key19},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.aws_sso,data:data52};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws_sso",schemaPath:"#/properties/people/additionalProperties/properties/aws_sso/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.aws_sso.type,parentSchema:schema43.properties.people.additionalProperties.properties.aws_sso,data:data52};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data36.okta !== undefined){let data53 = data36.okta;if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.status !== undefined){let data54 = data53.status;if(!((((((data54 === "active") || (data54 === "suspended")) || (data54 === "deprovisioned")) || (data54 === "locked_out")) || (data54 === "staged")) || (data54 === "recovery"))){const err90 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/status",schemaPath:"#/$defs/oktaHolds/properties/status/enum",keyword:"enum",params:{allowedValues: schema62.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.status.enum,parentSchema:schema62.properties.status,data:data54};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data53.groups !== undefined){let data55 = data53.groups;if(Array.isArray(data55)){const len8 = data55.length;for(let i12=0; i12<len8; i12++){let data56 = data55[i12];if(typeof data56 === "string"){if(func2(data56) < 1){const err91 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/groups/" + i12,schemaPath:"#/$defs/oktaHolds/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.groups.items,data:data56};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}else {const err92 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/groups/" + i12,schemaPath:"#/$defs/oktaHolds/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.groups.items.type,parentSchema:schema62.properties.groups.items,data:data56};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}let i13 = data55.length;let j4;if(i13 > 1){const indices3 = {};for(;i13--;){let item3 = data55[i13];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j4 = indices3[item3];const err93 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/groups",schemaPath:"#/$defs/oktaHolds/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i13+" are identical)",schema:true,parentSchema:schema62.properties.groups,data:data55};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;break;}indices3[item3] = i13;}}}else {const err94 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/groups",schemaPath:"#/$defs/oktaHolds/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.groups.type,parentSchema:schema62.properties.groups,data:data55};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data53.apps !== undefined){let data57 = data53.apps;if(Array.isArray(data57)){const len9 = data57.length;for(let i14=0; i14<len9; i14++){let data58 = data57[i14];if(typeof data58 === "string"){if(func2(data58) < 1){const err95 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/apps/" + i14,schemaPath:"#/$defs/oktaHolds/properties/apps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.apps.items,data:data58};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/apps/" + i14,schemaPath:"#/$defs/oktaHolds/properties/apps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.apps.items.type,parentSchema:schema62.properties.apps.items,data:data58};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}let i15 = data57.length;let j5;if(i15 > 1){const indices4 = {};for(;i15--;){let item4 = data57[i15];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j5 = indices4[item4];const err97 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/apps",schemaPath:"#/$defs/oktaHolds/properties/apps/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i15+" are identical)",schema:true,parentSchema:schema62.properties.apps,data:data57};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;break;}indices4[item4] = i15;}}}else {const err98 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/apps",schemaPath:"#/$defs/oktaHolds/properties/apps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.apps.type,parentSchema:schema62.properties.apps,data:data57};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data53.factors !== undefined){let data59 = data53.factors;if(Array.isArray(data59)){const len10 = data59.length;for(let i16=0; i16<len10; i16++){let data60 = data59[i16];if(!(((((((data60 === "push") || (data60 === "sms")) || (data60 === "call")) || (data60 === "email")) || (data60 === "totp")) || (data60 === "webauthn")) || (data60 === "question"))){const err99 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/factors/" + i16,schemaPath:"#/$defs/oktaHolds/properties/factors/items/enum",keyword:"enum",params:{allowedValues: schema62.properties.factors.items.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.factors.items.enum,parentSchema:schema62.properties.factors.items,data:data60};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}}else {const err100 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/factors",schemaPath:"#/$defs/oktaHolds/properties/factors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.factors.type,parentSchema:schema62.properties.factors,data:data59};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data53.sessions !== undefined){let data61 = data53.sessions;if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){const err101 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/sessions",schemaPath:"#/$defs/oktaHolds/properties/sessions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.sessions.type,parentSchema:schema62.properties.sessions,data:data61};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if((typeof data61 == "number") && (isFinite(data61))){if(data61 < 0 || isNaN(data61)){const err102 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/sessions",schemaPath:"#/$defs/oktaHolds/properties/sessions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.sessions,data:data61};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}}if(data53.grants !== undefined){let data62 = data53.grants;if(Array.isArray(data62)){const len11 = data62.length;for(let i17=0; i17<len11; i17++){let data63 = data62[i17];if(typeof data63 === "string"){if(func2(data63) < 1){const err103 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/grants/" + i17,schemaPath:"#/$defs/oktaHolds/properties/grants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.grants.items,data:data63};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}else {const err104 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/grants/" + i17,schemaPath:"#/$defs/oktaHolds/properties/grants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.grants.items.type,parentSchema:schema62.properties.grants.items,data:data63};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}let i18 = data62.length;let j6;if(i18 > 1){const indices5 = {};for(;i18--;){let item5 = data62[i18];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j6 = indices5[item5];const err105 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/grants",schemaPath:"#/$defs/oktaHolds/properties/grants/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i18+" are identical)",schema:true,parentSchema:schema62.properties.grants,data:data62};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;break;}indices5[item5] = i18;}}}else {const err106 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/grants",schemaPath:"#/$defs/oktaHolds/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.grants.type,parentSchema:schema62.properties.grants,data:data62};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data53.tokens !== undefined){let data64 = data53.tokens;if(Array.isArray(data64)){const len12 = data64.length;for(let i19=0; i19<len12; i19++){let data65 = data64[i19];if(typeof data65 === "string"){if(func2(data65) < 1){const err107 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/tokens/" + i19,schemaPath:"#/$defs/oktaHolds/properties/tokens/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.tokens.items,data:data65};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/tokens/" + i19,schemaPath:"#/$defs/oktaHolds/properties/tokens/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.tokens.items.type,parentSchema:schema62.properties.tokens.items,data:data65};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}let i20 = data64.length;let j7;if(i20 > 1){const indices6 = {};for(;i20--;){let item6 = data64[i20];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j7 = indices6[item6];const err109 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/tokens",schemaPath:"#/$defs/oktaHolds/properties/tokens/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i20+" are identical)",schema:true,parentSchema:schema62.properties.tokens,data:data64};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;break;}indices6[item6] = i20;}}}else {const err110 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/tokens",schemaPath:"#/$defs/oktaHolds/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.tokens.type,parentSchema:schema62.properties.tokens,data:data64};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data53.admin !== undefined){let data66 = data53.admin;if(Array.isArray(data66)){const len13 = data66.length;for(let i21=0; i21<len13; i21++){let data67 = data66[i21];if(!(((((((((data67 === "super_admin") || (data67 === "org_admin")) || (data67 === "app_admin")) || (data67 === "user_admin")) || (data67 === "group_membership_admin")) || (data67 === "help_desk_admin")) || (data67 === "read_only_admin")) || (data67 === "report_admin")) || (data67 === "api_access_management_admin"))){const err111 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/admin/" + i21,schemaPath:"#/$defs/oktaHolds/properties/admin/items/enum",keyword:"enum",params:{allowedValues: schema62.properties.admin.items.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.admin.items.enum,parentSchema:schema62.properties.admin.items,data:data67};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}let i22 = data66.length;let j8;if(i22 > 1){outer1:for(;i22--;){for(j8 = i22; j8--;){if(func0(data66[i22], data66[j8])){const err112 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/admin",schemaPath:"#/$defs/oktaHolds/properties/admin/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i22+" are identical)",schema:true,parentSchema:schema62.properties.admin,data:data66};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;break outer1;}}}}}else {const err113 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta/admin",schemaPath:"#/$defs/oktaHolds/properties/admin/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.admin.type,parentSchema:schema62.properties.admin,data:data66};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}}else {const err114 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta",schemaPath:"#/$defs/oktaHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data53};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key20 in data53){if((((((((key20 !== "status") && (key20 !== "groups")) && (key20 !== "apps")) && (key20 !== "factors")) && (key20 !== "sessions")) && (key20 !== "grants")) && (key20 !== "tokens")) && (key20 !== "admin")){const err115 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta",schemaPath:"#/properties/people/additionalProperties/properties/okta/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key20},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.okta,data:data53};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}else {const err116 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/okta",schemaPath:"#/properties/people/additionalProperties/properties/okta/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.okta.type,parentSchema:schema43.properties.people.additionalProperties.properties.okta,data:data53};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data36.entra !== undefined){let data68 = data36.entra;if(!(validate31(data68, {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/entra",parentData:data36,parentDataProperty:"entra",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key21 in data68){if((((((key21 !== "enabled") && (key21 !== "synced")) && (key21 !== "groups")) && (key21 !== "directory_roles")) && (key21 !== "app_roles")) && (key21 !== "methods")){const err117 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/entra",schemaPath:"#/properties/people/additionalProperties/properties/entra/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key21},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.entra,data:data68};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}}else {const err118 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/entra",schemaPath:"#/properties/people/additionalProperties/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.entra.type,parentSchema:schema43.properties.people.additionalProperties.properties.entra,data:data68};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data36.google !== undefined){let data69 = data36.google;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){if(data69.groups !== undefined){let data70 = data69.groups;if(Array.isArray(data70)){const len14 = data70.length;for(let i23=0; i23<len14; i23++){let data71 = data70[i23];if(typeof data71 === "string"){if(!(formats2.test(data71))){const err119 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/groups/" + i23,schemaPath:"#/$defs/googleHolds/properties/groups/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema65.properties.groups.items,data:data71};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}else {const err120 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/groups/" + i23,schemaPath:"#/$defs/googleHolds/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.groups.items.type,parentSchema:schema65.properties.groups.items,data:data71};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}let i24 = data70.length;let j9;if(i24 > 1){const indices7 = {};for(;i24--;){let item7 = data70[i24];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j9 = indices7[item7];const err121 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/groups",schemaPath:"#/$defs/googleHolds/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i24, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i24+" are identical)",schema:true,parentSchema:schema65.properties.groups,data:data70};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;break;}indices7[item7] = i24;}}}else {const err122 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/groups",schemaPath:"#/$defs/googleHolds/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.groups.type,parentSchema:schema65.properties.groups,data:data70};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data69.aliases !== undefined){let data72 = data69.aliases;if(Array.isArray(data72)){const len15 = data72.length;for(let i25=0; i25<len15; i25++){let data73 = data72[i25];if(typeof data73 === "string"){if(!(formats2.test(data73))){const err123 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/aliases/" + i25,schemaPath:"#/$defs/googleHolds/properties/aliases/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema65.properties.aliases.items,data:data73};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}else {const err124 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/aliases/" + i25,schemaPath:"#/$defs/googleHolds/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.aliases.items.type,parentSchema:schema65.properties.aliases.items,data:data73};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}let i26 = data72.length;let j10;if(i26 > 1){const indices8 = {};for(;i26--;){let item8 = data72[i26];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j10 = indices8[item8];const err125 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/aliases",schemaPath:"#/$defs/googleHolds/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i26+" are identical)",schema:true,parentSchema:schema65.properties.aliases,data:data72};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;break;}indices8[item8] = i26;}}}else {const err126 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/aliases",schemaPath:"#/$defs/googleHolds/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.aliases.type,parentSchema:schema65.properties.aliases,data:data72};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data69.oauth_apps !== undefined){let data74 = data69.oauth_apps;if(Array.isArray(data74)){const len16 = data74.length;for(let i27=0; i27<len16; i27++){let data75 = data74[i27];if(typeof data75 === "string"){if(func2(data75) < 1){const err127 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/oauth_apps/" + i27,schemaPath:"#/$defs/googleHolds/properties/oauth_apps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.oauth_apps.items,data:data75};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}else {const err128 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/oauth_apps/" + i27,schemaPath:"#/$defs/googleHolds/properties/oauth_apps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.oauth_apps.items.type,parentSchema:schema65.properties.oauth_apps.items,data:data75};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}let i28 = data74.length;let j11;if(i28 > 1){const indices9 = {};for(;i28--;){let item9 = data74[i28];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j11 = indices9[item9];const err129 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/oauth_apps",schemaPath:"#/$defs/googleHolds/properties/oauth_apps/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i28+" are identical)",schema:true,parentSchema:schema65.properties.oauth_apps,data:data74};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;break;}indices9[item9] = i28;}}}else {const err130 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/oauth_apps",schemaPath:"#/$defs/googleHolds/properties/oauth_apps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.oauth_apps.type,parentSchema:schema65.properties.oauth_apps,data:data74};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data69.app_passwords !== undefined){let data76 = data69.app_passwords;if(Array.isArray(data76)){const len17 = data76.length;for(let i29=0; i29<len17; i29++){let data77 = data76[i29];if(typeof data77 === "string"){if(func2(data77) < 1){const err131 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/app_passwords/" + i29,schemaPath:"#/$defs/googleHolds/properties/app_passwords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.app_passwords.items,data:data77};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}else {const err132 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/app_passwords/" + i29,schemaPath:"#/$defs/googleHolds/properties/app_passwords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.app_passwords.items.type,parentSchema:schema65.properties.app_passwords.items,data:data77};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}let i30 = data76.length;let j12;if(i30 > 1){const indices10 = {};for(;i30--;){let item10 = data76[i30];if(typeof item10 !== "string"){continue;}if(typeof indices10[item10] == "number"){j12 = indices10[item10];const err133 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/app_passwords",schemaPath:"#/$defs/googleHolds/properties/app_passwords/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i30+" are identical)",schema:true,parentSchema:schema65.properties.app_passwords,data:data76};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;break;}indices10[item10] = i30;}}}else {const err134 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/app_passwords",schemaPath:"#/$defs/googleHolds/properties/app_passwords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.app_passwords.type,parentSchema:schema65.properties.app_passwords,data:data76};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data69.backup_codes !== undefined){let data78 = data69.backup_codes;if(typeof data78 !== "boolean"){const err135 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/backup_codes",schemaPath:"#/$defs/googleHolds/properties/backup_codes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.backup_codes.type,parentSchema:schema65.properties.backup_codes,data:data78};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data69.super_admin !== undefined){let data79 = data69.super_admin;if(typeof data79 !== "boolean"){const err136 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/super_admin",schemaPath:"#/$defs/googleHolds/properties/super_admin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.super_admin.type,parentSchema:schema65.properties.super_admin,data:data79};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data69.admin_roles !== undefined){let data80 = data69.admin_roles;if(Array.isArray(data80)){const len18 = data80.length;for(let i31=0; i31<len18; i31++){let data81 = data80[i31];if(typeof data81 === "string"){if(func2(data81) < 1){const err137 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/admin_roles/" + i31,schemaPath:"#/$defs/googleHolds/properties/admin_roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.admin_roles.items,data:data81};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}else {const err138 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/admin_roles/" + i31,schemaPath:"#/$defs/googleHolds/properties/admin_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.admin_roles.items.type,parentSchema:schema65.properties.admin_roles.items,data:data81};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}let i32 = data80.length;let j13;if(i32 > 1){const indices11 = {};for(;i32--;){let item11 = data80[i32];if(typeof item11 !== "string"){continue;}if(typeof indices11[item11] == "number"){j13 = indices11[item11];const err139 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/admin_roles",schemaPath:"#/$defs/googleHolds/properties/admin_roles/uniqueItems",keyword:"uniqueItems",params:{i: i32, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i32+" are identical)",schema:true,parentSchema:schema65.properties.admin_roles,data:data80};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;break;}indices11[item11] = i32;}}}else {const err140 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/admin_roles",schemaPath:"#/$defs/googleHolds/properties/admin_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.admin_roles.type,parentSchema:schema65.properties.admin_roles,data:data80};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data69.suspended !== undefined){let data82 = data69.suspended;if(typeof data82 !== "boolean"){const err141 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/suspended",schemaPath:"#/$defs/googleHolds/properties/suspended/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.suspended.type,parentSchema:schema65.properties.suspended,data:data82};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data69.drive_files !== undefined){let data83 = data69.drive_files;if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){const err142 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/drive_files",schemaPath:"#/$defs/googleHolds/properties/drive_files/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.drive_files.type,parentSchema:schema65.properties.drive_files,data:data83};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}if((typeof data83 == "number") && (isFinite(data83))){if(data83 < 0 || isNaN(data83)){const err143 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google/drive_files",schemaPath:"#/$defs/googleHolds/properties/drive_files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.drive_files,data:data83};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}}}else {const err144 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google",schemaPath:"#/$defs/googleHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data69};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}if(data69 && typeof data69 == "object" && !Array.isArray(data69)){for(const key22 in data69){if(((((((((key22 !== "groups") && (key22 !== "aliases")) && (key22 !== "oauth_apps")) && (key22 !== "app_passwords")) && (key22 !== "backup_codes")) && (key22 !== "super_admin")) && (key22 !== "admin_roles")) && (key22 !== "suspended")) && (key22 !== "drive_files")){const err145 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google",schemaPath:"#/properties/people/additionalProperties/properties/google/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key22},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.people.additionalProperties.properties.google,data:data69};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}}else {const err146 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/google",schemaPath:"#/properties/people/additionalProperties/properties/google/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.properties.google.type,parentSchema:schema43.properties.people.additionalProperties.properties.google,data:data69};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}}else {const err147 = {instancePath:instancePath+"/people/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.additionalProperties.type,parentSchema:schema43.properties.people.additionalProperties,data:data36};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}}else {const err148 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.people.type,parentSchema:schema43.properties.people,data:data35};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data.others !== undefined){let data84 = data.others;if(data84 && typeof data84 == "object" && !Array.isArray(data84)){for(const key23 in data84){if(!(func1.call(schema43.properties.others.properties, key23))){const err149 = {instancePath:instancePath+"/others",schemaPath:"#/properties/others/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.others,data:data84};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data84.github !== undefined){let data85 = data84.github;if(Array.isArray(data85)){const len19 = data85.length;for(let i33=0; i33<len19; i33++){let data86 = data85[i33];if(!(validate24(data86, {instancePath:instancePath+"/others/github/" + i33,parentData:data85,parentDataProperty:i33,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}if(data86 && typeof data86 == "object" && !Array.isArray(data86)){if(data86.login === undefined){const err150 = {instancePath:instancePath+"/others/github/" + i33,schemaPath:"#/properties/others/properties/github/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema43.properties.others.properties.github.items.required,parentSchema:schema43.properties.others.properties.github.items,data:data86};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}if(data86.login !== undefined){let data87 = data86.login;if(typeof data87 === "string"){if(func2(data87) < 1){const err151 = {instancePath:instancePath+"/others/github/" + i33+"/login",schemaPath:"#/properties/others/properties/github/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.github.items.properties.login,data:data87};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}else {const err152 = {instancePath:instancePath+"/others/github/" + i33+"/login",schemaPath:"#/properties/others/properties/github/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.github.items.properties.login.type,parentSchema:schema43.properties.others.properties.github.items.properties.login,data:data87};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data86.name !== undefined){let data88 = data86.name;if(typeof data88 !== "string"){const err153 = {instancePath:instancePath+"/others/github/" + i33+"/name",schemaPath:"#/properties/others/properties/github/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.github.items.properties.name.type,parentSchema:schema43.properties.others.properties.github.items.properties.name,data:data88};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data86.email !== undefined){let data89 = data86.email;if(typeof data89 === "string"){if(!(formats2.test(data89))){const err154 = {instancePath:instancePath+"/others/github/" + i33+"/email",schemaPath:"#/properties/others/properties/github/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.github.items.properties.email,data:data89};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}else {const err155 = {instancePath:instancePath+"/others/github/" + i33+"/email",schemaPath:"#/properties/others/properties/github/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.github.items.properties.email.type,parentSchema:schema43.properties.others.properties.github.items.properties.email,data:data89};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data86.bot !== undefined){let data90 = data86.bot;if(typeof data90 !== "boolean"){const err156 = {instancePath:instancePath+"/others/github/" + i33+"/bot",schemaPath:"#/properties/others/properties/github/items/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.github.items.properties.bot.type,parentSchema:schema43.properties.others.properties.github.items.properties.bot,data:data90};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data86.enterprise !== undefined){let data91 = data86.enterprise;if(data91 && typeof data91 == "object" && !Array.isArray(data91)){for(const key24 in data91){if(!((key24 === "member") || (key24 === "copilot"))){const err157 = {instancePath:instancePath+"/others/github/" + i33+"/enterprise",schemaPath:"#/$defs/enterpriseHolds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data91};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data91.member !== undefined){let data92 = data91.member;if(typeof data92 !== "boolean"){const err158 = {instancePath:instancePath+"/others/github/" + i33+"/enterprise/member",schemaPath:"#/$defs/enterpriseHolds/properties/member/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.member.type,parentSchema:schema53.properties.member,data:data92};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data91.copilot !== undefined){let data93 = data91.copilot;if(typeof data93 !== "boolean"){const err159 = {instancePath:instancePath+"/others/github/" + i33+"/enterprise/copilot",schemaPath:"#/$defs/enterpriseHolds/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.copilot.type,parentSchema:schema53.properties.copilot,data:data93};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}}else {const err160 = {instancePath:instancePath+"/others/github/" + i33+"/enterprise",schemaPath:"#/$defs/enterpriseHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data91};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}for(const key25 in data86){if(((((((((((((key25 !== "login") && (key25 !== "name")) && (key25 !== "email")) && (key25 !== "bot")) && (key25 !== "enterprise")) && (key25 !== "role")) && (key25 !== "teams")) && (key25 !== "invitation")) && (key25 !== "sso_authorizations")) && (key25 !== "token_grants")) && (key25 !== "token_requests")) && (key25 !== "copilot")) && (key25 !== "deploy_keys")){const err161 = {instancePath:instancePath+"/others/github/" + i33,schemaPath:"#/properties/others/properties/github/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key25},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.github.items,data:data86};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}}else {const err162 = {instancePath:instancePath+"/others/github/" + i33,schemaPath:"#/properties/others/properties/github/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.github.items.type,parentSchema:schema43.properties.others.properties.github.items,data:data86};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}}else {const err163 = {instancePath:instancePath+"/others/github",schemaPath:"#/properties/others/properties/github/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.github.type,parentSchema:schema43.properties.others.properties.github,data:data85};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data84.github_invitations !== undefined){let data94 = data84.github_invitations;if(Array.isArray(data94)){const len20 = data94.length;for(let i34=0; i34<len20; i34++){let data95 = data94[i34];if(data95 && typeof data95 == "object" && !Array.isArray(data95)){if(data95.email === undefined){const err164 = {instancePath:instancePath+"/others/github_invitations/" + i34,schemaPath:"#/properties/others/properties/github_invitations/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema43.properties.others.properties.github_invitations.items.required,parentSchema:schema43.properties.others.properties.github_invitations.items,data:data95};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}for(const key26 in data95){if(!((key26 === "email") || (key26 === "role"))){const err165 = {instancePath:instancePath+"/others/github_invitations/" + i34,schemaPath:"#/properties/others/properties/github_invitations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.others.properties.github_invitations.items,data:data95};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data95.email !== undefined){let data96 = data95.email;if(typeof data96 === "string"){if(!(formats2.test(data96))){const err166 = {instancePath:instancePath+"/others/github_invitations/" + i34+"/email",schemaPath:"#/properties/others/properties/github_invitations/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.github_invitations.items.properties.email,data:data96};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}else {const err167 = {instancePath:instancePath+"/others/github_invitations/" + i34+"/email",schemaPath:"#/properties/others/properties/github_invitations/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.github_invitations.items.properties.email.type,parentSchema:schema43.properties.others.properties.github_invitations.items.properties.email,data:data96};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data95.role !== undefined){let data97 = data95.role;if(!((data97 === "direct_member") || (data97 === "admin"))){const err168 = {instancePath:instancePath+"/others/github_invitations/" + i34+"/role",schemaPath:"#/$defs/invitationRole/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data97};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}}else {const err169 = {instancePath:instancePath+"/others/github_invitations/" + i34,schemaPath:"#/properties/others/properties/github_invitations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.github_invitations.items.type,parentSchema:schema43.properties.others.properties.github_invitations.items,data:data95};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/others/github_invitations",schemaPath:"#/properties/others/properties/github_invitations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.github_invitations.type,parentSchema:schema43.properties.others.properties.github_invitations,data:data94};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data84.aws !== undefined){let data98 = data84.aws;if(Array.isArray(data98)){const len21 = data98.length;for(let i35=0; i35<len21; i35++){let data99 = data98[i35];if(!(validate27(data99, {instancePath:instancePath+"/others/aws/" + i35,parentData:data98,parentDataProperty:i35,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}if(data99 && typeof data99 == "object" && !Array.isArray(data99)){if(data99.user === undefined){const err171 = {instancePath:instancePath+"/others/aws/" + i35,schemaPath:"#/properties/others/properties/aws/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema43.properties.others.properties.aws.items.required,parentSchema:schema43.properties.others.properties.aws.items,data:data99};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}if(data99.user !== undefined){let data100 = data99.user;if(typeof data100 === "string"){if(!pattern38.test(data100)){const err172 = {instancePath:instancePath+"/others/aws/" + i35+"/user",schemaPath:"#/properties/others/properties/aws/items/properties/user/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,64}$",parentSchema:schema43.properties.others.properties.aws.items.properties.user,data:data100};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}else {const err173 = {instancePath:instancePath+"/others/aws/" + i35+"/user",schemaPath:"#/properties/others/properties/aws/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.aws.items.properties.user.type,parentSchema:schema43.properties.others.properties.aws.items.properties.user,data:data100};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}for(const key27 in data99){if(((((((((((key27 !== "user") && (key27 !== "access_keys")) && (key27 !== "password")) && (key27 !== "mfa")) && (key27 !== "ssh_keys")) && (key27 !== "signing_certificates")) && (key27 !== "service_credentials")) && (key27 !== "inline_policies")) && (key27 !== "policies")) && (key27 !== "groups")) && (key27 !== "permissions_boundary")){const err174 = {instancePath:instancePath+"/others/aws/" + i35,schemaPath:"#/properties/others/properties/aws/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key27},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.aws.items,data:data99};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}}else {const err175 = {instancePath:instancePath+"/others/aws/" + i35,schemaPath:"#/properties/others/properties/aws/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.aws.items.type,parentSchema:schema43.properties.others.properties.aws.items,data:data99};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}}else {const err176 = {instancePath:instancePath+"/others/aws",schemaPath:"#/properties/others/properties/aws/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.aws.type,parentSchema:schema43.properties.others.properties.aws,data:data98};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data84.slack !== undefined){let data101 = data84.slack;if(Array.isArray(data101)){const len22 = data101.length;for(let i36=0; i36<len22; i36++){let data102 = data101[i36];if(data102 && typeof data102 == "object" && !Array.isArray(data102)){if(data102.usergroups !== undefined){let data103 = data102.usergroups;if(Array.isArray(data103)){const len23 = data103.length;for(let i37=0; i37<len23; i37++){let data104 = data103[i37];if(typeof data104 === "string"){if(func2(data104) < 1){const err177 = {instancePath:instancePath+"/others/slack/" + i36+"/usergroups/" + i37,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.usergroups.items,data:data104};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}else {const err178 = {instancePath:instancePath+"/others/slack/" + i36+"/usergroups/" + i37,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.usergroups.items.type,parentSchema:schema59.properties.usergroups.items,data:data104};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}let i38 = data103.length;let j14;if(i38 > 1){const indices12 = {};for(;i38--;){let item12 = data103[i38];if(typeof item12 !== "string"){continue;}if(typeof indices12[item12] == "number"){j14 = indices12[item12];const err179 = {instancePath:instancePath+"/others/slack/" + i36+"/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i38, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i38+" are identical)",schema:true,parentSchema:schema59.properties.usergroups,data:data103};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;break;}indices12[item12] = i38;}}}else {const err180 = {instancePath:instancePath+"/others/slack/" + i36+"/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.usergroups.type,parentSchema:schema59.properties.usergroups,data:data103};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data102.channels !== undefined){let data105 = data102.channels;if(Array.isArray(data105)){const len24 = data105.length;for(let i39=0; i39<len24; i39++){let data106 = data105[i39];if(typeof data106 === "string"){if(!pattern67.test(data106)){const err181 = {instancePath:instancePath+"/others/slack/" + i36+"/channels/" + i39,schemaPath:"#/$defs/slackHolds/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]+$"},message:"must match pattern \""+"^[CG][A-Z0-9]+$"+"\"",schema:"^[CG][A-Z0-9]+$",parentSchema:schema59.properties.channels.items,data:data106};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}else {const err182 = {instancePath:instancePath+"/others/slack/" + i36+"/channels/" + i39,schemaPath:"#/$defs/slackHolds/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.channels.items.type,parentSchema:schema59.properties.channels.items,data:data106};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}let i40 = data105.length;let j15;if(i40 > 1){const indices13 = {};for(;i40--;){let item13 = data105[i40];if(typeof item13 !== "string"){continue;}if(typeof indices13[item13] == "number"){j15 = indices13[item13];const err183 = {instancePath:instancePath+"/others/slack/" + i36+"/channels",schemaPath:"#/$defs/slackHolds/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i40, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i40+" are identical)",schema:true,parentSchema:schema59.properties.channels,data:data105};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;break;}indices13[item13] = i40;}}}else {const err184 = {instancePath:instancePath+"/others/slack/" + i36+"/channels",schemaPath:"#/$defs/slackHolds/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.channels.type,parentSchema:schema59.properties.channels,data:data105};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data102.deactivated !== undefined){let data107 = data102.deactivated;if(typeof data107 !== "boolean"){const err185 = {instancePath:instancePath+"/others/slack/" + i36+"/deactivated",schemaPath:"#/$defs/slackHolds/properties/deactivated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.deactivated.type,parentSchema:schema59.properties.deactivated,data:data107};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}}else {const err186 = {instancePath:instancePath+"/others/slack/" + i36,schemaPath:"#/$defs/slackHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data102};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}if(data102 && typeof data102 == "object" && !Array.isArray(data102)){if(data102.id === undefined){const err187 = {instancePath:instancePath+"/others/slack/" + i36,schemaPath:"#/properties/others/properties/slack/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.properties.others.properties.slack.items.required,parentSchema:schema43.properties.others.properties.slack.items,data:data102};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}if(data102.name === undefined){const err188 = {instancePath:instancePath+"/others/slack/" + i36,schemaPath:"#/properties/others/properties/slack/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema43.properties.others.properties.slack.items.required,parentSchema:schema43.properties.others.properties.slack.items,data:data102};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}if(data102.id !== undefined){let data108 = data102.id;if(typeof data108 === "string"){if(!pattern11.test(data108)){const err189 = {instancePath:instancePath+"/others/slack/" + i36+"/id",schemaPath:"#/properties/others/properties/slack/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema43.properties.others.properties.slack.items.properties.id,data:data108};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}else {const err190 = {instancePath:instancePath+"/others/slack/" + i36+"/id",schemaPath:"#/properties/others/properties/slack/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.slack.items.properties.id.type,parentSchema:schema43.properties.others.properties.slack.items.properties.id,data:data108};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}if(data102.name !== undefined){let data109 = data102.name;if(typeof data109 === "string"){if(func2(data109) < 1){const err191 = {instancePath:instancePath+"/others/slack/" + i36+"/name",schemaPath:"#/properties/others/properties/slack/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.slack.items.properties.name,data:data109};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}else {const err192 = {instancePath:instancePath+"/others/slack/" + i36+"/name",schemaPath:"#/properties/others/properties/slack/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.slack.items.properties.name.type,parentSchema:schema43.properties.others.properties.slack.items.properties.name,data:data109};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}if(data102.email !== undefined){let data110 = data102.email;if(typeof data110 === "string"){if(!(formats2.test(data110))){const err193 = {instancePath:instancePath+"/others/slack/" + i36+"/email",schemaPath:"#/properties/others/properties/slack/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.slack.items.properties.email,data:data110};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}else {const err194 = {instancePath:instancePath+"/others/slack/" + i36+"/email",schemaPath:"#/properties/others/properties/slack/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.slack.items.properties.email.type,parentSchema:schema43.properties.others.properties.slack.items.properties.email,data:data110};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data102.admin !== undefined){let data111 = data102.admin;if(typeof data111 !== "boolean"){const err195 = {instancePath:instancePath+"/others/slack/" + i36+"/admin",schemaPath:"#/properties/others/properties/slack/items/properties/admin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.slack.items.properties.admin.type,parentSchema:schema43.properties.others.properties.slack.items.properties.admin,data:data111};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data102.owner !== undefined){let data112 = data102.owner;if(typeof data112 !== "boolean"){const err196 = {instancePath:instancePath+"/others/slack/" + i36+"/owner",schemaPath:"#/properties/others/properties/slack/items/properties/owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.slack.items.properties.owner.type,parentSchema:schema43.properties.others.properties.slack.items.properties.owner,data:data112};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}if(data102.primary_owner !== undefined){let data113 = data102.primary_owner;if(typeof data113 !== "boolean"){const err197 = {instancePath:instancePath+"/others/slack/" + i36+"/primary_owner",schemaPath:"#/properties/others/properties/slack/items/properties/primary_owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.slack.items.properties.primary_owner.type,parentSchema:schema43.properties.others.properties.slack.items.properties.primary_owner,data:data113};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data102.bot !== undefined){let data114 = data102.bot;if(typeof data114 !== "boolean"){const err198 = {instancePath:instancePath+"/others/slack/" + i36+"/bot",schemaPath:"#/properties/others/properties/slack/items/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.slack.items.properties.bot.type,parentSchema:schema43.properties.others.properties.slack.items.properties.bot,data:data114};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data102.guest !== undefined){let data115 = data102.guest;if(typeof data115 !== "boolean"){const err199 = {instancePath:instancePath+"/others/slack/" + i36+"/guest",schemaPath:"#/properties/others/properties/slack/items/properties/guest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.slack.items.properties.guest.type,parentSchema:schema43.properties.others.properties.slack.items.properties.guest,data:data115};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}for(const key28 in data102){if(((((((((((key28 !== "id") && (key28 !== "name")) && (key28 !== "email")) && (key28 !== "admin")) && (key28 !== "owner")) && (key28 !== "primary_owner")) && (key28 !== "bot")) && (key28 !== "guest")) && (key28 !== "usergroups")) && (key28 !== "channels")) && (key28 !== "deactivated")){const err200 = {instancePath:instancePath+"/others/slack/" + i36,schemaPath:"#/properties/others/properties/slack/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key28},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.slack.items,data:data102};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}}else {const err201 = {instancePath:instancePath+"/others/slack/" + i36,schemaPath:"#/properties/others/properties/slack/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.slack.items.type,parentSchema:schema43.properties.others.properties.slack.items,data:data102};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}}else {const err202 = {instancePath:instancePath+"/others/slack",schemaPath:"#/properties/others/properties/slack/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.slack.type,parentSchema:schema43.properties.others.properties.slack,data:data101};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data84.scim !== undefined){let data116 = data84.scim;if(data116 && typeof data116 == "object" && !Array.isArray(data116)){for(const key29 in data116){let data117 = data116[key29];if(Array.isArray(data117)){const len25 = data117.length;for(let i41=0; i41<len25; i41++){let data118 = data117[i41];if(data118 && typeof data118 == "object" && !Array.isArray(data118)){if(data118.userName === undefined){const err203 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/required",keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'",schema:schema43.properties.others.properties.scim.additionalProperties.items.required,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items,data:data118};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}for(const key30 in data118){if(!((key30 === "userName") || (key30 === "active"))){const err204 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items,data:data118};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data118.userName !== undefined){let data119 = data118.userName;if(typeof data119 === "string"){if(func2(data119) < 1){const err205 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41+"/userName",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items.properties.userName,data:data119};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}else {const err206 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41+"/userName",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.scim.additionalProperties.items.properties.userName.type,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items.properties.userName,data:data119};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data118.active !== undefined){let data120 = data118.active;if(typeof data120 !== "boolean"){const err207 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41+"/active",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.others.properties.scim.additionalProperties.items.properties.active.type,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items.properties.active,data:data120};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}}else {const err208 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i41,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.scim.additionalProperties.items.type,parentSchema:schema43.properties.others.properties.scim.additionalProperties.items,data:data118};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}}else {const err209 = {instancePath:instancePath+"/others/scim/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/others/properties/scim/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.scim.additionalProperties.type,parentSchema:schema43.properties.others.properties.scim.additionalProperties,data:data117};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}}else {const err210 = {instancePath:instancePath+"/others/scim",schemaPath:"#/properties/others/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.scim.type,parentSchema:schema43.properties.others.properties.scim,data:data116};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data84.aws_sso !== undefined){let data121 = data84.aws_sso;if(Array.isArray(data121)){const len26 = data121.length;for(let i42=0; i42<len26; i42++){let data122 = data121[i42];if(!(validate29(data122, {instancePath:instancePath+"/others/aws_sso/" + i42,parentData:data121,parentDataProperty:i42,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}if(data122 && typeof data122 == "object" && !Array.isArray(data122)){if(data122.user === undefined){const err211 = {instancePath:instancePath+"/others/aws_sso/" + i42,schemaPath:"#/properties/others/properties/aws_sso/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema43.properties.others.properties.aws_sso.items.required,parentSchema:schema43.properties.others.properties.aws_sso.items,data:data122};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}if(data122.user !== undefined){let data123 = data122.user;if(typeof data123 === "string"){if(func2(data123) > 128){const err212 = {instancePath:instancePath+"/others/aws_sso/" + i42+"/user",schemaPath:"#/properties/others/properties/aws_sso/items/properties/user/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema43.properties.others.properties.aws_sso.items.properties.user,data:data123};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}if(func2(data123) < 1){const err213 = {instancePath:instancePath+"/others/aws_sso/" + i42+"/user",schemaPath:"#/properties/others/properties/aws_sso/items/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.aws_sso.items.properties.user,data:data123};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}else {const err214 = {instancePath:instancePath+"/others/aws_sso/" + i42+"/user",schemaPath:"#/properties/others/properties/aws_sso/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.aws_sso.items.properties.user.type,parentSchema:schema43.properties.others.properties.aws_sso.items.properties.user,data:data123};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data122.email !== undefined){let data124 = data122.email;if(typeof data124 === "string"){if(!(formats2.test(data124))){const err215 = {instancePath:instancePath+"/others/aws_sso/" + i42+"/email",schemaPath:"#/properties/others/properties/aws_sso/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.aws_sso.items.properties.email,data:data124};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}else {const err216 = {instancePath:instancePath+"/others/aws_sso/" + i42+"/email",schemaPath:"#/properties/others/properties/aws_sso/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.aws_sso.items.properties.email.type,parentSchema:schema43.properties.others.properties.aws_sso.items.properties.email,data:data124};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}for(const key31 in data122){if(((((key31 !== "user") && (key31 !== "email")) && (key31 !== "groups")) && (key31 !== "assignments")) && (key31 !== "disabled")){const err217 = {instancePath:instancePath+"/others/aws_sso/" + i42,schemaPath:"#/properties/others/properties/aws_sso/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key31},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.aws_sso.items,data:data122};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}}else {const err218 = {instancePath:instancePath+"/others/aws_sso/" + i42,schemaPath:"#/properties/others/properties/aws_sso/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.aws_sso.items.type,parentSchema:schema43.properties.others.properties.aws_sso.items,data:data122};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}}else {const err219 = {instancePath:instancePath+"/others/aws_sso",schemaPath:"#/properties/others/properties/aws_sso/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.aws_sso.type,parentSchema:schema43.properties.others.properties.aws_sso,data:data121};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}if(data84.okta !== undefined){let data125 = data84.okta;if(Array.isArray(data125)){const len27 = data125.length;for(let i43=0; i43<len27; i43++){let data126 = data125[i43];if(data126 && typeof data126 == "object" && !Array.isArray(data126)){if(data126.status !== undefined){let data127 = data126.status;if(!((((((data127 === "active") || (data127 === "suspended")) || (data127 === "deprovisioned")) || (data127 === "locked_out")) || (data127 === "staged")) || (data127 === "recovery"))){const err220 = {instancePath:instancePath+"/others/okta/" + i43+"/status",schemaPath:"#/$defs/oktaHolds/properties/status/enum",keyword:"enum",params:{allowedValues: schema62.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.status.enum,parentSchema:schema62.properties.status,data:data127};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data126.groups !== undefined){let data128 = data126.groups;if(Array.isArray(data128)){const len28 = data128.length;for(let i44=0; i44<len28; i44++){let data129 = data128[i44];if(typeof data129 === "string"){if(func2(data129) < 1){const err221 = {instancePath:instancePath+"/others/okta/" + i43+"/groups/" + i44,schemaPath:"#/$defs/oktaHolds/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.groups.items,data:data129};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}else {const err222 = {instancePath:instancePath+"/others/okta/" + i43+"/groups/" + i44,schemaPath:"#/$defs/oktaHolds/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.groups.items.type,parentSchema:schema62.properties.groups.items,data:data129};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}let i45 = data128.length;let j16;if(i45 > 1){const indices14 = {};for(;i45--;){let item14 = data128[i45];if(typeof item14 !== "string"){continue;}if(typeof indices14[item14] == "number"){j16 = indices14[item14];const err223 = {instancePath:instancePath+"/others/okta/" + i43+"/groups",schemaPath:"#/$defs/oktaHolds/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i45, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i45+" are identical)",schema:true,parentSchema:schema62.properties.groups,data:data128};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;break;}indices14[item14] = i45;}}}else {const err224 = {instancePath:instancePath+"/others/okta/" + i43+"/groups",schemaPath:"#/$defs/oktaHolds/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.groups.type,parentSchema:schema62.properties.groups,data:data128};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data126.apps !== undefined){let data130 = data126.apps;if(Array.isArray(data130)){const len29 = data130.length;for(let i46=0; i46<len29; i46++){let data131 = data130[i46];if(typeof data131 === "string"){if(func2(data131) < 1){const err225 = {instancePath:instancePath+"/others/okta/" + i43+"/apps/" + i46,schemaPath:"#/$defs/oktaHolds/properties/apps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.apps.items,data:data131};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}else {const err226 = {instancePath:instancePath+"/others/okta/" + i43+"/apps/" + i46,schemaPath:"#/$defs/oktaHolds/properties/apps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.apps.items.type,parentSchema:schema62.properties.apps.items,data:data131};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}let i47 = data130.length;let j17;if(i47 > 1){const indices15 = {};for(;i47--;){let item15 = data130[i47];if(typeof item15 !== "string"){continue;}if(typeof indices15[item15] == "number"){j17 = indices15[item15];const err227 = {instancePath:instancePath+"/others/okta/" + i43+"/apps",schemaPath:"#/$defs/oktaHolds/properties/apps/uniqueItems",keyword:"uniqueItems",params:{i: i47, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i47+" are identical)",schema:true,parentSchema:schema62.properties.apps,data:data130};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;break;}indices15[item15] = i47;}}}else {const err228 = {instancePath:instancePath+"/others/okta/" + i43+"/apps",schemaPath:"#/$defs/oktaHolds/properties/apps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.apps.type,parentSchema:schema62.properties.apps,data:data130};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data126.factors !== undefined){let data132 = data126.factors;if(Array.isArray(data132)){const len30 = data132.length;for(let i48=0; i48<len30; i48++){let data133 = data132[i48];if(!(((((((data133 === "push") || (data133 === "sms")) || (data133 === "call")) || (data133 === "email")) || (data133 === "totp")) || (data133 === "webauthn")) || (data133 === "question"))){const err229 = {instancePath:instancePath+"/others/okta/" + i43+"/factors/" + i48,schemaPath:"#/$defs/oktaHolds/properties/factors/items/enum",keyword:"enum",params:{allowedValues: schema62.properties.factors.items.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.factors.items.enum,parentSchema:schema62.properties.factors.items,data:data133};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}}else {const err230 = {instancePath:instancePath+"/others/okta/" + i43+"/factors",schemaPath:"#/$defs/oktaHolds/properties/factors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.factors.type,parentSchema:schema62.properties.factors,data:data132};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}if(data126.sessions !== undefined){let data134 = data126.sessions;if(!(((typeof data134 == "number") && (!(data134 % 1) && !isNaN(data134))) && (isFinite(data134)))){const err231 = {instancePath:instancePath+"/others/okta/" + i43+"/sessions",schemaPath:"#/$defs/oktaHolds/properties/sessions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.sessions.type,parentSchema:schema62.properties.sessions,data:data134};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}if((typeof data134 == "number") && (isFinite(data134))){if(data134 < 0 || isNaN(data134)){const err232 = {instancePath:instancePath+"/others/okta/" + i43+"/sessions",schemaPath:"#/$defs/oktaHolds/properties/sessions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.sessions,data:data134};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}}if(data126.grants !== undefined){let data135 = data126.grants;if(Array.isArray(data135)){const len31 = data135.length;for(let i49=0; i49<len31; i49++){let data136 = data135[i49];if(typeof data136 === "string"){if(func2(data136) < 1){const err233 = {instancePath:instancePath+"/others/okta/" + i43+"/grants/" + i49,schemaPath:"#/$defs/oktaHolds/properties/grants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.grants.items,data:data136};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}else {const err234 = {instancePath:instancePath+"/others/okta/" + i43+"/grants/" + i49,schemaPath:"#/$defs/oktaHolds/properties/grants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.grants.items.type,parentSchema:schema62.properties.grants.items,data:data136};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}let i50 = data135.length;let j18;if(i50 > 1){const indices16 = {};for(;i50--;){let item16 = data135[i50];if(typeof item16 !== "string"){continue;}if(typeof indices16[item16] == "number"){j18 = indices16[item16];const err235 = {instancePath:instancePath+"/others/okta/" + i43+"/grants",schemaPath:"#/$defs/oktaHolds/properties/grants/uniqueItems",keyword:"uniqueItems",params:{i: i50, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i50+" are identical)",schema:true,parentSchema:schema62.properties.grants,data:data135};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;break;}indices16[item16] = i50;}}}else {const err236 = {instancePath:instancePath+"/others/okta/" + i43+"/grants",schemaPath:"#/$defs/oktaHolds/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.grants.type,parentSchema:schema62.properties.grants,data:data135};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}if(data126.tokens !== undefined){let data137 = data126.tokens;if(Array.isArray(data137)){const len32 = data137.length;for(let i51=0; i51<len32; i51++){let data138 = data137[i51];if(typeof data138 === "string"){if(func2(data138) < 1){const err237 = {instancePath:instancePath+"/others/okta/" + i43+"/tokens/" + i51,schemaPath:"#/$defs/oktaHolds/properties/tokens/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.tokens.items,data:data138};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}else {const err238 = {instancePath:instancePath+"/others/okta/" + i43+"/tokens/" + i51,schemaPath:"#/$defs/oktaHolds/properties/tokens/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.tokens.items.type,parentSchema:schema62.properties.tokens.items,data:data138};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}let i52 = data137.length;let j19;if(i52 > 1){const indices17 = {};for(;i52--;){let item17 = data137[i52];if(typeof item17 !== "string"){continue;}if(typeof indices17[item17] == "number"){j19 = indices17[item17];const err239 = {instancePath:instancePath+"/others/okta/" + i43+"/tokens",schemaPath:"#/$defs/oktaHolds/properties/tokens/uniqueItems",keyword:"uniqueItems",params:{i: i52, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i52+" are identical)",schema:true,parentSchema:schema62.properties.tokens,data:data137};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;break;}indices17[item17] = i52;}}}else {const err240 = {instancePath:instancePath+"/others/okta/" + i43+"/tokens",schemaPath:"#/$defs/oktaHolds/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.tokens.type,parentSchema:schema62.properties.tokens,data:data137};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data126.admin !== undefined){let data139 = data126.admin;if(Array.isArray(data139)){const len33 = data139.length;for(let i53=0; i53<len33; i53++){let data140 = data139[i53];if(!(((((((((data140 === "super_admin") || (data140 === "org_admin")) || (data140 === "app_admin")) || (data140 === "user_admin")) || (data140 === "group_membership_admin")) || (data140 === "help_desk_admin")) || (data140 === "read_only_admin")) || (data140 === "report_admin")) || (data140 === "api_access_management_admin"))){const err241 = {instancePath:instancePath+"/others/okta/" + i43+"/admin/" + i53,schemaPath:"#/$defs/oktaHolds/properties/admin/items/enum",keyword:"enum",params:{allowedValues: schema62.properties.admin.items.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.admin.items.enum,parentSchema:schema62.properties.admin.items,data:data140};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}let i54 = data139.length;let j20;if(i54 > 1){outer2:for(;i54--;){for(j20 = i54; j20--;){if(func0(data139[i54], data139[j20])){const err242 = {instancePath:instancePath+"/others/okta/" + i43+"/admin",schemaPath:"#/$defs/oktaHolds/properties/admin/uniqueItems",keyword:"uniqueItems",params:{i: i54, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i54+" are identical)",schema:true,parentSchema:schema62.properties.admin,data:data139};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;break outer2;}}}}}else {const err243 = {instancePath:instancePath+"/others/okta/" + i43+"/admin",schemaPath:"#/$defs/oktaHolds/properties/admin/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.admin.type,parentSchema:schema62.properties.admin,data:data139};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}}else {const err244 = {instancePath:instancePath+"/others/okta/" + i43,schemaPath:"#/$defs/oktaHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data126};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}if(data126 && typeof data126 == "object" && !Array.isArray(data126)){if(data126.login === undefined){const err245 = {instancePath:instancePath+"/others/okta/" + i43,schemaPath:"#/properties/others/properties/okta/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema43.properties.others.properties.okta.items.required,parentSchema:schema43.properties.others.properties.okta.items,data:data126};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}if(data126.login !== undefined){let data141 = data126.login;if(typeof data141 === "string"){if(func2(data141) < 1){const err246 = {instancePath:instancePath+"/others/okta/" + i43+"/login",schemaPath:"#/properties/others/properties/okta/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.okta.items.properties.login,data:data141};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}else {const err247 = {instancePath:instancePath+"/others/okta/" + i43+"/login",schemaPath:"#/properties/others/properties/okta/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.okta.items.properties.login.type,parentSchema:schema43.properties.others.properties.okta.items.properties.login,data:data141};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}if(data126.email !== undefined){let data142 = data126.email;if(typeof data142 === "string"){if(!(formats2.test(data142))){const err248 = {instancePath:instancePath+"/others/okta/" + i43+"/email",schemaPath:"#/properties/others/properties/okta/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.okta.items.properties.email,data:data142};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}else {const err249 = {instancePath:instancePath+"/others/okta/" + i43+"/email",schemaPath:"#/properties/others/properties/okta/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.okta.items.properties.email.type,parentSchema:schema43.properties.others.properties.okta.items.properties.email,data:data142};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}if(data126.name !== undefined){let data143 = data126.name;if(typeof data143 === "string"){if(func2(data143) < 1){const err250 = {instancePath:instancePath+"/others/okta/" + i43+"/name",schemaPath:"#/properties/others/properties/okta/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.okta.items.properties.name,data:data143};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}else {const err251 = {instancePath:instancePath+"/others/okta/" + i43+"/name",schemaPath:"#/properties/others/properties/okta/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.okta.items.properties.name.type,parentSchema:schema43.properties.others.properties.okta.items.properties.name,data:data143};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}for(const key32 in data126){if(((((((((((key32 !== "login") && (key32 !== "email")) && (key32 !== "name")) && (key32 !== "status")) && (key32 !== "groups")) && (key32 !== "apps")) && (key32 !== "factors")) && (key32 !== "sessions")) && (key32 !== "grants")) && (key32 !== "tokens")) && (key32 !== "admin")){const err252 = {instancePath:instancePath+"/others/okta/" + i43,schemaPath:"#/properties/others/properties/okta/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key32},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.okta.items,data:data126};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}}else {const err253 = {instancePath:instancePath+"/others/okta/" + i43,schemaPath:"#/properties/others/properties/okta/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.okta.items.type,parentSchema:schema43.properties.others.properties.okta.items,data:data126};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}}else {const err254 = {instancePath:instancePath+"/others/okta",schemaPath:"#/properties/others/properties/okta/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.okta.type,parentSchema:schema43.properties.others.properties.okta,data:data125};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}if(data84.entra !== undefined){let data144 = data84.entra;if(Array.isArray(data144)){const len34 = data144.length;for(let i55=0; i55<len34; i55++){let data145 = data144[i55];if(!(validate31(data145, {instancePath:instancePath+"/others/entra/" + i55,parentData:data144,parentDataProperty:i55,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}if(data145 && typeof data145 == "object" && !Array.isArray(data145)){if(data145.userPrincipalName === undefined){const err255 = {instancePath:instancePath+"/others/entra/" + i55,schemaPath:"#/properties/others/properties/entra/items/required",keyword:"required",params:{missingProperty: "userPrincipalName"},message:"must have required property '"+"userPrincipalName"+"'",schema:schema43.properties.others.properties.entra.items.required,parentSchema:schema43.properties.others.properties.entra.items,data:data145};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}if(data145.userPrincipalName !== undefined){let data146 = data145.userPrincipalName;if(typeof data146 === "string"){if(!pattern43.test(data146)){const err256 = {instancePath:instancePath+"/others/entra/" + i55+"/userPrincipalName",schemaPath:"#/properties/others/properties/entra/items/properties/userPrincipalName/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema43.properties.others.properties.entra.items.properties.userPrincipalName,data:data146};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}else {const err257 = {instancePath:instancePath+"/others/entra/" + i55+"/userPrincipalName",schemaPath:"#/properties/others/properties/entra/items/properties/userPrincipalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.entra.items.properties.userPrincipalName.type,parentSchema:schema43.properties.others.properties.entra.items.properties.userPrincipalName,data:data146};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}if(data145.name !== undefined){let data147 = data145.name;if(typeof data147 === "string"){if(func2(data147) < 1){const err258 = {instancePath:instancePath+"/others/entra/" + i55+"/name",schemaPath:"#/properties/others/properties/entra/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.entra.items.properties.name,data:data147};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}}else {const err259 = {instancePath:instancePath+"/others/entra/" + i55+"/name",schemaPath:"#/properties/others/properties/entra/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.entra.items.properties.name.type,parentSchema:schema43.properties.others.properties.entra.items.properties.name,data:data147};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}}if(data145.mail !== undefined){let data148 = data145.mail;if(typeof data148 === "string"){if(!pattern43.test(data148)){const err260 = {instancePath:instancePath+"/others/entra/" + i55+"/mail",schemaPath:"#/properties/others/properties/entra/items/properties/mail/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema43.properties.others.properties.entra.items.properties.mail,data:data148};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}else {const err261 = {instancePath:instancePath+"/others/entra/" + i55+"/mail",schemaPath:"#/properties/others/properties/entra/items/properties/mail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.entra.items.properties.mail.type,parentSchema:schema43.properties.others.properties.entra.items.properties.mail,data:data148};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}}for(const key33 in data145){if(((((((((key33 !== "userPrincipalName") && (key33 !== "name")) && (key33 !== "mail")) && (key33 !== "enabled")) && (key33 !== "synced")) && (key33 !== "groups")) && (key33 !== "directory_roles")) && (key33 !== "app_roles")) && (key33 !== "methods")){const err262 = {instancePath:instancePath+"/others/entra/" + i55,schemaPath:"#/properties/others/properties/entra/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key33},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.entra.items,data:data145};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}}else {const err263 = {instancePath:instancePath+"/others/entra/" + i55,schemaPath:"#/properties/others/properties/entra/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.entra.items.type,parentSchema:schema43.properties.others.properties.entra.items,data:data145};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}}else {const err264 = {instancePath:instancePath+"/others/entra",schemaPath:"#/properties/others/properties/entra/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.entra.type,parentSchema:schema43.properties.others.properties.entra,data:data144};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}}if(data84.google !== undefined){let data149 = data84.google;if(Array.isArray(data149)){const len35 = data149.length;for(let i56=0; i56<len35; i56++){let data150 = data149[i56];if(data150 && typeof data150 == "object" && !Array.isArray(data150)){if(data150.groups !== undefined){let data151 = data150.groups;if(Array.isArray(data151)){const len36 = data151.length;for(let i57=0; i57<len36; i57++){let data152 = data151[i57];if(typeof data152 === "string"){if(!(formats2.test(data152))){const err265 = {instancePath:instancePath+"/others/google/" + i56+"/groups/" + i57,schemaPath:"#/$defs/googleHolds/properties/groups/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema65.properties.groups.items,data:data152};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}else {const err266 = {instancePath:instancePath+"/others/google/" + i56+"/groups/" + i57,schemaPath:"#/$defs/googleHolds/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.groups.items.type,parentSchema:schema65.properties.groups.items,data:data152};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}let i58 = data151.length;let j21;if(i58 > 1){const indices18 = {};for(;i58--;){let item18 = data151[i58];if(typeof item18 !== "string"){continue;}if(typeof indices18[item18] == "number"){j21 = indices18[item18];const err267 = {instancePath:instancePath+"/others/google/" + i56+"/groups",schemaPath:"#/$defs/googleHolds/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i58, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i58+" are identical)",schema:true,parentSchema:schema65.properties.groups,data:data151};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;break;}indices18[item18] = i58;}}}else {const err268 = {instancePath:instancePath+"/others/google/" + i56+"/groups",schemaPath:"#/$defs/googleHolds/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.groups.type,parentSchema:schema65.properties.groups,data:data151};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data150.aliases !== undefined){let data153 = data150.aliases;if(Array.isArray(data153)){const len37 = data153.length;for(let i59=0; i59<len37; i59++){let data154 = data153[i59];if(typeof data154 === "string"){if(!(formats2.test(data154))){const err269 = {instancePath:instancePath+"/others/google/" + i56+"/aliases/" + i59,schemaPath:"#/$defs/googleHolds/properties/aliases/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema65.properties.aliases.items,data:data154};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}else {const err270 = {instancePath:instancePath+"/others/google/" + i56+"/aliases/" + i59,schemaPath:"#/$defs/googleHolds/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.aliases.items.type,parentSchema:schema65.properties.aliases.items,data:data154};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}let i60 = data153.length;let j22;if(i60 > 1){const indices19 = {};for(;i60--;){let item19 = data153[i60];if(typeof item19 !== "string"){continue;}if(typeof indices19[item19] == "number"){j22 = indices19[item19];const err271 = {instancePath:instancePath+"/others/google/" + i56+"/aliases",schemaPath:"#/$defs/googleHolds/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i60, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i60+" are identical)",schema:true,parentSchema:schema65.properties.aliases,data:data153};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;break;}indices19[item19] = i60;}}}else {const err272 = {instancePath:instancePath+"/others/google/" + i56+"/aliases",schemaPath:"#/$defs/googleHolds/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.aliases.type,parentSchema:schema65.properties.aliases,data:data153};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}if(data150.oauth_apps !== undefined){let data155 = data150.oauth_apps;if(Array.isArray(data155)){const len38 = data155.length;for(let i61=0; i61<len38; i61++){let data156 = data155[i61];if(typeof data156 === "string"){if(func2(data156) < 1){const err273 = {instancePath:instancePath+"/others/google/" + i56+"/oauth_apps/" + i61,schemaPath:"#/$defs/googleHolds/properties/oauth_apps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.oauth_apps.items,data:data156};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}}else {const err274 = {instancePath:instancePath+"/others/google/" + i56+"/oauth_apps/" + i61,schemaPath:"#/$defs/googleHolds/properties/oauth_apps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.oauth_apps.items.type,parentSchema:schema65.properties.oauth_apps.items,data:data156};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}let i62 = data155.length;let j23;if(i62 > 1){const indices20 = {};for(;i62--;){let item20 = data155[i62];if(typeof item20 !== "string"){continue;}if(typeof indices20[item20] == "number"){j23 = indices20[item20];const err275 = {instancePath:instancePath+"/others/google/" + i56+"/oauth_apps",schemaPath:"#/$defs/googleHolds/properties/oauth_apps/uniqueItems",keyword:"uniqueItems",params:{i: i62, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i62+" are identical)",schema:true,parentSchema:schema65.properties.oauth_apps,data:data155};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;break;}indices20[item20] = i62;}}}else {const err276 = {instancePath:instancePath+"/others/google/" + i56+"/oauth_apps",schemaPath:"#/$defs/googleHolds/properties/oauth_apps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.oauth_apps.type,parentSchema:schema65.properties.oauth_apps,data:data155};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}if(data150.app_passwords !== undefined){let data157 = data150.app_passwords;if(Array.isArray(data157)){const len39 = data157.length;for(let i63=0; i63<len39; i63++){let data158 = data157[i63];if(typeof data158 === "string"){if(func2(data158) < 1){const err277 = {instancePath:instancePath+"/others/google/" + i56+"/app_passwords/" + i63,schemaPath:"#/$defs/googleHolds/properties/app_passwords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.app_passwords.items,data:data158};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}else {const err278 = {instancePath:instancePath+"/others/google/" + i56+"/app_passwords/" + i63,schemaPath:"#/$defs/googleHolds/properties/app_passwords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.app_passwords.items.type,parentSchema:schema65.properties.app_passwords.items,data:data158};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}let i64 = data157.length;let j24;if(i64 > 1){const indices21 = {};for(;i64--;){let item21 = data157[i64];if(typeof item21 !== "string"){continue;}if(typeof indices21[item21] == "number"){j24 = indices21[item21];const err279 = {instancePath:instancePath+"/others/google/" + i56+"/app_passwords",schemaPath:"#/$defs/googleHolds/properties/app_passwords/uniqueItems",keyword:"uniqueItems",params:{i: i64, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i64+" are identical)",schema:true,parentSchema:schema65.properties.app_passwords,data:data157};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;break;}indices21[item21] = i64;}}}else {const err280 = {instancePath:instancePath+"/others/google/" + i56+"/app_passwords",schemaPath:"#/$defs/googleHolds/properties/app_passwords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.app_passwords.type,parentSchema:schema65.properties.app_passwords,data:data157};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}if(data150.backup_codes !== undefined){let data159 = data150.backup_codes;if(typeof data159 !== "boolean"){const err281 = {instancePath:instancePath+"/others/google/" + i56+"/backup_codes",schemaPath:"#/$defs/googleHolds/properties/backup_codes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.backup_codes.type,parentSchema:schema65.properties.backup_codes,data:data159};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}if(data150.super_admin !== undefined){let data160 = data150.super_admin;if(typeof data160 !== "boolean"){const err282 = {instancePath:instancePath+"/others/google/" + i56+"/super_admin",schemaPath:"#/$defs/googleHolds/properties/super_admin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.super_admin.type,parentSchema:schema65.properties.super_admin,data:data160};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data150.admin_roles !== undefined){let data161 = data150.admin_roles;if(Array.isArray(data161)){const len40 = data161.length;for(let i65=0; i65<len40; i65++){let data162 = data161[i65];if(typeof data162 === "string"){if(func2(data162) < 1){const err283 = {instancePath:instancePath+"/others/google/" + i56+"/admin_roles/" + i65,schemaPath:"#/$defs/googleHolds/properties/admin_roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.admin_roles.items,data:data162};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}}else {const err284 = {instancePath:instancePath+"/others/google/" + i56+"/admin_roles/" + i65,schemaPath:"#/$defs/googleHolds/properties/admin_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.admin_roles.items.type,parentSchema:schema65.properties.admin_roles.items,data:data162};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}let i66 = data161.length;let j25;if(i66 > 1){const indices22 = {};for(;i66--;){let item22 = data161[i66];if(typeof item22 !== "string"){continue;}if(typeof indices22[item22] == "number"){j25 = indices22[item22];const err285 = {instancePath:instancePath+"/others/google/" + i56+"/admin_roles",schemaPath:"#/$defs/googleHolds/properties/admin_roles/uniqueItems",keyword:"uniqueItems",params:{i: i66, j: j25},message:"must NOT have duplicate items (items ## "+j25+" and "+i66+" are identical)",schema:true,parentSchema:schema65.properties.admin_roles,data:data161};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;break;}indices22[item22] = i66;}}}else {const err286 = {instancePath:instancePath+"/others/google/" + i56+"/admin_roles",schemaPath:"#/$defs/googleHolds/properties/admin_roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.admin_roles.type,parentSchema:schema65.properties.admin_roles,data:data161};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}}if(data150.suspended !== undefined){let data163 = data150.suspended;if(typeof data163 !== "boolean"){const err287 = {instancePath:instancePath+"/others/google/" + i56+"/suspended",schemaPath:"#/$defs/googleHolds/properties/suspended/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.suspended.type,parentSchema:schema65.properties.suspended,data:data163};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}}if(data150.drive_files !== undefined){let data164 = data150.drive_files;if(!(((typeof data164 == "number") && (!(data164 % 1) && !isNaN(data164))) && (isFinite(data164)))){const err288 = {instancePath:instancePath+"/others/google/" + i56+"/drive_files",schemaPath:"#/$defs/googleHolds/properties/drive_files/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.drive_files.type,parentSchema:schema65.properties.drive_files,data:data164};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}if((typeof data164 == "number") && (isFinite(data164))){if(data164 < 0 || isNaN(data164)){const err289 = {instancePath:instancePath+"/others/google/" + i56+"/drive_files",schemaPath:"#/$defs/googleHolds/properties/drive_files/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.drive_files,data:data164};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}}}}else {const err290 = {instancePath:instancePath+"/others/google/" + i56,schemaPath:"#/$defs/googleHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data150};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}if(data150 && typeof data150 == "object" && !Array.isArray(data150)){if(data150.email === undefined){const err291 = {instancePath:instancePath+"/others/google/" + i56,schemaPath:"#/properties/others/properties/google/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema43.properties.others.properties.google.items.required,parentSchema:schema43.properties.others.properties.google.items,data:data150};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}if(data150.email !== undefined){let data165 = data150.email;if(typeof data165 === "string"){if(!(formats2.test(data165))){const err292 = {instancePath:instancePath+"/others/google/" + i56+"/email",schemaPath:"#/properties/others/properties/google/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema43.properties.others.properties.google.items.properties.email,data:data165};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}else {const err293 = {instancePath:instancePath+"/others/google/" + i56+"/email",schemaPath:"#/properties/others/properties/google/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.google.items.properties.email.type,parentSchema:schema43.properties.others.properties.google.items.properties.email,data:data165};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}if(data150.name !== undefined){let data166 = data150.name;if(typeof data166 === "string"){if(func2(data166) < 1){const err294 = {instancePath:instancePath+"/others/google/" + i56+"/name",schemaPath:"#/properties/others/properties/google/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.others.properties.google.items.properties.name,data:data166};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}else {const err295 = {instancePath:instancePath+"/others/google/" + i56+"/name",schemaPath:"#/properties/others/properties/google/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.others.properties.google.items.properties.name.type,parentSchema:schema43.properties.others.properties.google.items.properties.name,data:data166};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}for(const key34 in data150){if(((((((((((key34 !== "email") && (key34 !== "name")) && (key34 !== "groups")) && (key34 !== "aliases")) && (key34 !== "oauth_apps")) && (key34 !== "app_passwords")) && (key34 !== "backup_codes")) && (key34 !== "super_admin")) && (key34 !== "admin_roles")) && (key34 !== "suspended")) && (key34 !== "drive_files")){const err296 = {instancePath:instancePath+"/others/google/" + i56,schemaPath:"#/properties/others/properties/google/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key34},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema43.properties.others.properties.google.items,data:data150};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}}else {const err297 = {instancePath:instancePath+"/others/google/" + i56,schemaPath:"#/properties/others/properties/google/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.properties.google.items.type,parentSchema:schema43.properties.others.properties.google.items,data:data150};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}}}else {const err298 = {instancePath:instancePath+"/others/google",schemaPath:"#/properties/others/properties/google/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.others.properties.google.type,parentSchema:schema43.properties.others.properties.google,data:data149};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}}}else {const err299 = {instancePath:instancePath+"/others",schemaPath:"#/properties/others/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.others.type,parentSchema:schema43.properties.others,data:data84};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}}if(data.faults !== undefined){let data167 = data.faults;if(Array.isArray(data167)){const len41 = data167.length;for(let i67=0; i67<len41; i67++){let data168 = data167[i67];if(typeof data168 === "string"){if(func2(data168) < 3){const err300 = {instancePath:instancePath+"/faults/" + i67,schemaPath:"#/properties/faults/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema43.properties.faults.items,data:data168};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}}else {const err301 = {instancePath:instancePath+"/faults/" + i67,schemaPath:"#/properties/faults/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.faults.items.type,parentSchema:schema43.properties.faults.items,data:data168};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}}}else {const err302 = {instancePath:instancePath+"/faults",schemaPath:"#/properties/faults/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.faults.type,parentSchema:schema43.properties.faults,data:data167};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}}}else {const err303 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./schemas/person.schema.json
const person_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:person","title":"offboard access/people/<id>.yaml","description":"One person and the accounts they hold.","type":"object","additionalProperties":false,"required":["id","name","email","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, \'.\', \'_\' or \'-\', at most 63 characters, equal to the file name without .yaml"},"name":{"type":"string","minLength":1,"description":"the person\'s full name"},"email":{"type":"string","format":"email","description":"work email, e.g. alice@acme.example"},"status":{"enum":["active","departed"],"description":"active, or departed to revoke everything"},"departed_on":{"type":"string","format":"date","description":"the departure date as YYYY-MM-DD, required when status is departed"},"roles":{"type":"array","uniqueItems":true,"description":"ids of files in roles/","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"an id of files in roles/"}},"accounts":{"type":"object","additionalProperties":false,"description":"the person\'s accounts, per platform","properties":{"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login"},"aws":{"oneOf":[{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"an IAM user name (in every account of aws.accounts)"},{"type":"object","minProperties":1,"additionalProperties":false,"patternProperties":{"^[0-9]{12}$":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"an IAM user name in that account"}},"description":"account id -> IAM user name, for someone with a user in only some accounts of aws.accounts or another name in some (ids quoted: \\"123456789012\\": alice)"}],"description":"IAM user name, or one per account of aws.accounts"},"slack":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"Slack member id, e.g. U0ALICE01"},"scim":{"type":"object","description":"SCIM app name -> userName in that app","additionalProperties":{"type":"string","minLength":1}},"aws_sso":{"type":"string","minLength":1,"maxLength":128,"description":"Identity Store user name (UserName); when absent the tool looks the person up by email"},"entra":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$","maxLength":113,"description":"the person\'s user principal name in Entra ID, e.g. alice@acme.onmicrosoft.com (compared without regard to case); when absent the person is looked up by email"},"google":{"type":"string","format":"email","description":"primary email of the person\'s Google Workspace account (when absent, the person\'s email is looked up: primary or alias)"},"okta":{"type":"string","minLength":1,"maxLength":100,"pattern":"^(?!\\\\.{1,2}$)[^\\\\s/\\\\\\\\]+$","description":"Okta login (compared case-insensitively), e.g. alice@acme.example"}}}},"if":{"properties":{"status":{"const":"departed"}},"required":["status"]},"then":{"required":["departed_on"]},"else":{"not":{"required":["departed_on"]}}}');
;// CONCATENATED MODULE: ./schemas/platforms.schema.json
const platforms_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:platforms","title":"offboard access/platforms.yaml","description":"Which platforms offboard manages, their settings, and the safety policy. Only the platform blocks present are managed.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Format version: 1."},"github":{"type":"object","description":"GitHub: one organization (org) or several (orgs), optionally in an enterprise.","additionalProperties":false,"properties":{"org":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"the organization\'s login, e.g. acme (one organization; orgs names several)"},"orgs":{"type":"array","minItems":1,"uniqueItems":true,"description":"the organizations\' logins, each with its own GitHub App installation (instead of org)","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"an organization\'s login"}},"protected":{"type":"array","uniqueItems":true,"description":"logins the tool never removes or demotes","items":{"type":"string","minLength":1,"description":"a login the tool never removes or demotes"}},"repository_scan_limit":{"type":"integer","minimum":0,"maximum":100000,"description":"how many repositories to scan for deploy keys a departing person added (default 200)"},"enterprise":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$","maxLength":60,"description":"the enterprise\'s slug: a departure ends by removing the person from it"},"emu":{"type":"boolean","description":"Enterprise Managed Users: deprovision through the enterprise\'s SCIM API instead of removing memberships (needs enterprise)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for GitHub"}}},"aws":{"type":"object","description":"An AWS account\'s IAM users.","additionalProperties":false,"properties":{"on_departure":{"enum":["delete","disable"],"description":"delete the IAM user, or keep it disabled (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny sessions issued before the departure (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"IAM user names never touched","items":{"type":"string","minLength":1,"description":"IAM user names never touched"}},"stale_key_days":{"type":"integer","minimum":1,"description":"an access key unused for this many days is reported as stale (default 90)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for AWS IAM"},"accounts":{"type":"array","minItems":1,"description":"member accounts: one role assumed in each, and the person\'s IAM user revoked in every one of them (absent: the credentials\' own account only)","items":{"type":"object","additionalProperties":false,"required":["id","role_arn"],"description":"a member account and the role offboard assumes in it","properties":{"id":{"type":"string","pattern":"^[0-9]{12}$","description":"the 12-digit AWS account id, quoted: \\"123456789012\\""},"role_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$","description":"the role apply assumes in that account (and plan and audit, unless read_role_arn is set), e.g. arn:aws:iam::123456789012:role/offboard-apply"},"read_role_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$","description":"a read-only role plan and audit assume in that account instead, e.g. arn:aws:iam::123456789012:role/offboard-read"},"external_id":{"type":"string","pattern":"^[A-Za-z0-9+=,.@:/_-]{2,1224}$","description":"the external id the role\'s trust policy requires (sts:ExternalId), if it requires one"}}}}}},"slack":{"type":"object","description":"A Slack workspace or Enterprise Grid organization.","additionalProperties":false,"properties":{"deactivate_with":{"enum":["scim","admin","none"],"description":"how departing members are deactivated (default scim)"},"protected":{"type":"array","uniqueItems":true,"description":"member ids never touched","items":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"a member id never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Slack (its Web API and its SCIM API)"}}},"scim":{"type":"array","description":"SCIM 2.0 applications (Jira, PagerDuty, ...).","items":{"type":"object","additionalProperties":false,"required":["name","base_url","token_env"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$","description":"a short name: lowercase letters, digits, \'_\' or \'-\'"},"base_url":{"type":"string","format":"uri","pattern":"^https?://","description":"the SCIM base URL, e.g. https://api.example.com/scim/v2"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the token, never the token itself"},"on_departure":{"enum":["deactivate","delete"],"description":"what happens to a departing person\'s account (default deactivate)"},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for this app"}}}},"aws_sso":{"type":"object","description":"An IAM Identity Center instance: its Identity Store users, group memberships and account assignments.","additionalProperties":false,"required":["instance_arn","identity_store_id","region"],"properties":{"instance_arn":{"type":"string","pattern":"^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$","description":"the instance\'s ARN, e.g. arn:aws:sso:::instance/ssoins-1234567890abcdef (aws sso-admin list-instances)"},"identity_store_id":{"type":"string","pattern":"^(d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$","description":"the instance\'s identity store id, e.g. d-1234567890 (aws sso-admin list-instances)"},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"the instance\'s home region, e.g. eu-west-1"},"on_departure":{"enum":["delete","disable"],"description":"delete the Identity Store user, or keep it for a human to disable (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny the user\'s live role sessions in every permission set they can use, before anything else (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"Identity Store user names never touched","items":{"type":"string","minLength":1,"maxLength":128,"description":"an Identity Store user name never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for IAM Identity Center"}}},"entra":{"type":"object","description":"A Microsoft Entra ID tenant, managed through Microsoft Graph.","additionalProperties":false,"required":["tenant_id","client_id"],"properties":{"tenant_id":{"type":"string","pattern":"^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)$","description":"the directory (tenant) id, or a verified domain such as acme.onmicrosoft.com"},"client_id":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"the application (client) id of the app registration offboard signs in as"},"read_client_id":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"the application (client) id of a read-only app that plan and audit sign in as (github_oidc credentials only): its federated credential may trust pull requests while the writer\'s trusts the default branch only"},"credentials":{"description":"how the app proves its identity (default github_oidc: no stored secret)","oneOf":[{"type":"object","additionalProperties":false,"properties":{"type":{"const":"github_oidc","description":"workload identity federation with the GitHub Actions OIDC token"},"audience":{"type":"string","minLength":1,"description":"the audience the app\'s federated credential expects (default api://AzureADTokenExchange)"}}},{"type":"object","additionalProperties":false,"required":["type","secret_env"],"properties":{"type":{"const":"client_secret","description":"a client secret"},"secret_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"name of the environment variable holding the client secret"}}},{"type":"object","additionalProperties":false,"required":["type","certificate_env"],"properties":{"type":{"const":"certificate","description":"a certificate"},"certificate_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"name of the environment variable holding the PEM: private key and certificate"}}}]},"on_departure":{"enum":["disable","delete"],"description":"keep the user with sign-in blocked, or also delete it (a soft delete, restorable for 30 days) (default disable)"},"app_role_assignments":{"enum":["remove","manual"],"description":"remove a departing user\'s app role assignments (needs AppRoleAssignment.ReadWrite.All), or leave them to an administrator (default remove)"},"protected":{"type":"array","uniqueItems":true,"description":"user principal names (or object ids) the tool never touches","items":{"type":"string","minLength":1,"description":"a user principal name or object id the tool never touches"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Entra ID"}},"dependentSchemas":{"read_client_id":{"properties":{"credentials":{"type":"object","properties":{"type":{"const":"github_oidc"}}}}}}},"google":{"type":"object","description":"A Google Workspace customer, reached with domain-wide delegation (docs/google.md).","additionalProperties":false,"required":["admin"],"properties":{"customer_id":{"type":"string","pattern":"^(my_customer|C[0-9a-z]{5,})$","description":"the Workspace customer id (C01abc2de, in the Admin console under Account settings), or my_customer: the admin\'s own (default my_customer)"},"domain":{"type":"string","pattern":"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\\\.)+[a-z]{2,63}$","description":"audit only this domain\'s users, for a customer with several domains (default every domain)"},"admin":{"type":"string","format":"email","description":"the super admin the service account acts as (its primary email); never touched"},"credentials":{"description":"where the service account\'s credentials come from (default key_env: GOOGLE_SERVICE_ACCOUNT_KEY)","oneOf":[{"type":"object","additionalProperties":false,"required":["key_env"],"properties":{"key_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the service account key\'s JSON, never the key itself"}}},{"type":"object","additionalProperties":false,"required":["workload_identity"],"properties":{"workload_identity":{"type":"object","additionalProperties":false,"required":["audience","service_account"],"description":"keyless: the workflow\'s GitHub OIDC token, exchanged through workload identity federation","properties":{"audience":{"type":"string","pattern":"^//iam\\\\.googleapis\\\\.com/projects/[0-9]+/locations/global/workloadIdentityPools/[a-z0-9-]+/providers/[a-z0-9-]+$","description":"the provider, e.g. //iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/offboard"},"service_account":{"type":"string","pattern":"^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\\\\.iam\\\\.gserviceaccount\\\\.com$","description":"the service account with domain-wide delegation, e.g. offboard@acme-ops.iam.gserviceaccount.com"}}}}}]},"on_departure":{"enum":["suspend","delete"],"description":"suspend the departing person\'s account, or delete it after suspending it (default suspend)"},"transfer_drive_to":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"a person id: departing people\'s Drive files go to that person\'s Google account (Data Transfer API); default nobody"},"protected":{"type":"array","uniqueItems":true,"description":"primary emails the tool never touches","items":{"type":"string","format":"email","description":"a primary email the tool never touches"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Google"}}},"okta":{"type":"object","description":"An Okta org, reached with an API token or an API service app (OAuth 2.0 with a private key).","additionalProperties":false,"required":["org_url"],"properties":{"org_url":{"type":"string","format":"uri","pattern":"^https://[^/?#]+/?$","description":"the org\'s URL, e.g. https://acme.okta.com (or its custom domain), without a path"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding an API token, never the token itself"},"client_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{6,64}$","description":"the client id of an API service app that signs in with a private key"},"private_key_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the service app\'s private key (PEM or JWK), never the key itself"},"key_id":{"type":"string","minLength":1,"description":"the id (kid) of the service app\'s public key, when it has several"},"scopes":{"type":"array","minItems":1,"uniqueItems":true,"description":"the scopes apply asks for (default okta.users.manage, okta.groups.manage, okta.roles.read); plan and audit ask for the .read ones","items":{"type":"string","pattern":"^okta\\\\.[a-zA-Z]+\\\\.(read|manage)$","description":"an Okta API scope, e.g. okta.users.manage"}},"on_departure":{"enum":["suspend","deactivate","delete"],"description":"what happens to a departing person\'s user once sessions, tokens and groups are gone (default deactivate)"},"protected":{"type":"array","uniqueItems":true,"description":"logins never touched (break-glass admins, service users)","items":{"type":"string","minLength":1,"description":"a login never touched"}},"retry":{"$ref":"#/$defs/retry","description":"overrides policy.retry for Okta"}},"dependentRequired":{"client_id":["private_key_env"],"private_key_env":["client_id"],"key_id":["client_id"]}},"policy":{"type":"object","description":"Guards against mass revocation, how long platform calls may take, and how soon a departure must be revoked.","additionalProperties":false,"properties":{"max_departures_per_change":{"type":"integer","minimum":0,"description":"the most departures one change may contain (default 5)"},"max_departure_ratio":{"type":"number","minimum":0,"maximum":1,"description":"the largest fraction of active people one change may remove (default 0.2)"},"max_sweep_per_run":{"type":"integer","minimum":0,"description":"the most departed people one run of offboard sweep may revoke anything for (default 5)"},"revoke_within":{"type":"string","pattern":"^[1-9][0-9]{0,5}[mhd]$","description":"a duration: a whole number and m (minutes), h (hours) or d (days), e.g. 24h, 90m, 2d; how soon after a departure is requested its access must be verified gone (default 24h)"},"require_approval":{"type":"boolean","description":"apply only a change whose merged pull request has an approving review of its head commit by someone other than its author and the people it departs (default false)"},"retry":{"$ref":"#/$defs/retry","description":"how long one call to a platform may take, retries included (default 3 retries, 60 s, 20 s per attempt)"}}}},"$defs":{"retry":{"type":"object","additionalProperties":false,"properties":{"retries":{"type":"integer","minimum":0,"maximum":10,"description":"retries of a throttled or transiently failed call after its first attempt (default 3)"},"seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one call may take, every attempt and wait included (default 60)"},"attempt_seconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"the most one attempt may wait for an answer before it counts as failed (default 20)"}}}}}');
;// CONCATENATED MODULE: ./schemas/role.schema.json
const role_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:role","title":"offboard access/roles/<id>.yaml","description":"A role: the access it grants on each platform.","type":"object","additionalProperties":false,"required":["id","grants"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, \'.\', \'_\' or \'-\', at most 63 characters, equal to the file name without .yaml"},"description":{"type":"string"},"grants":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","additionalProperties":false,"properties":{"teams":{"type":"array","uniqueItems":true,"description":"team slugs (org/slug for a team of another organization than the first)","items":{"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"a team slug, or org/slug"}},"org_role":{"enum":["member","admin"],"description":"member or admin (default member)"}}},"aws":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"IAM group names","items":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,128}$","description":"an IAM group name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess","items":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$","description":"a managed policy ARN, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess"}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"usergroups":{"type":"array","uniqueItems":true,"description":"user group handles","items":{"type":"string","minLength":1,"description":"a user group handle"}},"channels":{"type":"array","uniqueItems":true,"description":"channel ids, e.g. C0BACKEND","items":{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$","description":"a channel id, e.g. C0BACKEND"}}}},"scim":{"type":"array","uniqueItems":true,"description":"names of SCIM apps (from platforms.yaml) where this role holds an account","items":{"type":"string","minLength":1,"description":"the name of a SCIM app configured in platforms.yaml"}},"aws_sso":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Identity Store group display names","items":{"type":"string","minLength":1,"maxLength":1024,"description":"an Identity Store group display name"}},"assignments":{"type":"array","uniqueItems":true,"description":"permission sets assigned to the user directly, each in one AWS account","items":{"type":"object","additionalProperties":false,"required":["account","permission_set"],"properties":{"account":{"type":"string","pattern":"^[0-9]{12}$","description":"a 12-digit AWS account id, quoted so that YAML keeps its leading zeros, e.g. \\"012345678901\\""},"permission_set":{"type":"string","pattern":"^[\\\\w+=,.@-]{1,32}$","description":"a permission set name, e.g. AdministratorAccess"}}}}}},"entra":{"type":"object","description":"What the role grants in Entra ID.","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"object ids of the Entra groups the role\'s people are direct members of","items":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$","description":"a group\'s object id (a GUID; display names are not unique)"}}}},"google":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Google group emails","items":{"type":"string","format":"email","description":"a Google group\'s email, e.g. engineering@acme.example"}}}},"okta":{"type":"object","additionalProperties":false,"required":["groups"],"properties":{"groups":{"type":"array","uniqueItems":true,"description":"Okta group names, as Okta spells them","items":{"type":"string","minLength":1,"maxLength":255,"description":"an Okta group name"}}}}}}}}');
;// CONCATENATED MODULE: ./schemas/scenario.schema.json
const scenario_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:scenario","title":"offboard sandbox scenario","description":"Who holds what on the simulated platforms beyond what the access declarations grant.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"github":{"type":"object","additionalProperties":false,"properties":{"saml_sso":{"type":"boolean","description":"the org uses SAML single sign-on (credential authorizations exist)"},"copilot":{"type":"boolean","description":"the org has a Copilot Business subscription"},"repos":{"type":"array","uniqueItems":true,"description":"more org repositories (the access repository is always there)","items":{"$ref":"#/$defs/name"}},"access_repo":{"$ref":"#/$defs/name","description":"name of the repository holding the access tree (default access)"},"token_owner":{"type":"string","minLength":1,"description":"login the sandbox token acts as: an org owner"},"enterprise":{"type":"object","additionalProperties":false,"description":"the enterprise of github.enterprise","properties":{"copilot":{"type":"boolean","description":"the enterprise assigns Copilot seats itself"}}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"member id the sandbox token belongs to: an admin"}}},"aws_sso":{"type":"object","additionalProperties":false,"properties":{"group_assignments":{"type":"object","description":"group display name -> the account assignments the group is given","additionalProperties":{"type":"array","items":{"$ref":"#/$defs/ssoAssignment"}}}}},"okta":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","minLength":1,"description":"login of the super administrator the sandbox\'s API token acts for (default: the first one)"},"app_groups":{"type":"array","uniqueItems":true,"description":"groups imported from a directory (APP_GROUP): Okta cannot change their members","items":{"type":"string","minLength":1}}}},"entra":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","description":"what the declared groups are like, and groups of the scenario\'s own (for nesting)","items":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/entraGuid"},"name":{"type":"string","minLength":1},"dynamic":{"type":"boolean"},"synced":{"type":"boolean"},"exchange":{"type":"boolean"},"role_assignable":{"type":"boolean"},"groups":{"type":"array","items":{"$ref":"#/$defs/entraGuid"}}}}},"permissions":{"type":"array","description":"the Graph application permissions the app holds (default: those docs/entra.md lists)","items":{"type":"string","pattern":"^[A-Za-z-]+(\\\\.[A-Za-z-]+)+$"}}}},"people":{"type":"object","description":"by person id: what each holds beyond what their roles grant","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","$ref":"#/$defs/githubHolds","unevaluatedProperties":false,"properties":{"orgs":{"type":"object","description":"what the person holds in the other organizations of github.orgs, by organization","additionalProperties":{"$ref":"#/$defs/githubHolds","type":"object","unevaluatedProperties":false}},"enterprise":{"$ref":"#/$defs/enterpriseHolds"}}},"aws":{"type":"object","$ref":"#/$defs/awsHolds","unevaluatedProperties":false},"slack":{"type":"object","$ref":"#/$defs/slackHolds","unevaluatedProperties":false},"scim":{"type":"object","description":"SCIM app name -> the person\'s account there","additionalProperties":{"enum":["active","inactive"]}},"aws_sso":{"type":"object","$ref":"#/$defs/ssoHolds","unevaluatedProperties":false},"okta":{"type":"object","$ref":"#/$defs/oktaHolds","unevaluatedProperties":false},"entra":{"type":"object","$ref":"#/$defs/entraHolds","unevaluatedProperties":false},"google":{"type":"object","$ref":"#/$defs/googleHolds","unevaluatedProperties":false}}}},"others":{"type":"object","additionalProperties":false,"description":"accounts no declaration names: bots, break-glass users, strays","properties":{"github":{"type":"array","items":{"$ref":"#/$defs/githubHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"name":{"type":"string"},"email":{"type":"string","format":"email"},"bot":{"type":"boolean"},"enterprise":{"$ref":"#/$defs/enterpriseHolds"}},"unevaluatedProperties":false}},"github_invitations":{"type":"array","description":"pending invitations to email addresses nobody declares","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email"},"role":{"$ref":"#/$defs/invitationRole"}}}},"aws":{"type":"array","items":{"$ref":"#/$defs/awsHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$"}},"unevaluatedProperties":false}},"slack":{"type":"array","items":{"$ref":"#/$defs/slackHolds","type":"object","required":["id","name"],"properties":{"id":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$"},"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"admin":{"type":"boolean"},"owner":{"type":"boolean"},"primary_owner":{"type":"boolean"},"bot":{"type":"boolean"},"guest":{"type":"boolean"}},"unevaluatedProperties":false}},"scim":{"type":"object","description":"SCIM app name -> its other users","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["userName"],"properties":{"userName":{"type":"string","minLength":1},"active":{"type":"boolean"}}}}},"aws_sso":{"type":"array","items":{"$ref":"#/$defs/ssoHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","minLength":1,"maxLength":128,"description":"an Identity Store user name"},"email":{"type":"string","format":"email"}},"unevaluatedProperties":false}},"okta":{"type":"array","items":{"$ref":"#/$defs/oktaHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"name":{"type":"string","minLength":1}},"unevaluatedProperties":false}},"entra":{"type":"array","items":{"$ref":"#/$defs/entraHolds","type":"object","required":["userPrincipalName"],"properties":{"userPrincipalName":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$"},"name":{"type":"string","minLength":1},"mail":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$"}},"unevaluatedProperties":false}},"google":{"type":"array","description":"Google Workspace users no declaration names","items":{"$ref":"#/$defs/googleHolds","type":"object","required":["email"],"properties":{"email":{"type":"string","format":"email","description":"the user\'s primary email"},"name":{"type":"string","minLength":1}},"unevaluatedProperties":false}}}},"faults":{"type":"array","description":"fault rules for the servers, as SERVER OPERATION = EFFECT..., e.g. \\"github GET /orgs/{org}/members = 500 times=1\\" (see docs/sandbox.md)","items":{"type":"string","minLength":3,"description":"SERVER OPERATION = EFFECT..."}}},"$defs":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, \'.\', \'_\' or \'-\'"},"date":{"type":"string","format":"date","description":"a date written YYYY-MM-DD"},"invitationRole":{"enum":["direct_member","admin"],"description":"direct_member or admin"},"githubHolds":{"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person\'s email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}},"enterpriseHolds":{"type":"object","additionalProperties":false,"description":"what the account holds in the enterprise","properties":{"member":{"type":"boolean","description":"holds one of its licenses (default: when it is in an organization)"},"copilot":{"type":"boolean","description":"a Copilot seat the enterprise assigns"}}},"awsHolds":{"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}},"slackHolds":{"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}},"ssoAssignment":{"type":"object","additionalProperties":false,"required":["account","permission_set"],"properties":{"account":{"type":"string","pattern":"^[0-9]{12}$","description":"a 12-digit AWS account id, quoted"},"permission_set":{"type":"string","pattern":"^[\\\\w+=,.@-]{1,32}$","description":"a permission set name"}}},"ssoHolds":{"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"Identity Store group display names","items":{"type":"string","minLength":1}},"assignments":{"type":"array","description":"direct account assignments","items":{"$ref":"#/$defs/ssoAssignment"}},"disabled":{"type":"boolean","description":"disabled in Identity Center (Disable user access)"}}},"oktaHolds":{"type":"object","properties":{"status":{"enum":["active","suspended","deprovisioned","locked_out","staged","recovery"]},"groups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"apps":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"factors":{"type":"array","items":{"enum":["push","sms","call","email","totp","webauthn","question"]}},"sessions":{"type":"integer","minimum":0},"grants":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"tokens":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"admin":{"type":"array","uniqueItems":true,"items":{"enum":["super_admin","org_admin","app_admin","user_admin","group_membership_admin","help_desk_admin","read_only_admin","report_admin","api_access_management_admin"]}}}},"entraGuid":{"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},"entraHolds":{"type":"object","properties":{"enabled":{"type":"boolean"},"synced":{"type":"boolean"},"groups":{"type":"array","items":{"$ref":"#/$defs/entraGuid"}},"directory_roles":{"type":"array","items":{"type":"string","minLength":1}},"app_roles":{"type":"array","items":{"type":"string","minLength":1}},"methods":{"type":"array","items":{"enum":["microsoftAuthenticator","fido2","phone","email","softwareOath","temporaryAccessPass","windowsHelloForBusiness"]}}}},"googleHolds":{"type":"object","properties":{"groups":{"type":"array","uniqueItems":true,"description":"group emails, beyond what the roles grant","items":{"type":"string","format":"email"}},"aliases":{"type":"array","uniqueItems":true,"items":{"type":"string","format":"email"}},"oauth_apps":{"type":"array","uniqueItems":true,"description":"third-party apps holding an OAuth token, by name","items":{"type":"string","minLength":1}},"app_passwords":{"type":"array","uniqueItems":true,"description":"application-specific passwords, by name","items":{"type":"string","minLength":1}},"backup_codes":{"type":"boolean","description":"backup verification codes were generated"},"super_admin":{"type":"boolean"},"admin_roles":{"type":"array","uniqueItems":true,"description":"prebuilt admin roles by name, e.g. Groups Admin","items":{"type":"string","minLength":1}},"suspended":{"type":"boolean"},"drive_files":{"type":"integer","minimum":0,"description":"files the user owns in Drive"}}}}}');
;// CONCATENATED MODULE: ./src/declarations/schema.ts

// Compiled ahead of time from schemas/*.schema.json (scripts/compile-schemas.mjs), so that
// starting the command line does not pay for ajv's compiler.





const validators = validators_namespaceObject;
/** The schemas themselves, for what an error's own subschema does not say ($ref targets). */
const schemas = {
    platforms: platforms_schema_namespaceObject,
    person: person_schema_namespaceObject,
    role: role_schema_namespaceObject,
    scenario: scenario_schema_namespaceObject
};
/** Schema problems of one parsed file, each at the YAML node it is about. */
function schemaProblems(kind, doc) {
    const validate = validators[kind];
    if (validate(doc.value))
        return [];
    const seen = new Set();
    const out = [];
    for (const err of fittingBranches(validate.errors ?? [])) {
        const described = describe(err, doc.value, schemas[kind]);
        if (!described)
            continue;
        const { line, column } = doc.locate(described.path, { key: described.atKey });
        const key = `${line}:${column}:${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ file: doc.file, line, column, message: described.message });
    }
    return out;
}
/** Of a oneOf's errors, only those of the branches the value's type fits: a name that breaks
 *  the name's pattern is not also told it is no mapping, nor that it matches no branch. When
 *  no branch fits the value's type, one error lists the types that would. */
function fittingBranches(errors) {
    const drop = new Set();
    const add = [];
    for (const oneOf of errors.filter(e => e.keyword === 'oneOf')) {
        const inside = (e) => e.schemaPath.startsWith(`${oneOf.schemaPath}/`);
        const misfits = errors.filter(e => inside(e) &&
            e.keyword === 'type' &&
            e.instancePath === oneOf.instancePath &&
            /^\/\d+\/type$/.test(e.schemaPath.slice(oneOf.schemaPath.length)));
        if (!misfits.length)
            continue;
        for (const e of [oneOf, ...misfits])
            drop.add(e);
        if (!errors.some(e => inside(e) && !misfits.includes(e)))
            add.push({ ...misfits[0], params: { type: misfits.map(e => e.params.type) } });
    }
    return [...errors.filter(e => !drop.has(e)), ...add];
}
function describe(err, root, schema) {
    const path = pointerToPath(err.instancePath);
    const field = fieldName(path);
    const value = valueAt(root, path);
    const hint = err.parentSchema?.description;
    const p = err.params;
    switch (err.keyword) {
        case 'if':
            return undefined; // the `then`/`else` error that follows says what is wrong
        case 'required': {
            const missing = String(p.missingProperty);
            if (missing === 'departed_on')
                return {
                    path,
                    message: 'status is departed: add departed_on: YYYY-MM-DD (the departure date)'
                };
            const inside = path.length === 0 ? 'the file' : field;
            const propHint = propertyDescription(err.parentSchema, missing);
            return {
                path,
                message: `${inside} is missing the required key "${missing}"${propHint ? ` (${propHint})` : ''}`
            };
        }
        case 'not':
            if (err.schemaPath.startsWith('#/else'))
                return {
                    path: [...path, 'departed_on'],
                    atKey: true,
                    message: 'departed_on is only allowed when status is departed: remove it, or set status: departed'
                };
            return { path, message: `${field} ${err.message ?? 'is not allowed'}` };
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(p.additionalProperty ?? p.unevaluatedProperty);
            const allowed = allowedKeys(err.parentSchema, schema);
            const suggestion = (0,suggest/* didYouMean */.a)(key, allowed);
            return {
                path: [...path, key],
                atKey: true,
                message: `unknown key "${key}" in ${path.length === 0 ? 'the file' : field}${suggestion ||
                    (allowed.length || !hint ? `: allowed keys are ${allowed.join(', ')}` : `: use ${hint}`)}`
            };
        }
        case 'type': {
            // A list of types (`accounts.aws`: a name, or a mapping of them) reads "text or ...".
            const expected = [p.type].flat().map(String).map(article).join(' or ');
            const quote = expected.startsWith(article('string')) &&
                (typeof value === 'number' || typeof value === 'boolean')
                ? ': put the value in quotes so YAML reads it as text'
                : '';
            return {
                path,
                message: `${path.length === 0 ? 'the file' : field} must be ${expected}, found ${kindOf(value)}${quote}`
            };
        }
        case 'const':
            return { path, message: `${field} must be ${JSON.stringify(p.allowedValue)}` };
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            return {
                path,
                message: `${field} must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}${(0,suggest/* didYouMean */.a)(String(value), allowed)}`
            };
        }
        case 'pattern':
            return {
                path,
                message: `${field} ${JSON.stringify(value)} is not valid${hint ? `: use ${hint}` : ''}`
            };
        case 'format': {
            const want = {
                email: 'an email address, e.g. alice@acme.example',
                date: 'a date written YYYY-MM-DD, e.g. 2026-11-20',
                uri: 'an absolute URL, e.g. https://example.com/scim/v2'
            };
            return {
                path,
                message: `${field} ${JSON.stringify(value)} is not ${want[String(p.format)] ?? `a valid ${String(p.format)}`}`
            };
        }
        case 'uniqueItems': {
            const list = value;
            const j = Number(p.j);
            return {
                path: [...path, Number(p.i)],
                message: `${field} lists ${JSON.stringify(list[j])} twice: remove the duplicate`
            };
        }
        case 'minLength':
            return { path, message: `${field} must not be empty` };
        case 'minimum':
        case 'maximum':
            return {
                path,
                message: `${field} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}, found ${String(value)}`
            };
        default:
            return { path, message: `${field} ${err.message ?? 'is not valid'}` };
    }
}
/** Keys a mapping's schema allows, those of a local `$ref` it builds on included. */
function allowedKeys(parentSchema, root) {
    const own = parentSchema;
    const ref = own.$ref?.startsWith('#/') ? valueAt(root, own.$ref.slice(2).split('/')) : undefined;
    return [
        ...Object.keys(ref?.properties ?? {}),
        ...Object.keys(own.properties ?? {})
    ];
}
function propertyDescription(parentSchema, name) {
    const props = parentSchema
        .properties;
    return props?.[name]?.description;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(s => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `accounts.github`, `roles[1]`. */
function fieldName(path) {
    return path.reduce((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}
function valueAt(root, path) {
    let v = root;
    for (const s of path)
        v = v?.[s];
    return v;
}
function kindOf(v) {
    if (v === null || v === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${article(typeof v)} (${JSON.stringify(v)})`;
}
function article(type) {
    const words = {
        object: 'a mapping (key: value lines)',
        array: 'a list',
        string: 'text',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        null: 'empty'
    };
    return words[type] ?? type;
}


/***/ }),

/***/ 40679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/** The closest candidate to a misspelt word, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3))
        ? best
        : undefined;
}
/** `, did you mean "x"?` or nothing. */
const didYouMean = (word, candidates) => {
    const c = closest(word, candidates);
    return c === undefined ? '' : `: did you mean "${c}"?`;
};
/** Edit distance where swapping two neighbouring letters counts as one edit (typos). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}


/***/ }),

/***/ 78106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ carefulParserLoaded),
/* harmony export */   UN: () => (/* binding */ locatable),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   yA: () => (/* binding */ loadCarefulParser)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33243);
// YAML with positions, hardened against hostile input: every problem becomes a Diagnostic
// with file, line and column, never an exception.


// The careful parser (`yaml`, with positions) loads only when a file needs it: a valid tree is
// read by the fast path alone, and starting the command line stays quick.
let careful;
/** Makes the careful parser available; parseYaml and locate need it for anything unusual. */
async function loadCarefulParser() {
    careful ??= await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
}
const carefulParserLoaded = () => careful !== undefined;
/** Aliases may be used, but not to blow up the document ("billion laughs"). */
const MAX_ALIAS_COUNT = 50;
/** Parses one file. Without the careful parser loaded, a file the fast path cannot read
 *  comes back with `needsCareful`: load it (loadCarefulParser) and parse again. */
function parseYaml(file, bytes) {
    const at = (line, column, message) => ({
        problems: [{ file, line, column, message }]
    });
    // ASCII is its own UTF-8 with no byte order mark: read as one-byte text, not decoded.
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes);
    let text;
    try {
        text = ascii ? bytes.toString('latin1') : decoded(bytes);
    }
    catch {
        return at(firstNonUtf8Line(bytes), 1, 'this line is not valid UTF-8: save the file as UTF-8 text');
    }
    const quick = quickParse(text, ascii ? bytes : undefined);
    if (quick)
        return {
            problems: [],
            parsed: lazilyLocated(file, text, quick.value, quick.start),
            ...(quick.plain ? { plain: true } : {})
        };
    if (!careful)
        return { problems: [], needsCareful: true };
    const { LineCounter, parseDocument } = careful;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const issues = [...doc.errors, ...doc.warnings];
    if (issues.length > 0) {
        return {
            problems: issues.map(e => {
                // An unclosed quote is detected at the end of the file; point at where it opens.
                const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
                const offset = quote ? Math.max(0, text.lastIndexOf(quote, e.pos[0] - 1)) : e.pos[0];
                const { line, column } = pos(offset);
                return { file, line, column, message: yamlMessage(e.code, e.message) };
            })
        };
    }
    if (doc.contents === null)
        return at(1, 1, 'the file is empty: it should declare a mapping of keys');
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        const message = err instanceof ReferenceError && /alias/i.test(err.message)
            ? `anchors and aliases expand too much (more than ${MAX_ALIAS_COUNT} expansions): write the values out`
            : `cannot read this YAML: ${err.message}`;
        return at(1, 1, message);
    }
    return {
        problems: [],
        parsed: lazilyLocated(file, text, value, pos(doc.contents.range?.[0] ?? 0))
    };
}
/** Most files are plain mappings of plain scalars and lists: the plain reader reads them, and
 *  js-yaml, several times faster than `yaml`, most of the rest. Anything else (anchors,
 *  aliases, tags, tabs, errors, several documents, not a mapping) takes the careful path,
 *  which has positions and bounds alias expansion. */
function quickParse(text, ascii) {
    // A line break of another kind would hide a line inside what reads as a comment.
    const plain = text.includes('\r') ? undefined : plainParse(text, ascii);
    if (plain)
        return plain;
    if (/[\t&*!%]|^---|^\.\.\./m.test(text))
        return undefined;
    try {
        const value = js_yaml__WEBPACK_IMPORTED_MODULE_1__/* ["default"].load */ .Ay.load(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_1__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { value: value, start: firstContent(text) }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Character classes of the plain reader, for ASCII: a key's first character, a key's, a
 *  word's (a word starts as a key does). Anything else (non-ASCII included) is not plain. */
const KEY_START = 1;
const KEY = 2;
const WORD = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_]/.test(ch))
        CLASS[c] |= KEY_START;
    if (/[A-Za-z0-9_-]/.test(ch))
        CLASS[c] |= KEY;
    if (/[A-Za-z0-9_@./+-]/.test(ch))
        CLASS[c] |= WORD;
}
const SPACE = 32;
const is = (text, i, kind) => {
    const c = text.charCodeAt(i);
    return c < 128 && (CLASS[c] & kind) !== 0;
};
/** What the core schema reads as null or a boolean, in any case (a superset: left to js-yaml). */
const NOT_TEXT = /^(?:null|true|false)$/i;
const notText = (text, from, to) => (to - from === 4 || to - from === 5) && NOT_TEXT.test(text.slice(from, to));
/** The end of a plain key starting at `from` (before `to`), or -1. */
function keyEnd(text, from, to) {
    if (from >= to || !is(text, from, KEY_START))
        return -1;
    let i = from + 1;
    while (i < to && is(text, i, KEY))
        i++;
    return i;
}
/** Whether text[from, to) is a plain word (no spaces around it): ASCII, no YAML indicator, no
 *  ':' or '#', starting with a letter (so nothing the core schema reads as a number), not
 *  null or a boolean; or a date. */
function isWord(text, from, to) {
    if (from >= to)
        return false;
    if (is(text, from, KEY_START)) {
        for (let i = from + 1; i < to; i++)
            if (!is(text, i, WORD) && text.charCodeAt(i) !== SPACE)
                return false;
        return !notText(text, from, to);
    }
    return to - from === 10 && isDate(text, from);
}
const digit = (text, i) => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
};
/** dddd-dd-dd */
const isDate = (text, i) => digit(text, i) &&
    digit(text, i + 1) &&
    digit(text, i + 2) &&
    digit(text, i + 3) &&
    text.charCodeAt(i + 4) === 45 &&
    digit(text, i + 5) &&
    digit(text, i + 6) &&
    text.charCodeAt(i + 7) === 45 &&
    digit(text, i + 8) &&
    digit(text, i + 9);
/** The files nearly every tree is made of, read in one pass over the text, several times
 *  faster than js-yaml and with less memory: mappings nested by indentation, whose values are
 *  plain words or dates, lists of them in brackets, or lists of them as `- ` lines; full-line
 *  comments. Anything else (quotes, numbers, booleans, a comment after a value, a value over
 *  several lines, a duplicate key...) is js-yaml's to read: undefined. What it returns,
 *  js-yaml returns too; with where the content starts. */
function plainParse(text, ascii) {
    const root = {};
    // The mappings open at this line, innermost last.
    const open = [{ indent: 0, map: root }];
    // A key with nothing after its colon: a mapping or a list below it, or null.
    let pending;
    let list;
    let start;
    let line = 0;
    // A slice of 13 characters or more is a view that keeps the whole text alive as long as the
    // value is (a person's strings, the text of every file of the tree): cut from the bytes of
    // an ASCII file (the same offsets), it is a string of its own.
    const cut = (from, to) => ascii && to - from >= 13 ? ascii.toString('latin1', from, to) : text.slice(from, to);
    const word = (from, to) => (isWord(text, from, to) ? cut(from, to) : undefined);
    for (let pos = 0; pos < text.length;) {
        let end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.length;
        line++;
        // The line's content is [i, e): without the spaces around it.
        let i = pos;
        while (text.charCodeAt(i) === SPACE)
            i++;
        let e = end;
        while (e > i && text.charCodeAt(e - 1) === SPACE)
            e--;
        const indent = i - pos;
        pos = end + 1;
        if (i === e || text.charCodeAt(i) === 35 /* # */)
            continue;
        start ??= { line, column: indent + 1 };
        if (text.charCodeAt(i) === 45 /* - */) {
            if (text.charCodeAt(i + 1) !== SPACE || i + 1 >= e)
                return undefined;
            let from = i + 2;
            while (text.charCodeAt(from) === SPACE)
                from++;
            const item = word(from, e);
            if (item === undefined)
                return undefined;
            if (pending && indent >= pending.indent) {
                list = { indent, items: [] };
                pending.map[pending.key] = list.items;
                pending = undefined;
            }
            else if (!list || indent !== list.indent)
                return undefined;
            list.items.push(item);
            continue;
        }
        list = undefined;
        if (pending && indent > pending.indent) {
            const map = {};
            pending.map[pending.key] = map;
            open.push({ indent, map });
        }
        pending = undefined;
        while (open[open.length - 1].indent > indent)
            open.pop();
        const { map, indent: at } = open[open.length - 1];
        if (at !== indent)
            return undefined;
        const colon = keyEnd(text, i, e);
        if (colon < 0 || text.charCodeAt(colon) !== 58 /* : */ || notText(text, i, colon))
            return undefined;
        const key = text.slice(i, colon);
        if (key === '__proto__' || Object.hasOwn(map, key))
            return undefined;
        // Set now, so that keys keep the file's order whatever their value turns out to be.
        map[key] = null;
        let v = colon + 1;
        if (v === e) {
            pending = { indent, map, key };
            continue;
        }
        if (text.charCodeAt(v) !== SPACE)
            return undefined;
        while (text.charCodeAt(v) === SPACE)
            v++;
        if (text.charCodeAt(v) === 91 /* [ */ && text.charCodeAt(e - 1) === 93 /* ] */) {
            const items = [];
            let from = v + 1;
            while (text.charCodeAt(from) === SPACE)
                from++;
            // `[ ]` is an empty list; otherwise items between commas, none of them empty.
            if (from < e - 1)
                for (;;) {
                    let comma = text.indexOf(',', from);
                    if (comma < 0 || comma > e - 1)
                        comma = e - 1;
                    let to = comma;
                    while (to > from && text.charCodeAt(to - 1) === SPACE)
                        to--;
                    const item = word(from, to);
                    if (item === undefined)
                        return undefined;
                    items.push(item);
                    if (comma === e - 1)
                        break;
                    from = comma + 1;
                    while (text.charCodeAt(from) === SPACE)
                        from++;
                }
            map[key] = items;
        }
        else {
            const value = word(v, e);
            if (value === undefined)
                return undefined;
            map[key] = value;
        }
    }
    return start ? { value: root, start, plain: true } : undefined;
}
/** Line and column of the first character that is not blank or a comment. */
function firstContent(text) {
    const match = /^([ ]*)[^\s#]/m.exec(text);
    if (!match)
        return { line: 1, column: 1 };
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1))
        line++;
    return { line, column: match[1].length + 1 };
}
/** A file parse read before, for positions only: its text again (it decoded then), `value` as
 *  read, and where its content starts. */
const locatable = (file, bytes, value, start) => lazilyLocated(file, decoded(bytes), value, start);
/** The Document is large: keep only the text, and parse it again when a position is asked for
 *  (only for files with problems), so that a tree of thousands of files stays light. */
function lazilyLocated(file, text, value, start) {
    let reopened;
    return {
        file,
        value,
        locate(path, options = {}) {
            if (path.length === 0)
                return start;
            // Before the careful parser is loaded, positions are approximate (the document start);
            // callers load it and ask again when there is something to report.
            if (!careful)
                return start;
            if (!reopened) {
                const counter = new careful.LineCounter();
                const doc = careful.parseDocument(text, { lineCounter: counter, uniqueKeys: true });
                reopened = { root: doc.contents, counter };
            }
            const { line, col } = reopened.counter.linePos(nodeOffset(reopened.root, path, options.key ?? false));
            return { line, column: col };
        }
    };
}
/** Offset of the node at `path` (or of its key), or of its deepest existing ancestor. */
function nodeOffset(root, path, key) {
    const { isMap, isPair, isScalar, isSeq } = careful;
    let node = root;
    let keyNode = null;
    for (const segment of path) {
        let next = null;
        if (isMap(node)) {
            const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
            if (pair) {
                keyNode = pair.key;
                next = pair.value;
            }
        }
        else if (isSeq(node) && typeof segment === 'number') {
            next = node.items[segment] ?? null;
            keyNode = null;
        }
        if (!next)
            break;
        node = next;
    }
    const target = key && keyNode ? keyNode : node;
    return target?.range?.[0] ?? 0;
}
function yamlMessage(code, raw) {
    const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (code) {
        case 'DUPLICATE_KEY':
            return 'duplicate key: each key may appear only once in a mapping, remove one of them';
        case 'TAB_AS_INDENT':
            return 'tab character used for indentation: YAML indents with spaces';
        case 'MULTIPLE_DOCS':
            return "more than one YAML document: a declaration file holds one, remove the '---' separator";
        case 'TAG_RESOLVE_FAILED':
            return `unsupported tag: ${first}; remove the '!' tag`;
        default:
            return `YAML syntax error: ${first}`;
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** The text of a UTF-8 file, without its byte order mark; throws when it is not UTF-8. */
function decoded(bytes) {
    const text = strictUtf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The first line (1-based) that is not valid UTF-8. */
function firstNonUtf8Line(bytes) {
    // Newline bytes never occur inside a multi-byte character, so lines decode on their own.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x0a)
            continue;
        try {
            strictUtf8.decode(bytes.subarray(start, i));
        }
        catch {
            return line;
        }
        line++;
        start = i + 1;
    }
    return 1;
}


/***/ }),

/***/ 77607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ isDate),
/* harmony export */   QA: () => (/* binding */ formatSpan),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
// Durations as platforms.yaml writes them (`policy.revoke_within: 24h`), and as reports show
// a time to revoke (the schema checks the form: schemas/platforms.schema.json); dates as
// options and inputs take them.
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The milliseconds of a duration written `90m`, `24h` or `2d`; throws for anything else
 *  (the schema has already said where, for a declaration). */
function durationMs(text) {
    const m = /^([1-9][0-9]{0,5})([mhd])$/.exec(text);
    if (!m)
        throw new Error(`"${text}" is not a duration: write a whole number and m, h or d, e.g. 24h`);
    return Number(m[1]) * UNIT_MS[m[2]];
}
/** A time span for people: `0.4s`, `12m 05s`, `3h 05m`, `2d 04h`; tenths of a second under a
 *  minute, else rounded down. */
function formatSpan(ms) {
    if (ms < 60_000)
        return `${(Math.max(0, Math.floor(ms / 100)) / 10).toFixed(1)}s`;
    const s = Math.floor(ms / 1000);
    const [d, h, m] = [Math.floor(s / 86_400), Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60];
    const two = (n) => String(n).padStart(2, '0');
    if (d > 0)
        return `${d}d ${two(h)}h`;
    if (h > 0)
        return `${h}h ${two(m)}m`;
    return `${m}m ${two(s % 60)}s`;
}
/** A real calendar date written YYYY-MM-DD. */
function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}


/***/ }),

/***/ 94160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ personGrants),
/* harmony export */   RY: () => (/* binding */ claimsOn),
/* harmony export */   Rg: () => (/* binding */ foldAccount),
/* harmony export */   SR: () => (/* binding */ declaredClaims),
/* harmony export */   T6: () => (/* binding */ sameGrant),
/* harmony export */   cx: () => (/* binding */ grantKey),
/* harmony export */   eL: () => (/* binding */ roleGrants),
/* harmony export */   k8: () => (/* binding */ declaredAccount),
/* harmony export */   ki: () => (/* binding */ declaredOn),
/* harmony export */   vz: () => (/* binding */ platformGrants),
/* harmony export */   xP: () => (/* binding */ declaredAccounts),
/* harmony export */   yE: () => (/* binding */ accountsKey)
/* harmony export */ });
/* harmony import */ var _connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39954);

/** Stable string form, usable as a Set/Map key; values compare as their platform compares
 *  them (GitHub slugs ignore case). */
function grantKey(g) {
    const fold = (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(g.platform).foldGrantValue;
    return `${g.platform}|${g.kind}|${fold ? fold(g.value) : g.value}`;
}
/** Whether two grants are the same, as grantKey compares them, without making their keys: the
 *  audit asks for every grant of every listed account. */
function sameGrant(a, b) {
    if (a.kind !== b.kind || a.platform !== b.platform)
        return false;
    if (a.value === b.value)
        return true;
    const fold = (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(a.platform).foldGrantValue;
    return !!fold && fold(a.value) === fold(b.value);
}
/** What a person's `accounts.<key>` holds for one platform. */
const accountsOn = (person, platform) => person.accounts[platform.key];
// A loaded person is plain data nothing changes, and a change's two revisions share the people
// it leaves alone: each person's accounts are worked out once (the cross-file checks of both
// revisions and the plan's claims all ask, 100,000 times in a large tree).
const accountsOf = new WeakMap();
/** Every account a person declares, on every platform, in registry order. */
function declaredAccounts(person) {
    let accounts = accountsOf.get(person);
    if (!accounts) {
        const found = [];
        for (const platform of (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .platformDescriptors */ .Uz)()) {
            const entry = accountsOn(person, platform);
            if (entry === undefined)
                continue;
            // Written out, not spread: a spread of objects of several shapes gives each result a
            // hidden class of its own, which costs memory and slows every read of it.
            for (const { instance, account, path } of platform.declaredAccounts(entry))
                found.push({ instance, account, path, platform, folded: platform.foldAccount(account) });
        }
        // Cut to its length: a list grown by push keeps room for a dozen more.
        accountsOf.set(person, (accounts = found.slice()));
    }
    return accounts;
}
/** The account a person declares on `platform` (`accounts.scim.<app>` for `scim:<app>`): on
 *  that instance, else on every instance of its platform (`accounts.aws` for `aws:<id>`). */
function declaredAccount(person, platform) {
    return declaredOn(person, platform)?.account;
}
/** declaredAccount with its name as the platform folds it. */
function declaredOn(person, platform) {
    const key = (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(platform).key;
    let onEvery;
    for (const a of declaredAccounts(person)) {
        if (a.instance === platform)
            return a;
        if (a.instance === key)
            onEvery ??= a;
    }
    return onEvery;
}
/** Where a person declares their account on `platform`, for messages: `accounts.github`,
 *  `accounts.scim.jira`. */
function accountsKey(platform) {
    const descriptor = (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(platform);
    return ['accounts', descriptor.key, ...descriptor.accountPath(platform)].join('.');
}
/** An account name as its platform compares names: GitHub logins, IAM user names and SCIM
 *  userNames without regard to case, Slack member ids exactly. */
const foldAccount = (platform, account) => (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(platform).foldAccount(account);
/** Every account the people of `revisions` declare, per platform: folded name -> person ids.
 *  A claim in any revision counts, so a claim can only ever stop a lookup, never aim one.
 *  `checked`: the first revision's claims as its cross-file checks indexed them (ClaimIndex,
 *  a clean revision's, every claim on each configured instance it reaches): then only the
 *  people the other revisions hold differently are gone through, not 100,000 again. */
function declaredClaims(revisions, checked) {
    const claims = new Map();
    // Revisions loaded through one cache share the people their change leaves alone: a person
    // an earlier revision holds (under their id, as every revision does) is counted there.
    revisions.forEach((decl, i) => {
        if (i === 0 && checked)
            return;
        const earlier = revisions.slice(0, i);
        for (const p of decl.people.values()) {
            if (earlier.some(r => r.people.get(p.id) === p))
                continue;
            for (const { instance, folded: key } of declaredAccounts(p)) {
                let platformClaims = claims.get(instance);
                if (!platformClaims)
                    claims.set(instance, (platformClaims = new Map()));
                // Built here and only read after: added to in place, not copied for every claim.
                const people = platformClaims.get(key);
                if (!people)
                    platformClaims.set(key, [p.id]);
                else if (!people.includes(p.id))
                    people.push(p.id);
            }
        }
    });
    if (!checked)
        return claims;
    return {
        get(instance) {
            const indexed = checked.get(instance);
            return indexed ? merged(idsOf(indexed), claims.get(instance)) : claims.get(instance);
        }
    };
}
/** A ClaimIndex's claims on one instance as AccountClaims. */
const idsOf = (indexed) => ({
    get: account => {
        const person = indexed.get(account);
        return person && [person.id];
    },
    *[Symbol.iterator]() {
        for (const [account, person] of indexed)
            yield [account, [person.id]];
    }
});
/** The claims of `a` and of `b`, read through: nothing is copied. */
function merged(a, b) {
    if (!b)
        return a;
    return {
        get: account => union(a.get(account), b.get(account)),
        *[Symbol.iterator]() {
            for (const [account, ids] of a)
                yield [account, union(ids, b.get(account))];
            for (const entry of b)
                if (!a.get(entry[0]))
                    yield entry;
        }
    };
}
/** The ids of `a` and `b`, once each. */
function union(a, b) {
    if (!a || !b)
        return a ?? b;
    return [...new Set([...a, ...b])];
}
/** Who declares which account on `instance`: the claims on it, and those on every instance of
 *  its platform (DeclaredAccount with the platform's key). */
function claimsOn(claims, instance) {
    const own = claims?.get(instance);
    const key = (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorOf */ .nb)(instance).key;
    const every = key === instance ? undefined : claims?.get(key);
    return own ? merged(own, every) : (every ?? new Map());
}
/** Every grant one role gives. */
function roleGrants(role, decl) {
    return (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .platformDescriptors */ .Uz)().flatMap(platform => {
        const grants = role.grants[platform.key];
        return grants === undefined
            ? []
            : platform.roleGrants(grants, (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(decl.platforms, platform));
    });
}
/** Every grant a person's roles give, de-duplicated (roles that do not exist are ignored). */
function personGrants(person, decl) {
    return grantUnion(person.roles.flatMap(id => {
        const role = decl.roles.get(id);
        return role ? [roleGrants(role, decl)] : [];
    }));
}
/** The grants of several lists, each once (as grantKey compares them). */
function grantUnion(lists) {
    const byKey = new Map();
    for (const grants of lists)
        for (const g of grants)
            byKey.set(grantKey(g), g);
    return [...byKey.values()];
}
const NO_GRANTS = Object.freeze([]);
/** personGrants on one platform, for asking about many people: worked out once a role, and
 *  people given grants there by the same roles share one list instead of each getting a copy
 *  (80,000 people would otherwise hold 80,000 lists). */
function platformGrants(decl, platform) {
    const byRole = new Map();
    const ofRole = (role) => {
        let grants = byRole.get(role);
        if (!grants) {
            const own = roleGrants(role, decl).filter(g => g.platform === platform);
            byRole.set(role, (grants = own.length ? own : NO_GRANTS));
        }
        return grants;
    };
    const byRoles = new Map();
    return person => {
        // Most people hold one role a platform: theirs is that role's list, found without a list
        // of their own.
        let first;
        let giving;
        for (const id of person.roles) {
            const role = decl.roles.get(id);
            if (!role || !ofRole(role).length)
                continue;
            if (!first)
                first = role;
            else
                (giving ??= [first]).push(role);
        }
        if (!giving)
            return first ? ofRole(first) : NO_GRANTS;
        const key = giving.map(r => r.id).join('\n');
        let grants = byRoles.get(key);
        if (!grants)
            byRoles.set(key, (grants = grantUnion(giving.map(ofRole))));
        return grants;
    };
}


/***/ }),

/***/ 10931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   EE: () => (/* binding */ needsAHuman),
/* harmony export */   Gu: () => (/* binding */ isWaiting),
/* harmony export */   PX: () => (/* binding */ checkGraph),
/* harmony export */   ZG: () => (/* binding */ containmentGates),
/* harmony export */   al: () => (/* binding */ inOrder),
/* harmony export */   iU: () => (/* binding */ message),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* unused harmony exports planDepth, containmentFirst */
const NEEDS_A_HUMAN = 'needs a human: ';
/** The outcome detail of a manual step: skipped, waiting for a human. */
const needsAHuman = (step) => `${NEEDS_A_HUMAN}${step.reason}`;
/** A record or outcome of a manual step left to a human (the apply summary lists them, the
 *  audit reads them back from the log). */
const isWaiting = (e) => e.result === 'skipped' && e.detail.startsWith(NEEDS_A_HUMAN);
/** An error's own words, for an outcome's detail. */
const message = (err) => err instanceof Error ? err.message || err.name : String(err);
/** What running one step gave: skipped when it is manual, failed when perform throws. */
async function attempt(step, perform) {
    if (step.mode === 'manual')
        return { result: 'skipped', detail: needsAHuman(step) };
    try {
        return await perform(step);
    }
    catch (err) {
        return {
            result: 'failed',
            detail: `${step.platform}: ${step.action} ${step.target}: ${message(err)}`
        };
    }
}
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
/** The containment steps and every step they wait on (`first`), then the rest: on each
 *  platform, the executor runs its `first` to the end before it starts its rest. Both keep the
 *  order given. */
function containmentFirst(steps) {
    const byId = new Map(steps.map(s => [s.id, s]));
    const first = new Set();
    const take = (s) => {
        if (first.has(s.id))
            return;
        first.add(s.id);
        for (const id of s.after) {
            const before = byId.get(id);
            if (before)
                take(before);
        }
    };
    for (const s of steps)
        if (s.contain)
            take(s);
    return {
        first: steps.filter(s => first.has(s.id)),
        rest: steps.filter(s => !first.has(s.id))
    };
}
/** Containment first, platform by platform: a step outside `first` waits (`wait`) until every
 *  `first` step of its platform has ended (`ended`). Each platform has limits of its own, so
 *  one platform's clean-up neither holds back another's containment nor waits for it. A `first`
 *  step waits on no other step outside `first`, so no gate waits on itself. */
function containmentGates(steps) {
    const first = new Set(containmentFirst(steps).first);
    const gates = new Map();
    for (const s of first) {
        let gate = gates.get(s.platform);
        if (!gate) {
            let release = () => { };
            const open = new Promise(resolve => (release = resolve));
            gate = { left: 0, open, release };
            gates.set(s.platform, gate);
        }
        gate.left++;
    }
    return {
        wait: step => (first.has(step) ? undefined : gates.get(step.platform)?.open),
        ended: step => {
            const gate = first.has(step) ? gates.get(step.platform) : undefined;
            if (gate && --gate.left === 0)
                gate.release();
        }
    };
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
/**
 * Runs `run` for every step as the `after` links allow and returns the results in the order
 * given. A step starts once every step it names in `after` has finished, whatever the result:
 * the connector's perform knows whether acting after a failure is safe, and a step that
 * cannot succeed (an IAM user whose keys are still there) fails on its own and says why,
 * which is more useful in the log than a generic "not run". `after` ids that are not among
 * `steps` count as done: a rerun's plan no longer holds what is already gone.
 */
function inOrder(steps, run) {
    checkGraph(steps);
    const byId = new Map(steps.map(s => [s.id, s]));
    const running = new Map();
    const start = (s) => {
        let p = running.get(s.id);
        if (!p) {
            const before = s.after.flatMap(id => (byId.has(id) ? [start(byId.get(id))] : []));
            p = Promise.all(before).then(() => run(s));
            running.set(s.id, p);
        }
        return p;
    };
    return Promise.all(steps.map(start));
}
/** Runs steps with one perform function, all at once as their links allow; outcomes by step
 *  id. For a connector running its own few follow-up steps inside one perform. */
async function runSteps(steps, perform) {
    const outcomes = await inOrder(steps, s => attempt(s, perform));
    return new Map(steps.map((s, i) => [s.id, outcomes[i]]));
}


/***/ }),

/***/ 72753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ collectGarbageSooner)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// How eagerly V8 collects garbage, for the command that holds large listings while it waits on
// the platforms.

/** How much the heap may grow past what was live at the last full collection, in percent. */
const AUDIT_HEAP_GROWTH_PERCENT = 40;
/** The audit reads tens of thousands of accounts a platform and lets each page go once its
 *  accounts are taken: most of what it allocates is garbage soon after. By default V8 lets the
 *  heap grow to several times what is live before it collects it (at 80,000 people, about
 *  500 MB at peak with about 110 MB live), and grows the young generation as allocation goes
 *  on. Here the heap grows by at most AUDIT_HEAP_GROWTH_PERCENT past what is live and the young
 *  generation keeps its first size: the peak stays near what is live (bench/audit.ts: 292 MB
 *  instead of 498 at that size, medians of 3 runs). The collections this adds cost CPU the
 *  audit has to spare: it waits on the platforms far longer than it computes (the same wall
 *  time, 44 s, both ways).
 *  For the rest of the process: the command line runs one command, the action one mode. */
function collectGarbageSooner() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--heap-growing-percent=${AUDIT_HEAP_GROWTH_PERCENT}`);
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
}


/***/ }),

/***/ 4158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hw: () => (/* binding */ GENESIS),
  cy: () => (/* binding */ chain),
  oj: () => (/* binding */ recordHash)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/log/canonical.ts
// RFC 8785 JSON Canonicalization Scheme: the one byte sequence a record hashes to, so anyone
// can recompute a hash with any JCS implementation.
/**
 * The canonical JSON of `value`: object keys sorted by UTF-16 code units at every level, no
 * whitespace, numbers as ECMAScript prints them, strings escaped as JSON.stringify does
 * (RFC 8785 takes both from ECMAScript). Members whose value is `undefined` are left out, as
 * JSON.stringify leaves them out; values JSON cannot hold are refused.
 */
function canonicalize(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON has no ${value}`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalize).join(',')}]`;
    if (typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            throw new TypeError(`canonical JSON takes plain objects, not ${value.constructor.name}`);
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            // Default string order compares UTF-16 code units, as RFC 8785 section 3.2.3 asks.
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON has no ${typeof value}`);
}

// EXTERNAL MODULE: ./src/log/redact.ts
var redact = __webpack_require__(94361);
;// CONCATENATED MODULE: ./src/log/record.ts
// Revocation log records (SPEC section 5): one per executed step or check, hash-chained; the
// entries of a run are built in entries.ts.
// Version 2 adds optional fields; one chain may hold records of both versions.



/** The version-2 fields a record carries only when they are known. */
const OPTIONAL = ['requested_at', 'urgent', 'account_id', 'run', 'review'];
const GENESIS = '0'.repeat(64);
/** The hash a record must carry: over every field but `hash` itself. */
function recordHash(record) {
    const rest = { ...record };
    delete rest.hash;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalize(rest), 'utf8').digest('hex');
}
/** Chains entries after `head` (or from the start); a record may be passed as an entry and
 *  is chained anew. Every string field is redacted here, the one door into the log. Fields
 *  are in SPEC order so the lines read well (the hash does not depend on the order). */
function chain(entries, head) {
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? GENESIS;
    return entries.map(entry => {
        const e = (0,redact/* redactDeep */.KL)(entry);
        const optional = {};
        for (const k of OPTIONAL)
            if (e[k] !== undefined)
                Object.assign(optional, { [k]: e[k] });
        const unhashed = {
            v: 2,
            seq: ++seq,
            at: e.at,
            person: e.person,
            change: {
                ...(e.change.kind ? { kind: e.change.kind } : {}),
                base: e.change.base,
                head: e.change.head,
                pr: e.change.pr,
                approvers: e.change.approvers,
                ...(e.change.swept ? { swept: e.change.swept } : {})
            },
            actor: e.actor,
            platform: e.platform,
            action: e.action,
            target: e.target,
            result: e.result,
            detail: e.detail,
            ...optional,
            prev
        };
        prev = recordHash(unhashed);
        return { ...unhashed, hash: prev };
    });
}


/***/ }),

/***/ 94361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   WN: () => (/* binding */ secretsInEnvironment),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export MIN_SECRET_LENGTH */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
// Keeps secrets out of everything offboard writes: the terminal, JSON, Markdown, the job
// summary, annotations, action outputs, commit messages and the log. Two nets, applied at the
// output boundaries (the command line's io, the action's core and repository client, the
// log's chain):
// - by value: every secret offboard reads is registered here (process-wide, as core.setSecret
//   is) and scrubbed in the forms an echo gives it back: as is, JSON-escaped (once or twice),
//   URL-encoded, escaped for Markdown or a quoted string, and inside base64 (Basic auth's
//   `user:secret`);
// - by shape: whatever looks like a credential is dropped, AWS key and credential ids are cut
//   to their last 4 characters, for text from elsewhere that holds secrets offboard never read.

const REDACTED = '[redacted]';
/** Shorter values are not registered: scrubbing every "admin" or "12345" would wreck normal
 *  text, and no real token is this short. */
const MIN_SECRET_LENGTH = 8;
const DROP = [
    // PEM private keys, whole.
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    // GitHub tokens: classic (ghp_), OAuth (gho_), user-to-server (ghu_), app (ghs_), refresh
    // (ghr_), fine-grained (github_pat_).
    /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
    // Slack bot, user, app-level, refresh and rotating tokens.
    /\bxox[abeoprs](?:\.xox[a-z])?-[A-Za-z0-9-]+/g,
    /\bxapp-[A-Za-z0-9-]+/g,
    // JSON Web Tokens.
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    // Long base64 runs with upper, lower and digits: AWS secret keys and session tokens, bearer
    // tokens. Git SHAs (lowercase hex) and names broken by '-', '_' or ':' stay.
    /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+=]{40,}(?![A-Za-z0-9/+=])/g
];
/** `Authorization: Bearer x`, `password=x`, `"token": "x"`: the name stays, the value goes. */
const VALUES = [
    /\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?token|client[_-]?secret)["']?\s*[=:]\s*["']?)[^\s"',;&}]+/gi
];
// Access keys (AKIA, ASIA), SSH public keys (APKA), service-specific credentials (ACCA): the
// same kinds connectors shorten with shortId, in text they did not write (AWS error messages).
const AWS_KEY_ID = /\b(AKIA|ASIA|APKA|ACCA)[A-Z0-9]{12,}([A-Z0-9]{4})\b/g;
/** Runs of base64 (standard or URL-safe) long enough to hold a secret of the minimum length. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;
/** The registered secrets (as text and as UTF-8 bytes, for base64), and every form of them
 *  to look for. */
const secrets = new Map();
let forms = [];
/** Registers a secret for every later redaction. Values shorter than MIN_SECRET_LENGTH are
 *  ignored; a multi-line value (a PEM key) is registered whole and line by line. */
function registerSecret(value) {
    if (typeof value !== 'string')
        return;
    const lines = value.split(/\r?\n|\\n/);
    // A PEM's armour lines (-----BEGIN ... KEY-----) are no secret.
    const body = lines.map(l => l.trim()).filter(l => !/^-----(BEGIN|END) /.test(l));
    let added = false;
    for (const part of [value, value.trim(), ...(lines.length > 1 ? body : [])]) {
        if (part.length < MIN_SECRET_LENGTH || secrets.has(part))
            continue;
        secrets.set(part, Buffer.from(part, 'utf8'));
        added = true;
    }
    if (added)
        forms = [...new Set([...secrets.keys()].flatMap(formsOf))];
}
/** How a value reads once echoed back by a server and shown again by offboard. */
function formsOf(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const url = [encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
    return [
        value,
        json,
        JSON.stringify(json).slice(1, -1),
        ...url,
        ...url.map(u => u.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase())),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .H)(value),
        // In a single- or double-quoted string with backslash escapes, and in sh single quotes.
        value.replace(/[\\'"]/g, c => `\\${c}`),
        value.replace(/'/g, `'\\''`)
    ];
}
/** Environment variables that hold secrets by their name (`*_TOKEN`, `*_SECRET`, `*_PASSWORD`,
 *  `*_SECRET_ACCESS_KEY`, `*_PRIVATE_KEY`, `*_API_KEY`; the action's `INPUT_REPO-TOKEN`), and
 *  any whose value is a private key. */
const SECRET_NAME = /[_-](TOKEN|SECRET|PASSWORD|PASSWD|SECRET_ACCESS_KEY|PRIVATE_KEY|API_KEY)$/i;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/** The values of the environment that are secrets, by name or by content. */
function secretsInEnvironment(env) {
    return Object.entries(env)
        .filter(([name, value]) => value && (SECRET_NAME.test(name) || PRIVATE_KEY.test(value)))
        .map(([, value]) => value);
}
/** The text with every registered secret (in any of its forms) and whatever looks like a
 *  credential dropped, and AWS key ids shortened (`AKIA...WXYZ`, `APKA...WXYZ`). */
function redact(text) {
    let out = dropSecrets(text);
    for (const pattern of DROP)
        out = out.replace(pattern, REDACTED);
    for (const pattern of VALUES)
        out = out.replace(pattern, `$1${REDACTED}`);
    return out.replace(AWS_KEY_ID, '$1...$2');
}
/** Every string inside plain data (records, JSON values) redacted; the rest as it was. */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map(redactDeep);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
    return value;
}
/** Registered secrets out: every place any form of one occurs, overlaps merged, becomes one
 *  REDACTED, so that a secret overlapping another leaves no tail of either. */
function dropSecrets(text) {
    if (secrets.size === 0)
        return text;
    const spans = [];
    for (const form of forms)
        for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
            spans.push([at, at + form.length]);
    for (const run of text.matchAll(BASE64_RUN))
        if (holdsSecret(run[0]))
            spans.push([run.index, run.index + run[0].length]);
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let done = 0;
    for (let i = 0; i < spans.length;) {
        const start = spans[i][0];
        let end = spans[i][1];
        for (i++; i < spans.length && spans[i][0] <= end; i++)
            end = Math.max(end, spans[i][1]);
        out += text.slice(done, start) + REDACTED;
        done = end;
    }
    return out + text.slice(done);
}
/** Whether a base64 run decodes to text holding a secret (`Basic base64(user:secret)`); each of
 *  the four alignments is tried, for a run glued to the characters before it. */
function holdsSecret(run) {
    for (let skip = 0; skip < 4; skip++) {
        const decoded = Buffer.from(run.slice(skip), 'base64');
        for (const bytes of secrets.values())
            if (decoded.includes(bytes))
                return true;
    }
    return false;
}


/***/ }),

/***/ 80599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ planAppend),
/* harmony export */   Ne: () => (/* binding */ openLog),
/* harmony export */   Q2: () => (/* binding */ logPath),
/* harmony export */   mP: () => (/* binding */ unwritable),
/* harmony export */   readLog: () => (/* binding */ readLog)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4158);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59365);
// The log on disk: `<dir>/log/<YYYY>.jsonl`. Appending only ever adds lines at the end, and a
// run appends each record as it happens, on disk (written and flushed) before it goes on.





/** Where the log lives below an access directory, as shown in messages (`access/log`). */
const logPath = (dir) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(dir.replace(/\\/g, '/'), 'log');
/** The `*.jsonl` files of `<dir>/log` (none when it does not exist yet). */
async function readLog(dir, cwd) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, dir, 'log');
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)).filter(n => n.endsWith('.jsonl'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    return Promise.all(names.sort().map(async (name) => ({
        path: node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(logPath(dir), name),
        text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder, name), 'utf8')
    })));
}
/** The year a record is dated in; a record without a valid time cannot be placed. */
function yearOf(r) {
    const year = new Date(r.at).getUTCFullYear();
    if (Number.isNaN(year))
        throw new Error(`log record ${r.seq} has no valid time: "${r.at}"`);
    return year;
}
/**
 * The file of each record: the file of its year, or the file of the record before it when
 * that one is later (a run that finished just after New Year's Eve, or one re-chained after
 * a later run), so the files stay in chain order. `year` is the year of the record before.
 */
function placeRecords(records, year, folder) {
    const files = new Map();
    for (const r of records) {
        year = Math.max(year, yearOf(r));
        const path = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(folder, `${year}.jsonl`);
        files.set(path, [...(files.get(path) ?? []), r]);
    }
    return { files, year };
}
const lines = (records) => records.map(r => `${JSON.stringify(r)}\n`).join('');
/** A last line without its newline gets one, so the next record starts its own line. */
const endsOpen = (text) => text !== '' && !text.endsWith('\n');
/**
 * Chains `entries` onto the end of the log `files` (which live in `folder`, e.g.
 * `access/log`) and says what to add to which file (see placeRecords). Refuses
 * (BrokenLogError) when the existing chain is broken.
 */
function planAppend(files, entries, folder) {
    const head = (0,_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .chainHead */ .MF)(files);
    const records = (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .chain */ .cy)(entries, head);
    const placed = placeRecords(records, head?.year ?? 0, folder);
    const appends = [...placed.files].map(([path, recs]) => {
        const open = endsOpen(files.find(f => f.path === path)?.text ?? '');
        return { path, text: `${open ? '\n' : ''}${lines(recs)}` };
    });
    return { records, appends };
}
/** Flushes a folder's entries, so a new log file survives a crash of the machine too; best
 *  effort (some systems cannot open a folder). */
async function syncFolder(folder) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(folder, 'r');
        await handle.sync().finally(() => handle.close());
    }
    catch {
        // Nothing more can be done: the records themselves are flushed.
    }
}
/** Why a log file or folder cannot be written, and what that left undone. */
function unwritable(what, err, consequence = 'Nothing was revoked') {
    return new Error(`the revocation log cannot be written: ${what}: ${err.message}. ${consequence}: make it writable (permissions, disk space), check it with offboard verify-log, then rerun`, { cause: err });
}
/**
 * Opens the log below `dir` (relative to `cwd`) for one run: refuses a broken chain
 * (BrokenLogError) and a log that cannot be written, before anything is appended (apply
 * opens it before its first revocation), and keeps one file open for the appends.
 */
async function openLog(dir, cwd, options = {}) {
    const folder = logPath(dir);
    const files = await readLog(dir, cwd).catch((err) => {
        throw new Error(`the revocation log cannot be read: ${folder}: ${err.message}. Nothing was revoked: make its files readable, check it with offboard verify-log, then rerun`, { cause: err });
    });
    const checked = (0,_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyLog */ .IO)(files);
    if (!checked.ok)
        throw new _verify_js__WEBPACK_IMPORTED_MODULE_4__/* .BrokenLogError */ .sp(checked.where, checked.problem, 'Nothing was appended or revoked');
    const run = options.run ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    let head = checked.head;
    let year = checked.head?.year ?? 0;
    const openEnded = new Set(files.filter(f => endsOpen(f.text)).map(f => f.path));
    const records = [];
    let failure;
    let current;
    let pending = [];
    let flushing;
    const openFile = async (path) => {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, folder), { recursive: true });
            const existing = files.some(f => f.path === path);
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path), 'a');
            if (!existing)
                await syncFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, folder));
            return { path, handle, size: (await handle.stat()).size, created: !existing };
        }
        catch (err) {
            throw unwritable(path, err, records.length > 0
                ? `Records after seq ${records[records.length - 1].seq} are not in it`
                : undefined);
        }
    };
    const closeFile = async (f) => {
        const empty = f.created && (await f.handle.stat()).size === 0;
        await f.handle.close();
        if (empty)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, f.path)).catch(() => undefined);
    };
    const write = async (batch) => {
        const placed = placeRecords(batch, year, folder);
        for (const [path, recs] of placed.files) {
            if (current?.path !== path) {
                if (current)
                    await closeFile(current);
                current = await openFile(path);
            }
            const file = current;
            const text = `${openEnded.delete(path) ? '\n' : ''}${lines(recs)}`;
            try {
                await file.handle.appendFile(text, 'utf8');
                await file.handle.datasync();
            }
            catch (err) {
                // Cut back what part of it was written, so the chain on disk stays whole.
                await file.handle.truncate(file.size).catch(() => undefined);
                throw unwritable(path, err, `Records from seq ${recs[0].seq} on are not in it`);
            }
            file.size += Buffer.byteLength(text);
        }
        year = placed.year;
    };
    const flush = async () => {
        while (pending.length > 0) {
            const batch = pending;
            pending = [];
            try {
                await write(batch.map(p => p.record));
                records.push(...batch.map(p => p.record));
                batch.forEach(p => p.resolve());
            }
            catch (err) {
                failure = err;
                for (const p of [...batch, ...pending])
                    p.reject(failure);
                pending = [];
            }
        }
        flushing = undefined;
    };
    // The file the next record goes to, opened now: a log that cannot be written shows here.
    current = await openFile(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(folder, `${Math.max(year, new Date().getUTCFullYear())}.jsonl`));
    return {
        folder,
        run,
        records,
        unanswered: checked.unanswered ?? [],
        get failure() {
            return failure;
        },
        append(entry) {
            if (failure)
                return Promise.reject(failure);
            const [record] = (0,_record_js__WEBPACK_IMPORTED_MODULE_3__/* .chain */ .cy)([{ ...entry, run: entry.run ?? run }], head);
            try {
                yearOf(record);
            }
            catch (err) {
                return Promise.reject(err);
            }
            head = record;
            return new Promise((resolve, reject) => {
                pending.push({ record, resolve: () => resolve(record), reject });
                flushing ??= flush();
            });
        },
        async close() {
            await flushing;
            if (current)
                await closeFile(current);
            current = undefined;
        }
    };
}


/***/ }),

/***/ 59365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ chainRecords),
/* harmony export */   IO: () => (/* binding */ verifyLog),
/* harmony export */   MF: () => (/* binding */ chainHead),
/* harmony export */   sp: () => (/* binding */ BrokenLogError)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4158);
// Checks the revocation log's hash chain across its year files and names the first record
// that breaks it.

/** Thrown when asked to append onto a broken chain. */
class BrokenLogError extends Error {
    where;
    problem;
    constructor(where, problem, 
    /** What was left undone because of it. */
    consequence = 'Nothing was appended') {
        const file = where.replace(/:\d+$/, '');
        super(`the revocation log is broken at ${where}: ${problem}. ${consequence}: restore the file ` +
            `from git history (git log -p -- ${file} shows who changed it; git checkout <commit> -- ${file} ` +
            'restores it), check it with offboard verify-log, then rerun');
        this.where = where;
        this.problem = problem;
    }
}
/** The year a log file holds, from its name, or undefined for any other name. */
function yearOf(path) {
    const m = /(?:^|\/)(\d{4})\.jsonl$/.exec(path);
    return m ? Number(m[1]) : undefined;
}
const FIELDS = [
    ['v', 'number'],
    ['seq', 'number'],
    ['at', 'string'],
    ['person', 'string'],
    ['change', 'object'],
    ['actor', 'string'],
    ['platform', 'string'],
    ['action', 'string'],
    ['target', 'string'],
    ['result', 'string'],
    ['detail', 'string'],
    ['prev', 'string'],
    ['hash', 'string']
];
/** Version 2's optional fields, strings when present; `urgent` is `true` when present. */
const OPTIONAL_FIELDS = ['requested_at', 'account_id', 'run'];
/** What is wrong with the shape of a parsed line, if anything. */
function shapeProblem(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'malformed: the line is not a JSON object';
    const record = value;
    const missing = FIELDS.filter(([k, type]) => typeof record[k] !== type || record[k] === null).map(([k, type]) => `${k} (${type})`);
    if (missing.length > 0)
        return `malformed: missing or mistyped ${missing.join(', ')}`;
    if (record.v !== 1 && record.v !== 2)
        return `unknown record version ${String(record.v)}`;
    if (record.v === 2) {
        const mistyped = OPTIONAL_FIELDS.filter(k => k in record && typeof record[k] !== 'string');
        if (mistyped.length > 0)
            return `malformed: mistyped ${mistyped.join(', ')} (string)`;
        if ('urgent' in record && record.urgent !== true)
            return 'malformed: urgent is not true';
        const change = record.change;
        if ('kind' in change && change.kind !== 'sweep')
            return `malformed: unknown change.kind ${JSON.stringify(change.kind)} (sweep is the only one)`;
        if ('swept' in change && typeof change.swept !== 'string')
            return 'malformed: mistyped change.swept (string)';
        const { review } = record;
        if ('review' in record &&
            (typeof review !== 'object' || review === null || Array.isArray(review)))
            return 'malformed: mistyped review (object)';
    }
    return undefined;
}
/** Lines of a file, 1-based; a missing final newline is tolerated. */
function linesOf(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Recomputes every hash and link, files in year order. */
function verifyLog(files) {
    const odd = files.find(f => yearOf(f.path) === undefined);
    if (odd)
        return {
            ok: false,
            where: odd.path,
            problem: 'not a <YYYY>.jsonl file: records there are outside the chain'
        };
    const ordered = [...files].sort((a, b) => yearOf(a.path) - yearOf(b.path));
    let head;
    let records = 0;
    // `started` records waiting for their outcome, by step.
    const open = new Map();
    for (const file of ordered) {
        const lines = linesOf(file.text);
        for (let i = 0; i < lines.length; i++) {
            const where = `${file.path}:${i + 1}`;
            const broken = (problem) => ({ ok: false, where, problem });
            if (lines[i].trim() === '')
                return broken('malformed: empty line (was a record cut out?)');
            let parsed;
            try {
                parsed = JSON.parse(lines[i]);
            }
            catch (err) {
                return broken(`malformed JSON (${err.message}): the line was cut or edited`);
            }
            const shape = shapeProblem(parsed);
            if (shape)
                return broken(shape);
            const record = parsed;
            if ((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordHash */ .oj)(parsed) !== record.hash)
                return broken(`edited: the hash does not match the record's content (seq ${record.seq})`);
            const seq = (head?.seq ?? 0) + 1;
            const prev = head?.hash ?? _record_js__WEBPACK_IMPORTED_MODULE_0__/* .GENESIS */ .hw;
            const wrong = [
                ...(record.seq === seq ? [] : [`seq is ${record.seq}, ${seq} expected`]),
                ...(record.prev === prev ? [] : ['prev is not the hash of the record before it'])
            ];
            if (wrong.length > 0)
                return broken(`out of chain: ${wrong.join('; ')}: records before it were deleted, reordered or rewritten`);
            head = { seq: record.seq, hash: record.hash, year: yearOf(file.path) };
            records++;
            // A later record of the same step answers a `started` one, or settles it (a later run).
            if (record.result === 'started' || open.size > 0) {
                const step = JSON.stringify([record.person, record.platform, record.action, record.target]);
                if (record.result === 'started')
                    open.set(step, record);
                else
                    open.delete(step);
            }
        }
    }
    const unanswered = [...open.values()];
    return {
        ok: true,
        records,
        files: files.length,
        ...(head ? { head } : {}),
        ...(unanswered.length > 0 ? { unanswered } : {})
    };
}
/** The chain's head, or BrokenLogError naming where it breaks. */
function chainHead(files) {
    const checked = verifyLog(files);
    if (!checked.ok)
        throw new BrokenLogError(checked.where, checked.problem);
    return checked.head;
}
/** The records of an intact chain, in chain order, beside its verification; a broken one
 *  only says where it breaks. */
function chainRecords(files) {
    const checked = verifyLog(files);
    if (!checked.ok)
        return checked;
    const all = [...files]
        .sort((a, b) => yearOf(a.path) - yearOf(b.path))
        .flatMap(f => linesOf(f.text))
        .map(line => JSON.parse(line));
    return { ...checked, all };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ verbatim),
/* harmony export */   H: () => (/* binding */ cell)
/* harmony export */ });
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29073);
// Markdown pieces the reports share.

/** Text safe in a Markdown table cell: no pipes, newlines, HTML or control characters. */
function cell(text) {
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text.replace(/[\r\n]+/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
/** Text from outside (a reason typed into a form) shown verbatim: in a fence longer than any
 *  run of backticks inside, so it renders no Markdown, no HTML and no @mentions. */
function verbatim(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${text}\n${fence}`;
}


/***/ }),

/***/ 29073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/* harmony import */ var _declarations_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88389);
// Text from outside (platforms' labels, display names, token names, deploy key titles, error
// messages) shown as data: a control character becomes a visible escape, so a name can neither
// forge a progress or outcome line nor drive the terminal. Declarations are already free of
// them (declarations/names.ts); this covers what platforms answer.

const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `text` with every control character written as `\n`, `\r`, `\t` or `\u001b`. */
const printable = (text) => text.replace(_declarations_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_CHARACTERS */ .nI, c => SHORT[c] ?? `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`);


/***/ }),

/***/ 72691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
// Words the reports and the command line share.
/** `1 step`, `2 steps`. */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;


/***/ })

};
