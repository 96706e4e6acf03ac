export const id = 8939;
export const ids = [8939];
export const modules = {

/***/ 28939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withLockedLog: () => (/* binding */ withLockedLog)
/* harmony export */ });
/* unused harmony exports LOCK_FILE, DEFAULT_LOCK_WAIT_MS, LogLockedError, lockLog */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80599);
// The exclusive lock on a log folder while a run appends to it: `<dir>/log/.lock`, created
// with O_EXCL and holding who made it. A second run waits for it (bounded, saying so) and
// then fails naming the holder; a lock whose process is gone from this host is taken over.





/** The lock file's name inside the log folder: not a `.jsonl` file, so never read as log. */
const LOCK_FILE = '.lock';
const DEFAULT_LOCK_WAIT_MS = 300_000;
const PROGRESS_EVERY_MS = 30_000;
/** A lock file that says nothing parseable for this long was left by a run that died while
 *  writing it (writing takes microseconds). */
const UNREADABLE_STALE_MS = 10_000;
/** Another run holds the lock and did not let go within the wait. */
class LogLockedError extends Error {
    path;
    holder;
    constructor(path, holder, waitMs) {
        const who = holder ? describe(holder) : 'a run that left no readable details';
        super(`${path} is held by another run (${who})${waitMs > 0 ? ` that did not finish within ${seconds(waitMs)}` : ''}: nothing was revoked. ` +
            `Wait for that run to end and apply again (--wait SECONDS waits longer); if no such process runs${holder ? ` on ${holder.host}` : ''} any more, delete ${path} and apply again`);
        this.path = path;
        this.holder = holder;
    }
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
const describe = (h) => `${h.command}, pid ${h.pid} on ${h.host}, started ${h.started_at}`;
const code = (err) => err.code;
/** Whether a process of this host is still there (one of another user answers EPERM). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return code(err) !== 'ESRCH';
    }
}
/** Creates `file` only if it does not exist, with `text`, flushed. */
async function createExclusive(file, text) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
    try {
        await handle.writeFile(text);
        await handle.datasync();
    }
    catch (err) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch(() => undefined);
        throw err;
    }
    await handle.close();
}
/** The lock file's text, undefined when there is none. */
async function readText(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function parseHolder(text) {
    try {
        const h = JSON.parse(text);
        return typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
    }
    catch {
        return undefined;
    }
}
/** Why the lock in `text` may be taken over, or undefined while its run may be alive. */
async function staleness(file, text, holder) {
    if (holder)
        return holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() && !alive(holder.pid)
            ? `pid ${holder.pid} (${holder.command}, started ${holder.started_at}) no longer runs on this host`
            : undefined;
    const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then(s => Date.now() - s.mtimeMs, () => 0);
    return age > UNREADABLE_STALE_MS
        ? `it holds no readable details (${JSON.stringify(text.slice(0, 40))}) and is ${Math.round(age / 1000)} s old`
        : undefined;
}
/**
 * Removes the stale lock whose text is `text`, unless it changed meanwhile. Several runs may
 * find the same stale lock: the one holding `<lock>.takeover` removes it, and only if it still
 * reads the same, so that nobody removes a lock another run has just made.
 */
async function takeOver(file, text) {
    const guard = `${file}.takeover`;
    try {
        await createExclusive(guard, String(process.pid));
    }
    catch (err) {
        if (code(err) !== 'EEXIST')
            throw err;
        // A guard is held for microseconds: an old one was left by a run that died holding it.
        const old = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then(s => Date.now() - s.mtimeMs > UNREADABLE_STALE_MS, () => false);
        if (old)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(guard).catch(() => undefined);
        return false;
    }
    try {
        if ((await readText(file)) !== text)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(guard).catch(() => undefined);
    }
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
/** Takes the lock on the log below `dir` (relative to `cwd`), waiting as options say. */
async function lockLog(dir, cwd, options) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, dir, 'log');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(folder, LOCK_FILE);
    const shown = `${(0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir)}/${LOCK_FILE}`;
    const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
    let madeFolder;
    try {
        madeFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
    }
    catch (err) {
        throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .unwritable */ .mP)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir), err);
    }
    const mine = {
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        started_at: new Date().toISOString(),
        command: options.command,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()
    };
    const text = `${JSON.stringify(mine)}\n`;
    const since = Date.now();
    let told = -1;
    for (;;) {
        try {
            await createExclusive(file, text);
            break;
        }
        catch (err) {
            if (code(err) !== 'EEXIST')
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .unwritable */ .mP)((0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .logPath */ .Q2)(dir), err);
        }
        const found = await readText(file);
        if (found === undefined)
            continue; // released meanwhile
        const holder = parseHolder(found);
        const stale = await staleness(file, found, holder);
        if (stale && (await takeOver(file, found))) {
            options.onNotice?.(`took over the lock ${shown}: ${stale}; what it did is in the log`);
            continue;
        }
        const waited = Date.now() - since;
        if (waited >= waitMs)
            throw new LogLockedError(shown, holder, waitMs);
        if (told < 0)
            options.onWait?.(`${shown} is held by another run (${holder ? describe(holder) : 'no readable details yet'}): waiting up to ${seconds(waitMs)} for it to finish`);
        else if (Math.floor(waited / PROGRESS_EVERY_MS) > told)
            options.onWait?.(`still waiting for ${shown} (${seconds(waited)} of ${seconds(waitMs)})`);
        told = Math.floor(waited / PROGRESS_EVERY_MS);
        await sleep(Math.min(options.pollMs ?? 200, waitMs - waited));
    }
    return {
        path: shown,
        async release() {
            if ((await readText(file)) === text)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
            if (madeFolder)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(folder).catch(() => undefined);
        }
    };
}
/**
 * Runs `fn` with the log below `dir` locked and open: the lock first (a second run waits
 * here), then the chain and the folder checked (openLog), so that nothing is planned or
 * revoked on a log that cannot take the records. Closes and unlocks whatever `fn` does.
 */
async function withLockedLog(dir, cwd, options, fn) {
    const lock = await lockLog(dir, cwd, options);
    try {
        const log = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openLog */ .Ne)(dir, cwd);
        try {
            return await fn(log);
        }
        finally {
            await log.close();
        }
    }
    finally {
        await lock.release();
    }
}


/***/ })

};
