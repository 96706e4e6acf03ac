export const id = 4770;
export const ids = [4770];
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


/***/ })

};
