export const id = 7235;
export const ids = [7235,3478,4770];
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

/***/ 17235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startSandbox: () => (/* binding */ startSandbox)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84770);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40725);
/* harmony import */ var _seed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3478);
/* harmony import */ var _shared_server_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65126);
// The whole sandbox: every platform the declarations configure, seeded from them plus a
// scenario, each on its own loopback server, with the tokens and the environment variables
// that point the command line (or a test, or a benchmark) at it. The platforms are those of
// the registry (registry.ts); each says how it is seeded and started.






/** A made-up token: recognisably the sandbox's, different on every run. */
const token = (prefix) => `${prefix}sandbox-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
async function startSandbox(decl, scenario, options = {}) {
    const seeded = (0,_seed_js__WEBPACK_IMPORTED_MODULE_4__/* .seedStates */ .E)(decl, scenario, options);
    const states = {};
    const tokens = {};
    const env = {};
    const starts = [];
    let accessRepo;
    for (const p of _registry_js__WEBPACK_IMPORTED_MODULE_3__/* .sandboxPlatforms */ .U) {
        const s = seeded[p.key];
        states[p.key] = p.state(s);
        accessRepo ??= p.accessRepo?.(s);
        if (s === undefined || s === null)
            continue;
        const started = p.start(s, { decl, options, seed: options.seed ?? 1, token });
        if (started.tokens !== undefined)
            tokens[p.key] = started.tokens;
        starts.push(...started.servers);
    }
    const faults = faultsByServer(starts.map(s => s.platform), scenario, options);
    const servers = {};
    const close = () => Promise.all(Object.values(servers).map(s => s.close())).then(() => undefined);
    try {
        for (const [i, start] of starts.entries()) {
            const { platform } = start;
            const port = options.portBase === undefined ? undefined : options.portBase + i;
            if (port !== undefined)
                await checkPortFree(port, platform.name);
            const server = await (0,_shared_server_js__WEBPACK_IMPORTED_MODULE_5__/* .startSimServer */ .hE)(platform, {
                port,
                seed: options.seed,
                knobs: {
                    latencyMs: options.latencyMs ?? 0,
                    ...options.knobs?.[platform.name],
                    faults: faults.get(platform.name) ?? []
                }
            });
            servers[platform.name] = server;
            Object.assign(env, start.env(server.url));
        }
    }
    catch (err) {
        await close();
        throw err;
    }
    return {
        servers,
        states: states,
        tokens: tokens,
        accessRepo,
        env,
        close
    };
}
/** Every fault rule per server, checked against what each platform has: a rule for a server
 *  that is not running, or an operation its platform does not have, is an error. */
function faultsByServer(platforms, scenario, options) {
    const byName = new Map(platforms.map(p => [p.name, p]));
    const out = new Map();
    const add = (server, rules) => {
        const platform = byName.get(server);
        if (!platform)
            throw new Error(`sandbox: no server "${server}" to put faults on: the servers are ${[...byName.keys()].join(', ')}`);
        const problems = (0,_shared_server_js__WEBPACK_IMPORTED_MODULE_5__/* .faultProblems */ .TW)(platform, rules);
        if (problems.length > 0)
            throw new Error(`sandbox: ${problems.join('; ')}`);
        out.set(server, [...(out.get(server) ?? []), ...rules]);
    };
    for (const [server, knobs] of Object.entries(options.knobs ?? {}))
        if (knobs.faults)
            add(server, knobs.faults);
    for (const text of [...(scenario.faults ?? []), ...(options.faults ?? [])]) {
        const { server, rule } = (0,_faults_js__WEBPACK_IMPORTED_MODULE_2__.parseFault)(text);
        add(server, [rule]);
    }
    return out;
}
/** Fails with a clear message when a fixed port is taken (the server would only crash). */
function checkPortFree(port, name) {
    return new Promise((resolve, reject) => {
        const probe = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.createServer)();
        probe.once('error', (err) => reject(new Error(`sandbox: cannot serve ${name} on 127.0.0.1:${port} (${err.code ?? err.message}): choose another --port-base, or leave it out to use free ports`)));
        probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
}


/***/ }),

/***/ 3478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ seedStates),
/* harmony export */   readAccessTree: () => (/* binding */ readAccessTree)
/* harmony export */ });
/* unused harmony export accessFiles */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _declarations_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22458);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40725);
// Every simulated platform's state from the declarations plus a scenario: the baseline (each
// active person holds exactly what their roles grant) and what the scenario adds.



function seedStates(decl, scenario, options = {}) {
    const input = {
        decl,
        scenario,
        now: options.now ?? new Date(),
        seed: options.seed ?? 1,
        accessFiles: options.accessFiles ?? accessFiles(decl)
    };
    return Object.fromEntries(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sandboxPlatforms */ .U.map(p => [p.key, p.seed(input)]));
}
/** The files of an access tree on disk, for the access repository (regular files only). */
async function readAccessTree(dir, cwd) {
    const source = (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__/* .directorySource */ .X5)(dir, cwd);
    return Object.fromEntries(await (0,_declarations_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readAll */ .yw)(source, source.files.filter(f => !f.irregular)));
}
/** The declarations written back as an access tree (for generated declarations, which have
 *  no files of their own). */
function accessFiles(decl) {
    // Positions are the loader's bookkeeping, not part of a file.
    const yaml = (value) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)(Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'at')), {
        lineWidth: 0
    });
    const files = { 'platforms.yaml': yaml(decl.platforms) };
    for (const person of decl.people.values())
        files[`people/${person.id}.yaml`] = yaml(person);
    for (const role of decl.roles.values())
        files[`roles/${role.id}.yaml`] = yaml(role);
    return files;
}


/***/ })

};
