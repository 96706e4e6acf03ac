export const id = 61;
export const ids = [61];
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

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSandboxInputs: () => (/* binding */ loadSandboxInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __webpack_require__(8975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/declarations/schema.ts + 5 modules
var declarations_schema = __webpack_require__(656);
// EXTERNAL MODULE: ./src/declarations/yaml.ts + 1 modules
var yaml = __webpack_require__(4634);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(4160);
;// CONCATENATED MODULE: ./src/sandbox/scenario.ts
// The sandbox scenario: who actually holds what on the simulated platforms beyond what the
// access declarations grant (credentials, leftovers of departed people, strays, bots). The
// format is YAML, checked against schemas/scenario.schema.json and against the declarations,
// every problem reported at its line. The bundled one is sandbox/scenario.yaml.





/** A scenario that does not parse, or does not fit the declarations. */
class ScenarioError extends Error {
    diagnostics;
    constructor(diagnostics) {
        super(`the sandbox scenario has ${diagnostics.length === 1 ? 'a problem' : `${diagnostics.length} problems`}:\n` +
            diagnostics.map(load/* formatDiagnostic */.xy).join('\n'));
        this.diagnostics = diagnostics;
        this.name = 'ScenarioError';
    }
}
/** Where the bundled scenario is reported from. */
const BUNDLED_SCENARIO = 'sandbox/scenario.yaml';
/** The bundled scenario's text. ncc sees this literal URL and copies the file next to the
 *  bundle, so the command line finds it after bundling too. */
function bundledScenarioText() {
    return (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "scenario.yaml");
}
/** Parses and checks a scenario; throws ScenarioError with every problem found. */
async function parseScenario(text, file, decl) {
    // One file, and its problems need exact positions: always the careful parser.
    await (0,yaml/* loadCarefulParser */.yA)();
    const { parsed, problems } = (0,yaml/* parseYaml */.hN)(file, Buffer.from(text));
    if (!parsed)
        throw new ScenarioError(problems);
    const schema = (0,declarations_schema/* schemaProblems */.I)('scenario', parsed);
    if (schema.length > 0)
        throw new ScenarioError(schema);
    const scenario = parsed.value;
    const found = crossCheck(scenario, decl);
    if (found.length > 0)
        throw new ScenarioError(found
            .map(f => ({ file, ...parsed.locate(f.path, { key: f.atKey }), message: f.message }))
            .sort((a, b) => a.line - b.line || a.column - b.column));
    return scenario;
}
/** Whether an active person's roles make them an org owner. */
const grantsOrgAdmin = (p, decl) => (0,grants/* personGrants */.$u)(p, decl).some(g => g.kind === 'github_org_admin');
/** The checks a schema cannot make: the scenario must fit the declarations it seeds with. */
function crossCheck(s, decl) {
    const out = [];
    const cfg = decl.platforms;
    const apps = new Set(cfg.scim.map(a => a.name));
    const repos = new Set([s.github?.access_repo ?? 'access', ...(s.github?.repos ?? [])]);
    const unconfigured = (path, block) => out.push({
        path,
        atKey: true,
        message: `platforms.yaml has no ${block} block: remove this, or configure ${block}`
    });
    const checkApps = (path, names) => {
        for (const app of names)
            if (!apps.has(app))
                out.push({
                    path: [...path, app],
                    atKey: true,
                    message: `no SCIM app "${app}" in platforms.yaml (configured: ${[...apps].join(', ') || 'none'})`
                });
    };
    const checkDeployKeys = (path, h) => (h?.deploy_keys ?? []).forEach((repo, i) => {
        if (!repos.has(repo))
            out.push({
                path: [...path, 'deploy_keys', i],
                message: `deploy key on "${repo}", which is not a repository of the scenario: add it to github.repos`
            });
    });
    for (const [id, holds] of Object.entries(s.people ?? {})) {
        const path = ['people', id];
        const person = decl.people.get(id);
        if (!person) {
            out.push({
                path,
                atKey: true,
                message: `no person "${id}" in the declarations: use a person id, or list the account under others`
            });
            continue;
        }
        const needs = [
            ['github', 'github', 'a GitHub login'],
            ['aws', 'aws', 'an IAM user name']
        ];
        for (const [block, account, what] of needs) {
            if (!holds[block])
                continue;
            if (!cfg[block])
                unconfigured([...path, block], block);
            else if (!person.accounts[account])
                out.push({
                    path: [...path, block],
                    atKey: true,
                    message: `${id} declares no accounts.${account}: the scenario needs ${what} to seed`
                });
        }
        if (holds.slack && !cfg.slack)
            unconfigured([...path, 'slack'], 'slack');
        checkApps([...path, 'scim'], Object.keys(holds.scim ?? {}));
        checkDeployKeys([...path, 'github'], holds.github);
        const baselineKey = person.status === 'active' ? 1 : 0;
        const keys = (holds.aws?.access_keys?.length ?? 0) + baselineKey;
        if (keys > 2)
            out.push({
                path: [...path, 'aws', 'access_keys'],
                message: `${id} would hold ${keys} access keys (an active person holds one already); IAM allows two`
            });
    }
    const o = s.others ?? {};
    if (o.github && !cfg.github)
        unconfigured(['others', 'github'], 'github');
    if (o.aws && !cfg.aws)
        unconfigured(['others', 'aws'], 'aws');
    if (o.slack && !cfg.slack)
        unconfigured(['others', 'slack'], 'slack');
    checkApps(['others', 'scim'], Object.keys(o.scim ?? {}));
    const people = [...decl.people.values()];
    const declared = {
        github: new Set(people.flatMap(p => p.accounts.github ?? []).map(l => l.toLowerCase())),
        aws: new Set(people.flatMap(p => p.accounts.aws ?? [])),
        slack: new Set(people.flatMap(p => p.accounts.slack ?? []))
    };
    const claimed = (block, names, key) => names.forEach((name, i) => {
        const k = block === 'github' ? name.toLowerCase() : name;
        if (declared[block].has(k))
            out.push({
                path: ['others', block, i, key],
                message: `${name} is declared for a person: describe it under people instead`
            });
        declared[block].add(k);
    });
    claimed('github', (o.github ?? []).map(a => a.login), 'login');
    claimed('aws', (o.aws ?? []).map(u => u.user), 'user');
    claimed('slack', (o.slack ?? []).map(m => m.id), 'id');
    (o.github ?? []).forEach((a, i) => checkDeployKeys(['others', 'github', i], a));
    const owner = s.github?.token_owner;
    if (owner !== undefined && !githubOwners(s, decl).has(owner.toLowerCase()))
        out.push({
            path: ['github', 'token_owner'],
            message: `${owner} is not an org owner in the sandbox: name an owner (a person whose roles grant org_role: admin, or an account under others with role: admin)`
        });
    const slackOwner = s.slack?.token_owner;
    const admins = (o.slack ?? []).filter(m => m.admin || m.owner || m.primary_owner);
    if (slackOwner !== undefined && !admins.some(m => m.id === slackOwner))
        out.push({
            path: ['slack', 'token_owner'],
            message: `${slackOwner} is not a Slack admin in the scenario: name a member of others.slack with admin: true`
        });
    return out;
}
/** Logins (lower-case) that are org owners once the scenario is seeded. */
function githubOwners(s, decl) {
    const owners = new Set();
    for (const p of decl.people.values()) {
        const login = p.accounts.github?.toLowerCase();
        const role = s.people?.[p.id]?.github?.role;
        const admin = role ? role === 'admin' : p.status === 'active' && grantsOrgAdmin(p, decl);
        if (login && admin)
            owners.add(login);
    }
    for (const a of s.others?.github ?? [])
        if (a.role === 'admin')
            owners.add(a.login.toLowerCase());
    return owners;
}

;// CONCATENATED MODULE: ./src/sandbox/inputs.ts
// What a sandbox is seeded from: the access tree and a scenario, both checked.




/** The declarations in `dir` and the scenario in `file` (the bundled one when absent). */
async function loadSandboxInputs(dir, cwd, file) {
    const { declarations, diagnostics } = await (0,load/* loadFromDirectory */.eq)(dir, cwd);
    if (diagnostics.length > 0)
        return {
            ok: false,
            diagnostics,
            message: `${dir} is invalid: fix it (offboard validate) and start the sandbox again`
        };
    try {
        const text = file ? await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file)) : bundledScenarioText();
        const scenario = await parseScenario(text, file ?? BUNDLED_SCENARIO, declarations);
        return {
            ok: true,
            declarations,
            scenario,
            scenarioName: file ?? `${BUNDLED_SCENARIO} (bundled)`
        };
    }
    catch (err) {
        if (err instanceof ScenarioError)
            return {
                ok: false,
                diagnostics: err.diagnostics,
                message: `the scenario does not fit ${dir}: see docs/sandbox.md for its format`
            };
        const code = err.code;
        if (code === 'ENOENT' || code === 'EISDIR')
            return {
                ok: false,
                diagnostics: [],
                message: `cannot read the scenario ${file}: no such file`
            };
        throw err;
    }
}


/***/ })

};
