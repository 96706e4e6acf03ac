export const id = 61;
export const ids = [61,4770];
export const modules = {

/***/ 84770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FaultSyntaxError: () => (/* binding */ FaultSyntaxError),
/* harmony export */   parseFault: () => (/* binding */ parseFault)
/* harmony export */ });
class FaultSyntaxError extends Error {
}
const NUMBERS = {
    delay: 'delayMs',
    'retry-after': 'retryAfterSeconds',
    rate: 'rate',
    times: 'times'
};
function parseFault(text) {
    const fail = (why) => {
        throw new FaultSyntaxError(`fault "${text}": ${why}; write SERVER OPERATION = EFFECT..., e.g. "github GET /orgs/{org}/members = 500" or "aws-iam ListAccessKeys = drop times=1"`);
    };
    const eq = text.indexOf('=');
    if (eq < 0)
        fail('no "=" between the operation and its effect');
    const [server = '', ...operation] = text.slice(0, eq).trim().split(/\s+/);
    if (!server || operation.length === 0)
        fail('name the server, then the operation');
    const rule = { operation: operation.join(' ') };
    const effects = text
        .slice(eq + 1)
        .split(/[\s,]+/)
        .filter(Boolean);
    if (effects.length === 0)
        fail('no effect after "="');
    for (const effect of effects) {
        const [name, value] = effect.split('=', 2);
        if (/^\d{3}$/.test(effect))
            rule.status = Number(effect);
        else if (effect === 'drop')
            rule.drop = true;
        else if (name === 'code' && value)
            rule.code = value;
        else if (Object.hasOwn(NUMBERS, name) && value && Number.isFinite(Number(value)))
            rule[NUMBERS[name]] = Number(value);
        else
            fail(`"${effect}" is not an effect: use a status (500), drop, delay=MS, retry-after=S, code=NAME, rate=0..1 or times=N`);
    }
    return { server, rule };
}


/***/ }),

/***/ 70061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSandboxInputs: () => (/* binding */ loadSandboxInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __webpack_require__(18975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/declarations/schema.ts + 5 modules
var declarations_schema = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/declarations/yaml.ts
var yaml = __webpack_require__(78106);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(94160);
// EXTERNAL MODULE: ./src/sandbox/faults.ts
var faults = __webpack_require__(84770);
// EXTERNAL MODULE: ./src/sandbox/registry.ts + 74 modules
var registry = __webpack_require__(40725);
;// CONCATENATED MODULE: ./src/sandbox/scenario.ts
// The sandbox scenario: who actually holds what on the simulated platforms beyond what the
// access declarations grant (credentials, leftovers of departed people, strays, bots). The
// format is YAML, checked against schemas/scenario.schema.json (assembled from each
// platform's part) and against the declarations, every problem reported at its line. The
// bundled one is sandbox/scenario.yaml.







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
/** The checks a schema cannot make: the scenario must fit the declarations it seeds with.
 *  Each platform checks its part; the people and the faults are checked here. */
function crossCheck(s, decl) {
    const out = [];
    const problem = (path, message, atKey) => out.push({ path, atKey, message });
    const people = [];
    for (const [id, holds] of Object.entries(s.people ?? {})) {
        const person = decl.people.get(id);
        if (person)
            people.push({ id, person, holds });
        else
            problem(['people', id], `no person "${id}" in the declarations: use a person id, or list the account under others`, true);
    }
    const unconfigured = (path, block) => problem(path, `platforms.yaml has no ${block} block: remove this, or configure ${block}`, true);
    const check = {
        scenario: s,
        decl,
        people,
        problem,
        unconfigured,
        needsAccount(id, block, configured, account, what) {
            if (!configured)
                unconfigured(['people', id, block], block);
            else if (!account)
                problem(['people', id, block], `${id} declares no accounts.${block}: the scenario needs ${what} to seed`, true);
        },
        notDeclared(platform, names, key, fold = name => name) {
            const accounts = [...decl.people.values()].flatMap(p => (0,grants/* declaredAccount */.k8)(p, platform) ?? []);
            const declared = new Set(accounts.map(fold));
            names.forEach((name, i) => {
                const k = fold(name);
                if (declared.has(k))
                    problem(['others', platform, i, key], `${name} is declared for a person: describe it under people instead`);
                declared.add(k);
            });
        }
    };
    for (const platform of registry/* sandboxPlatforms */.U)
        platform.check(check);
    const servers = registry/* sandboxPlatforms */.U.flatMap(p => p.servers(decl));
    (s.faults ?? []).forEach((text, i) => {
        try {
            const { server } = (0,faults.parseFault)(text);
            if (!servers.includes(server))
                problem(['faults', i], `no server "${server}" in this sandbox: the servers are ${servers.join(', ')}`);
        }
        catch (err) {
            if (!(err instanceof faults.FaultSyntaxError))
                throw err;
            problem(['faults', i], err.message);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/sandbox/inputs.ts
// What a sandbox is seeded from: the access tree and a scenario, both checked.




/** The declarations in `dir` and the scenario in `file` (the bundled one when absent). */
async function loadSandboxInputs(dir, cwd, file) {
    const { declarations, diagnostics } = await (0,load.loadFromDirectory)(dir, cwd);
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
