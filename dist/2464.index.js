export const id = 2464;
export const ids = [2464];
export const modules = {

/***/ 18767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ detectChange)
/* harmony export */ });
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94160);

const sameRoles = (person, base, head) => person.roles.every(id => base.roles.get(id) === head.roles.get(id));
function detectChange(base, head) {
    const change = { departures: [], reductions: [], additions: [] };
    const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    // The few people a change touches are found first and sorted, not the 100,000 of a tree.
    const leaving = [];
    for (const before of base.people.values()) {
        // Someone already departed at base was revoked by an earlier change.
        if (before.status === 'departed')
            continue;
        const after = head.people.get(before.id);
        if (!after || after.status === 'departed')
            leaving.push(before);
    }
    for (const before of leaving.sort(byId)) {
        const after = head.people.get(before.id);
        if (!after)
            change.departures.push({ person: before, how: 'deleted' });
        else
            change.departures.push({ person: before, how: 'marked_departed', atHead: after });
    }
    const staying = [];
    for (const after of head.people.values()) {
        if (after.status !== 'active')
            continue;
        // The same declaration with the same roles under the same settings grants the same: in a
        // large tree, nearly every person (revisions loaded through one cache share them).
        const before = base.people.get(after.id);
        if (before === after && head.platforms === base.platforms && sameRoles(after, base, head))
            continue;
        staying.push(after);
    }
    for (const after of staying.sort(byId)) {
        const before = base.people.get(after.id);
        const now = (0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .personGrants */ .$u)(after, head);
        if (!before || before.status !== 'active') {
            change.additions.push({
                person: after,
                how: before ? 'reactivated' : 'new_person',
                add: now
            });
            continue;
        }
        const then = (0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .personGrants */ .$u)(before, base);
        const nowKeys = new Set(now.map(_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx));
        const thenKeys = new Set(then.map(_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx));
        const remove = then.filter(g => !nowKeys.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(g)));
        const add = now.filter(g => !thenKeys.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(g)));
        if (remove.length > 0)
            change.reductions.push({ person: before, remove });
        if (add.length > 0)
            change.additions.push({ person: after, how: 'more_grants', add });
    }
    return change;
}


/***/ }),

/***/ 22464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   aN: () => (/* binding */ describeGrant),
/* harmony export */   cs: () => (/* binding */ buildSweepPlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18767);
/* harmony import */ var _connectors_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39954);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94160);
/* harmony import */ var _log_known_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14798);
/* harmony import */ var _declarations_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18975);
/* harmony import */ var _evidence_timing_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39975);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20689);
// change x connectors -> Plan: for every departure, everything the person actually holds on
// every configured platform; for every reduction, the grants to remove. Guards first.








const once = (make) => {
    let made;
    return () => (made ??= { value: make() }).value;
};
async function buildPlan(input) {
    const { base, head, readers } = input;
    const [atBase, atHead] = [base.declarations.platforms, head.declarations.platforms];
    const trust = (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .trustedSettings */ .$L)(atBase, atHead);
    const change = trustedChange(base.declarations, head.declarations, trust);
    const refused = checkGuards(change, base.declarations);
    const lookups = {
        claims: once(() => (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredClaims */ .SR)([base.declarations, head.declarations], base.claims)),
        known: input.known,
        base: base.declarations
    };
    const revokeWithin = atBase.policy.revoke_within;
    const departure = (d) => ({
        ...header(d.person, 'departure', departureWhy(d.how)),
        ...requestTiming(d, input.requested, revokeWithin)
    });
    // A refused change is still planned (read-only) so that reviewers see every step it would
    // have run; apply runs none of them.
    const plans = await Promise.all([
        ...change.departures.map(d => {
            const plan = departure(d);
            const personRefused = (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .departureRefusal */ .VQ)(d.person, d.atHead, atBase, atHead);
            return personRefused
                ? { ...plan, refused: personRefused }
                : planPerson(d.person, plan, { kind: 'departure' }, readers, lookups, input.declaredOnly);
        }),
        ...change.reductions.map(r => planPerson(r.person, {
            ...header(r.person, 'reduction', `no longer granted: ${r.remove.map(describeGrant).join(', ')}`),
            remove: r.remove
        }, { kind: 'reduction', remove: r.remove }, readers, lookups, input.declaredOnly))
    ]);
    planTogether(plans, readers);
    const plan = {
        base: base.label,
        head: head.label,
        createdAt: (input.now ?? new Date()).toISOString(),
        declaredOnly: input.declaredOnly ?? false,
        revokeWithin,
        ...(refused ? { refused } : {}),
        afterMerge: trust.afterMerge,
        ...(input.known?.ignored ? { notices: [input.known.ignored] } : {}),
        people: plans,
        additions: change.additions
    };
    return { ...plan, hash: planHash(plan) };
}
/** The plan of a sweep: each target planned as a departure is (the same discovery and steps,
 *  protected accounts and the last owner refused as always), then policy.max_sweep_per_run
 *  over the people it would revoke anything for. */
async function buildSweepPlan(input) {
    const { declarations, label } = input.revision;
    const lookups = {
        claims: once(() => (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredClaims */ .SR)([declarations])),
        known: input.known,
        base: declarations
    };
    const { policy } = declarations.platforms;
    const people = await Promise.all(input.targets.map(t => {
        const departure = { person: t.person, how: 'marked_departed', atHead: t.person };
        const plan = {
            ...header(t.person, 'departure', t.why),
            ...requestTiming(departure, { at: t.requestedAt }, policy.revoke_within)
        };
        return t.refused
            ? { ...plan, refused: t.refused }
            : planPerson(t.person, plan, { kind: 'departure' }, input.readers, lookups);
    }));
    planTogether(people, input.readers);
    const refused = sweepGuard(people, policy.max_sweep_per_run ?? _declarations_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_SWEEP */ ._S);
    const plan = {
        base: label,
        head: label,
        createdAt: (input.now ?? new Date()).toISOString(),
        declaredOnly: false,
        revokeWithin: policy.revoke_within,
        ...(refused ? { refused } : {}),
        afterMerge: [],
        ...(input.known?.ignored ? { notices: [input.known.ignored] } : {}),
        people,
        additions: []
    };
    return { ...plan, hash: planHash(plan) };
}
/** A sweep may revoke for at most `max` people: more means something is wrong (a platform
 *  that lists the wrong accounts, a mass re-invitation) and wants a human first. People it
 *  finds nothing left for do not count. */
function sweepGuard(people, max) {
    const swept = people.filter(p => p.platforms.some(s => s.steps.length > 0)).map(p => p.person);
    if (swept.length <= max)
        return undefined;
    return {
        guard: 'max_sweep_per_run',
        message: `this sweep would revoke access of ${swept.length} departed people (${swept.join(', ')}); policy.max_sweep_per_run allows ${max}. Nothing is revoked. Check what the audit lists for them, then sweep them one at a time (offboard sweep --person ID), or raise the limit in platforms.yaml in a reviewed change first.`
    };
}
/** The change as the trusted settings see it: both revisions read with base's platforms
 *  (a renamed github.org is no reduction of its owners), and no reduction on a platform head
 *  stops managing (dropping a block is not revoking everyone's grants there). */
function trustedChange(base, head, trust) {
    const change = (0,_change_js__WEBPACK_IMPORTED_MODULE_1__/* .detectChange */ .A)({ ...base, platforms: trust.platforms }, { ...head, platforms: trust.platforms });
    const reductions = change.reductions
        .map(r => ({ ...r, remove: r.remove.filter(g => !trust.droppedByHead.includes(g.platform)) }))
        .filter(r => r.remove.length > 0);
    return { ...change, reductions };
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
            message: `this change departs ${n === 1 ? 'one person' : `${n} people`} (${names}); policy.max_departures_per_change allows ${max}. Nothing is revoked. Split it into smaller pull requests, or raise the limit in platforms.yaml in a separate reviewed change first.`
        };
    let active = 0;
    for (const p of base.people.values())
        if (p.status === 'active')
            active++;
    if (n / active > ratio)
        return {
            guard: 'max_departure_ratio',
            message: `this change departs ${n} of ${active} active people (${Math.round((100 * n) / active)}%: ${names}); policy.max_departure_ratio allows ${Math.round(ratio * 100)}%. Nothing is revoked. Split it into smaller pull requests, or raise the ratio in platforms.yaml in a separate reviewed change first.`
        };
    return undefined;
}
function header(person, kind, why) {
    return { person: person.id, name: person.name, email: person.email, kind, why, platforms: [] };
}
/** When a departure was requested and is due, as far as `requested` knows. */
function requestTiming(d, requested, within) {
    const given = requested?.dispatched?.[d.person.id] ?? requested?.at;
    if (!given)
        return {};
    const at = new Date(given).toISOString();
    return { requestedAt: at, dueBy: (0,_evidence_timing_js__WEBPACK_IMPORTED_MODULE_6__/* .dueBy */ .gr)(at, d.atHead?.departed_on, within) };
}
const departureWhy = (how) => how === 'deleted' ? 'file deleted' : 'marked departed';
/** `GitHub team backend`: the grant as its platform's descriptor names its kind. */
const describeGrant = (g) => `${(0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(g.platform).grantKinds[g.kind]} ${g.value}`;
function identityFor(person, platform, lookups) {
    const account = (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredAccount */ .k8)(person, platform);
    const knownIds = (0,_log_known_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .knownIdsOf */ .N1)(lookups.known, platform, person.id);
    return {
        person: person.id,
        name: person.name,
        email: person.email,
        ...(account ? { account } : {}),
        claims: (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .claimsOn */ .RY)(lookups.claims(), platform),
        ...(knownIds.length ? { knownIds } : {})
    };
}
/** Each platform's sections of the whole change, handed to its planTogether (when it has
 *  one) and replaced by what it returns; then, under the final steps, its pacing note. */
function planTogether(plans, readers) {
    for (const reader of readers) {
        replanTogether(plans, reader);
        if (!reader.pacing)
            continue;
        for (const section of plans.flatMap(p => p.platforms))
            if (section.platform === reader.platform) {
                const note = reader.pacing(section.steps);
                if (note)
                    section.notes = [...section.notes, note];
            }
    }
}
function replanTogether(plans, reader) {
    if (!reader.planTogether)
        return;
    const each = plans.flatMap(p => p.platforms
        .filter(s => s.platform === reader.platform && s.status === 'checked')
        .map(section => ({ person: p, section })));
    if (each.length < 2)
        return;
    const replanned = reader.planTogether(each.map(({ person, section }) => ({
        found: {
            platform: section.platform,
            person: person.person,
            status: section.status,
            ...(section.account ? { account: section.account } : {}),
            holdings: section.holdings,
            notes: section.notes,
            ...(section.unread ? { unread: section.unread } : {})
        },
        scope: scopeOf(person, reader.platform),
        plan: { steps: section.steps, refused: section.refused }
    })));
    each.forEach(({ section }, i) => {
        section.steps = replanned[i].steps;
        section.refused = replanned[i].refused;
    });
}
const scopeOf = (p, platform) => p.kind === 'departure'
    ? { kind: 'departure' }
    : { kind: 'reduction', remove: (p.remove ?? []).filter(g => g.platform === platform) };
async function planPerson(person, plan, scope, readers, lookups, declaredOnly = false) {
    const relevant = scope.kind === 'departure'
        ? readers
        : readers.filter(r => scope.remove.some(g => g.platform === r.platform));
    const platforms = await Promise.all(relevant.map(reader => {
        const platformScope = scope.kind === 'departure'
            ? scope
            : { kind: 'reduction', remove: scope.remove.filter(g => g.platform === reader.platform) };
        return declaredOnly
            ? declaredSection(person, reader.platform, platformScope, lookups.base)
            : liveSection(person, reader, platformScope, lookups);
    }));
    return { ...plan, platforms };
}
async function liveSection(person, reader, scope, lookups) {
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
        found = await reader.discover(identityFor(person, reader.platform, lookups), scope);
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
        ...(found.unread?.length ? { unread: found.unread } : {}),
        steps,
        refused
    };
}
/** Without credentials, say what the declarations imply: for a departure the declared account
 *  and every grant of the person's roles there, for a reduction the grants removed. Nothing
 *  was looked up. */
function declaredSection(person, platform, scope, base) {
    const account = (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredAccount */ .k8)(person, platform);
    const grants = scope.kind === 'reduction'
        ? scope.remove
        : (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .personGrants */ .$u)(person, base).filter(g => g.platform === platform);
    const holdings = [
        ...(scope.kind === 'departure' && account
            ? [{ kind: 'declared_account', id: account, label: `declared account ${account}` }]
            : []),
        ...grants.map(g => ({ kind: 'declared_grant', id: (0,_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .grantKey */ .cx)(g), label: describeGrant(g) }))
    ];
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
            ...(p.refused ? { refused: p.refused.rule } : {}),
            platforms: p.platforms.map(s => ({
                platform: s.platform,
                status: s.status,
                // A plan that could not read something is not the plan that read it all (and a plan
                // that read everything hashes as before `unread` existed).
                ...(s.unread?.length ? { unread: s.unread.map(u => u.what) } : {}),
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
            add: a.add.map(_grants_js__WEBPACK_IMPORTED_MODULE_3__/* .grantKey */ .cx).sort()
        }))
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(content)).digest('hex');
}


/***/ }),

/***/ 20689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ trustedSettings),
/* harmony export */   Ot: () => (/* binding */ identityDrift),
/* harmony export */   VQ: () => (/* binding */ departureRefusal)
/* harmony export */ });
/* harmony import */ var _connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39954);
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94160);


const LATER = 'takes effect after merge';
const DROPPED = 'this change still revokes its departures there (not its reductions); unmanaged after merge';
const show = (v) => v === undefined ? '(not set)' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v);
/** Base's settings for the connectors, and head's differences as notices. */
function trustedSettings(base, head) {
    const afterMerge = [];
    const droppedByHead = [];
    const notice = (setting, message) => afterMerge.push({ setting, message });
    const compare = (path, b, h, skip = []) => {
        const keys = new Set([...Object.keys(b), ...Object.keys(h)]);
        for (const key of keys) {
            if (skip.includes(key))
                continue;
            const [bv, hv] = [b[key], h[key]];
            if (JSON.stringify(bv) !== JSON.stringify(hv))
                notice(`${path}.${key}`, `head sets ${show(hv)} (this change uses ${show(bv)}): ${LATER}`);
        }
    };
    const notes = {
        compare,
        dropped(setting, what, ...instances) {
            notice(setting, `${what}: ${DROPPED}`);
            droppedByHead.push(...instances);
        },
        added: (setting, what) => notice(setting, `${what}: not planned in this change; ${LATER}`),
        notice
    };
    const blocks = {};
    for (const d of (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .platformDescriptors */ .Uz)()) {
        const [b, h] = [(0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(base, d), (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(head, d)];
        const standard = (skip = []) => trustedBlock(d, b, h, notes, skip);
        const trusted = d.trust ? d.trust(b, h, notes, standard) : standard();
        if (trusted !== undefined)
            blocks[d.key] = trusted;
    }
    compare('policy', base.policy, head.policy);
    return { platforms: { ...base, ...blocks }, afterMerge, droppedByHead };
}
/** A platform's block, when its descriptor has no rule of its own: base's, its `protected`
 *  list the union of base's and head's; head adding or removing the block is a notice. Keys
 *  in `skip` are the descriptor's to compare. */
function trustedBlock(d, b, h, notes, skip = []) {
    if (b && !h)
        notes.dropped(d.key, 'head removes this block', ...d.instances(b).map(i => i.name));
    else if (!b && h)
        notes.added(d.key, 'head adds this block');
    if (!b || !h)
        return b;
    notes.compare(d.key, b, h, ['protected', ...skip]);
    const [bp, hp] = [protectedList(b), protectedList(h)];
    const inHead = new Set(hp.map(a => d.foldAccount(a)));
    const inBase = new Set(bp.map(a => d.foldAccount(a)));
    const removed = bp.filter(a => !inHead.has(d.foldAccount(a)));
    if (removed.length)
        notes.notice(`${d.key}.protected`, `head removes ${removed.join(', ')}: still protected in this change; ${LATER}`);
    if (!('protected' in b))
        return b;
    return { ...b, protected: [...bp, ...hp.filter(a => !inBase.has(d.foldAccount(a)))] };
}
/** The accounts a block protects (its `protected` list). */
const protectedList = (block) => {
    const list = block.protected;
    return Array.isArray(list) ? list : [];
};
/** Why a departure is refused for this person, if it is: the change alters the email or
 *  accounts it would revoke, or unprotects an account the person declares (at base or head).
 *  `atHead` is the person at head (absent when the file is deleted). */
function departureRefusal(atBase, atHead, base, head) {
    const drift = identityDrift(atBase, atHead, base, head);
    if (!drift)
        return undefined;
    const id = atBase.id;
    return {
        rule: drift.rule,
        message: `this change departs ${id} and ${drift.what}. A departure revokes only the email and accounts reviewers approved at base, and never a protected account, so nothing is revoked for ${id} in this change: make that edit in a pull request of its own first, then depart ${id}.`
    };
}
/** How a person's identity differs between two revisions, as far as revoking goes: the email
 *  or accounts changed (`changes alice's identity (...)`), or an account the person declares
 *  no longer protected (`removes ..., which alice declares`); undefined when neither. */
function identityDrift(atBase, atHead, base, head) {
    const changed = atHead ? identityChanges(atBase, atHead) : [];
    const unprotected = unprotectedAccounts(atBase, atHead, base, head);
    if (!changed.length && !unprotected.length)
        return undefined;
    const id = atBase.id;
    const what = [
        ...(changed.length ? [`changes ${id}'s identity (${changed.join('; ')})`] : []),
        ...unprotected.map(u => `removes ${u}, which ${id} declares`)
    ].join(', and ');
    return {
        rule: changed.length ? 'departure_identity_changed' : 'departure_unprotects_account',
        what
    };
}
const lower = (s) => s.toLowerCase();
/** `accounts.aws alice -> old-contractor`, `accounts.github removed (alice-gh)`, ... */
function identityChanges(b, h) {
    const out = [];
    const compare = (field, from, to, fold) => {
        if (from === undefined && to !== undefined)
            out.push(`${field} added (${to})`);
        else if (to === undefined && from !== undefined)
            out.push(`${field} removed (${from})`);
        else if (from !== undefined && to !== undefined && fold(from) !== fold(to))
            out.push(`${field} ${from} -> ${to}`);
    };
    compare('email', b.email, h.email, lower);
    for (const d of (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .platformDescriptors */ .Uz)()) {
        const [bs, hs] = [accountsOn(b, d), accountsOn(h, d)];
        for (const instance of new Set([...bs.keys(), ...hs.keys()]))
            compare((0,_grants_js__WEBPACK_IMPORTED_MODULE_1__/* .accountsKey */ .yE)(instance), bs.get(instance), hs.get(instance), d.foldAccount);
    }
    return out;
}
/** A person's accounts on one platform, by instance. */
const accountsOn = (p, d) => new Map((0,_grants_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredAccounts */ .xP)(p).flatMap(a => (a.platform === d ? [[a.instance, a.account]] : [])));
/** `IAM user breakglass from aws.protected`, for each account the person declares (at base or
 *  head) that base protects and head does not. */
function unprotectedAccounts(atBase, atHead, base, head) {
    const out = [];
    for (const d of (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .platformDescriptors */ .Uz)()) {
        const accounts = new Map();
        for (const p of [atBase, atHead])
            for (const [instance, account] of p ? accountsOn(p, d) : [])
                accounts.set(`${instance}|${d.foldAccount(account)}`, { instance, account });
        const protects = (platforms, instance, account) => (0,_connectors_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .instancesNamed */ .IV)(platforms, instance).some(i => d.isProtected(i.settings, account));
        for (const { instance, account } of accounts.values())
            if (protects(base, instance, account) && !protects(head, instance, account))
                out.push(`${d.accountLabel(instance)} ${account} from ${d.key}.protected`);
    }
    return out;
}


/***/ })

};
