export const id = 307;
export const ids = [307];
export const modules = {

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


/***/ }),

/***/ 1307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planJson: () => (/* binding */ planJson),
/* harmony export */   planText: () => (/* binding */ planText)
/* harmony export */ });
/* unused harmony exports PLAN_COMMENT_MARKER, planMarkdown */
/* harmony import */ var _commands_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3155);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
// The plan for people: terminal text, Markdown (pull request comment, job summary), JSON.



/** Marks the pull request comment offboard owns, so it is updated in place. */
const PLAN_COMMENT_MARKER = '<!-- offboard:plan -->';
const shortHash = (plan) => plan.hash.slice(0, 12);
function counts(plan) {
    const departures = plan.people.filter(p => p.kind === 'departure').length;
    const reductions = plan.people.filter(p => p.kind === 'reduction').length;
    const parts = [(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(departures, 'departure'), (0,_commands_command_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reductions, 'reduction')];
    if (plan.additions.length)
        parts.push(`${(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(plan.additions.length, 'addition')} (not applied)`);
    return parts.join(', ');
}
function sectionState(s) {
    if (s.status === 'not_checked' || s.status === 'declared_only')
        return s.reason ?? s.status;
    if (s.status === 'no_account')
        return 'no account';
    const auto = s.steps.filter(st => st.mode === 'auto').length;
    const manual = s.steps.length - auto;
    const parts = [auto === 0 ? 'nothing to revoke' : (0,_commands_command_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(auto, 'step')];
    if (manual)
        parts.push(`${manual} for a human`);
    if (s.refused.length)
        parts.push(`${s.refused.length} refused`);
    return parts.join(', ');
}
const stepLine = (st) => `${st.mode === 'manual' ? 'needs a human: ' : ''}${st.action} ${st.target}${st.reason ? ` (${st.reason})` : ''}`;
const accountLabel = (s) => s.account
    ? ` ${s.account.display}${s.account.display !== s.account.id ? ` (id ${s.account.id})` : ''}`
    : '';
function planText(plan) {
    const out = [
        `offboard plan: ${plan.base} -> ${plan.head}: ${counts(plan)}; plan ${shortHash(plan)}`
    ];
    if (plan.declaredOnly)
        out.push('DECLARED ONLY: no credentials were used; live access was not discovered.');
    if (plan.refused)
        out.push('', `REFUSED (${plan.refused.guard}): ${plan.refused.message}`);
    for (const p of plan.people) {
        out.push('', `${p.person} (${p.name} <${p.email}>): ${p.kind}, ${p.why}`);
        for (const s of p.platforms) {
            out.push(`  ${s.platform}${accountLabel(s)}: ${sectionState(s)}`);
            for (const st of s.steps)
                out.push(`    - ${stepLine(st)}`);
            for (const r of s.refused)
                out.push(`    ! refused ${r.target}: ${r.reason}`);
            for (const n of s.notes)
                out.push(`    note: ${n}`);
        }
    }
    if (plan.additions.length) {
        out.push('', 'Not applied (provisioning is not part of offboard):');
        for (const a of plan.additions)
            out.push(`  ${a.person.id}: ${a.how.replace('_', ' ')}: ${a.add.map(_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGrant */ .a).join(', ') || 'no grants'}`);
    }
    if (plan.people.length === 0 && !plan.refused)
        out.push('', 'Nothing to revoke.');
    return out.join('\n');
}
function planMarkdown(plan) {
    const out = [PLAN_COMMENT_MARKER, `### offboard plan: ${counts(plan)}`, ''];
    if (plan.declaredOnly)
        out.push('> [!NOTE]', '> **Declared only**: this pull request comes from a fork, so no credentials were used. What follows is what the declarations imply; apply discovers live access after merge.', '');
    if (plan.refused)
        out.push('> [!CAUTION]', `> **Refused** by \`policy.${plan.refused.guard}\`: ${plan.refused.message}`, '');
    const platforms = [...new Set(plan.people.flatMap(p => p.platforms.map(s => s.platform)))];
    if (plan.people.length && platforms.length) {
        out.push(`| Person | Change | ${platforms.join(' | ')} |`, `|---|---|${platforms.map(() => '---|').join('')}`);
        for (const p of plan.people)
            out.push(`| ${p.person} | ${p.kind} | ${platforms
                .map(name => {
                const s = p.platforms.find(x => x.platform === name);
                return s ? cell(sectionState(s)) : '';
            })
                .join(' | ')} |`);
        out.push('');
    }
    for (const p of plan.people)
        out.push(...personDetails(p), '');
    if (plan.additions.length) {
        out.push('<details><summary>Not applied: additions (provisioning is not part of offboard)</summary>', '');
        for (const a of plan.additions)
            out.push(`- **${a.person.id}** (${a.how.replace('_', ' ')}): ${a.add.map(describeGrant).join(', ') || 'no grants'}`);
        out.push('', '</details>', '');
    }
    if (plan.people.length === 0 && !plan.refused)
        out.push('Nothing to revoke.', '');
    out.push(`Plan \`${plan.hash}\` (${plan.base} -> ${plan.head})`);
    return out.join('\n');
}
function personDetails(p) {
    const steps = p.platforms.reduce((n, s) => n + s.steps.length, 0);
    const out = [
        `<details><summary><b>${p.person}</b> (${cell(p.name)}): ${p.kind}, ${cell(p.why)}; ${plural(steps, 'step')}</summary>`,
        ''
    ];
    for (const s of p.platforms) {
        out.push(`**${s.platform}**${accountLabel(s)}: ${sectionState(s)}`, '');
        for (const st of s.steps)
            out.push(`- ${st.mode === 'manual' ? ':warning: ' : ''}\`${st.action}\` ${st.target}${st.reason ? `: ${st.reason}` : ''}`);
        for (const r of s.refused)
            out.push(`- :no_entry: refused \`${r.target}\`: ${r.reason}`);
        for (const n of s.notes)
            out.push(`- _${n}_`);
        out.push('');
    }
    out.push('</details>');
    return out;
}
/** The documented, stable JSON shape (`offboard plan --json`, action output `plan-json`). */
const planJson = (plan) => JSON.stringify({ version: 1, ...plan }, null, 2);


/***/ })

};
