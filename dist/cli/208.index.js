export const id = 208;
export const ids = [208];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   s: () => (/* binding */ mapLimit)
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


/***/ }),

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ execute),
/* harmony export */   outcomeLine: () => (/* binding */ outcomeLine),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* unused harmony exports DEFAULT_PER_PLATFORM, noCredentials, planSteps, planDepth */
/* harmony import */ var _log_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4361);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1532);


// Wide enough for one departure's widest layer (an IAM user holding every credential type has a
// dozen independent first steps); the clients still wait out each platform's rate limits.
const DEFAULT_PER_PLATFORM = 16;
/** Where each platform's write credentials come from, for "no credentials" failures. */
const CREDENTIALS = {
    github: 'GITHUB_TOKEN (or the github-token input)',
    aws: 'AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or a role)',
    slack: 'SLACK_TOKEN',
    scim: "the token variable the SCIM app's entry in platforms.yaml names"
};
const noCredentials = (platform) => `no credentials for ${platform}: set ${CREDENTIALS[platform.split(':')[0]]} and rerun apply`;
/** Every step of a plan, in plan order. */
const planSteps = (plan) => plan.people.flatMap(p => p.platforms.flatMap(s => s.steps));
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
const message = (err) => err instanceof Error ? err.message || err.name : String(err);
/**
 * Runs `steps` as their `after` links allow and returns their outcomes in the order given.
 * A step starts once every step it names in `after` has finished, whatever the result:
 * the connector's perform knows whether acting after a failure is safe, and a step that
 * cannot succeed (an IAM user whose keys are still there) fails on its own and says why,
 * which is more useful in the log than a generic "not run". `after` ids that are not among
 * `steps` count as done: a rerun's plan no longer holds what is already gone.
 * `manual` steps are recorded as skipped; a perform that throws is a failed step.
 */
async function runGraph(steps, perform, options = {}) {
    checkGraph(steps);
    const now = options.now ?? (() => new Date());
    const bound = (p) => {
        const n = options.perPlatform;
        const size = typeof n === 'number' ? n : (n?.[p] ?? DEFAULT_PER_PLATFORM);
        if (!(Number.isInteger(size) || size === Infinity) || size < 1)
            throw new Error(`concurrency for ${p} must be a positive whole number, got ${size}`);
        return size;
    };
    const limits = new Map();
    const limit = (p) => {
        if (!limits.has(p))
            limits.set(p, (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .limiter */ .T)(bound(p)));
        return limits.get(p);
    };
    // A wrong bound fails here, before anything runs.
    steps.forEach(s => limit(s.platform));
    const attempt = async (step) => {
        const startedAt = now().toISOString();
        let outcome;
        if (step.mode === 'manual')
            outcome = { result: 'skipped', detail: `needs a human: ${step.reason}` };
        else {
            try {
                outcome = await perform(step);
            }
            catch (err) {
                outcome = {
                    result: 'failed',
                    detail: `${step.platform}: ${step.action} ${step.target}: ${message(err)}`
                };
            }
        }
        // Connectors keep secrets out of details; error messages from elsewhere may not.
        const detail = (0,_log_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(outcome.detail);
        const done = {
            step,
            result: outcome.result,
            detail,
            startedAt,
            finishedAt: now().toISOString()
        };
        options.onOutcome?.(done);
        return done;
    };
    const byId = new Map(steps.map(s => [s.id, s]));
    const running = new Map();
    const start = (s) => {
        let p = running.get(s.id);
        if (!p) {
            const before = s.after.flatMap(id => (byId.has(id) ? [start(byId.get(id))] : []));
            p = Promise.all(before).then(() => s.mode === 'manual' ? attempt(s) : limit(s.platform)(() => attempt(s)));
            running.set(s.id, p);
        }
        return p;
    };
    return Promise.all(steps.map(start));
}
/** Runs steps with one perform function; outcomes by step id. Unbounded unless told: a
 *  connector running its own few follow-up steps inside one perform. */
async function runSteps(steps, perform, options = {}) {
    const outcomes = await runGraph(steps, perform, { perPlatform: Infinity, ...options });
    return new Map(outcomes.map(o => [o.step.id, { result: o.result, detail: o.detail }]));
}
/** Runs a plan's steps with each platform's writer. A platform without a writer (no
 *  credentials) fails its steps, and nothing else stops: every outcome is logged. */
async function execute(plan, writers, options = {}) {
    if (plan.refused)
        throw new Error(`the change was refused (${plan.refused.guard}): nothing is revoked`);
    if (plan.declaredOnly)
        throw new Error('this plan was made without credentials (declarations only): plan again with credentials before applying');
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const outcomes = await runGraph(planSteps(plan), async (step) => {
        const writer = writers.get(step.platform);
        if (!writer)
            return { result: 'failed', detail: noCredentials(step.platform) };
        if (writer.unavailable)
            return { result: 'failed', detail: `${step.platform}: ${writer.unavailable}` };
        return writer.perform(step);
    }, { ...options, now });
    const counts = { revoked: 0, already_absent: 0, skipped: 0, failed: 0 };
    for (const o of outcomes)
        counts[o.result]++;
    return { outcomes, counts, startedAt, finishedAt: now().toISOString() };
}
/** One progress line: person, platform, action, target, result and detail. */
const progressLine = (o) => outcomeLine({ ...o.step, ...o });
/** One line for any outcome worth showing, a step's or a check's (the log's fields). */
const outcomeLine = (o) => [o.person, o.platform, o.action, o.target, o.result, o.detail].filter(x => x !== '').join('  ');


/***/ })

};
