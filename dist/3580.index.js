export const id = 3580;
export const ids = [3580];
export const modules = {

/***/ 13580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lL: () => (/* reexport */ FAIL_AT),
  oC: () => (/* reexport */ SEVERITIES),
  jZ: () => (/* reexport */ atLeast),
  A5: () => (/* binding */ auditPlatforms),
  blocking: () => (/* reexport */ blocking)
});

// UNUSED EXPORTS: byImportance, computeDrift, finding

// EXTERNAL MODULE: ./src/grants.ts
var src_grants = __webpack_require__(94160);
// EXTERNAL MODULE: ./src/connectors/registry.ts + 12 modules
var registry = __webpack_require__(39954);
// EXTERNAL MODULE: ./src/evidence/departures.ts
var departures = __webpack_require__(91792);
// EXTERNAL MODULE: ./src/evidence/timing.ts
var timing = __webpack_require__(39975);
;// CONCATENATED MODULE: ./src/evidence/late.ts



function lateRevocations(decl, records, now) {
    const within = decl.platforms.policy.revoke_within;
    return (0,departures/* loggedChanges */.K)(records).flatMap(d => {
        const person = decl.people.get(d.person);
        // Back to active (rehired): their access is declared again, not late.
        if (!d.requestedAt || d.refused || person?.status === 'active')
            return [];
        const due = (0,timing/* dueBy */.gr)(d.requestedAt, person?.departed_on, within);
        if (now.getTime() <= Date.parse(due))
            return [];
        return d.platforms
            .filter(p => !p.verified)
            .map(p => {
            const platform = p.platform;
            return {
                kind: 'late_revocation',
                severity: 'high',
                platform,
                account: (person && (0,src_grants/* declaredAccount */.k8)(person, platform)) || d.person,
                person: d.person,
                detail: `${d.person}'s departure was requested ${d.requestedAt} and due by ${due} (policy.revoke_within ${within}), but ${platform} is still not verified gone: ${p.lastVerify ?? 'no verification recorded'} (log seq ${d.seq[0]}-${d.seq[1]}); rerun the apply of the change`
            };
        });
    });
}

// EXTERNAL MODULE: ./src/log/known-ids.ts
var known_ids = __webpack_require__(14798);
;// CONCATENATED MODULE: ./src/audit/findings.ts
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const SEVERITY_OF = {
    departed_still_active: 'critical',
    account_conflict: 'high',
    late_revocation: 'high',
    undeclared_account: 'high',
    // high for a departed person's account found renamed (see missingAccount)
    declared_account_missing: 'medium',
    extra_grant: 'medium',
    stale_credential: 'medium',
    manual_step_pending: 'medium',
    // It grants nothing, but each takes room in a permission set's inline policy, which the next
    // departure's deny needs: cleaning it up is work to do, like a manual step.
    stale_session_deny: 'medium',
    undeclared_invitation: 'low',
    missing_grant: 'info'
};
/** `--fail-on-drift` and the drift issue count findings of this severity or above. */
const FAIL_AT = 'medium';
function atLeast(severity, floor = FAIL_AT) {
    return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);
}
/** Findings at or above FAIL_AT: what fails `--fail-on-drift` and keeps the drift issue open. */
const blocking = (drift) => drift.findings.filter(f => atLeast(f.severity));
function finding(kind, where, detail, severity = SEVERITY_OF[kind]) {
    return { kind, severity, ...where, detail };
}
function byImportance(a, b) {
    return (SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        a.platform.localeCompare(b.platform) ||
        a.account.localeCompare(b.account) ||
        a.kind.localeCompare(b.kind) ||
        (a.target ?? '').localeCompare(b.target ?? ''));
}

;// CONCATENATED MODULE: ./src/audit/match.ts



/** Who a listed account belongs to: the person declaring it (as the platform compares
 *  names), else the person the revocation log knows its id for, else, where the platform looks
 *  people up by email, the person whose email it has (GitHub invitations too). An account
 *  that points at two people is a conflict: a lookup for one would land on the other. */
function matcher(people, platform, known) {
    const byAccount = new Map();
    const byEmail = new Map();
    const byId = new Map();
    for (const p of people) {
        const declared = (0,src_grants/* declaredOn */.ki)(p, platform);
        if (declared)
            byAccount.set(declared.folded, p);
        byEmail.set(lower(p.email), p);
        for (const id of (0,known_ids/* knownIdsOf */.N1)(known, platform, p.id))
            if (!byId.has(id))
                byId.set(id, p);
    }
    return a => {
        const declarer = byAccount.get((0,src_grants/* foldAccount */.Rg)(platform, a.account));
        const logged = a.id === undefined ? undefined : byId.get(a.id);
        const looksUp = (0,registry/* descriptorOf */.nb)(platform).lookupByEmail || a.kind === 'invitation';
        // Its email, or a userName that is an email (SCIM apps are looked up by userName).
        const byItsEmail = looksUp && a.email ? byEmail.get(lower(a.email)) : undefined;
        const byItsName = looksUp ? byEmail.get(lower(a.account)) : undefined;
        const owner = byItsEmail ?? byItsName;
        // An invitation is anyone's whose email it has; an account found by email only the
        // person's who declares none there (a declared account is looked up by its name).
        const emailMatch = owner && (a.kind === 'invitation' || !(0,src_grants/* declaredOn */.ki)(owner, platform)) ? owner : undefined;
        const other = declarer ?? emailMatch;
        const crossed = declarer && (notThe(declarer, byItsEmail) ?? notThe(declarer, byItsName));
        const conflict = crossed
            ? `${a.account} has the email of ${crossed.id} (${crossed.email}), but ${declarer.id} declares it: a lookup by email for ${crossed.id} would land on ${declarer.id}'s account. Declare ${crossed.id}'s own account as ${(0,src_grants/* accountsKey */.yE)(platform)}, or correct ${declarer.id}'s`
            : logged && other && logged !== other
                ? `the revocation log knows ${a.account} (id ${a.id}) as ${logged.id}'s account, but ${declarer ? `${other.id} declares it` : `its email is ${other.id}'s`}: find out whose it is and correct the declarations`
                : undefined;
        return { person: declarer ?? logged ?? emailMatch, ...(conflict ? { conflict } : {}) };
    };
}
/** The names a listing holds (as the platform compares them) and its accounts by id. */
function listedAccounts(inv) {
    const names = new Set(inv.accounts.map(a => (0,src_grants/* foldAccount */.Rg)(inv.platform, a.account)));
    const ids = new Map();
    for (const a of inv.accounts)
        if (a.id !== undefined)
            ids.set(a.id, a);
    return { names, ids };
}
const lower = (s) => s.toLowerCase();
const notThe = (declarer, p) => (p === declarer ? undefined : p);

;// CONCATENATED MODULE: ./src/audit/drift.ts






const DAY_MS = 86_400_000;
/** The findings of one platform's listing: a listing not checked has none (its result says
 *  why). */
function listingDrift(decl, inv, opts) {
    const { accounts, ...rest } = inv;
    return {
        result: { ...rest, accounts: accounts.length },
        findings: inv.status === 'checked' ? platformDrift(decl, inv, opts.now.getTime(), opts.known) : []
    };
}
function computeDrift(decl, inventories, opts) {
    return driftOf(decl, inventories.map(inv => listingDrift(decl, inv, opts)), opts);
}
/** The drift from every platform's listing drift, with what the log and the leftovers add. */
function driftOf(decl, listings, opts) {
    const staleKeyDays = (0,registry/* platformDescriptors */.Uz)()
        .map(d => staleRule(decl, d))
        .find(r => r !== undefined)?.days ?? DEFAULT_STALE_DAYS;
    const findings = listings.flatMap(l => l.findings);
    for (const c of opts.pending ?? [])
        if (c.pending)
            findings.push(pendingFinding(decl, c));
    findings.push(...lateRevocations(decl, opts.records ?? [], opts.now));
    const leftovers = opts.leftovers ?? [];
    for (const read of leftovers)
        findings.push(...read.found.map(l => leftoverFinding(decl, read.platform, l)));
    // The listing's findings stand; what could not be read keeps the platform from counting as
    // checked (a listing not checked already says why).
    const unread = (r) => r.status === 'checked' ? leftovers.find(l => l.platform === r.platform)?.failed : undefined;
    return {
        at: opts.now.toISOString(),
        staleKeyDays,
        platforms: listings.map(({ result: r }) => ({
            platform: r.platform,
            status: unread(r) ? 'not_checked' : r.status,
            ...(r.reason || unread(r) ? { reason: r.reason ?? unread(r) } : {}),
            accounts: r.accounts,
            requests: r.requests,
            notes: r.notes
        })),
        findings: findings.sort(byImportance)
    };
}
const DEFAULT_STALE_DAYS = 90;
function staleRule(decl, platform) {
    const rule = platform.staleCredentials;
    return (rule && {
        kind: rule.kind,
        days: rule.days((0,registry/* settingsOf */.f5)(decl.platforms, platform)) ?? DEFAULT_STALE_DAYS
    });
}
/** The findings of one checked listing. Run for every account and every person (hundreds of
 *  thousands in a large organization): grants are compared as they are, not by their keys. */
function platformDrift(decl, inv, now, known) {
    const platform = inv.platform;
    const clock = { now, stale: staleRule(decl, (0,registry/* descriptorOf */.nb)(platform)) };
    const people = [...decl.people.values()];
    const match = matcher(people, platform, known);
    const isProtected = protectedTest(decl, platform);
    const grantsOn = (0,src_grants/* platformGrants */.vz)(decl, platform);
    const out = [];
    const seen = new Map();
    for (const a of inv.accounts) {
        if (a.kind === 'bot' || isProtected(a.account))
            continue;
        const { person, conflict } = match(a);
        const base = { platform, account: a.account };
        if (conflict && person)
            out.push(finding('account_conflict', { ...base, person: person.id }, conflict));
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
        const listed = seen.get(person);
        if (listed)
            listed.push(a);
        else
            seen.set(person, [a]);
        if (!a.active)
            continue;
        const given = grantsOn(person);
        for (const g of a.grants)
            if (!given.some(d => (0,src_grants/* sameGrant */.T6)(d, g)))
                out.push(finding('extra_grant', { ...who, target: grantText(g) }, `${grantText(g)}: no role of ${person.id} gives it`));
        out.push(...staleCredentials(a, clock, who));
    }
    // Active people who should be on the platform: they declare an account, or a role gives
    // them something there.
    const onPlatform = listedAccounts(inv);
    for (const person of people) {
        const declared = (0,src_grants/* declaredOn */.ki)(person, platform);
        const missing = declared && !isProtected(declared.account) && !onPlatform.names.has(declared.folded)
            ? missingAccount(person, declared.account, platform, onPlatform.ids, known)
            : undefined;
        if (missing)
            out.push(missing);
        if (person.status !== 'active')
            continue;
        const grants = grantsOn(person);
        if (declared ? isProtected(declared.account) : grants.length === 0)
            continue;
        const listed = seen.get(person);
        const held = listed?.filter(a => a.active) ?? [];
        const who = {
            platform,
            account: held[0]?.account ?? declared?.account ?? person.email,
            person: person.id
        };
        if (held.length === 0) {
            const inactive = listed?.[0];
            if (missing && !inactive)
                continue;
            out.push(finding('missing_grant', { ...who, account: inactive?.account ?? who.account }, inactive
                ? `${inactive.account} is ${inactive.kind === 'invitation' ? 'invited, not yet a member' : 'deactivated'}`
                : declared
                    ? `declared account ${declared.account} not found`
                    : (0,registry/* descriptorOf */.nb)(platform).lookupByEmail
                        ? `roles give access on ${platform}, but no account is declared or found for ${person.email}`
                        : `roles give access on ${platform}, but no account is declared`));
            continue;
        }
        for (const g of grants)
            if (!held.some(a => a.grants.some(h => (0,src_grants/* sameGrant */.T6)(h, g))))
                out.push(finding('missing_grant', { ...who, target: grantText(g) }, `${grantText(g)} is declared but not held (offboard does not provision)`));
    }
    return out;
}
/** A declared account the platform does not list: renamed, when the log knows its id and the
 *  listing shows that id under another name; else, for an active person, a declaration that
 *  names nothing (a departed person's account being gone is the point of offboarding). */
function missingAccount(person, declared, platform, ids, known) {
    const where = { platform, account: declared, person: person.id };
    const fix = `${(0,src_grants/* accountsKey */.yE)(platform)} in people/${person.id}.yaml`;
    const renamed = (0,known_ids/* knownIdsOf */.N1)(known, platform, person.id)
        .map(id => ids.get(id))
        .find(a => a !== undefined);
    if (renamed)
        return finding('declared_account_missing', where, `declared account ${declared} is not on ${platform}: renamed to ${renamed.account} (id ${renamed.id}, known from the revocation log); update ${fix}`, person.status === 'departed' ? 'high' : 'medium');
    if (person.status === 'departed')
        return undefined;
    return finding('declared_account_missing', where, `declared account ${declared} is not on ${platform}: a departure would find nothing there; correct ${fix} (a renamed account: its new name), or create the account${known?.ignored ? `. Renamed accounts could not be recognised: ${known.ignored}` : ''}`);
}
/** The same protection the connectors honour when revoking, so what apply never touches is
 *  never drift either. */
function protectedTest(decl, platform) {
    const configured = (0,registry/* configuredInstance */.mR)(decl.platforms, platform);
    const { isProtected } = (0,registry/* descriptorOf */.nb)(platform);
    return a => !!configured && isProtected(configured.settings, a);
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
    return `${what}${a.where ? ` ${a.where}` : ''}${creds.length ? ` with ${creds.join(', ')}` : ''}`;
}
/** Active credentials of the kind the platform ages (AWS access keys) unused for its days, or
 *  never used and that old. */
function staleCredentials(a, clock, where) {
    return a.credentials.flatMap(c => {
        // lastUsed undefined: the platform does not say, so nothing can be concluded.
        const stale = clock.stale;
        if (!stale || c.kind !== stale.kind || c.status !== 'active' || c.lastUsed === undefined)
            return [];
        const since = c.lastUsed ?? c.created;
        if (!since)
            return [];
        const days = Math.floor((clock.now - Date.parse(since)) / DAY_MS);
        if (!(days >= stale.days))
            return [];
        // Keys listed from the credential report have no id: their creation date tells them apart.
        const why = c.lastUsed
            ? `${c.created ? `created ${c.created}, ` : ''}last used ${c.lastUsed}`
            : `never used since it was created on ${since}`;
        return [
            finding('stale_credential', { ...where, target: credentialText(c) }, `${credentialText(c)} is active, ${why}, ${days} days ago (limit ${stale.days}): deactivate or rotate it`)
        ];
    });
}
/** A manual step still waiting: named by the person's declared account where there is one. */
function pendingFinding(decl, { step, detail }) {
    const person = decl.people.get(step.person);
    return finding('manual_step_pending', {
        platform: step.platform,
        account: (person && (0,src_grants/* declaredAccount */.k8)(person, step.platform)) || step.person,
        person: step.person,
        target: step.target
    }, `${step.target}: left to a human by apply on ${step.at.slice(0, 10)} (${step.action}); ${detail}`);
}
/** A leftover, with the person whose account it was put for when one declares it. */
function leftoverFinding(decl, platform, l) {
    const folded = (0,src_grants/* foldAccount */.Rg)(platform, l.account);
    const person = [...decl.people.values()].find(p => {
        const declared = (0,src_grants/* declaredAccount */.k8)(p, platform);
        return declared !== undefined && (0,src_grants/* foldAccount */.Rg)(platform, declared) === folded;
    });
    return finding(l.kind, { platform, account: l.account, ...(person ? { person: person.id } : {}), target: l.target }, l.detail);
}
const credentialText = (c) => `${c.kind} ${c.id}`;
const grantText = (g) => `${g.kind} ${g.value}`;

;// CONCATENATED MODULE: ./src/audit/index.ts




/** Every grant any role declares on `platform`: what its connector's list() must cover. */
function declaredGrants(decl, platform) {
    const byKey = new Map();
    for (const role of decl.roles.values())
        for (const g of (0,src_grants/* roleGrants */.eL)(role, decl))
            if (g.platform === platform)
                byKey.set((0,src_grants/* grantKey */.cx)(g), g);
    return [...byKey.values()];
}
/** Lists every platform at once (each reader already pages its own collections
 *  concurrently) and computes the drift, each platform's as soon as its listing is read, so
 *  that listings are not all held at once. A reader that throws is "not checked", never
 *  clean. */
async function auditPlatforms(decl, readers, opts = {}) {
    const now = (opts.now ?? (() => new Date()))();
    const [listings, pending, leftovers] = await Promise.all([
        Promise.all(readers.map(async (r) => listingDrift(decl, await listOne(decl, r), { now, known: opts.known }))),
        stillWaiting(readers, opts.waiting ?? []),
        leftoversOf(readers, now)
    ]);
    return driftOf(decl, listings, {
        now,
        pending,
        leftovers,
        known: opts.known,
        records: opts.records
    });
}
/** The waiting steps of each platform whose connector can read them back; one that cannot be
 *  read stays pending. */
async function stillWaiting(readers, waiting) {
    const checks = await Promise.all(readers.map(async (r) => {
        const steps = waiting.filter(w => w.platform === r.platform);
        if (!steps.length || !r.stillWaiting)
            return [];
        try {
            return await r.stillWaiting(steps);
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            return steps.map(step => ({
                step,
                pending: true,
                detail: `could not be read back: ${why}`
            }));
        }
    }));
    return checks.flat();
}
/** The leftovers of each platform whose connector can read them. */
function leftoversOf(readers, now) {
    return Promise.all(readers.flatMap(r => {
        const read = r.leftovers?.bind(r);
        if (!read)
            return [];
        return read(now).then((found) => ({ platform: r.platform, found }), (err) => ({
            platform: r.platform,
            found: [],
            failed: err instanceof Error ? err.message : String(err)
        }));
    }));
}
async function listOne(decl, r) {
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
}


/***/ }),

/***/ 91792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifiedEverywhere),
/* harmony export */   K: () => (/* binding */ loggedChanges)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10931);
// The departures the revocation log records, read back from its records alone: one per
// person and change (its pull request, else its head commit), across every run that applied
// it (an urgent revocation and the apply after merge; reruns after a failure). A pure
// function over records; the evidence report and the audit's late_revocation build on it.

/** The platform that holds no account: a departure refused for its person. */
const OFFBOARD = 'offboard';
/** Every change a person's records belong to, grouped: by pull request, else by head. */
const groupKey = (r) => JSON.stringify([r.person, r.change.pr ?? `head ${r.change.head}`]);
/** The records grouped per person and change, in the order their first record appears. A
 *  group with `requestedAt` is a departure; one without is a departure or a reduction
 *  logged before offboard recorded request times, which only the history can tell. */
function loggedChanges(records) {
    const groups = new Map();
    for (const r of records) {
        const key = groupKey(r);
        groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()].map(summarise);
}
function summarise(records) {
    const first = records[0];
    const changes = new Map();
    for (const r of records)
        changes.set(`${r.change.base} ${r.change.head}`, r.change);
    const requested = records.flatMap(r => (r.requested_at ? [r.requested_at] : [])).sort();
    const revoked = records.filter(r => r.result === 'revoked').map(r => r.at);
    const steps = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const r of records)
        if (r.action !== 'verify' && r.result !== 'started' && r.result !== 'verified')
            steps[r.result]++;
    const platforms = [...new Set(records.map(r => r.platform))]
        .filter(p => p !== OFFBOARD)
        .map(p => platformEvidence(p, records));
    return {
        person: first.person,
        pr: first.change.pr,
        changes: [...changes.values()],
        approvers: [...new Set(records.flatMap(r => r.change.approvers))].sort(),
        urgent: records.some(r => r.urgent === true),
        ...(requested.length ? { requestedAt: requested[0] } : {}),
        ...(revoked.length ? { firstRevocation: min(revoked), lastRevocation: max(revoked) } : {}),
        platforms,
        steps,
        manualOpen: manualOpen(records, platforms),
        seq: [first.seq, records[records.length - 1].seq],
        refused: records.some(r => r.action === 'refuse_departure')
    };
}
function platformEvidence(platform, all) {
    const records = all.filter(r => r.platform === platform);
    const started = records.filter(r => r.result === 'started').map(r => r.at);
    const verifies = records.filter(r => r.action === 'verify');
    const last = verifies[verifies.length - 1];
    const lastFailed = verifies.map(r => r.result).lastIndexOf('failed');
    const since = verifies.slice(lastFailed + 1).find(r => r.result === 'verified');
    return {
        platform,
        ...(started.length ? { firstRequest: min(started) } : {}),
        verified: last?.result === 'verified',
        ...(last?.result === 'verified' && since ? { verifiedAt: since.at } : {}),
        ...(last ? { lastVerify: last.detail } : {})
    };
}
/** The steps left to a human whose platform's latest re-read still names them (or was never
 *  read again): each once. */
function manualOpen(records, platforms) {
    const open = new Map();
    for (const r of records.filter(_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .isWaiting */ .Gu)) {
        const read = platforms.find(p => p.platform === r.platform)?.lastVerify;
        if (read === undefined || read.includes(r.target))
            open.set(JSON.stringify([r.platform, r.target]), { platform: r.platform, target: r.target });
    }
    return [...open.values()];
}
/** When the departure was verified gone everywhere: the last platform's `verifiedAt`, once
 *  every platform is verified; undefined before (or for one with no platform: refused). */
function verifiedEverywhere(d) {
    if (d.platforms.length === 0 || !d.platforms.every(p => p.verified))
        return undefined;
    return max(d.platforms.map(p => p.verifiedAt));
}
const min = (times) => times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
const max = (times) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));


/***/ }),

/***/ 39975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   gr: () => (/* binding */ dueBy)
/* harmony export */ });
/* unused harmony export clockStart */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77607);
// When a departure's revocation is due. The clock starts when the departure was requested,
// or at the start of its departure day (00:00 UTC) when that is later: a departure announced
// ahead of the day is due on the day, not before. Every time is UTC.

/** When the time to revoke starts: `requestedAt`, or `departedOn` (YYYY-MM-DD) at 00:00 UTC
 *  when that is later. */
function clockStart(requestedAt, departedOn) {
    const day = departedOn ? `${departedOn}T00:00:00.000Z` : undefined;
    return day && Date.parse(day) > Date.parse(requestedAt) ? day : requestedAt;
}
/** By when access must be verified gone: `within` (policy.revoke_within) after clockStart. */
function dueBy(requestedAt, departedOn, within) {
    return new Date(Date.parse(clockStart(requestedAt, departedOn)) + (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .durationMs */ .pc)(within)).toISOString();
}
/** How a departure requested at `requestedAt` and verified gone at `verifiedAt` (if it was)
 *  stands against `within`, at `now`. */
function judge(requestedAt, departedOn, verifiedAt, within, now) {
    if (!requestedAt)
        return { sla: 'unknown' };
    const start = clockStart(requestedAt, departedOn);
    const due = dueBy(requestedAt, departedOn, within);
    if (!verifiedAt)
        return {
            clockStart: start,
            dueBy: due,
            sla: now.getTime() > Date.parse(due) ? 'late' : 'pending'
        };
    return {
        clockStart: start,
        dueBy: due,
        timeToRevokeMs: Math.max(0, Date.parse(verifiedAt) - Date.parse(start)),
        sla: Date.parse(verifiedAt) > Date.parse(due) ? 'late' : 'within'
    };
}


/***/ }),

/***/ 14798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ knownIdsOf),
/* harmony export */   b$: () => (/* binding */ knownIdsIn),
/* harmony export */   eU: () => (/* binding */ knownIdsFromLog),
/* harmony export */   vM: () => (/* binding */ knownIdsAt)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22458);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80599);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59365);
// The immutable account ids the revocation log knows (records' `account_id`), so that a
// departure whose declared name is no longer found recognises the same account renamed.
// A plan reads them from the log at base, as it reads the declarations at base: head's log
// is whatever the pull request says. Only an intact chain is trusted.




const key = (platform, person) => `${platform} ${person}`;
/** The ids the log knows for `person`'s account on `platform`, newest first. */
function knownIdsOf(known, platform, person) {
    return known?.byPerson.get(key(platform, person)) ?? [];
}
/** Every account id in an intact log; none, with the reason, from a broken one. */
function knownIdsFromLog(files, where) {
    const read = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .chainRecords */ .I1)(files);
    if (!read.ok)
        return {
            byPerson: new Map(),
            ignored: `the revocation log ${where} is broken at ${read.where} (${read.problem}), so the account ids it records were not used and a renamed account is not recognised: restore the log from git history (offboard verify-log checks it)`
        };
    const records = [...read.all];
    const byPerson = new Map();
    for (const r of records.reverse()) {
        if (!r.account_id)
            continue;
        const ids = byPerson.get(key(r.platform, r.person)) ?? [];
        if (!ids.includes(r.account_id))
            byPerson.set(key(r.platform, r.person), [...ids, r.account_id]);
    }
    return { byPerson };
}
/** The ids the log below `dir` holds at `commit` (read from git, not from the working tree). */
async function knownIdsAt(commit, dir, cwd) {
    const folder = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .logPath */ .Q2)(dir);
    const listing = await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__.git)(cwd, 'ls-tree', '-z', commit, '--', `${folder}/`);
    const blobs = listing
        .split('\0')
        .filter(Boolean)
        .map(entry => {
        const [meta, path] = entry.split('\t');
        const [, type, oid] = meta.split(' ');
        return { type, oid, name: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path) };
    })
        .filter(b => b.type === 'blob' && b.name.endsWith('.jsonl'));
    const files = await Promise.all(blobs.map(async (b) => ({
        path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, b.name),
        text: await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__.git)(cwd, 'cat-file', 'blob', b.oid)
    })));
    return knownIdsFromLog(files, `at ${commit.slice(0, 12)}`);
}
/** The ids the log below `dir` holds on disk (the audit, on the default branch's checkout). */
async function knownIdsIn(dir, cwd) {
    return knownIdsFromLog(await (0,_store_js__WEBPACK_IMPORTED_MODULE_2__.readLog)(dir, cwd), `in ${(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .logPath */ .Q2)(dir)}`);
}


/***/ })

};
