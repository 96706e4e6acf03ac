export const id = 7318;
export const ids = [7318];
export const modules = {

/***/ 37318:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45771);
// The `offboard` executable: dist/cli/index.js reaches it through the bundle (src/index.ts cli).

// offboard supports Node 20 on purpose; the AWS SDK's notice about its future minimum is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 45771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __webpack_require__(18975);
// EXTERNAL MODULE: ./src/log/redact.ts
var redact = __webpack_require__(94361);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/commands/command.ts
// What every command of the command line provides, and how one runs; the registry is in
// cli.ts.




/** Exit codes, as SPEC section 3 defines them. */
const EXIT = { ok: 0, failed: 1, invalid: 2, drift: 3 };
/** Thrown for a wrong invocation: printed with a pointer to --help, exit 2. */
class UsageError extends Error {
}
const dirOption = { dir: { type: 'string', default: 'access' } };
/** Runs `command` with the arguments after its name, as `offboard <name> ...` does: options
 *  parsed strictly (a wrong one is a UsageError), --help printed, every line scrubbed of
 *  secrets (redactingIo) but a verbatim command's own, and what it throws printed (exit 2). */
async function runCommand(command, args, terminal) {
    const io = redactingIo(terminal);
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args,
                options: { ...command.options, help: { type: 'boolean', short: 'h' } },
                allowPositionals: false,
                strict: true
            });
        }
        catch (err) {
            throw new UsageError(`${command.name}: ${err.message}\n\nUsage: ${command.usage.split('\n')[0]}`);
        }
        if (parsed.values.help) {
            io.out(`Usage: ${command.usage}`);
            return EXIT.ok;
        }
        return await command.run(parsed.values, command.verbatim ? terminal : io);
    }
    catch (err) {
        return failure(io, err);
    }
}
/** What a command threw, on stderr (a wrong invocation with a pointer to --help): exit 2. */
function failure(io, err) {
    const hint = err instanceof UsageError ? '\nRun "offboard --help" for the commands.' : '';
    io.err(`offboard: ${err.message}${hint}`);
    return EXIT.invalid;
}
/** Invalid declarations: one `path:line:col: message` line each on stdout, what to do on
 *  stderr; the exit code for invalid input. */
function reportInvalid(io, diagnostics, message) {
    for (const d of diagnostics)
        io.out((0,load/* formatDiagnostic */.xy)(d));
    io.err(message);
    return EXIT.invalid;
}
/** The io a command prints through: the secrets of the environment registered (log/redact),
 *  and every line scrubbed of every secret registered by the time it is printed. */
function redactingIo(io) {
    for (const secret of (0,redact/* secretsInEnvironment */.WN)(io.env))
        (0,redact/* registerSecret */.cl)(secret);
    return { ...io, out: line => io.out((0,redact/* redact */.E$)(line)), err: line => io.err((0,redact/* redact */.E$)(line)) };
}
/** What connectors get from the command line: the environment, the secrets registry, and
 *  progress lines on stderr with OFFBOARD_DEBUG=1. */
const connectorEnvironment = (io) => ({
    env: io.env,
    maskSecret: redact/* registerSecret */.cl,
    log: (line) => (io.env.OFFBOARD_DEBUG ? io.err(line) : undefined)
});
/** The base and head that plan and apply compare (--base, --head, --dir), both valid; or
 *  undefined once what is wrong has been printed (exit 2). */
async function loadChange(command, values, io) {
    if (typeof values.base !== 'string') {
        io.err(`offboard ${command}: --base REF is required (e.g. --base HEAD~1 or --base origin/main)`);
        return undefined;
    }
    // The connectors (and their SDKs) load only for the commands that use them.
    const { loadRevisions } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(2464), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 20383));
    const revisions = await loadRevisions({
        cwd: io.cwd,
        dir: String(values.dir),
        base: values.base,
        head: typeof values.head === 'string' ? values.head : undefined
    });
    if (!revisions.ok) {
        reportInvalid(io, revisions.diagnostics, `offboard: the declarations at ${revisions.which} have ${(0,words/* plural */.L)(revisions.diagnostics.length, 'problem')}: fix them first (offboard validate)`);
        return undefined;
    }
    return revisions;
}

;// CONCATENATED MODULE: ./src/commands/apply.ts


const apply = {
    name: 'apply',
    summary: 'revoke what the change removes and append the revocation log',
    usage: `offboard apply --base REF [--head REF] [--dir access] [--wait SECONDS]

Plans the change as "offboard plan" does (discovering live access again), revokes every step
with the platforms' write credentials, prints each step as it finishes, discovers everyone
again to verify that nothing is left, and appends its records to <dir>/log/<YYYY>.jsonl as
they happen: one per failed read, a "started" record, on disk, before each write is sent, the
outcome when it is answered, and one per person and platform verified. Steps left to a human
(deploy keys) are listed as waiting. Rerunning finishes what failed: what is already gone is
found absent and costs no write.
While it runs it holds <dir>/log/.lock: another apply on the same checkout waits for it (up
to --wait seconds, default 300) before planning. It refuses to start on a log whose chain is
broken or which cannot be written.
Exit: 0 every step revoked, already absent or skipped, and everything verified; 1 some step,
read or verification failed, or a departure was refused for its person (the rest is applied,
the log is still written); 2 invalid declarations, a change refused by the guards, a broken or
unwritable log, or a lock held too long (nothing revoked or logged).`,
    options: {
        ...dirOption,
        base: { type: 'string' },
        head: { type: 'string' },
        wait: { type: 'string' }
    },
    async run(values, io) {
        const waitMs = waitOption(values.wait);
        const revisions = await loadChange('apply', values, io);
        if (!revisions)
            return EXIT.invalid;
        const dir = String(values.dir);
        const { withLockedLog } = await __webpack_require__.e(/* import() */ 8939).then(__webpack_require__.bind(__webpack_require__, 28939));
        const say = (line) => io.err(`offboard: ${line}`);
        const lock = { command: 'apply', waitMs, onWait: say, onNotice: say };
        return withLockedLog(dir, io.cwd, lock, log => applyLogged(revisions, log, values, io));
    }
};
/** The --wait option in milliseconds, or the lock's default. */
function waitOption(value) {
    if (value === undefined)
        return undefined;
    const seconds = Number(value);
    if (String(value).trim() === '' || !Number.isFinite(seconds) || seconds < 0)
        throw new UsageError(`apply: --wait takes a number of seconds (0 or more), not "${value}"`);
    return seconds * 1000;
}
async function applyLogged(revisions, log, values, io) {
    const { applyChange } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(2464), __webpack_require__.e(7326)]).then(__webpack_require__.bind(__webpack_require__, 17326));
    const { progressLine } = await __webpack_require__.e(/* import() */ 2451).then(__webpack_require__.bind(__webpack_require__, 82451));
    warnInDoubt('apply', log, io);
    const applied = await applyChange(revisions.base, revisions.head, connectorEnvironment(io), {
        change: {
            // loadRevisions resolved both; the working tree has no commit.
            base: revisions.base.commit ?? String(values.base),
            head: revisions.head.commit ?? 'working tree',
            pr: null,
            approvers: []
        },
        actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
        onOutcome: o => io.out(`  ${progressLine(o)}`),
        onRecord: entry => log.append(entry),
        inDoubt: log.unanswered
    });
    if (!applied.plan.refused && applied.entries.length === 0) {
        io.out(`offboard apply: ${revisions.base.label} -> ${revisions.head.label}: nothing to revoke`);
        return EXIT.ok;
    }
    return reportApplied('apply', applied, log, io);
}
/** Says that earlier runs left writes in doubt, which this one settles. */
function warnInDoubt(command, log, io) {
    if (log.unanswered.length > 0)
        io.err(`offboard: an earlier run stopped before ${(0,words/* plural */.L)(log.unanswered.length, 'write')} ${log.unanswered.length === 1 ? 'was' : 'were'} answered (log seq ${log.unanswered.map(r => r.seq).join(', ')}): this ${command} discovers again what is left, finishes it, and logs each one found done as already absent`);
}
/** What an apply or a sweep did, after its progress lines: the checks and verify entries, the
 *  tally, what waits for a human, the times, the records logged; its exit code. */
async function reportApplied(command, applied, log, io) {
    const { outcomeLine, revocationTimes, tally, waitingLines } = await __webpack_require__.e(/* import() */ 2451).then(__webpack_require__.bind(__webpack_require__, 82451));
    const { plan } = applied;
    if (plan.refused) {
        io.err(`offboard: refused: ${plan.refused.message}`);
        return EXIT.invalid;
    }
    for (const c of [...applied.checks, ...applied.verify])
        io.out(`  ${outcomeLine(c)}`);
    const { records } = log;
    io.out(`offboard ${command}: ${plan.people.length === 1 ? '1 person' : `${plan.people.length} people`} (plan ${plan.hash.slice(0, 12)}): ${tally(applied.entries)}`);
    for (const line of waitingLines(applied.entries))
        io.out(line);
    for (const line of revocationTimes(plan, records))
        io.out(`time to revoke: ${line}`);
    if (records.length > 0)
        io.out(`log: ${(0,words/* plural */.L)(records.length, 'record')} appended to ${log.folder} (seq ${records[0].seq}-${records[records.length - 1].seq}); check it with offboard verify-log`);
    if (log.failure) {
        io.err(`offboard: ${log.failure.message}. Not in the log either: ${(0,words/* plural */.L)(applied.unrecorded.length, 'outcome')} printed above${applied.unrecorded.length ? ` (${applied.unrecorded.map(e => `${e.platform} ${e.action} ${e.target} ${e.result}`).join('; ')})` : ''}; the writes after it were not attempted`);
        return EXIT.failed;
    }
    if (applied.failed > 0) {
        io.err(`offboard: ${applied.failed} failed: see the lines marked failed above; fix the cause and run ${command} again (it resumes where it stopped)`);
        return EXIT.failed;
    }
    return EXIT.ok;
}

// EXTERNAL MODULE: ./src/heap.ts
var heap = __webpack_require__(72753);
;// CONCATENATED MODULE: ./src/commands/audit.ts




const audit = {
    name: 'audit',
    summary: 'compare declared with actual access on every platform',
    usage: `offboard audit [--dir access] [--json] [--fail-on-drift]

Lists every configured platform (read-only) and compares what it holds with the
declarations: departed people still active, undeclared accounts, grants no role gives,
stale AWS access keys, undeclared GitHub invitations, deploy keys apply left to a human
(read back from the log, until they are gone), and declared grants not held.
Protected accounts and bots are never drift. A platform without credentials is reported
as "not checked", never as clean. --json prints the shape documented in docs/audit.md.
Exit: 0; 3 with --fail-on-drift when a finding of severity medium or above exists;
2 when the declarations are invalid.`,
    options: {
        ...dirOption,
        json: { type: 'boolean', default: false },
        'fail-on-drift': { type: 'boolean', default: false }
    },
    async run(values, io) {
        (0,heap/* collectGarbageSooner */.w)();
        const dir = String(values.dir);
        const { declarations, diagnostics } = await (0,load.loadFromDirectory)(dir, io.cwd);
        if (diagnostics.length > 0)
            return reportInvalid(io, diagnostics, `offboard: ${(0,words/* plural */.L)(diagnostics.length, 'problem')} in ${dir}: run "offboard validate" and fix them before auditing`);
        // The connectors (and their SDKs) load only for the commands that use them.
        const { auditDeclarations } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(2464), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 20383));
        const { blocking } = await __webpack_require__.e(/* import() */ 3580).then(__webpack_require__.bind(__webpack_require__, 13580));
        const { auditJson, auditText } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(8809)]).then(__webpack_require__.bind(__webpack_require__, 8809));
        const drift = await auditDeclarations(declarations, connectorEnvironment(io), {
            dir,
            cwd: io.cwd
        });
        io.out(values.json ? JSON.stringify(auditJson(drift, dir), null, 2) : auditText(drift, dir));
        return values['fail-on-drift'] && blocking(drift).length > 0 ? EXIT.drift : EXIT.ok;
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/connectors/registry.ts + 12 modules
var registry = __webpack_require__(39954);
// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(22458);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(77607);
// EXTERNAL MODULE: ./src/log/store.ts
var store = __webpack_require__(80599);
;// CONCATENATED MODULE: ./src/commands/evidence.ts



const FORMATS = ['md', 'json', 'csv'];
const evidence = {
    name: 'evidence',
    summary: 'time to revoke per departure, for an auditor, from the log and git history',
    usage: `offboard evidence [--since DATE] [--until DATE] [--format md|json|csv] [--dir access]

One row per departure the revocation log records: who, departed_on, when it was requested,
the pull request and its approvers, urgent or not, first and last revocation, when every
platform was verified gone, the time to revoke, whether that was within policy.revoke_within,
the steps by result and the manual steps still open; then the median and worst time to
revoke and how many were late. A departure is in the period by the UTC day it was
requested; --since and --until (YYYY-MM-DD, UTC) are both included. Reads only
<dir>/log/<YYYY>.jsonl, git history and policy.revoke_within in <dir>/platforms.yaml: no
platform is asked anything. The chain is checked first, and the report names its head hash.
See docs/evidence.md.
Exit: 0; 1 the log's chain is broken (no report); 2 a wrong option or invalid declarations.`,
    options: {
        ...dirOption,
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string', default: 'md' }
    },
    async run(values, io) {
        const dir = String(values.dir);
        const format = String(values.format);
        if (!FORMATS.includes(format))
            throw new UsageError(`evidence: --format is "${format}": use md, json or csv`);
        const since = dateOption(values, 'since');
        const until = dateOption(values, 'until');
        if (since && until && since > until)
            throw new UsageError(`evidence: --since ${since} is after --until ${until}`);
        const { loadFromDirectory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18975));
        const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd);
        if (diagnostics.length)
            return reportInvalid(io, diagnostics, `offboard: ${dir} has problems (policy.revoke_within is read from it): fix them first (offboard validate)`);
        const { buildEvidence } = await __webpack_require__.e(/* import() */ 4102).then(__webpack_require__.bind(__webpack_require__, 74102));
        const report = await buildEvidence({
            files: await (0,store.readLog)(dir, io.cwd),
            dir,
            cwd: io.cwd,
            revokeWithin: declarations.platforms.policy.revoke_within,
            now: new Date(),
            ...(since ? { since } : {}),
            ...(until ? { until } : {})
        });
        if (!('rows' in report)) {
            io.out(`${report.where}: ${report.problem}`);
            io.err(`offboard: the revocation log in ${(0,store/* logPath */.Q2)(dir)} is broken, so it is no evidence: restore the file from git history (git log -p -- <file>), check it with offboard verify-log, then run evidence again`);
            return EXIT.failed;
        }
        const { evidenceCsv, evidenceJson, evidenceMarkdown, evidenceTotals } = await __webpack_require__.e(/* import() */ 7771).then(__webpack_require__.bind(__webpack_require__, 67771));
        if (format === 'json')
            io.out(evidenceJson(report));
        else if (format === 'md')
            io.out(evidenceMarkdown(report));
        else {
            io.out(evidenceCsv(report).replace(/\r\n$/, ''));
            io.err(`offboard evidence: ${evidenceTotals(report)}`);
        }
        return EXIT.ok;
    }
};
/** A YYYY-MM-DD option that is a real date, or undefined when not given. */
function dateOption(values, name) {
    const value = values[name];
    if (value === undefined)
        return undefined;
    const text = String(value);
    if (!(0,duration/* isDate */.$P)(text))
        throw new UsageError(`evidence: --${name} is "${text}": give a date as YYYY-MM-DD (UTC)`);
    return text;
}

;// CONCATENATED MODULE: ./src/commands/plan.ts

const plan = {
    name: 'plan',
    summary: 'detect the change between two commits and show what would be revoked',
    usage: `offboard plan --base REF [--head REF] [--json] [--dir access]

Compares the access declarations at --base with --head (default: the working tree), discovers
what each departing or reduced person actually holds on every configured platform (read-only:
plan never writes), and prints what apply would revoke.
Credentials come from the environment (GITHUB_TOKEN, AWS credentials, SLACK_TOKEN, each SCIM
app's token_env); a platform without them is shown as "not checked: no credentials". Every
read that failed is listed in a WARNING block at the top: apply fails until it succeeds.
Connection settings (endpoints, token variables, github.org, the platform blocks) come from
--base: a change to them is listed as taking effect after merge.
Exit: 0 planned, 2 invalid declarations, a change refused by the policy guards, or a departure
refused for its person (the change alters their accounts or unprotects one of them).`,
    options: {
        ...dirOption,
        base: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'boolean', default: false }
    },
    async run(values, io) {
        const revisions = await loadChange('plan', values, io);
        if (!revisions)
            return EXIT.invalid;
        const { planChange } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(2464), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 20383));
        const { planJson, planText, refusedPeople } = await Promise.all(/* import() */[__webpack_require__.e(2464), __webpack_require__.e(7714)]).then(__webpack_require__.bind(__webpack_require__, 51307));
        const result = await planChange(revisions.base, revisions.head, connectorEnvironment(io));
        io.out(values.json ? planJson(result) : planText(result));
        if (result.refused) {
            io.err(`offboard: refused: ${result.refused.message}`);
            return EXIT.invalid;
        }
        const refused = refusedPeople(result);
        for (const p of refused)
            io.err(`offboard: refused: ${p.refused.message}`);
        return refused.length ? EXIT.invalid : EXIT.ok;
    }
};

;// CONCATENATED MODULE: ./src/commands/sweep.ts



const sweep = {
    name: 'sweep',
    summary: "revoke what departed people still hold, under their merged departure's review",
    usage: `offboard sweep [--person ID] [--dir access] [--json] [--wait SECONDS]

For every person departed in the committed declarations at HEAD (or only --person), discovers
on every platform what they still hold (a step that failed, a key created after the
revocation, a re-invitation) and revokes it as their departure did, then verifies. No new
review: the departure was reviewed and merged, so only what HEAD commits counts (uncommitted
changes are not read; when the checkout has origin's default branch, HEAD must be on it), only
people whose departure the log records are swept, and only the identity that departure
revoked: a person whose file changed since is refused. Protected accounts and the last owner
are refused as always; policy.max_sweep_per_run (default 5) caps the people one sweep revokes
anything for. Its log records carry change.kind "sweep" and the departure's pull request.
Nothing left means one verified record per person and platform, and no write.
Locks <dir>/log/.lock as apply does (--wait, default 300 s). --json prints the plan, what was
logged and who was not swept.
Exit: 0 everything revoked or already gone, and verified; 1 some step, read or verification
failed, or a person was refused (the rest is swept, the log is still written); 2 invalid
declarations, a person named who is not departed at HEAD or whose departure the log does not
record, a sweep refused by policy.max_sweep_per_run, HEAD off the default branch, or a broken
log (nothing revoked or logged).`,
    options: {
        ...dirOption,
        person: { type: 'string' },
        json: { type: 'boolean', default: false },
        wait: { type: 'string' }
    },
    async run(values, io) {
        const waitMs = waitOption(values.wait);
        const dir = String(values.dir);
        const revision = await committedHead(dir, io);
        if (!revision)
            return EXIT.invalid;
        const { withLockedLog } = await __webpack_require__.e(/* import() */ 8939).then(__webpack_require__.bind(__webpack_require__, 28939));
        const say = (line) => io.err(`offboard: ${line}`);
        const lock = { command: 'sweep', waitMs, onWait: say, onNotice: say };
        return withLockedLog(dir, io.cwd, lock, log => sweepLogged(revision, log, values, io));
    }
};
/** HEAD's committed declarations, valid and on the default branch; undefined once what is
 *  wrong has been printed. */
async function committedHead(dir, io) {
    const { commitTime, git, resolveCommit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 22458));
    const { loadFromGit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18975));
    const commit = await resolveCommit('HEAD', io.cwd);
    const label = `HEAD (${commit.slice(0, 7)})`;
    // A branch not merged is a change nobody approved: refuse it when the default branch is known.
    const origin = await git(io.cwd, 'rev-parse', '--verify', '-q', 'refs/remotes/origin/HEAD').then(out => out.trim(), () => undefined);
    if (origin) {
        const merged = await git(io.cwd, 'merge-base', '--is-ancestor', commit, origin).then(() => true, () => false);
        if (!merged) {
            io.err(`offboard sweep: ${label} is not on origin's default branch (origin/HEAD, ${origin.slice(0, 7)}): a sweep revokes only what the default branch holds, never a branch not merged. Check out the default branch, pull, and rerun`);
            return undefined;
        }
    }
    const [loaded, committedAt] = await Promise.all([
        loadFromGit(commit, dir, io.cwd),
        commitTime(commit, io.cwd)
    ]);
    if (loaded.diagnostics.length) {
        reportInvalid(io, loaded.diagnostics, `offboard: the declarations at ${label} have ${(0,words/* plural */.L)(loaded.diagnostics.length, 'problem')}: fix them first (offboard validate)`);
        return undefined;
    }
    return { label, commit, committedAt, declarations: loaded.declarations };
}
async function sweepLogged(revision, log, values, io) {
    const { sweep: sweepPeople } = await Promise.all(/* import() */[__webpack_require__.e(3580), __webpack_require__.e(2464), __webpack_require__.e(7326), __webpack_require__.e(9159)]).then(__webpack_require__.bind(__webpack_require__, 49159));
    const { readLog } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 80599));
    const { progressLine } = await __webpack_require__.e(/* import() */ 2451).then(__webpack_require__.bind(__webpack_require__, 82451));
    const dir = String(values.dir);
    const json = values.json === true;
    warnInDoubt('sweep', log, io);
    const swept = await sweepPeople({
        revision,
        log: await readLog(dir, io.cwd),
        ...(typeof values.person === 'string' ? { person: values.person } : {}),
        dir,
        cwd: io.cwd
    }, connectorEnvironment(io), {
        actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
        onOutcome: o => (json ? undefined : io.out(`  ${progressLine(o)}`)),
        onRecord: entry => log.append(entry),
        inDoubt: log.unanswered
    });
    if (json) {
        io.out(JSON.stringify({
            version: 1,
            commit: revision.commit,
            plan: swept.plan,
            unswept: swept.unswept,
            records: log.records,
            failed: swept.failed
        }, null, 2));
        if (swept.plan.refused)
            io.err(`offboard: refused: ${swept.plan.refused.message}`);
        return swept.plan.refused ? EXIT.invalid : log.failure || swept.failed ? EXIT.failed : EXIT.ok;
    }
    for (const u of swept.unswept)
        io.out(`  not swept: ${u.person}: ${u.why}`);
    if (!swept.plan.refused && swept.plan.people.length === 0) {
        io.out(`offboard sweep: ${revision.label}: no departed person to sweep`);
        return EXIT.ok;
    }
    return reportApplied('sweep', swept, log, io);
}

;// CONCATENATED MODULE: ./src/commands/validate.ts




const validate = {
    name: 'validate',
    summary: 'check the access declarations (schemas and cross-file rules)',
    usage: `offboard validate [--dir access]

Checks every file of the access tree against its schema and the cross-file rules.
Prints one "path:line:column: message" line per problem.
Exit: 0 valid, 2 invalid.`,
    options: dirOption,
    async run(values, io) {
        const dir = String(values.dir);
        const { declarations, diagnostics } = await (0,load.loadFromDirectory)(dir, io.cwd);
        if (diagnostics.length > 0) {
            const files = new Set(diagnostics.map(d => d.file)).size;
            return reportInvalid(io, diagnostics, `offboard: ${(0,words/* plural */.L)(diagnostics.length, 'problem')} in ${(0,words/* plural */.L)(files, 'file')}: fix them and run validate again`);
        }
        const active = [...declarations.people.values()].filter(p => p.status === 'active').length;
        const platforms = (0,registry/* configuredInstances */.Zv)(declarations.platforms).map(({ instance }) => instance.detail ? `${instance.name} (${instance.detail})` : instance.name);
        io.out(`${dir}: valid: ${declarations.people.size} people (${active} active), ${(0,words/* plural */.L)(declarations.roles.size, 'role')}; platforms: ${platforms.join(', ') || 'none'}`);
        return EXIT.ok;
    }
};

// EXTERNAL MODULE: ./src/log/verify.ts
var verify = __webpack_require__(59365);
;// CONCATENATED MODULE: ./src/commands/verify-log.ts




const verifyLogCommand = {
    name: 'verify-log',
    summary: "check the revocation log's hash chain",
    usage: `offboard verify-log [--dir access]

Recomputes every record's hash and link in <dir>/log/<YYYY>.jsonl, files in year order, and
lists the writes still in doubt: "started" records that no later record of the same step
answers (the run stopped before the platform answered, and no apply has checked since).
Exit: 0 intact, 1 broken (the first broken record is named as file:line, with what is wrong).`,
    options: dirOption,
    async run(values, io) {
        const files = await (0,store.readLog)(String(values.dir), io.cwd);
        const checked = (0,verify/* verifyLog */.IO)(files);
        if (!checked.ok) {
            io.out(`${checked.where}: ${checked.problem}`);
            io.err('offboard: the revocation log is broken: restore the file from git history (git log -p -- <file>)');
            return EXIT.failed;
        }
        const last = checked.head ? `, last hash ${checked.head.hash} (seq ${checked.head.seq})` : '';
        io.out(`intact: ${(0,words/* plural */.L)(checked.records, 'record')} in ${(0,words/* plural */.L)(checked.files, 'file')}${last}`);
        const doubt = checked.unanswered ?? [];
        if (doubt.length > 0) {
            io.out(`in doubt: ${(0,words/* plural */.L)(doubt.length, 'write')} started and never answered (a run stopped first); the next apply of the change checks each again:`);
            for (const r of doubt)
                io.out(`  seq ${r.seq}  ${r.at}  ${r.person}  ${r.platform}  ${r.action}  ${r.target}`);
        }
        return EXIT.ok;
    }
};

;// CONCATENATED MODULE: ./src/commands/demo.ts













const LEAVER = 'alice';
const demo = {
    name: 'demo',
    summary: 'the whole flow on the bundled sandbox, no credentials needed',
    usage: `offboard demo [--dir access]

Tells the whole story on simulated platforms, with no credentials and no network: starts the
sandbox seeded from <dir> and the bundled scenario, copies the access tree into a scratch git
repository, marks ${LEAVER} departed, then runs validate, plan, apply (with progress and a
verified record per platform), verify-log, audit, evidence (alice's time to revoke), and a
sweep that revokes a key re-created for alice after her departure. Cleans up after itself.
Exit: 0 when every step did what it should.`,
    options: dirOption,
    async run(values, io) {
        const dir = String(values.dir);
        const { loadSandboxInputs } = await Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 70061));
        const { startSandbox } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(7235)]).then(__webpack_require__.bind(__webpack_require__, 17235));
        const { readAccessTree } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(3478)]).then(__webpack_require__.bind(__webpack_require__, 3478));
        const { markDeparted } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4235)]).then(__webpack_require__.bind(__webpack_require__, 14235));
        const inputs = await loadSandboxInputs(dir, io.cwd);
        if (!inputs.ok)
            return reportInvalid(io, inputs.diagnostics, `offboard demo: ${inputs.message}`);
        const step = (n, text) => io.out(`\n[${n}/8] ${text}`);
        io.out('offboard demo: access revoked by pull request, on simulated platforms (no credentials, no network)');
        // The platforms the tree configures, as people name them.
        const titles = [
            ...new Set((0,registry/* configuredInstances */.Zv)(inputs.declarations.platforms).map(c => c.platform.title))
        ];
        const listed = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles.join('');
        step(1, `Start simulated ${listed}, seeded from ${dir}/ and ${inputs.scenarioName}`);
        const sandbox = await startSandbox(inputs.declarations, inputs.scenario, {
            accessFiles: await readAccessTree(dir, io.cwd)
        });
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'offboard-demo-'));
        try {
            for (const s of Object.values(sandbox.servers))
                io.out(`      ${s.name.padEnd(16)}${s.url}`);
            const env = {
                ...io.env,
                ...sandbox.env,
                AWS_EC2_METADATA_DISABLED: 'true',
                OFFBOARD_ACTOR: 'demo'
            };
            const run = async (command, args = []) => {
                io.out(`      $ offboard ${[command.name, ...args].join(' ')}`);
                const indent = (line) => line
                    .split('\n')
                    .map(l => `      ${l}`)
                    .join('\n');
                const sub = {
                    out: l => io.out(indent(l)),
                    err: l => io.out(indent(l)),
                    cwd: scratch,
                    env
                };
                return runCommand(command, args, sub);
            };
            step(2, 'A scratch copy of the access repository, validated');
            (0,external_node_fs_.cpSync)((0,external_node_path_.resolve)(io.cwd, dir), (0,external_node_path_.join)(scratch, 'access'), { recursive: true });
            await (0,files.git)(scratch, 'init', '-q', '-b', 'main');
            await commit(scratch, 'the access tree');
            if ((await run(validate)) !== EXIT.ok)
                return EXIT.failed;
            step(3, `${LEAVER} leaves: a pull request marks her departed, and the plan shows reviewers what will be revoked`);
            const file = (0,external_node_path_.join)(scratch, 'access/people', `${LEAVER}.yaml`);
            const today = new Date().toISOString().slice(0, 10);
            (0,external_node_fs_.writeFileSync)(file, markDeparted((0,external_node_fs_.readFileSync)(file, 'utf8'), today, file));
            await commit(scratch, `${LEAVER} leaves`);
            if ((await run(plan, ['--base', 'HEAD~1', '--head', 'HEAD'])) !== EXIT.ok)
                return EXIT.failed;
            step(4, 'The pull request is merged: apply discovers again, revokes step by step, reads every platform back to verify, and appends the log');
            const applied = await run(apply, ['--base', 'HEAD~1', '--head', 'HEAD']);
            step(5, "An auditor checks the log's hash chain");
            const verified = await run(verifyLogCommand);
            step(6, 'The daily audit compares declared with actual access; the scenario planted strays for it to find');
            await run(audit);
            step(7, `An auditor samples ${LEAVER}'s departure: requested when, revoked and verified when`);
            const evidenced = await run(evidence);
            step(8, `Later, a script re-creates ${LEAVER}'s IAM user with an access key; the scheduled sweep revokes it under her departure, no new review, and logs it`);
            // A tree without AWS IAM: the sweep then only finds nothing left.
            if (sandbox.env.AWS_ENDPOINT_URL_IAM) {
                io.out(`      (an admin's script: aws iam create-user ${LEAVER}; aws iam create-access-key)`);
                await recreateKey(env, LEAVER);
            }
            const swept = await run(sweep);
            if ([applied, verified, evidenced, swept].some(code => code !== EXIT.ok)) {
                io.out('\nThe demo did not finish as it should: see the apply, verify-log, evidence and sweep output above.');
                return EXIT.failed;
            }
            io.out(`\nDone: ${LEAVER}'s access and credentials were revoked and verified gone on every platform, the log verifies, the audit lists what nobody declared (and the deploy key left to a human), the evidence shows how long revoking took, and the key that appeared after her departure was swept.`);
            return EXIT.ok;
        }
        finally {
            await sandbox.close();
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    }
};
async function commit(cwd, message) {
    await (0,files.git)(cwd, 'add', '-A');
    await (0,files.git)(cwd, '-c', 'user.name=offboard demo', '-c', 'user.email=demo@offboard.invalid', 'commit', '-q', '-m', message);
}
/** What a script that still lists the person does after the departure: their IAM user made
 *  again with an access key, on the sandbox's IAM (whose secret is dropped unseen). */
async function recreateKey(env, user) {
    const { CreateAccessKeyCommand, CreateUserCommand, IAMClient } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(6764)]).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19));
    const iam = new IAMClient({
        region: env.AWS_REGION,
        endpoint: env.AWS_ENDPOINT_URL_IAM,
        credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? ''
        }
    });
    await iam.send(new CreateUserCommand({ UserName: user }));
    await iam.send(new CreateAccessKeyCommand({ UserName: user }));
}

;// CONCATENATED MODULE: ./src/commands/sandbox.ts

const sandbox = {
    name: 'sandbox',
    summary: 'run simulated GitHub, AWS IAM, Slack and SCIM apps to point offboard at',
    usage: `offboard sandbox [--dir access] [--scenario FILE] [--latency MS] [--port-base N]
                        [--fault 'SERVER OPERATION = EFFECT...']...

Starts a simulated copy of every platform platforms.yaml configures, on 127.0.0.1, holding
what the declarations grant plus what the scenario adds (default: the bundled one, see
docs/sandbox.md). Prints the environment variables that point offboard at it as
"export NAME=value" lines, then runs until Ctrl-C.
  --scenario FILE  who holds what beyond the declarations (YAML)
  --latency MS     wait this long before every answer (default 0)
  --port-base N    serve on ports N, N+1, ... instead of free ones
  --fault RULE     fail one operation of one server (repeatable), e.g.
                     --fault 'github GET /orgs/{org}/members = 500'
                     --fault 'aws-iam ListAccessKeys = 429 retry-after=30 times=2'
                     --fault 'slack users.info = drop'
                     --fault 'scim:jira PATCH /Users/{id} = delay=5000'
                   effects: a status, drop, delay=MS, retry-after=S, code=NAME, rate=0..1,
                   times=N (then the fault clears itself); see docs/sandbox.md
Exit: 0 after Ctrl-C, 2 invalid declarations, scenario or options.`,
    options: {
        ...dirOption,
        scenario: { type: 'string' },
        latency: { type: 'string', default: '0' },
        'port-base': { type: 'string' },
        fault: { type: 'string', multiple: true }
    },
    verbatim: true,
    async run(values, io) {
        const latencyMs = whole(values.latency, 'latency', 0, 60_000);
        const portBase = values['port-base'] === undefined
            ? undefined
            : whole(values['port-base'], 'port-base', 1024, 65_000);
        const dir = String(values.dir);
        const file = values.scenario === undefined ? undefined : String(values.scenario);
        const faults = (values.fault ?? []).map(String);
        // The simulated platforms load only for this command.
        const { FaultSyntaxError, parseFault } = await __webpack_require__.e(/* import() */ 4770).then(__webpack_require__.bind(__webpack_require__, 84770));
        for (const text of faults)
            try {
                parseFault(text);
            }
            catch (err) {
                throw err instanceof FaultSyntaxError ? new UsageError(`sandbox: --${err.message}`) : err;
            }
        const { loadSandboxInputs } = await Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 70061));
        const { startSandbox } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(7235)]).then(__webpack_require__.bind(__webpack_require__, 17235));
        const { readAccessTree } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(56), __webpack_require__.e(3324), __webpack_require__.e(492), __webpack_require__.e(9879), __webpack_require__.e(725), __webpack_require__.e(3478)]).then(__webpack_require__.bind(__webpack_require__, 3478));
        const inputs = await loadSandboxInputs(dir, io.cwd, file);
        if (!inputs.ok)
            return reportInvalid(io, inputs.diagnostics, `offboard sandbox: ${inputs.message}`);
        const { declarations, scenario } = inputs;
        const running = await startSandbox(declarations, scenario, {
            latencyMs,
            portBase,
            faults,
            accessFiles: await readAccessTree(dir, io.cwd)
        });
        const names = Object.values(running.servers).map(s => `${s.name} ${s.url}`);
        io.out([
            `# offboard sandbox: ${names.join(', ')}`,
            `# Seeded from ${dir} and ${inputs.scenarioName}. Paste the lines below into`,
            '# another shell (or save them to a file and source it), then run offboard there: plan,',
            '# apply and audit talk to these simulated platforms instead of the real ones, with',
            '# made-up tokens that open nothing else. The state lives in this process only: writes',
            '# change it as the real platform would, and Ctrl-C ends it; start again for a fresh copy.',
            ...[...(scenario.faults ?? []), ...faults].map(f => `# Fault: ${f}`),
            ...Object.entries(running.env).map(([k, v]) => `export ${k}=${shellQuote(v)}`)
        ].join('\n'));
        await interrupted(io);
        await running.close();
        io.err('offboard sandbox: stopped');
        return EXIT.ok;
    }
};
function whole(raw, name, min, max) {
    const n = Number(raw);
    if (!/^\d+$/.test(String(raw)) || n < min || n > max)
        throw new UsageError(`sandbox: --${name} must be a whole number from ${min} to ${max}`);
    return n;
}
/** Single quotes keep a value literal in sh, bash and zsh. */
const shellQuote = (v) => (/^[\w.:/@%+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);
/** Resolves on Ctrl-C (SIGINT), SIGTERM, or the caller's abort signal. */
function interrupted(io) {
    return new Promise(done => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            io.signal?.removeEventListener('abort', stop);
            done();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        if (io.signal?.aborted)
            stop();
        else
            io.signal?.addEventListener('abort', stop, { once: true });
    });
}

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __webpack_require__(40679);
;// CONCATENATED MODULE: ./src/cli.ts
// The command line: parse argv, call the engine, print, return the exit code.
// Each command lives in src/commands/; the same engine serves the action (main.ts).












const commands = [
    validate,
    plan,
    apply,
    sweep,
    audit,
    verifyLogCommand,
    evidence,
    demo,
    sandbox
];
function mainHelp() {
    const lines = commands.map(c => `  ${c.name.padEnd(12)}${c.summary}`);
    return `offboard ${package_namespaceObject.rE}: access as code, revoked by pull request

Usage: offboard <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     show help (also: offboard <command> --help)
  -v, --version  print the version

Exit codes: 0 ok, 1 some step failed / log broken, 2 invalid input or refused change, 3 drift found.`;
}
/** Runs one command (runCommand); every line printed is scrubbed of secrets (redactingIo),
 *  except a verbatim command's own. */
async function runCli(argv, terminal) {
    const io = redactingIo(terminal);
    try {
        const [name, ...rest] = argv;
        if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
            io.out(mainHelp());
            return name === undefined ? EXIT.invalid : EXIT.ok;
        }
        if (name === '-v' || name === '--version') {
            io.out(package_namespaceObject.rE);
            return EXIT.ok;
        }
        const command = commands.find(c => c.name === name);
        if (!command)
            throw new UsageError(`unknown command "${name}"${(0,suggest/* didYouMean */.a)(name, commands.map(c => c.name))}`);
        return await runCommand(command, rest, terminal);
    }
    catch (err) {
        return failure(io, err);
    }
}


/***/ })

};
