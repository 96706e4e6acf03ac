export const id = 809;
export const ids = [809,748];
export const modules = {

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ auditPlatforms),
/* harmony export */   blocking: () => (/* binding */ blocking),
/* harmony export */   lL: () => (/* binding */ FAIL_AT),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports SEVERITY_OF, declaredGrants, atLeast, computeDrift */
/* harmony import */ var _grants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4160);

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
        for (const g of (0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .roleGrants */ .eL)(role, decl))
            if (g.platform === platform)
                byKey.set((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(g), g);
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
    const expected = new Map([...decl.people.values()].map(p => [p.id, (0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .personGrants */ .$u)(p, decl)]));
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
        const given = new Set(grantsOn(person).map(_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx));
        for (const g of a.grants)
            if (!given.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(g)))
                out.push(finding('extra_grant', { ...who, target: grantText(g) }, `${grantText(g)}: no role of ${person.id} gives it`));
        out.push(...staleCredentials(a, clock, who));
    }
    // Active people who should be on the platform: they declare an account, or a role gives
    // them something there.
    for (const person of people) {
        if (person.status !== 'active')
            continue;
        const declared = declaredAccount(person, platform);
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
        const have = new Set(held.flatMap(a => a.grants.map(_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)));
        for (const g of grants)
            if (!have.has((0,_grants_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(g)))
                out.push(finding('missing_grant', { ...who, target: grantText(g) }, `${grantText(g)} is declared but not held (offboard does not provision)`));
    }
    return out;
}
/** Slack and SCIM apps find a person by email when no account is declared. */
const emailFallback = (platform) => platform === 'slack' || platform.startsWith('scim:');
function declaredAccount(p, platform) {
    if (platform.startsWith('scim:'))
        return p.accounts.scim?.[platform.slice(5)];
    return p.accounts[platform];
}
/** Who a listed account belongs to: the person declaring it (GitHub logins and SCIM
 *  userNames compared case-insensitively), else, where the platform allows, the person
 *  whose email it has; GitHub invitations are matched by email too. */
function matcher(people, platform) {
    const fold = platform === 'aws' || platform === 'slack' ? (s) => s : lower;
    const byAccount = new Map();
    const byEmail = new Map();
    for (const p of people) {
        const declared = declaredAccount(p, platform);
        if (declared)
            byAccount.set(fold(declared), p);
        if (platform === 'github' || (emailFallback(platform) && !declared))
            byEmail.set(lower(p.email), p);
    }
    const email = (a) => (a.email && byEmail.get(lower(a.email))) || byEmail.get(lower(a.account));
    return a => byAccount.get(fold(a.account)) ??
        (emailFallback(platform) || a.kind === 'invitation' ? email(a) : undefined);
}
function protectedTest(decl, platform) {
    const p = decl.platforms;
    if (platform === 'github') {
        const set = new Set((p.github?.protected ?? []).map(lower));
        return a => set.has(lower(a));
    }
    const list = platform === 'aws' ? p.aws?.protected : platform === 'slack' ? p.slack?.protected : [];
    const set = new Set(list ?? []);
    return a => set.has(a);
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

/***/ 4160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ personGrants),
/* harmony export */   cx: () => (/* binding */ grantKey),
/* harmony export */   eL: () => (/* binding */ roleGrants)
/* harmony export */ });
/** Stable string form, usable as a Set/Map key. GitHub slugs compare case-insensitively. */
function grantKey(g) {
    const value = g.platform === 'github' ? g.value.toLowerCase() : g.value;
    return `${g.platform}|${g.kind}|${value}`;
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

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditJson: () => (/* binding */ auditJson),
/* harmony export */   auditText: () => (/* binding */ auditText)
/* harmony export */ });
/* unused harmony exports countBySeverity, headline, auditMarkdown */
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1748);
/* harmony import */ var _commands_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3155);
// The audit's drift as terminal text, as JSON (shape documented in docs/audit.md), and as
// Markdown for the job summary and the drift issue.



function countBySeverity(findings) {
    const counts = Object.fromEntries(_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(s => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function auditJson(drift, origin) {
    return {
        version: 1,
        at: drift.at,
        declarations: origin,
        stale_key_days: drift.staleKeyDays,
        fail_at: _audit_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_AT */ .lL,
        drift: (0,_audit_js__WEBPACK_IMPORTED_MODULE_0__.blocking)(drift).length > 0,
        summary: { ...countBySeverity(drift.findings), total: drift.findings.length },
        platforms: drift.platforms.map(p => ({
            platform: p.platform,
            status: p.status,
            ...(p.reason ? { reason: p.reason } : {}),
            accounts: p.accounts,
            requests: p.requests,
            findings: countBySeverity(drift.findings.filter(f => f.platform === p.platform)),
            notes: p.notes
        })),
        findings: drift.findings.map(f => ({
            severity: f.severity,
            kind: f.kind,
            platform: f.platform,
            account: f.account,
            person: f.person ?? null,
            target: f.target ?? null,
            detail: f.detail
        }))
    };
}
/** One line: how many findings of which severity, or "no drift". */
function headline(drift) {
    const counts = countBySeverity(drift.findings);
    const parts = _audit_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter(s => counts[s] > 0).map(s => `${counts[s]} ${s}`);
    const unchecked = drift.platforms.filter(p => p.status === 'not_checked').length;
    const clean = unchecked === 0
        ? 'no drift'
        : unchecked < drift.platforms.length
            ? 'no drift on the platforms checked'
            : 'nothing checked';
    const found = parts.length
        ? `${(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(drift.findings.length, 'finding')} (${parts.join(', ')})`
        : clean;
    return `${found}${unchecked ? `; ${(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(unchecked, 'platform')} not checked` : ''}`;
}
function auditText(drift, origin) {
    const lines = [`offboard audit of ${origin} at ${drift.at}: ${headline(drift)}`, ''];
    const width = Math.max(8, ...drift.platforms.map(p => p.platform.length));
    for (const p of drift.platforms)
        lines.push(p.status === 'checked'
            ? `  ${p.platform.padEnd(width)}  checked: ${(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(p.accounts, 'account')}, ${(0,_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(p.requests, 'request')}`
            : `  ${p.platform.padEnd(width)}  NOT CHECKED: ${whyNot(p)}`);
    for (const p of drift.platforms)
        for (const note of p.notes)
            lines.push(`  note: ${p.platform}: ${note}`);
    if (drift.findings.length)
        lines.push('');
    for (const f of drift.findings)
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${f.kind.padEnd(21)} ${f.platform} ${f.account}${f.person ? ` (${f.person})` : ''}: ${f.detail}`);
    return lines.join('\n');
}
/** The job summary and the drift issue body: a table by platform and severity, then the
 *  findings in <details>, most severe first. */
function auditMarkdown(drift, origin, opts = {}) {
    const head = [
        `### offboard audit: ${headline(drift)}`,
        '',
        `Declarations: \`${origin}\`, audited at ${drift.at}. Findings of severity **${FAIL_AT}** or above are drift to fix; \`info\` findings are for reviewers.`,
        '',
        `| platform | status | accounts | requests | ${SEVERITIES.join(' | ')} |`,
        `|---|---|--:|--:|${SEVERITIES.map(() => '--:').join('|')}|`
    ];
    for (const p of drift.platforms) {
        const counts = countBySeverity(drift.findings.filter(f => f.platform === p.platform));
        const status = p.status === 'checked' ? 'checked' : `**not checked**: ${cell(whyNot(p))}`;
        head.push(`| ${p.platform} | ${status} | ${p.accounts} | ${p.requests} | ${SEVERITIES.map(s => counts[s] || '').join(' | ')} |`);
    }
    const notes = drift.platforms.flatMap(p => p.notes.map(n => `- ${p.platform}: ${cell(n)}`));
    if (notes.length)
        head.push('', '<details><summary>Notes</summary>', '', ...notes, '', '</details>');
    const limit = opts.maxChars ?? Infinity;
    let size = head.join('\n').length;
    const sections = [];
    let left = 0;
    for (const severity of SEVERITIES) {
        const findings = drift.findings.filter(f => f.severity === severity);
        if (!findings.length)
            continue;
        const open = `<details${atLeastOpen(severity) ? ' open' : ''}><summary><b>${severity}</b>: ${plural(findings.length, 'finding')}</summary>\n\n| kind | platform | account | person | detail |\n|---|---|---|---|---|`;
        const rows = [];
        // Room for this section's frame and the closing "not shown" line.
        let room = limit - size - open.length - 200;
        for (const f of findings) {
            const row = `| ${f.kind} | ${f.platform} | ${cell(f.account)} | ${cell(f.person ?? '')} | ${cell(f.detail)} |`;
            if (row.length + 1 > room) {
                left += findings.length - rows.length;
                break;
            }
            rows.push(row);
            room -= row.length + 1;
        }
        if (!rows.length)
            continue;
        const section = [open, ...rows, '', '</details>'].join('\n');
        sections.push(section);
        size += section.length + 2;
    }
    const tail = left
        ? [`_${plural(left, 'more finding')} not shown here: run \`offboard audit --json\` for all._`]
        : [];
    return [...head, '', ...sections.flatMap(s => [s, '']), ...tail].join('\n').trimEnd() + '\n';
}
/** Connectors word their reasons "not checked: ..."; the report says that once. */
const whyNot = (p) => (p.reason ?? 'no reason given').replace(/^not checked: /, '');
const atLeastOpen = (s) => SEVERITIES.indexOf(s) <= SEVERITIES.indexOf('high');


/***/ })

};
