#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 7318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6219);
// The `offboard` executable (bundled to dist/cli/index.js).

// offboard supports Node 20 on purpose; the AWS SDK's notice about its future minimum is noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__.runCli)(process.argv.slice(2), {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/commands/command.ts
var commands_command = __nccwpck_require__(3155);
;// CONCATENATED MODULE: ./src/commands/apply.ts

const apply = {
    name: 'apply',
    summary: 'revoke what the change removes and append the revocation log',
    usage: `offboard apply --base REF [--head REF] [--dir access]

Plans the change as "offboard plan" does (discovering live access again), revokes every step
with the platforms' write credentials, prints each step as it finishes, and appends one
record per step to <dir>/log/<YYYY>.jsonl. Rerunning finishes what failed: what is already
gone is found absent and costs no write.
Exit: 0 every step revoked, already absent or skipped; 1 some step failed (the log is still
written); 2 invalid declarations or a change refused by the guards (nothing revoked or logged).`,
    options: {
        ...commands_command/* dirOption */.Dh,
        base: { type: 'string' },
        head: { type: 'string' }
    },
    async run(values, io) {
        const revisions = await (0,commands_command/* loadChange */.HN)('apply', values, io);
        if (!revisions)
            return commands_command/* EXIT */.dc.invalid;
        const dir = String(values.dir);
        const { applyChange } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(511), __nccwpck_require__.e(748), __nccwpck_require__.e(825), __nccwpck_require__.e(931)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8931));
        const { appendToLog } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 599));
        const { outcomeLine, progressLine } = await __nccwpck_require__.e(/* import() */ 208).then(__nccwpck_require__.bind(__nccwpck_require__, 5208));
        const { tally } = await __nccwpck_require__.e(/* import() */ 451).then(__nccwpck_require__.bind(__nccwpck_require__, 2451));
        const applied = await applyChange(revisions.base, revisions.head, (0,commands_command/* connectorEnvironment */.DP)(io), {
            change: {
                // loadRevisions resolved both; the working tree has no commit.
                base: revisions.base.commit ?? String(values.base),
                head: revisions.head.commit ?? 'working tree',
                pr: null,
                approvers: []
            },
            actor: io.env.OFFBOARD_ACTOR || io.env.GITHUB_ACTOR || io.env.USER || 'offboard',
            onOutcome: o => io.out(`  ${progressLine(o)}`)
        });
        const { plan } = applied;
        if (plan.refused) {
            io.err(`offboard: ${plan.refused.message}`);
            return commands_command/* EXIT */.dc.invalid;
        }
        if (applied.entries.length === 0) {
            io.out(`offboard apply: ${revisions.base.label} -> ${revisions.head.label}: nothing to revoke`);
            return commands_command/* EXIT */.dc.ok;
        }
        for (const c of applied.checks)
            io.out(`  ${outcomeLine(c)}`);
        const records = await appendToLog(dir, io.cwd, applied.entries);
        io.out(`offboard apply: ${plan.people.length === 1 ? '1 person' : `${plan.people.length} people`} (plan ${plan.hash.slice(0, 12)}): ${tally(applied.entries)}`);
        io.out(`log: ${(0,commands_command/* plural */.LS)(records.length, 'record')} appended to ${dir}/log (seq ${records[0].seq}-${records[records.length - 1].seq}); check it with offboard verify-log`);
        if (applied.failed > 0) {
            io.err(`offboard: ${applied.failed} failed: see the lines marked failed above; fix the cause and run apply again (it resumes where it stopped)`);
            return commands_command/* EXIT */.dc.failed;
        }
        return commands_command/* EXIT */.dc.ok;
    }
};

// EXTERNAL MODULE: ./src/declarations/load.ts + 1 modules
var load = __nccwpck_require__(8975);
;// CONCATENATED MODULE: ./src/commands/audit.ts


const audit = {
    name: 'audit',
    summary: 'compare declared with actual access on every platform',
    usage: `offboard audit [--dir access] [--json] [--fail-on-drift]

Lists every configured platform (read-only) and compares what it holds with the
declarations: departed people still active, undeclared accounts, grants no role gives,
stale AWS access keys, undeclared GitHub invitations, and declared grants not held.
Protected accounts and bots are never drift. A platform without credentials is reported
as "not checked", never as clean. --json prints the shape documented in docs/audit.md.
Exit: 0; 3 with --fail-on-drift when a finding of severity medium or above exists;
2 when the declarations are invalid.`,
    options: {
        ...commands_command/* dirOption */.Dh,
        json: { type: 'boolean', default: false },
        'fail-on-drift': { type: 'boolean', default: false }
    },
    async run(values, io) {
        const dir = String(values.dir);
        const { declarations, diagnostics } = await (0,load/* loadFromDirectory */.eq)(dir, io.cwd);
        if (diagnostics.length > 0)
            return (0,commands_command/* reportInvalid */.q9)(io, diagnostics, `offboard: ${(0,commands_command/* plural */.LS)(diagnostics.length, 'problem')} in ${dir}: run "offboard validate" and fix them before auditing`);
        // The connectors (and their SDKs) load only for the commands that use them.
        const { auditDeclarations } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(511), __nccwpck_require__.e(748), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 825));
        const { blocking } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(748)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1748));
        const { auditJson, auditText } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(748), __nccwpck_require__.e(809)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8809));
        const drift = await auditDeclarations(declarations, (0,commands_command/* connectorEnvironment */.DP)(io));
        io.out(values.json ? JSON.stringify(auditJson(drift, dir), null, 2) : auditText(drift, dir));
        return values['fail-on-drift'] && blocking(drift).length > 0 ? commands_command/* EXIT */.dc.drift : commands_command/* EXIT */.dc.ok;
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __nccwpck_require__(2458);
;// CONCATENATED MODULE: ./src/commands/demo.ts





const LEAVER = 'alice';
const demo = {
    name: 'demo',
    summary: 'the whole flow on the bundled sandbox, no credentials needed',
    usage: `offboard demo [--dir access]

Tells the whole story on simulated platforms, with no credentials and no network: starts the
sandbox seeded from <dir> and the bundled scenario, copies the access tree into a scratch git
repository, marks ${LEAVER} departed, then runs validate, plan, apply (with progress),
verify-log and audit. Cleans up after itself.
Exit: 0 when every step did what it should.`,
    options: commands_command/* dirOption */.Dh,
    async run(values, io) {
        const dir = String(values.dir);
        const { loadSandboxInputs } = await __nccwpck_require__.e(/* import() */ 61).then(__nccwpck_require__.bind(__nccwpck_require__, 61));
        const { startSandbox } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(786), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7661));
        const { readAccessTree } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2786));
        const { runCli } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6219));
        const { markDeparted } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4235));
        const inputs = await loadSandboxInputs(dir, io.cwd);
        if (!inputs.ok)
            return (0,commands_command/* reportInvalid */.q9)(io, inputs.diagnostics, `offboard demo: ${inputs.message}`);
        const step = (n, text) => io.out(`\n[${n}/6] ${text}`);
        io.out('offboard demo: access revoked by pull request, on simulated platforms (no credentials, no network)');
        step(1, `Start simulated GitHub, AWS IAM, Slack and SCIM apps, seeded from ${dir}/ and ${inputs.scenarioName}`);
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
            const run = async (args) => {
                io.out(`      $ offboard ${args.join(' ')}`);
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
                return runCli(args, sub);
            };
            step(2, 'A scratch copy of the access repository, validated');
            (0,external_node_fs_.cpSync)((0,external_node_path_.resolve)(io.cwd, dir), (0,external_node_path_.join)(scratch, 'access'), { recursive: true });
            await (0,files/* git */.$Y)(scratch, 'init', '-q', '-b', 'main');
            await commit(scratch, 'the access tree');
            if ((await run(['validate'])) !== commands_command/* EXIT */.dc.ok)
                return commands_command/* EXIT */.dc.failed;
            step(3, `${LEAVER} leaves: a pull request marks her departed, and the plan shows reviewers what will be revoked`);
            const file = (0,external_node_path_.join)(scratch, 'access/people', `${LEAVER}.yaml`);
            const today = new Date().toISOString().slice(0, 10);
            (0,external_node_fs_.writeFileSync)(file, markDeparted((0,external_node_fs_.readFileSync)(file, 'utf8'), today, file));
            await commit(scratch, `${LEAVER} leaves`);
            if ((await run(['plan', '--base', 'HEAD~1', '--head', 'HEAD'])) !== commands_command/* EXIT */.dc.ok)
                return commands_command/* EXIT */.dc.failed;
            step(4, 'The pull request is merged: apply discovers again, revokes step by step, and appends the log');
            const applied = await run(['apply', '--base', 'HEAD~1', '--head', 'HEAD']);
            step(5, "An auditor checks the log's hash chain");
            const verified = await run(['verify-log']);
            step(6, 'The daily audit compares declared with actual access; the scenario planted strays for it to find');
            await run(['audit']);
            if (applied !== commands_command/* EXIT */.dc.ok || verified !== commands_command/* EXIT */.dc.ok) {
                io.out('\nThe demo did not finish as it should: see the apply and verify-log output above.');
                return commands_command/* EXIT */.dc.failed;
            }
            io.out(`\nDone: ${LEAVER}'s access and credentials were revoked on every platform, the log verifies, and the audit lists what nobody declared.`);
            return commands_command/* EXIT */.dc.ok;
        }
        finally {
            await sandbox.close();
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    }
};
async function commit(cwd, message) {
    await (0,files/* git */.$Y)(cwd, 'add', '-A');
    await (0,files/* git */.$Y)(cwd, '-c', 'user.name=offboard demo', '-c', 'user.email=demo@offboard.invalid', 'commit', '-q', '-m', message);
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
app's token_env); a platform without them is shown as "not checked: no credentials".
Exit: 0 planned, 2 invalid declarations or a change refused by the policy guards.`,
    options: {
        ...commands_command/* dirOption */.Dh,
        base: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'boolean', default: false }
    },
    async run(values, io) {
        const revisions = await (0,commands_command/* loadChange */.HN)('plan', values, io);
        if (!revisions)
            return commands_command/* EXIT */.dc.invalid;
        const { planChange } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(511), __nccwpck_require__.e(748), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 825));
        const { planJson, planText } = await __nccwpck_require__.e(/* import() */ 307).then(__nccwpck_require__.bind(__nccwpck_require__, 1307));
        const result = await planChange(revisions.base, revisions.head, (0,commands_command/* connectorEnvironment */.DP)(io));
        io.out(values.json ? planJson(result) : planText(result));
        if (result.refused) {
            io.err(`offboard: ${result.refused.message}`);
            return commands_command/* EXIT */.dc.invalid;
        }
        return commands_command/* EXIT */.dc.ok;
    }
};

;// CONCATENATED MODULE: ./src/commands/sandbox.ts

const sandbox = {
    name: 'sandbox',
    summary: 'run simulated GitHub, AWS IAM, Slack and SCIM apps to point offboard at',
    usage: `offboard sandbox [--dir access] [--scenario FILE] [--latency MS] [--port-base N]

Starts a simulated copy of every platform platforms.yaml configures, on 127.0.0.1, holding
what the declarations grant plus what the scenario adds (default: the bundled one, see
docs/sandbox.md). Prints the environment variables that point offboard at it as
"export NAME=value" lines, then runs until Ctrl-C.
  --scenario FILE  who holds what beyond the declarations (YAML)
  --latency MS     wait this long before every answer (default 0)
  --port-base N    serve on ports N, N+1, ... instead of free ones
Exit: 0 after Ctrl-C, 2 invalid declarations, scenario or options.`,
    options: {
        ...commands_command/* dirOption */.Dh,
        scenario: { type: 'string' },
        latency: { type: 'string', default: '0' },
        'port-base': { type: 'string' }
    },
    async run(values, io) {
        const latencyMs = whole(values.latency, 'latency', 0, 60_000);
        const portBase = values['port-base'] === undefined
            ? undefined
            : whole(values['port-base'], 'port-base', 1024, 65_000);
        const dir = String(values.dir);
        const file = values.scenario === undefined ? undefined : String(values.scenario);
        // The simulated platforms load only for this command.
        const { loadSandboxInputs } = await __nccwpck_require__.e(/* import() */ 61).then(__nccwpck_require__.bind(__nccwpck_require__, 61));
        const { startSandbox } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(786), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7661));
        const { readAccessTree } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2786));
        const inputs = await loadSandboxInputs(dir, io.cwd, file);
        if (!inputs.ok)
            return (0,commands_command/* reportInvalid */.q9)(io, inputs.diagnostics, `offboard sandbox: ${inputs.message}`);
        const { declarations, scenario } = inputs;
        const running = await startSandbox(declarations, scenario, {
            latencyMs,
            portBase,
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
            ...Object.entries(running.env).map(([k, v]) => `export ${k}=${shellQuote(v)}`)
        ].join('\n'));
        await interrupted(io);
        await running.close();
        io.err('offboard sandbox: stopped');
        return commands_command/* EXIT */.dc.ok;
    }
};
function whole(raw, name, min, max) {
    const n = Number(raw);
    if (!/^\d+$/.test(String(raw)) || n < min || n > max)
        throw new commands_command/* UsageError */.eb(`sandbox: --${name} must be a whole number from ${min} to ${max}`);
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

;// CONCATENATED MODULE: ./src/commands/validate.ts


const validate = {
    name: 'validate',
    summary: 'check the access declarations (schemas and cross-file rules)',
    usage: `offboard validate [--dir access]

Checks every file of the access tree against its schema and the cross-file rules.
Prints one "path:line:column: message" line per problem.
Exit: 0 valid, 2 invalid.`,
    options: commands_command/* dirOption */.Dh,
    async run(values, io) {
        const dir = String(values.dir);
        const { declarations, diagnostics } = await (0,load/* loadFromDirectory */.eq)(dir, io.cwd);
        if (diagnostics.length > 0) {
            const files = new Set(diagnostics.map(d => d.file)).size;
            return (0,commands_command/* reportInvalid */.q9)(io, diagnostics, `offboard: ${(0,commands_command/* plural */.LS)(diagnostics.length, 'problem')} in ${(0,commands_command/* plural */.LS)(files, 'file')}: fix them and run validate again`);
        }
        const active = [...declarations.people.values()].filter(p => p.status === 'active').length;
        const p = declarations.platforms;
        const platforms = [
            ...(p.github ? [`github (${p.github.org})`] : []),
            ...(p.aws ? ['aws'] : []),
            ...(p.slack ? ['slack'] : []),
            ...p.scim.map(a => `scim:${a.name}`)
        ];
        io.out(`${dir}: valid: ${declarations.people.size} people (${active} active), ${(0,commands_command/* plural */.LS)(declarations.roles.size, 'role')}; platforms: ${platforms.join(', ') || 'none'}`);
        return commands_command/* EXIT */.dc.ok;
    }
};

// EXTERNAL MODULE: ./src/log/store.ts
var store = __nccwpck_require__(599);
// EXTERNAL MODULE: ./src/log/verify.ts
var verify = __nccwpck_require__(9365);
;// CONCATENATED MODULE: ./src/commands/verify-log.ts



const verifyLogCommand = {
    name: 'verify-log',
    summary: "check the revocation log's hash chain",
    usage: `offboard verify-log [--dir access]

Recomputes every record's hash and link in <dir>/log/<YYYY>.jsonl, files in year order.
Exit: 0 intact, 1 broken (the first broken record is named as file:line, with what is wrong).`,
    options: commands_command/* dirOption */.Dh,
    async run(values, io) {
        const files = await (0,store/* readLog */.x6)(String(values.dir), io.cwd);
        const checked = (0,verify/* verifyLog */.IO)(files);
        if (!checked.ok) {
            io.out(`${checked.where}: ${checked.problem}`);
            io.err('offboard: the revocation log is broken: restore the file from git history (git log -p -- <file>)');
            return commands_command/* EXIT */.dc.failed;
        }
        const last = checked.head ? `, last hash ${checked.head.hash} (seq ${checked.head.seq})` : '';
        io.out(`intact: ${(0,commands_command/* plural */.LS)(checked.records, 'record')} in ${(0,commands_command/* plural */.LS)(checked.files, 'file')}${last}`);
        return commands_command/* EXIT */.dc.ok;
    }
};

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __nccwpck_require__(679);
;// CONCATENATED MODULE: ./src/cli.ts
// The command line: parse argv, call the engine, print, return the exit code.
// Each command lives in src/commands/; the same engine serves the action (main.ts).











const commands = [validate, plan, apply, audit, verifyLogCommand, demo, sandbox];
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
async function runCli(argv, io) {
    try {
        const [name, ...rest] = argv;
        if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
            io.out(mainHelp());
            return name === undefined ? commands_command/* EXIT */.dc.invalid : commands_command/* EXIT */.dc.ok;
        }
        if (name === '-v' || name === '--version') {
            io.out(package_namespaceObject.rE);
            return commands_command/* EXIT */.dc.ok;
        }
        const command = commands.find(c => c.name === name);
        if (!command)
            throw new commands_command/* UsageError */.eb(`unknown command "${name}"${(0,suggest/* didYouMean */.a)(name, commands.map(c => c.name))}`);
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args: rest,
                options: { ...command.options, help: { type: 'boolean', short: 'h' } },
                allowPositionals: false,
                strict: true
            });
        }
        catch (err) {
            throw new commands_command/* UsageError */.eb(`${name}: ${err.message}\n\nUsage: ${command.usage.split('\n')[0]}`);
        }
        if (parsed.values.help) {
            io.out(`Usage: ${command.usage}`);
            return commands_command/* EXIT */.dc.ok;
        }
        return await command.run(parsed.values, io);
    }
    catch (err) {
        const hint = err instanceof commands_command/* UsageError */.eb ? '\nRun "offboard --help" for the commands.' : '';
        io.err(`offboard: ${err.message}${hint}`);
        return commands_command/* EXIT */.dc.invalid;
    }
}


/***/ }),

/***/ 3155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ connectorEnvironment),
/* harmony export */   Dh: () => (/* binding */ dirOption),
/* harmony export */   HN: () => (/* binding */ loadChange),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   q9: () => (/* binding */ reportInvalid)
/* harmony export */ });
/* harmony import */ var _declarations_load_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8975);

/** Exit codes, as SPEC section 3 defines them. */
const EXIT = { ok: 0, failed: 1, invalid: 2, drift: 3 };
/** Thrown for a wrong invocation: printed with a pointer to --help, exit 2. */
class UsageError extends Error {
}
const dirOption = { dir: { type: 'string', default: 'access' } };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Invalid declarations: one `path:line:col: message` line each on stdout, what to do on
 *  stderr; the exit code for invalid input. */
function reportInvalid(io, diagnostics, message) {
    for (const d of diagnostics)
        io.out((0,_declarations_load_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d));
    io.err(message);
    return EXIT.invalid;
}
/** What connectors get from the command line: the environment, and progress lines on stderr
 *  with OFFBOARD_DEBUG=1. Nothing to mask on a terminal: connectors never print secrets. */
const connectorEnvironment = (io) => ({
    env: io.env,
    maskSecret: () => { },
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
    const { loadRevisions } = await Promise.all(/* import() */[__nccwpck_require__.e(764), __nccwpck_require__.e(511), __nccwpck_require__.e(748), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 825));
    const revisions = await loadRevisions({
        cwd: io.cwd,
        dir: String(values.dir),
        base: values.base,
        head: typeof values.head === 'string' ? values.head : undefined
    });
    if (!revisions.ok) {
        reportInvalid(io, revisions.diagnostics, `offboard: the declarations at ${revisions.which} have ${plural(revisions.diagnostics.length, 'problem')}: fix them first (offboard validate)`);
        return undefined;
    }
    return revisions;
}


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   X5: () => (/* binding */ directorySource),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* unused harmony export withContents */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
// Where declaration files come from: a directory on disk (the working tree) or a git commit,
// read without checking it out (change detection compares two commits).




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Runs git in `cwd` and returns its output. */
async function git(cwd, ...args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
}
/** The largest declaration file read at all. */
const MAX_FILE_BYTES = 1024 * 1024;
const toPosix = (p) => p.split('\\').join('/');
function directorySource(dir, cwd = process.cwd()) {
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, dir);
    // Paths are shown as the user named the directory: relative to cwd, or absolute.
    const shownRoot = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(dir) ? absRoot : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, absRoot)) || '.';
    const files = [];
    let exists = true;
    // Synchronous on purpose: for thousands of small files it is several times faster than
    // fs/promises, and nothing else runs meanwhile.
    // Paths are joined as strings: path.join for every one of thousands of files shows in profiles.
    const walk = (rel) => {
        const absDir = rel ? `${absRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${rel.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)}` : absRoot;
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(absDir, { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOENT' && absDir === absRoot) {
                exists = false;
                return;
            }
            throw err;
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            const path = `${shownRoot}/${child}`;
            if (e.isDirectory())
                walk(child);
            else if (e.isFile())
                files.push({ path, rel: child });
            else
                files.push({ path, rel: child, irregular: e.isSymbolicLink() ? 'symlink' : 'other' });
        }
    };
    walk('');
    return {
        origin: dir,
        root: shownRoot,
        exists,
        files,
        read: async (wanted) => new Map(wanted.map(f => [f.rel, readCapped(`${absRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${f.rel.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)}`)]))
    };
}
/** One scratch buffer for all reads: declaration files are small, so most fit in one read
 *  and no fstat is needed to size them. */
const scratch = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
function readCapped(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        let filled = 0;
        while (filled < scratch.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, scratch, filled, scratch.length - filled, null);
            if (n === 0)
                break;
            filled += n;
        }
        return Buffer.from(scratch.subarray(0, filled));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The full commit id `ref` names, or an error that says how to make it available. */
async function resolveCommit(ref, cwd = process.cwd()) {
    try {
        return (await git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)).trim();
    }
    catch {
        throw new Error(`git: "${ref}" is not a commit in this repository: fetch it (actions/checkout with fetch-depth: 0) or name another --base/--head`);
    }
}
/** The access dir as it is in commit `ref` of the repository around `cwd`. */
async function gitSource(ref, dir, cwd = process.cwd()) {
    const commit = await resolveCommit(ref, cwd);
    // ls-tree prints paths relative to cwd, as users see them.
    const stdout = await git(cwd, 'ls-tree', '-r', '-l', '-z', commit, '--', dir);
    const root = toPosix(dir).replace(/\/+$/, '');
    const files = [];
    const oids = new Map();
    const sizes = new Map();
    for (const entry of stdout.split('\0')) {
        if (!entry)
            continue;
        const tab = entry.indexOf('\t');
        const [mode, type, oid, size] = entry.slice(0, tab).split(/\s+/);
        const path = toPosix(entry.slice(tab + 1));
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.relative(root, path);
        if (type === 'commit')
            files.push({ path, rel, irregular: 'submodule' });
        else if (mode === '120000')
            files.push({ path, rel, irregular: 'symlink' });
        else {
            files.push({ path, rel });
            oids.set(rel, oid);
            sizes.set(rel, Number(size));
        }
    }
    return {
        origin: `git:${ref}`,
        root,
        exists: files.length > 0,
        files,
        async read(wanted) {
            const tooLarge = Buffer.alloc(MAX_FILE_BYTES + 1);
            const small = wanted.filter(f => (sizes.get(f.rel) ?? 0) <= MAX_FILE_BYTES);
            const blobs = await catFileBatch(cwd, small.map(f => oids.get(f.rel) ?? ''));
            const out = new Map(wanted.map(f => [f.rel, tooLarge]));
            small.forEach((f, i) => out.set(f.rel, blobs[i]));
            return out;
        }
    };
}
/** Reads many blobs with one `git cat-file --batch` process. */
function catFileBatch(cwd, oids) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', reject);
        child.on('close', code => {
            if (code !== 0)
                return reject(new Error(`git cat-file exited with ${code}`));
            const all = Buffer.concat(chunks);
            const out = [];
            let at = 0;
            for (let i = 0; i < oids.length; i++) {
                const nl = all.indexOf(10, at);
                const header = all.subarray(at, nl).toString();
                const size = Number(header.split(' ')[2]);
                if (!Number.isFinite(size))
                    return reject(new Error(`git cat-file: ${header}`));
                out.push(all.subarray(nl + 1, nl + 1 + size));
                at = nl + 1 + size + 1;
            }
            resolve(out);
        });
        child.stdin.end(oids.map(o => `${o}\n`).join(''));
    });
}
/** `source` with some of its files (by `rel`) holding other contents: the tree as an edit
 *  not yet committed anywhere leaves it. */
function withContents(source, contents) {
    return {
        ...source,
        async read(wanted) {
            const out = await source.read(wanted.filter(f => !contents.has(f.rel)));
            for (const f of wanted)
                if (contents.has(f.rel))
                    out.set(f.rel, contents.get(f.rel));
            return out;
        }
    };
}


/***/ }),

/***/ 8975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ formatDiagnostic),
  eq: () => (/* binding */ loadFromDirectory),
  Fv: () => (/* binding */ loadFromGit)
});

// UNUSED EXPORTS: loadDeclarations

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __nccwpck_require__(679);
;// CONCATENATED MODULE: ./src/declarations/checks.ts
// Rules that need more than one file: ids match file names, roles exist, no account is
// claimed twice, departing people hold no protected account, referenced platforms exist.

const same = (s) => s;
const lower = (s) => s.toLowerCase();
/** The one-account platforms, and how their account names compare: GitHub logins and IAM
 *  user names ignore case (IAM refuses both "Bob" and "bob" in one account). */
const PLATFORM_ACCOUNTS = [
    { platform: 'github', label: 'GitHub login', fold: lower },
    { platform: 'aws', label: 'IAM user', fold: lower },
    { platform: 'slack', label: 'Slack member', fold: same }
];
function checkAcrossFiles(decl, docs) {
    const byFile = new Map(docs.map(d => [d.file, d]));
    const out = [];
    const report = (file, path, message, key = false) => {
        const doc = byFile.get(file);
        const pos = doc ? doc.locate(path, { key }) : { line: 1, column: 1 };
        out.push({ file, ...pos, message });
    };
    const where = (file, path) => {
        const pos = byFile.get(file)?.locate(path) ?? { line: 1, column: 1 };
        return `${file}:${pos.line}`;
    };
    const { platforms } = decl;
    for (const item of [...decl.people.values(), ...decl.roles.values()]) {
        const fileId = item.at.file
            .split('/')
            .pop()
            .replace(/\.yaml$/, '');
        if (item.id !== fileId)
            report(item.at.file, ['id'], `id "${item.id}" differs from the file name: set id: ${fileId}, or rename the file to ${item.id}.yaml`);
    }
    const seenScim = new Set();
    platforms.scim.forEach((app, i) => {
        if (seenScim.has(app.name))
            report(platforms.at.file, ['scim', i, 'name'], `SCIM app "${app.name}" is configured twice: give each app its own name`);
        seenScim.add(app.name);
    });
    const scimApps = platforms.scim.map(a => a.name);
    const unknownScimApp = (app, remedy) => `SCIM app "${app}" is not configured in platforms.yaml${(0,suggest/* didYouMean */.a)(app, scimApps) || `: add it under scim:, or ${remedy}`}`;
    const noBlock = (field, platform, remedy) => `${field}.${platform} is set but platforms.yaml has no ${platform} block: add one, or ${remedy}`;
    // First claim wins; people are visited in file order so the report is stable.
    const people = [...decl.people.values()].sort((a, b) => (a.at.file < b.at.file ? -1 : 1));
    const claims = new Map();
    // `what` is a function: the label is only built for the rare conflict.
    const claim = (person, path, key, what) => {
        const first = claims.get(key);
        if (first)
            report(person.at.file, path, `${what()} is already claimed by ${first.person.id} (${where(first.person.at.file, first.path)}): an account belongs to one person, remove one of the claims`);
        else
            claims.set(key, { person, path });
    };
    for (const person of people) {
        const file = person.at.file;
        person.roles.forEach((roleId, i) => {
            if (!decl.roles.has(roleId))
                report(file, ['roles', i], `role "${roleId}" does not exist${(0,suggest/* didYouMean */.a)(roleId, decl.roles.keys()) || `: create roles/${roleId}.yaml or remove it`}`);
        });
        claim(person, ['email'], `email|${person.email.toLowerCase()}`, () => `email ${person.email}`);
        const departing = person.status === 'departed';
        for (const { platform, label, fold } of PLATFORM_ACCOUNTS) {
            const account = person.accounts[platform];
            if (account === undefined)
                continue;
            const path = ['accounts', platform];
            const config = platforms[platform];
            if (!config)
                report(file, path, noBlock('accounts', platform, 'remove this account'), true);
            else if (departing && config.protected.some(p => fold(p) === fold(account)))
                report(file, path, `${label} ${account} is protected (platforms.yaml ${platform}.protected) and is never revoked: remove it from this departing person, or from the protected list if it really is theirs`);
            claim(person, path, `${platform}|${fold(account)}`, () => `${label} ${account}`);
        }
        for (const [app, userName] of Object.entries(person.accounts.scim ?? {})) {
            if (!scimApps.includes(app))
                report(file, ['accounts', 'scim', app], unknownScimApp(app, 'remove this account'), true);
            // SCIM userNames are case-insensitive (RFC 7643 caseExact: false).
            claim(person, ['accounts', 'scim', app], `scim|${app}|${userName.toLowerCase()}`, () => `${app} user ${userName}`);
        }
    }
    for (const role of decl.roles.values()) {
        const file = role.at.file;
        for (const { platform } of PLATFORM_ACCOUNTS)
            if (role.grants[platform] && !platforms[platform])
                report(file, ['grants', platform], noBlock('grants', platform, 'remove these grants'), true);
        role.grants.scim?.forEach((app, i) => {
            if (!scimApps.includes(app))
                report(file, ['grants', 'scim', i], unknownScimApp(app, 'remove it here'));
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __nccwpck_require__(2458);
// EXTERNAL MODULE: ./src/declarations/schema.ts + 5 modules
var declarations_schema = __nccwpck_require__(656);
// EXTERNAL MODULE: ./src/declarations/yaml.ts + 1 modules
var yaml = __nccwpck_require__(4634);
;// CONCATENATED MODULE: ./src/declarations/load.ts
// Loads an access tree (from a directory or a git commit) into typed Declarations, with
// every problem as a Diagnostic. Nothing here throws on bad input.




const loadFromDirectory = async (dir, cwd) => loadDeclarations((0,files/* directorySource */.X5)(dir, cwd));
const loadFromGit = async (ref, dir, cwd) => loadDeclarations(await (0,files/* gitSource */.Ym)(ref, dir, cwd));
const ID = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function classify(f) {
    const parts = f.rel.split('/');
    const name = parts[parts.length - 1];
    if (f.rel === 'platforms.yaml')
        return { kind: 'platforms' };
    if (f.rel === 'platforms.yml')
        return { problem: 'rename this file to platforms.yaml: only .yaml is read' };
    const dir = parts[0];
    if (dir !== 'people' && dir !== 'roles')
        return { ignore: true }; // log/, README, CODEOWNERS...
    if (name.startsWith('.') || /^readme(\.md)?$/i.test(name))
        return { ignore: true };
    const what = dir === 'people' ? 'person' : 'role';
    if (parts.length > 2)
        return { problem: `${dir}/ holds files only, no folders: move this file to ${dir}/${name}` };
    if (name.endsWith('.yml'))
        return {
            problem: `rename this file to ${name.slice(0, -4)}.yaml: only .yaml files are read, so this ${what} would be ignored`
        };
    if (!name.endsWith('.yaml'))
        return { problem: `${dir}/ holds only <id>.yaml files: move or delete this file` };
    const id = name.slice(0, -5);
    if (!ID.test(id))
        return {
            problem: `"${id}" is not a valid ${what} id: file names use lowercase letters, digits, '.', '_' or '-' (at most 63) and end in .yaml`
        };
    return { kind: what };
}
async function loadDeclarations(source) {
    const diagnostics = [];
    const problemAt = (file, message, line = 1, column = 1) => diagnostics.push({ file, line, column, message });
    const platformsPath = `${source.root}/platforms.yaml`;
    const declarations = {
        origin: source.origin,
        platforms: defaultPlatforms({ file: platformsPath, line: 1, column: 1 }),
        people: new Map(),
        roles: new Map()
    };
    if (!source.exists) {
        problemAt(source.root, `no access directory "${source.root}" (in ${source.origin}): create it with platforms.yaml, people/ and roles/, or pass --dir`);
        return { declarations, diagnostics };
    }
    const toRead = [];
    for (const f of source.files) {
        const c = classify(f);
        if ('ignore' in c)
            continue;
        if ('problem' in c)
            problemAt(f.path, c.problem);
        else if (f.irregular)
            problemAt(f.path, `${f.irregular === 'symlink' ? 'symbolic links are' : 'this entry is'} not read: replace it with a regular file`);
        else
            toRead.push({ file: f, kind: c.kind });
    }
    if (!toRead.some(r => r.kind === 'platforms'))
        problemAt(platformsPath, 'platforms.yaml is missing: create it (at least "version: 1")');
    const contents = await source.read(toRead.map(r => r.file));
    const parsed = [];
    for (const { file, kind } of toRead) {
        const bytes = contents.get(file.rel) ?? Buffer.alloc(0);
        if (bytes.length > files/* MAX_FILE_BYTES */.gZ) {
            problemAt(file.path, 'the file is over the 1 MiB limit: a declaration file is small, fix it');
            continue;
        }
        let result = (0,yaml/* parseYaml */.hN)(file.path, bytes);
        if (result.needsCareful) {
            await (0,yaml/* loadCarefulParser */.yA)();
            result = (0,yaml/* parseYaml */.hN)(file.path, bytes);
        }
        const { parsed: doc, problems } = result;
        diagnostics.push(...problems);
        if (!doc)
            continue;
        let schema = (0,declarations_schema/* schemaProblems */.I)(kind, doc);
        // Problems need exact positions, which the careful parser gives.
        if (schema.length > 0 && !(0,yaml/* carefulParserLoaded */.Fy)()) {
            await (0,yaml/* loadCarefulParser */.yA)();
            schema = (0,declarations_schema/* schemaProblems */.I)(kind, doc);
        }
        diagnostics.push(...schema);
        if (schema.length === 0)
            parsed.push({ doc, kind });
    }
    for (const { doc, kind } of parsed) {
        const at = { file: doc.file, ...doc.locate([]) };
        if (kind === 'platforms')
            declarations.platforms = toPlatforms(doc.value, at);
        else if (kind === 'person') {
            const person = toPerson(doc.value, at);
            declarations.people.set(person.id, person);
        }
        else {
            const role = toRole(doc.value, at);
            declarations.roles.set(role.id, role);
        }
    }
    const docs = parsed.map(p => p.doc);
    let across = checkAcrossFiles(declarations, docs);
    if (across.length > 0 && !(0,yaml/* carefulParserLoaded */.Fy)()) {
        await (0,yaml/* loadCarefulParser */.yA)();
        across = checkAcrossFiles(declarations, docs);
    }
    diagnostics.push(...across);
    diagnostics.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column);
    return { declarations, diagnostics };
}
/** Renders a diagnostic the way editors and CI logs link it. */
const formatDiagnostic = (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`;
function defaultPlatforms(at) {
    return {
        version: 1,
        scim: [],
        policy: { max_departures_per_change: 5, max_departure_ratio: 0.2 },
        at
    };
}
function toPlatforms(raw, at) {
    const p = defaultPlatforms(at);
    if (raw.github)
        p.github = {
            org: raw.github.org,
            protected: raw.github.protected ?? [],
            repository_scan_limit: raw.github.repository_scan_limit ?? 200
        };
    if (raw.aws)
        p.aws = {
            on_departure: raw.aws.on_departure ?? 'delete',
            revoke_sessions: raw.aws.revoke_sessions ?? true,
            protected: raw.aws.protected ?? [],
            stale_key_days: raw.aws.stale_key_days ?? 90
        };
    if (raw.slack)
        p.slack = {
            deactivate_with: raw.slack.deactivate_with ?? 'scim',
            protected: raw.slack.protected ?? []
        };
    p.scim = (raw.scim ?? []).map(a => ({ ...a, on_departure: a.on_departure ?? 'deactivate' }));
    p.policy = { ...p.policy, ...raw.policy };
    return p;
}
function toPerson(raw, at) {
    return { ...raw, roles: raw.roles ?? [], accounts: raw.accounts ?? {}, at };
}
function toRole(raw, at) {
    const g = raw.grants ?? {};
    const grants = {};
    if (g.github)
        grants.github = { teams: g.github.teams ?? [], org_role: g.github.org_role ?? 'member' };
    if (g.aws)
        grants.aws = { groups: g.aws.groups ?? [], policies: g.aws.policies ?? [] };
    if (g.slack)
        grants.slack = { usergroups: g.slack.usergroups ?? [], channels: g.slack.channels ?? [] };
    if (g.scim)
        grants.scim = g.scim;
    return { id: raw.id, description: raw.description, grants, at };
}


/***/ }),

/***/ 656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ schemaProblems)
});

// NAMESPACE OBJECT: ./src/declarations/validators.js
var validators_namespaceObject = {};
__nccwpck_require__.r(validators_namespaceObject);
__nccwpck_require__.d(validators_namespaceObject, {
  person: () => (person),
  platforms: () => (platforms),
  role: () => (role),
  scenario: () => (scenario)
});

// EXTERNAL MODULE: ./src/declarations/suggest.ts
var suggest = __nccwpck_require__(679);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
;// CONCATENATED MODULE: ./src/declarations/validators.js
// Generated by scripts/compile-schemas.mjs from schemas/*.schema.json: do not edit.



const platforms = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:platforms","title":"offboard access/platforms.yaml","description":"Which platforms offboard manages, their settings, and the safety policy. Only the platform blocks present are managed.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Format version: 1."},"github":{"type":"object","description":"A GitHub organization.","additionalProperties":false,"required":["org"],"properties":{"org":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"the organization's login, e.g. acme"},"protected":{"type":"array","uniqueItems":true,"description":"logins the tool never removes or demotes","items":{"type":"string","minLength":1,"description":"a login the tool never removes or demotes"}},"repository_scan_limit":{"type":"integer","minimum":0,"maximum":100000,"description":"how many repositories to scan for deploy keys a departing person added (default 200)"}}},"aws":{"type":"object","description":"An AWS account's IAM users.","additionalProperties":false,"properties":{"on_departure":{"enum":["delete","disable"],"description":"delete the IAM user, or keep it disabled (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny sessions issued before the departure (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"IAM user names never touched","items":{"type":"string","minLength":1,"description":"IAM user names never touched"}},"stale_key_days":{"type":"integer","minimum":1,"description":"an access key unused for this many days is reported as stale (default 90)"}}},"slack":{"type":"object","description":"A Slack workspace or Enterprise Grid organization.","additionalProperties":false,"properties":{"deactivate_with":{"enum":["scim","admin","none"],"description":"how departing members are deactivated (default scim)"},"protected":{"type":"array","uniqueItems":true,"description":"member ids never touched","items":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"a member id never touched"}}}},"scim":{"type":"array","description":"SCIM 2.0 applications (Jira, PagerDuty, ...).","items":{"type":"object","additionalProperties":false,"required":["name","base_url","token_env"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$","description":"a short name: lowercase letters, digits, '_' or '-'"},"base_url":{"type":"string","format":"uri","pattern":"^https?://","description":"the SCIM base URL, e.g. https://api.example.com/scim/v2"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the token, never the token itself"},"on_departure":{"enum":["deactivate","delete"],"description":"what happens to a departing person's account (default deactivate)"}}}},"policy":{"type":"object","description":"Guards against mass revocation.","additionalProperties":false,"properties":{"max_departures_per_change":{"type":"integer","minimum":0,"description":"the most departures one change may contain (default 5)"},"max_departure_ratio":{"type":"number","minimum":0,"maximum":1,"description":"the largest fraction of active people one change may remove (default 0.2)"}}}}};const pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");const pattern5 = new RegExp("^[UW][A-Z0-9]{2,}$", "u");const pattern6 = new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$", "u");const pattern7 = new RegExp("^https?://", "u");const pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const func1 = ucs2length/* default */.A;const formats0 = formats/* fullFormats */.U9.uri;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:platforms" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "version") || (key0 === "github")) || (key0 === "aws")) || (key0 === "slack")) || (key0 === "scim")) || (key0 === "policy"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.github !== undefined){let data1 = data.github;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.org === undefined){const err3 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "org"},message:"must have required property '"+"org"+"'",schema:schema31.properties.github.required,parentSchema:schema31.properties.github,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(((key1 === "org") || (key1 === "protected")) || (key1 === "repository_scan_limit"))){const err4 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.github,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.org !== undefined){let data2 = data1.org;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err5 = {instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema31.properties.github.properties.org,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/github/org",schemaPath:"#/properties/github/properties/org/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.org.type,parentSchema:schema31.properties.github.properties.org,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.protected !== undefined){let data3 = data1.protected;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(func1(data4) < 1){const err7 = {instancePath:instancePath+"/github/protected/" + i0,schemaPath:"#/properties/github/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.github.properties.protected.items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/github/protected/" + i0,schemaPath:"#/properties/github/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.github.properties.protected.items.type,parentSchema:schema31.properties.github.properties.protected.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}let i1 = data3.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data3[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err9 = {instancePath:instancePath+"/github/protected",schemaPath:"#/properties/github/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.github.properties.protected,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;break;}indices0[item0] = i1;}}}else {const err10 = {instancePath:instancePath+"/github/protected",schemaPath:"#/properties/github/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.github.properties.protected.type,parentSchema:schema31.properties.github.properties.protected,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1.repository_scan_limit !== undefined){let data5 = data1.repository_scan_limit;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err11 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.github.properties.repository_scan_limit.type,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 100000 || isNaN(data5)){const err12 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data5 < 0 || isNaN(data5)){const err13 = {instancePath:instancePath+"/github/repository_scan_limit",schemaPath:"#/properties/github/properties/repository_scan_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.github.properties.repository_scan_limit,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.github.type,parentSchema:schema31.properties.github,data:data1};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.aws !== undefined){let data6 = data.aws;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!((((key2 === "on_departure") || (key2 === "revoke_sessions")) || (key2 === "protected")) || (key2 === "stale_key_days"))){const err15 = {instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.aws,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.on_departure !== undefined){let data7 = data6.on_departure;if(!((data7 === "delete") || (data7 === "disable"))){const err16 = {instancePath:instancePath+"/aws/on_departure",schemaPath:"#/properties/aws/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.aws.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.aws.properties.on_departure.enum,parentSchema:schema31.properties.aws.properties.on_departure,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data6.revoke_sessions !== undefined){let data8 = data6.revoke_sessions;if(typeof data8 !== "boolean"){const err17 = {instancePath:instancePath+"/aws/revoke_sessions",schemaPath:"#/properties/aws/properties/revoke_sessions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.aws.properties.revoke_sessions.type,parentSchema:schema31.properties.aws.properties.revoke_sessions,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.protected !== undefined){let data9 = data6.protected;if(Array.isArray(data9)){const len1 = data9.length;for(let i2=0; i2<len1; i2++){let data10 = data9[i2];if(typeof data10 === "string"){if(func1(data10) < 1){const err18 = {instancePath:instancePath+"/aws/protected/" + i2,schemaPath:"#/properties/aws/properties/protected/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.aws.properties.protected.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/aws/protected/" + i2,schemaPath:"#/properties/aws/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aws.properties.protected.items.type,parentSchema:schema31.properties.aws.properties.protected.items,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}let i3 = data9.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data9[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err20 = {instancePath:instancePath+"/aws/protected",schemaPath:"#/properties/aws/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.aws.properties.protected,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;break;}indices1[item1] = i3;}}}else {const err21 = {instancePath:instancePath+"/aws/protected",schemaPath:"#/properties/aws/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aws.properties.protected.type,parentSchema:schema31.properties.aws.properties.protected,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.stale_key_days !== undefined){let data11 = data6.stale_key_days;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err22 = {instancePath:instancePath+"/aws/stale_key_days",schemaPath:"#/properties/aws/properties/stale_key_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.aws.properties.stale_key_days.type,parentSchema:schema31.properties.aws.properties.stale_key_days,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err23 = {instancePath:instancePath+"/aws/stale_key_days",schemaPath:"#/properties/aws/properties/stale_key_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.aws.properties.stale_key_days,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.aws.type,parentSchema:schema31.properties.aws,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.slack !== undefined){let data12 = data.slack;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!((key3 === "deactivate_with") || (key3 === "protected"))){const err25 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.slack,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data12.deactivate_with !== undefined){let data13 = data12.deactivate_with;if(!(((data13 === "scim") || (data13 === "admin")) || (data13 === "none"))){const err26 = {instancePath:instancePath+"/slack/deactivate_with",schemaPath:"#/properties/slack/properties/deactivate_with/enum",keyword:"enum",params:{allowedValues: schema31.properties.slack.properties.deactivate_with.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.slack.properties.deactivate_with.enum,parentSchema:schema31.properties.slack.properties.deactivate_with,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data12.protected !== undefined){let data14 = data12.protected;if(Array.isArray(data14)){const len2 = data14.length;for(let i4=0; i4<len2; i4++){let data15 = data14[i4];if(typeof data15 === "string"){if(!pattern5.test(data15)){const err27 = {instancePath:instancePath+"/slack/protected/" + i4,schemaPath:"#/properties/slack/properties/protected/items/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema31.properties.slack.properties.protected.items,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/slack/protected/" + i4,schemaPath:"#/properties/slack/properties/protected/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.slack.properties.protected.items.type,parentSchema:schema31.properties.slack.properties.protected.items,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}let i5 = data14.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data14[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err29 = {instancePath:instancePath+"/slack/protected",schemaPath:"#/properties/slack/properties/protected/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.slack.properties.protected,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;break;}indices2[item2] = i5;}}}else {const err30 = {instancePath:instancePath+"/slack/protected",schemaPath:"#/properties/slack/properties/protected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.slack.properties.protected.type,parentSchema:schema31.properties.slack.properties.protected,data:data14};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.slack.type,parentSchema:schema31.properties.slack,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.scim !== undefined){let data16 = data.scim;if(Array.isArray(data16)){const len3 = data16.length;for(let i6=0; i6<len3; i6++){let data17 = data16[i6];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.name === undefined){const err32 = {instancePath:instancePath+"/scim/" + i6,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data17.base_url === undefined){const err33 = {instancePath:instancePath+"/scim/" + i6,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "base_url"},message:"must have required property '"+"base_url"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data17.token_env === undefined){const err34 = {instancePath:instancePath+"/scim/" + i6,schemaPath:"#/properties/scim/items/required",keyword:"required",params:{missingProperty: "token_env"},message:"must have required property '"+"token_env"+"'",schema:schema31.properties.scim.items.required,parentSchema:schema31.properties.scim.items,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key4 in data17){if(!((((key4 === "name") || (key4 === "base_url")) || (key4 === "token_env")) || (key4 === "on_departure"))){const err35 = {instancePath:instancePath+"/scim/" + i6,schemaPath:"#/properties/scim/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scim.items,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data17.name !== undefined){let data18 = data17.name;if(typeof data18 === "string"){if(!pattern6.test(data18)){const err36 = {instancePath:instancePath+"/scim/" + i6+"/name",schemaPath:"#/properties/scim/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,62}$",parentSchema:schema31.properties.scim.items.properties.name,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/scim/" + i6+"/name",schemaPath:"#/properties/scim/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.name.type,parentSchema:schema31.properties.scim.items.properties.name,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data17.base_url !== undefined){let data19 = data17.base_url;if(typeof data19 === "string"){if(!pattern7.test(data19)){const err38 = {instancePath:instancePath+"/scim/" + i6+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.scim.items.properties.base_url,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!(formats0(data19))){const err39 = {instancePath:instancePath+"/scim/" + i6+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.scim.items.properties.base_url,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/scim/" + i6+"/base_url",schemaPath:"#/properties/scim/items/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.base_url.type,parentSchema:schema31.properties.scim.items.properties.base_url,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data17.token_env !== undefined){let data20 = data17.token_env;if(typeof data20 === "string"){if(!pattern8.test(data20)){const err41 = {instancePath:instancePath+"/scim/" + i6+"/token_env",schemaPath:"#/properties/scim/items/properties/token_env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.scim.items.properties.token_env,data:data20};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/scim/" + i6+"/token_env",schemaPath:"#/properties/scim/items/properties/token_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scim.items.properties.token_env.type,parentSchema:schema31.properties.scim.items.properties.token_env,data:data20};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.on_departure !== undefined){let data21 = data17.on_departure;if(!((data21 === "deactivate") || (data21 === "delete"))){const err43 = {instancePath:instancePath+"/scim/" + i6+"/on_departure",schemaPath:"#/properties/scim/items/properties/on_departure/enum",keyword:"enum",params:{allowedValues: schema31.properties.scim.items.properties.on_departure.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scim.items.properties.on_departure.enum,parentSchema:schema31.properties.scim.items.properties.on_departure,data:data21};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/scim/" + i6,schemaPath:"#/properties/scim/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scim.items.type,parentSchema:schema31.properties.scim.items,data:data17};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/scim",schemaPath:"#/properties/scim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scim.type,parentSchema:schema31.properties.scim,data:data16};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.policy !== undefined){let data22 = data.policy;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key5 in data22){if(!((key5 === "max_departures_per_change") || (key5 === "max_departure_ratio"))){const err46 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.policy,data:data22};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data22.max_departures_per_change !== undefined){let data23 = data22.max_departures_per_change;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err47 = {instancePath:instancePath+"/policy/max_departures_per_change",schemaPath:"#/properties/policy/properties/max_departures_per_change/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.policy.properties.max_departures_per_change.type,parentSchema:schema31.properties.policy.properties.max_departures_per_change,data:data23};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err48 = {instancePath:instancePath+"/policy/max_departures_per_change",schemaPath:"#/properties/policy/properties/max_departures_per_change/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.policy.properties.max_departures_per_change,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}if(data22.max_departure_ratio !== undefined){let data24 = data22.max_departure_ratio;if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 1 || isNaN(data24)){const err49 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data24};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data24 < 0 || isNaN(data24)){const err50 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/policy/max_departure_ratio",schemaPath:"#/properties/policy/properties/max_departure_ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.policy.properties.max_departure_ratio.type,parentSchema:schema31.properties.policy.properties.max_departure_ratio,data:data24};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.policy.type,parentSchema:schema31.properties.policy,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const person = validate21;const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:person","title":"offboard access/people/<id>.yaml","description":"One person and the accounts they hold.","type":"object","additionalProperties":false,"required":["id","name","email","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, '.', '_' or '-', at most 63 characters, equal to the file name without .yaml"},"name":{"type":"string","minLength":1,"description":"the person's full name"},"email":{"type":"string","format":"email","description":"work email, e.g. alice@acme.example"},"status":{"enum":["active","departed"],"description":"active, or departed to revoke everything"},"departed_on":{"type":"string","format":"date","description":"the departure date as YYYY-MM-DD, required when status is departed"},"roles":{"type":"array","uniqueItems":true,"description":"ids of files in roles/","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"an id of files in roles/"}},"accounts":{"type":"object","additionalProperties":false,"description":"the person's accounts, per platform","properties":{"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login"},"aws":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"IAM user name"},"slack":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"Slack member id, e.g. U0ALICE01"},"scim":{"type":"object","description":"SCIM app name -> userName in that app","additionalProperties":{"type":"string","minLength":1}}}}},"if":{"properties":{"status":{"const":"departed"}},"required":["status"]},"then":{"required":["departed_on"]},"else":{"not":{"required":["departed_on"]}}};const pattern9 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");const pattern12 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,64}$", "u");const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;const formats4 = formats/* fullFormats */.U9.date;function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:person" */;let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.status === undefined) && (missing0 = "status")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.status !== undefined){if("departed" !== data.status){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.departed_on === undefined){const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "departed_on"},message:"must have required property '"+"departed_on"+"'",schema:schema32.then.required,parentSchema:schema32.then,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs5 = errors;const _errs6 = errors;const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.departed_on === undefined) && (missing1 = "departed_on")){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid2 = _errs7 === errors;if(valid2){const err4 = {instancePath,schemaPath:"#/else/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema32.else.not,parentSchema:schema32.else,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}var _valid0 = _errs5 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema32.if,parentSchema:schema32,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.name === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.email === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.status === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema32.required,parentSchema:schema32,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "email")) || (key0 === "status")) || (key0 === "departed_on")) || (key0 === "roles")) || (key0 === "accounts"))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(!pattern9.test(data1)){const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema32.properties.id,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.id.type,parentSchema:schema32.properties.id,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(func1(data2) < 1){const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.name,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.email !== undefined){let data3 = data.email;if(typeof data3 === "string"){if(!(formats2.test(data3))){const err15 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema32.properties.email,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.email.type,parentSchema:schema32.properties.email,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.status !== undefined){let data4 = data.status;if(!((data4 === "active") || (data4 === "departed"))){const err17 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema32.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.status.enum,parentSchema:schema32.properties.status,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.departed_on !== undefined){let data5 = data.departed_on;if(typeof data5 === "string"){if(!(formats4.validate(data5))){const err18 = {instancePath:instancePath+"/departed_on",schemaPath:"#/properties/departed_on/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema32.properties.departed_on,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/departed_on",schemaPath:"#/properties/departed_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.departed_on.type,parentSchema:schema32.properties.departed_on,data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.roles !== undefined){let data6 = data.roles;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(typeof data7 === "string"){if(!pattern9.test(data7)){const err20 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema32.properties.roles.items,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.roles.items.type,parentSchema:schema32.properties.roles.items,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}let i1 = data6.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data6[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err22 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema32.properties.roles,data:data6};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;break;}indices0[item0] = i1;}}}else {const err23 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.roles.type,parentSchema:schema32.properties.roles,data:data6};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.accounts !== undefined){let data8 = data.accounts;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){if(!((((key1 === "github") || (key1 === "aws")) || (key1 === "slack")) || (key1 === "scim"))){const err24 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.accounts,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.github !== undefined){let data9 = data8.github;if(typeof data9 === "string"){if(!pattern4.test(data9)){const err25 = {instancePath:instancePath+"/accounts/github",schemaPath:"#/properties/accounts/properties/github/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema32.properties.accounts.properties.github,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/accounts/github",schemaPath:"#/properties/accounts/properties/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.accounts.properties.github.type,parentSchema:schema32.properties.accounts.properties.github,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data8.aws !== undefined){let data10 = data8.aws;if(typeof data10 === "string"){if(!pattern12.test(data10)){const err27 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,64}$",parentSchema:schema32.properties.accounts.properties.aws,data:data10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/accounts/aws",schemaPath:"#/properties/accounts/properties/aws/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.accounts.properties.aws.type,parentSchema:schema32.properties.accounts.properties.aws,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data8.slack !== undefined){let data11 = data8.slack;if(typeof data11 === "string"){if(!pattern5.test(data11)){const err29 = {instancePath:instancePath+"/accounts/slack",schemaPath:"#/properties/accounts/properties/slack/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema32.properties.accounts.properties.slack,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/accounts/slack",schemaPath:"#/properties/accounts/properties/slack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.accounts.properties.slack.type,parentSchema:schema32.properties.accounts.properties.slack,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data8.scim !== undefined){let data12 = data8.scim;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key2 in data12){let data13 = data12[key2];if(typeof data13 === "string"){if(func1(data13) < 1){const err31 = {instancePath:instancePath+"/accounts/scim/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/scim/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.accounts.properties.scim.additionalProperties,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/accounts/scim/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accounts/properties/scim/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.accounts.properties.scim.additionalProperties.type,parentSchema:schema32.properties.accounts.properties.scim.additionalProperties,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/accounts/scim",schemaPath:"#/properties/accounts/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.accounts.properties.scim.type,parentSchema:schema32.properties.accounts.properties.scim,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.accounts.type,parentSchema:schema32.properties.accounts,data:data8};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const role = validate22;const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:role","title":"offboard access/roles/<id>.yaml","description":"A role: the access it grants on each platform.","type":"object","additionalProperties":false,"required":["id","grants"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, '.', '_' or '-', at most 63 characters, equal to the file name without .yaml"},"description":{"type":"string"},"grants":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","additionalProperties":false,"properties":{"teams":{"type":"array","uniqueItems":true,"description":"team slugs","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"a team slug"}},"org_role":{"enum":["member","admin"],"description":"member or admin (default member)"}}},"aws":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"IAM group names","items":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,128}$","description":"an IAM group name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess","items":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$","description":"a managed policy ARN, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess"}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"usergroups":{"type":"array","uniqueItems":true,"description":"user group handles","items":{"type":"string","minLength":1,"description":"a user group handle"}},"channels":{"type":"array","uniqueItems":true,"description":"channel ids, e.g. C0BACKEND","items":{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$","description":"a channel id, e.g. C0BACKEND"}}}},"scim":{"type":"array","uniqueItems":true,"description":"names of SCIM apps (from platforms.yaml) where this role holds an account","items":{"type":"string","minLength":1,"description":"the name of a SCIM app configured in platforms.yaml"}}}}}};const pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const pattern16 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,128}$", "u");const pattern17 = new RegExp("^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$", "u");const pattern18 = new RegExp("^[CG][A-Z0-9]{2,}$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:role" */;let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.grants === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grants"},message:"must have required property '"+"grants"+"'",schema:schema33.required,parentSchema:schema33,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "id") || (key0 === "description")) || (key0 === "grants"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern9.test(data0)){const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,62}$",parentSchema:schema33.properties.id,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.id.type,parentSchema:schema33.properties.id,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.grants !== undefined){let data2 = data.grants;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!((((key1 === "github") || (key1 === "aws")) || (key1 === "slack")) || (key1 === "scim"))){const err6 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.grants,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.github !== undefined){let data3 = data2.github;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((key2 === "teams") || (key2 === "org_role"))){const err7 = {instancePath:instancePath+"/grants/github",schemaPath:"#/properties/grants/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.grants.properties.github,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.teams !== undefined){let data4 = data3.teams;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern15.test(data5)){const err8 = {instancePath:instancePath+"/grants/github/teams/" + i0,schemaPath:"#/properties/grants/properties/github/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema33.properties.grants.properties.github.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/grants/github/teams/" + i0,schemaPath:"#/properties/grants/properties/github/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.github.properties.teams.items.type,parentSchema:schema33.properties.grants.properties.github.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data4[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err10 = {instancePath:instancePath+"/grants/github/teams",schemaPath:"#/properties/grants/properties/github/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.github.properties.teams,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i1;}}}else {const err11 = {instancePath:instancePath+"/grants/github/teams",schemaPath:"#/properties/grants/properties/github/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.github.properties.teams.type,parentSchema:schema33.properties.grants.properties.github.properties.teams,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.org_role !== undefined){let data6 = data3.org_role;if(!((data6 === "member") || (data6 === "admin"))){const err12 = {instancePath:instancePath+"/grants/github/org_role",schemaPath:"#/properties/grants/properties/github/properties/org_role/enum",keyword:"enum",params:{allowedValues: schema33.properties.grants.properties.github.properties.org_role.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.grants.properties.github.properties.org_role.enum,parentSchema:schema33.properties.grants.properties.github.properties.org_role,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/grants/github",schemaPath:"#/properties/grants/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.grants.properties.github.type,parentSchema:schema33.properties.grants.properties.github,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data2.aws !== undefined){let data7 = data2.aws;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key3 in data7){if(!((key3 === "groups") || (key3 === "policies"))){const err14 = {instancePath:instancePath+"/grants/aws",schemaPath:"#/properties/grants/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.grants.properties.aws,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.groups !== undefined){let data8 = data7.groups;if(Array.isArray(data8)){const len1 = data8.length;for(let i2=0; i2<len1; i2++){let data9 = data8[i2];if(typeof data9 === "string"){if(!pattern16.test(data9)){const err15 = {instancePath:instancePath+"/grants/aws/groups/" + i2,schemaPath:"#/properties/grants/properties/aws/properties/groups/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,128}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,128}$",parentSchema:schema33.properties.grants.properties.aws.properties.groups.items,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/grants/aws/groups/" + i2,schemaPath:"#/properties/grants/properties/aws/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.aws.properties.groups.items.type,parentSchema:schema33.properties.grants.properties.aws.properties.groups.items,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i3 = data8.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data8[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err17 = {instancePath:instancePath+"/grants/aws/groups",schemaPath:"#/properties/grants/properties/aws/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.aws.properties.groups,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices1[item1] = i3;}}}else {const err18 = {instancePath:instancePath+"/grants/aws/groups",schemaPath:"#/properties/grants/properties/aws/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.aws.properties.groups.type,parentSchema:schema33.properties.grants.properties.aws.properties.groups,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.policies !== undefined){let data10 = data7.policies;if(Array.isArray(data10)){const len2 = data10.length;for(let i4=0; i4<len2; i4++){let data11 = data10[i4];if(typeof data11 === "string"){if(!pattern17.test(data11)){const err19 = {instancePath:instancePath+"/grants/aws/policies/" + i4,schemaPath:"#/properties/grants/properties/aws/properties/policies/items/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$"},message:"must match pattern \""+"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$"+"\"",schema:"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$",parentSchema:schema33.properties.grants.properties.aws.properties.policies.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/grants/aws/policies/" + i4,schemaPath:"#/properties/grants/properties/aws/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.aws.properties.policies.items.type,parentSchema:schema33.properties.grants.properties.aws.properties.policies.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i5 = data10.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data10[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err21 = {instancePath:instancePath+"/grants/aws/policies",schemaPath:"#/properties/grants/properties/aws/properties/policies/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.aws.properties.policies,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break;}indices2[item2] = i5;}}}else {const err22 = {instancePath:instancePath+"/grants/aws/policies",schemaPath:"#/properties/grants/properties/aws/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.aws.properties.policies.type,parentSchema:schema33.properties.grants.properties.aws.properties.policies,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/grants/aws",schemaPath:"#/properties/grants/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.grants.properties.aws.type,parentSchema:schema33.properties.grants.properties.aws,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data2.slack !== undefined){let data12 = data2.slack;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!((key4 === "usergroups") || (key4 === "channels"))){const err24 = {instancePath:instancePath+"/grants/slack",schemaPath:"#/properties/grants/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.grants.properties.slack,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.usergroups !== undefined){let data13 = data12.usergroups;if(Array.isArray(data13)){const len3 = data13.length;for(let i6=0; i6<len3; i6++){let data14 = data13[i6];if(typeof data14 === "string"){if(func1(data14) < 1){const err25 = {instancePath:instancePath+"/grants/slack/usergroups/" + i6,schemaPath:"#/properties/grants/properties/slack/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.grants.properties.slack.properties.usergroups.items,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/grants/slack/usergroups/" + i6,schemaPath:"#/properties/grants/properties/slack/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.slack.properties.usergroups.items.type,parentSchema:schema33.properties.grants.properties.slack.properties.usergroups.items,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}let i7 = data13.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data13[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err27 = {instancePath:instancePath+"/grants/slack/usergroups",schemaPath:"#/properties/grants/properties/slack/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.slack.properties.usergroups,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;break;}indices3[item3] = i7;}}}else {const err28 = {instancePath:instancePath+"/grants/slack/usergroups",schemaPath:"#/properties/grants/properties/slack/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.slack.properties.usergroups.type,parentSchema:schema33.properties.grants.properties.slack.properties.usergroups,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data12.channels !== undefined){let data15 = data12.channels;if(Array.isArray(data15)){const len4 = data15.length;for(let i8=0; i8<len4; i8++){let data16 = data15[i8];if(typeof data16 === "string"){if(!pattern18.test(data16)){const err29 = {instancePath:instancePath+"/grants/slack/channels/" + i8,schemaPath:"#/properties/grants/properties/slack/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[CG][A-Z0-9]{2,}$"+"\"",schema:"^[CG][A-Z0-9]{2,}$",parentSchema:schema33.properties.grants.properties.slack.properties.channels.items,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/grants/slack/channels/" + i8,schemaPath:"#/properties/grants/properties/slack/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.slack.properties.channels.items.type,parentSchema:schema33.properties.grants.properties.slack.properties.channels.items,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i9 = data15.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data15[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err31 = {instancePath:instancePath+"/grants/slack/channels",schemaPath:"#/properties/grants/properties/slack/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.slack.properties.channels,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices4[item4] = i9;}}}else {const err32 = {instancePath:instancePath+"/grants/slack/channels",schemaPath:"#/properties/grants/properties/slack/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.slack.properties.channels.type,parentSchema:schema33.properties.grants.properties.slack.properties.channels,data:data15};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/grants/slack",schemaPath:"#/properties/grants/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.grants.properties.slack.type,parentSchema:schema33.properties.grants.properties.slack,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data2.scim !== undefined){let data17 = data2.scim;if(Array.isArray(data17)){const len5 = data17.length;for(let i10=0; i10<len5; i10++){let data18 = data17[i10];if(typeof data18 === "string"){if(func1(data18) < 1){const err34 = {instancePath:instancePath+"/grants/scim/" + i10,schemaPath:"#/properties/grants/properties/scim/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.grants.properties.scim.items,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/grants/scim/" + i10,schemaPath:"#/properties/grants/properties/scim/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.grants.properties.scim.items.type,parentSchema:schema33.properties.grants.properties.scim.items,data:data18};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}let i11 = data17.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data17[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err36 = {instancePath:instancePath+"/grants/scim",schemaPath:"#/properties/grants/properties/scim/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema33.properties.grants.properties.scim,data:data17};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;break;}indices5[item5] = i11;}}}else {const err37 = {instancePath:instancePath+"/grants/scim",schemaPath:"#/properties/grants/properties/scim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.grants.properties.scim.type,parentSchema:schema33.properties.grants.properties.scim,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.grants.type,parentSchema:schema33.properties.grants,data:data2};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const scenario = validate23;const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:scenario","title":"offboard sandbox scenario","description":"Who holds what on the simulated platforms beyond what the access declarations grant.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"github":{"type":"object","additionalProperties":false,"properties":{"saml_sso":{"type":"boolean","description":"the org uses SAML single sign-on (credential authorizations exist)"},"copilot":{"type":"boolean","description":"the org has a Copilot Business subscription"},"repos":{"type":"array","uniqueItems":true,"description":"more org repositories (the access repository is always there)","items":{"$ref":"#/$defs/name"}},"access_repo":{"$ref":"#/$defs/name","description":"name of the repository holding the access tree (default access)"},"token_owner":{"type":"string","minLength":1,"description":"login the sandbox token acts as: an org owner"}}},"slack":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"member id the sandbox token belongs to: an admin"}}},"people":{"type":"object","description":"by person id: what each holds beyond what their roles grant","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","$ref":"#/$defs/githubHolds","unevaluatedProperties":false},"aws":{"type":"object","$ref":"#/$defs/awsHolds","unevaluatedProperties":false},"slack":{"type":"object","$ref":"#/$defs/slackHolds","unevaluatedProperties":false},"scim":{"type":"object","description":"SCIM app name -> the person's account there","additionalProperties":{"enum":["active","inactive"]}}}}},"others":{"type":"object","additionalProperties":false,"description":"accounts no declaration names: bots, break-glass users, strays","properties":{"github":{"type":"array","items":{"$ref":"#/$defs/githubHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"name":{"type":"string"},"email":{"type":"string","format":"email"},"bot":{"type":"boolean"}},"unevaluatedProperties":false}},"github_invitations":{"type":"array","description":"pending invitations to email addresses nobody declares","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email"},"role":{"$ref":"#/$defs/invitationRole"}}}},"aws":{"type":"array","items":{"$ref":"#/$defs/awsHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$"}},"unevaluatedProperties":false}},"slack":{"type":"array","items":{"$ref":"#/$defs/slackHolds","type":"object","required":["id","name"],"properties":{"id":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$"},"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"admin":{"type":"boolean"},"owner":{"type":"boolean"},"primary_owner":{"type":"boolean"},"bot":{"type":"boolean"},"guest":{"type":"boolean"}},"unevaluatedProperties":false}},"scim":{"type":"object","description":"SCIM app name -> its other users","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["userName"],"properties":{"userName":{"type":"string","minLength":1},"active":{"type":"boolean"}}}}}}}},"$defs":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, '.', '_' or '-'"},"date":{"type":"string","format":"date","description":"a date written YYYY-MM-DD"},"invitationRole":{"enum":["direct_member","admin"],"description":"direct_member or admin"},"githubHolds":{"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person's email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}},"awsHolds":{"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}},"slackHolds":{"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}}}};const schema35 = {"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, '.', '_' or '-'"};const schema46 = {"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}};const schema39 = {"enum":["direct_member","admin"],"description":"direct_member or admin"};const pattern19 = new RegExp("^[A-Za-z0-9_.-]+$", "u");const pattern28 = new RegExp("^[CG][A-Z0-9]+$", "u");const func0 = equal/* default */.A;const schema37 = {"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person's email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.role !== undefined){let data0 = data.role;if(!(((data0 === "member") || (data0 === "admin")) || (data0 === "none"))){const err0 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema37.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.role.enum,parentSchema:schema37.properties.role,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.teams !== undefined){let data1 = data.teams;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(!pattern19.test(data2)){const err1 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/teams/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){const err3 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema37.properties.teams,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break outer0;}}}}}else {const err4 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.teams.type,parentSchema:schema37.properties.teams,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.invitation !== undefined){let data3 = data.invitation;if(!((data3 === "direct_member") || (data3 === "admin"))){const err5 = {instancePath:instancePath+"/invitation",schemaPath:"#/$defs/invitationRole/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.sso_authorizations !== undefined){let data4 = data.sso_authorizations;if(Array.isArray(data4)){const len1 = data4.length;for(let i2=0; i2<len1; i2++){let data5 = data4[i2];if(!((data5 === "token") || (data5 === "ssh_key"))){const err6 = {instancePath:instancePath+"/sso_authorizations/" + i2,schemaPath:"#/properties/sso_authorizations/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.sso_authorizations.items.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.sso_authorizations.items.enum,parentSchema:schema37.properties.sso_authorizations.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/sso_authorizations",schemaPath:"#/properties/sso_authorizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.sso_authorizations.type,parentSchema:schema37.properties.sso_authorizations,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.token_grants !== undefined){let data6 = data.token_grants;if(Array.isArray(data6)){const len2 = data6.length;for(let i3=0; i3<len2; i3++){let data7 = data6[i3];if(typeof data7 === "string"){if(func1(data7) < 1){const err8 = {instancePath:instancePath+"/token_grants/" + i3,schemaPath:"#/properties/token_grants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.token_grants.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/token_grants/" + i3,schemaPath:"#/properties/token_grants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.token_grants.items.type,parentSchema:schema37.properties.token_grants.items,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i4 = data6.length;let j1;if(i4 > 1){const indices0 = {};for(;i4--;){let item0 = data6[i4];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err10 = {instancePath:instancePath+"/token_grants",schemaPath:"#/properties/token_grants/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema37.properties.token_grants,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break;}indices0[item0] = i4;}}}else {const err11 = {instancePath:instancePath+"/token_grants",schemaPath:"#/properties/token_grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.token_grants.type,parentSchema:schema37.properties.token_grants,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.token_requests !== undefined){let data8 = data.token_requests;if(Array.isArray(data8)){const len3 = data8.length;for(let i5=0; i5<len3; i5++){let data9 = data8[i5];if(typeof data9 === "string"){if(func1(data9) < 1){const err12 = {instancePath:instancePath+"/token_requests/" + i5,schemaPath:"#/properties/token_requests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.token_requests.items,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/token_requests/" + i5,schemaPath:"#/properties/token_requests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.token_requests.items.type,parentSchema:schema37.properties.token_requests.items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i6 = data8.length;let j2;if(i6 > 1){const indices1 = {};for(;i6--;){let item1 = data8[i6];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err14 = {instancePath:instancePath+"/token_requests",schemaPath:"#/properties/token_requests/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema37.properties.token_requests,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}indices1[item1] = i6;}}}else {const err15 = {instancePath:instancePath+"/token_requests",schemaPath:"#/properties/token_requests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.token_requests.type,parentSchema:schema37.properties.token_requests,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.copilot !== undefined){let data10 = data.copilot;if(typeof data10 !== "boolean"){const err16 = {instancePath:instancePath+"/copilot",schemaPath:"#/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.copilot.type,parentSchema:schema37.properties.copilot,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.deploy_keys !== undefined){let data11 = data.deploy_keys;if(Array.isArray(data11)){const len4 = data11.length;for(let i7=0; i7<len4; i7++){let data12 = data11[i7];if(typeof data12 === "string"){if(!pattern19.test(data12)){const err17 = {instancePath:instancePath+"/deploy_keys/" + i7,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/deploy_keys/" + i7,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}let i8 = data11.length;let j3;if(i8 > 1){outer1:for(;i8--;){for(j3 = i8; j3--;){if(func0(data11[i8], data11[j3])){const err19 = {instancePath:instancePath+"/deploy_keys",schemaPath:"#/properties/deploy_keys/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema37.properties.deploy_keys,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;break outer1;}}}}}else {const err20 = {instancePath:instancePath+"/deploy_keys",schemaPath:"#/properties/deploy_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.deploy_keys.type,parentSchema:schema37.properties.deploy_keys,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":{"role":true,"teams":true,"invitation":true,"sso_authorizations":true,"token_grants":true,"token_requests":true,"copilot":true,"deploy_keys":true},"dynamicProps":false,"dynamicItems":false};const schema41 = {"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}};const schema42 = {"type":"string","format":"date","description":"a date written YYYY-MM-DD"};const pattern25 = new RegExp("^arn:aws:iam::", "u");function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.access_keys !== undefined){let data0 = data.access_keys;if(Array.isArray(data0)){if(data0.length > 2){const err0 = {instancePath:instancePath+"/access_keys",schemaPath:"#/properties/access_keys/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema41.properties.access_keys,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key0 in data1){if(!(((key0 === "status") || (key0 === "created")) || (key0 === "last_used"))){const err1 = {instancePath:instancePath+"/access_keys/" + i0,schemaPath:"#/properties/access_keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.access_keys.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data1.status !== undefined){let data2 = data1.status;if(!((data2 === "Active") || (data2 === "Inactive"))){const err2 = {instancePath:instancePath+"/access_keys/" + i0+"/status",schemaPath:"#/properties/access_keys/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema41.properties.access_keys.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.access_keys.items.properties.status.enum,parentSchema:schema41.properties.access_keys.items.properties.status,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.created !== undefined){let data3 = data1.created;if(typeof data3 === "string"){if(!(formats4.validate(data3))){const err3 = {instancePath:instancePath+"/access_keys/" + i0+"/created",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema42,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/access_keys/" + i0+"/created",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.last_used !== undefined){let data4 = data1.last_used;if(typeof data4 === "string"){if(!(formats4.validate(data4))){const err5 = {instancePath:instancePath+"/access_keys/" + i0+"/last_used",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema42,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/access_keys/" + i0+"/last_used",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/access_keys/" + i0,schemaPath:"#/properties/access_keys/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.access_keys.items.type,parentSchema:schema41.properties.access_keys.items,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/access_keys",schemaPath:"#/properties/access_keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.access_keys.type,parentSchema:schema41.properties.access_keys,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.password !== undefined){let data5 = data.password;if(typeof data5 !== "boolean"){const err9 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.password.type,parentSchema:schema41.properties.password,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.mfa !== undefined){let data6 = data.mfa;if(typeof data6 !== "boolean"){const err10 = {instancePath:instancePath+"/mfa",schemaPath:"#/properties/mfa/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.mfa.type,parentSchema:schema41.properties.mfa,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ssh_keys !== undefined){let data7 = data.ssh_keys;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err11 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.ssh_keys.type,parentSchema:schema41.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 5 || isNaN(data7)){const err12 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema41.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data7 < 0 || isNaN(data7)){const err13 = {instancePath:instancePath+"/ssh_keys",schemaPath:"#/properties/ssh_keys/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.ssh_keys,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.signing_certificates !== undefined){let data8 = data.signing_certificates;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err14 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.signing_certificates.type,parentSchema:schema41.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 2 || isNaN(data8)){const err15 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2",schema:2,parentSchema:schema41.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data8 < 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/signing_certificates",schemaPath:"#/properties/signing_certificates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.signing_certificates,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.service_credentials !== undefined){let data9 = data.service_credentials;if(Array.isArray(data9)){const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func1(data10) < 1){const err17 = {instancePath:instancePath+"/service_credentials/" + i1,schemaPath:"#/properties/service_credentials/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.service_credentials.items,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/service_credentials/" + i1,schemaPath:"#/properties/service_credentials/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.service_credentials.items.type,parentSchema:schema41.properties.service_credentials.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/service_credentials",schemaPath:"#/properties/service_credentials/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.service_credentials.type,parentSchema:schema41.properties.service_credentials,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.inline_policies !== undefined){let data11 = data.inline_policies;if(Array.isArray(data11)){const len2 = data11.length;for(let i2=0; i2<len2; i2++){let data12 = data11[i2];if(typeof data12 === "string"){if(!pattern19.test(data12)){const err20 = {instancePath:instancePath+"/inline_policies/" + i2,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/inline_policies/" + i2,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}let i3 = data11.length;let j0;if(i3 > 1){outer0:for(;i3--;){for(j0 = i3; j0--;){if(func0(data11[i3], data11[j0])){const err22 = {instancePath:instancePath+"/inline_policies",schemaPath:"#/properties/inline_policies/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema41.properties.inline_policies,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;break outer0;}}}}}else {const err23 = {instancePath:instancePath+"/inline_policies",schemaPath:"#/properties/inline_policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.inline_policies.type,parentSchema:schema41.properties.inline_policies,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.policies !== undefined){let data13 = data.policies;if(Array.isArray(data13)){const len3 = data13.length;for(let i4=0; i4<len3; i4++){let data14 = data13[i4];if(typeof data14 === "string"){if(!pattern25.test(data14)){const err24 = {instancePath:instancePath+"/policies/" + i4,schemaPath:"#/properties/policies/items/pattern",keyword:"pattern",params:{pattern: "^arn:aws:iam::"},message:"must match pattern \""+"^arn:aws:iam::"+"\"",schema:"^arn:aws:iam::",parentSchema:schema41.properties.policies.items,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/policies/" + i4,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.policies.items.type,parentSchema:schema41.properties.policies.items,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}let i5 = data13.length;let j1;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data13[i5];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err26 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema41.properties.policies,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;break;}indices0[item0] = i5;}}}else {const err27 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.policies.type,parentSchema:schema41.properties.policies,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.groups !== undefined){let data15 = data.groups;if(Array.isArray(data15)){const len4 = data15.length;for(let i6=0; i6<len4; i6++){let data16 = data15[i6];if(typeof data16 === "string"){if(!pattern19.test(data16)){const err28 = {instancePath:instancePath+"/groups/" + i6,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/groups/" + i6,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}let i7 = data15.length;let j2;if(i7 > 1){outer1:for(;i7--;){for(j2 = i7; j2--;){if(func0(data15[i7], data15[j2])){const err30 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema41.properties.groups,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;break outer1;}}}}}else {const err31 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.groups.type,parentSchema:schema41.properties.groups,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.permissions_boundary !== undefined){let data17 = data.permissions_boundary;if(typeof data17 === "string"){if(!pattern25.test(data17)){const err32 = {instancePath:instancePath+"/permissions_boundary",schemaPath:"#/properties/permissions_boundary/pattern",keyword:"pattern",params:{pattern: "^arn:aws:iam::"},message:"must match pattern \""+"^arn:aws:iam::"+"\"",schema:"^arn:aws:iam::",parentSchema:schema41.properties.permissions_boundary,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/permissions_boundary",schemaPath:"#/properties/permissions_boundary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.permissions_boundary.type,parentSchema:schema41.properties.permissions_boundary,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":{"access_keys":true,"password":true,"mfa":true,"ssh_keys":true,"signing_certificates":true,"service_credentials":true,"inline_policies":true,"policies":true,"groups":true,"permissions_boundary":true},"dynamicProps":false,"dynamicItems":false};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="urn:offboard:schema:scenario" */;let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "version") || (key0 === "github")) || (key0 === "slack")) || (key0 === "people")) || (key0 === "others"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema34.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.github !== undefined){let data1 = data.github;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((key1 === "saml_sso") || (key1 === "copilot")) || (key1 === "repos")) || (key1 === "access_repo")) || (key1 === "token_owner"))){const err3 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.github,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.saml_sso !== undefined){let data2 = data1.saml_sso;if(typeof data2 !== "boolean"){const err4 = {instancePath:instancePath+"/github/saml_sso",schemaPath:"#/properties/github/properties/saml_sso/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.github.properties.saml_sso.type,parentSchema:schema34.properties.github.properties.saml_sso,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.copilot !== undefined){let data3 = data1.copilot;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/github/copilot",schemaPath:"#/properties/github/properties/copilot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.github.properties.copilot.type,parentSchema:schema34.properties.github.properties.copilot,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.repos !== undefined){let data4 = data1.repos;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(!pattern19.test(data5)){const err6 = {instancePath:instancePath+"/github/repos/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/github/repos/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data4[i1], data4[j0])){const err8 = {instancePath:instancePath+"/github/repos",schemaPath:"#/properties/github/properties/repos/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34.properties.github.properties.repos,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;break outer0;}}}}}else {const err9 = {instancePath:instancePath+"/github/repos",schemaPath:"#/properties/github/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.github.properties.repos.type,parentSchema:schema34.properties.github.properties.repos,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.access_repo !== undefined){let data6 = data1.access_repo;if(typeof data6 === "string"){if(!pattern19.test(data6)){const err10 = {instancePath:instancePath+"/github/access_repo",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema35,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/github/access_repo",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.token_owner !== undefined){let data7 = data1.token_owner;if(typeof data7 === "string"){if(func1(data7) < 1){const err12 = {instancePath:instancePath+"/github/token_owner",schemaPath:"#/properties/github/properties/token_owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.github.properties.token_owner,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/github/token_owner",schemaPath:"#/properties/github/properties/token_owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.github.properties.token_owner.type,parentSchema:schema34.properties.github.properties.token_owner,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.github.type,parentSchema:schema34.properties.github,data:data1};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.slack !== undefined){let data8 = data.slack;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){if(!(key2 === "token_owner")){const err15 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.slack,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data8.token_owner !== undefined){let data9 = data8.token_owner;if(typeof data9 === "string"){if(!pattern5.test(data9)){const err16 = {instancePath:instancePath+"/slack/token_owner",schemaPath:"#/properties/slack/properties/token_owner/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema34.properties.slack.properties.token_owner,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/slack/token_owner",schemaPath:"#/properties/slack/properties/token_owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.slack.properties.token_owner.type,parentSchema:schema34.properties.slack.properties.token_owner,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.slack.type,parentSchema:schema34.properties.slack,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.people !== undefined){let data10 = data.people;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){let data11 = data10[key3];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){if(!((((key4 === "github") || (key4 === "aws")) || (key4 === "slack")) || (key4 === "scim"))){const err19 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.people.additionalProperties,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.github !== undefined){let data12 = data11.github;if(!(validate24(data12, {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",parentData:data11,parentDataProperty:"github",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key5 in data12){if((((((((key5 !== "role") && (key5 !== "teams")) && (key5 !== "invitation")) && (key5 !== "sso_authorizations")) && (key5 !== "token_grants")) && (key5 !== "token_requests")) && (key5 !== "copilot")) && (key5 !== "deploy_keys")){const err20 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",schemaPath:"#/properties/people/additionalProperties/properties/github/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key5},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.people.additionalProperties.properties.github,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/github",schemaPath:"#/properties/people/additionalProperties/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.additionalProperties.properties.github.type,parentSchema:schema34.properties.people.additionalProperties.properties.github,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data11.aws !== undefined){let data13 = data11.aws;if(!(validate26(data13, {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",parentData:data11,parentDataProperty:"aws",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key6 in data13){if((((((((((key6 !== "access_keys") && (key6 !== "password")) && (key6 !== "mfa")) && (key6 !== "ssh_keys")) && (key6 !== "signing_certificates")) && (key6 !== "service_credentials")) && (key6 !== "inline_policies")) && (key6 !== "policies")) && (key6 !== "groups")) && (key6 !== "permissions_boundary")){const err22 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",schemaPath:"#/properties/people/additionalProperties/properties/aws/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key6},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.people.additionalProperties.properties.aws,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/aws",schemaPath:"#/properties/people/additionalProperties/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.additionalProperties.properties.aws.type,parentSchema:schema34.properties.people.additionalProperties.properties.aws,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data11.slack !== undefined){let data14 = data11.slack;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.usergroups !== undefined){let data15 = data14.usergroups;if(Array.isArray(data15)){const len1 = data15.length;for(let i2=0; i2<len1; i2++){let data16 = data15[i2];if(typeof data16 === "string"){if(func1(data16) < 1){const err24 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups/" + i2,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.usergroups.items,data:data16};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups/" + i2,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.usergroups.items.type,parentSchema:schema46.properties.usergroups.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}let i3 = data15.length;let j1;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data15[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err26 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema46.properties.usergroups,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;break;}indices0[item0] = i3;}}}else {const err27 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.usergroups.type,parentSchema:schema46.properties.usergroups,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.channels !== undefined){let data17 = data14.channels;if(Array.isArray(data17)){const len2 = data17.length;for(let i4=0; i4<len2; i4++){let data18 = data17[i4];if(typeof data18 === "string"){if(!pattern28.test(data18)){const err28 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels/" + i4,schemaPath:"#/$defs/slackHolds/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]+$"},message:"must match pattern \""+"^[CG][A-Z0-9]+$"+"\"",schema:"^[CG][A-Z0-9]+$",parentSchema:schema46.properties.channels.items,data:data18};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels/" + i4,schemaPath:"#/$defs/slackHolds/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.channels.items.type,parentSchema:schema46.properties.channels.items,data:data18};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}let i5 = data17.length;let j2;if(i5 > 1){const indices1 = {};for(;i5--;){let item1 = data17[i5];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err30 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels",schemaPath:"#/$defs/slackHolds/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema46.properties.channels,data:data17};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;break;}indices1[item1] = i5;}}}else {const err31 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/channels",schemaPath:"#/$defs/slackHolds/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.channels.type,parentSchema:schema46.properties.channels,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data14.deactivated !== undefined){let data19 = data14.deactivated;if(typeof data19 !== "boolean"){const err32 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack/deactivated",schemaPath:"#/$defs/slackHolds/properties/deactivated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.deactivated.type,parentSchema:schema46.properties.deactivated,data:data19};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/$defs/slackHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key7 in data14){if(((key7 !== "usergroups") && (key7 !== "channels")) && (key7 !== "deactivated")){const err34 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key7},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.people.additionalProperties.properties.slack,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.additionalProperties.properties.slack.type,parentSchema:schema34.properties.people.additionalProperties.properties.slack,data:data14};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data11.scim !== undefined){let data20 = data11.scim;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key8 in data20){let data21 = data20[key8];if(!((data21 === "active") || (data21 === "inactive"))){const err36 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/scim/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/properties/scim/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema34.properties.people.additionalProperties.properties.scim.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.people.additionalProperties.properties.scim.additionalProperties.enum,parentSchema:schema34.properties.people.additionalProperties.properties.scim.additionalProperties,data:data21};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/scim",schemaPath:"#/properties/people/additionalProperties/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.additionalProperties.properties.scim.type,parentSchema:schema34.properties.people.additionalProperties.properties.scim,data:data20};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/people/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.additionalProperties.type,parentSchema:schema34.properties.people.additionalProperties,data:data11};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.people.type,parentSchema:schema34.properties.people,data:data10};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.others !== undefined){let data22 = data.others;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key9 in data22){if(!(((((key9 === "github") || (key9 === "github_invitations")) || (key9 === "aws")) || (key9 === "slack")) || (key9 === "scim"))){const err40 = {instancePath:instancePath+"/others",schemaPath:"#/properties/others/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.others,data:data22};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data22.github !== undefined){let data23 = data22.github;if(Array.isArray(data23)){const len3 = data23.length;for(let i6=0; i6<len3; i6++){let data24 = data23[i6];if(!(validate24(data24, {instancePath:instancePath+"/others/github/" + i6,parentData:data23,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}if(data24 && typeof data24 == "object" && !Array.isArray(data24)){if(data24.login === undefined){const err41 = {instancePath:instancePath+"/others/github/" + i6,schemaPath:"#/properties/others/properties/github/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema34.properties.others.properties.github.items.required,parentSchema:schema34.properties.others.properties.github.items,data:data24};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data24.login !== undefined){let data25 = data24.login;if(typeof data25 === "string"){if(func1(data25) < 1){const err42 = {instancePath:instancePath+"/others/github/" + i6+"/login",schemaPath:"#/properties/others/properties/github/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.others.properties.github.items.properties.login,data:data25};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/others/github/" + i6+"/login",schemaPath:"#/properties/others/properties/github/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.github.items.properties.login.type,parentSchema:schema34.properties.others.properties.github.items.properties.login,data:data25};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data24.name !== undefined){let data26 = data24.name;if(typeof data26 !== "string"){const err44 = {instancePath:instancePath+"/others/github/" + i6+"/name",schemaPath:"#/properties/others/properties/github/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.github.items.properties.name.type,parentSchema:schema34.properties.others.properties.github.items.properties.name,data:data26};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data24.email !== undefined){let data27 = data24.email;if(typeof data27 === "string"){if(!(formats2.test(data27))){const err45 = {instancePath:instancePath+"/others/github/" + i6+"/email",schemaPath:"#/properties/others/properties/github/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34.properties.others.properties.github.items.properties.email,data:data27};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/others/github/" + i6+"/email",schemaPath:"#/properties/others/properties/github/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.github.items.properties.email.type,parentSchema:schema34.properties.others.properties.github.items.properties.email,data:data27};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data24.bot !== undefined){let data28 = data24.bot;if(typeof data28 !== "boolean"){const err47 = {instancePath:instancePath+"/others/github/" + i6+"/bot",schemaPath:"#/properties/others/properties/github/items/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.github.items.properties.bot.type,parentSchema:schema34.properties.others.properties.github.items.properties.bot,data:data28};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}for(const key10 in data24){if((((((((((((key10 !== "login") && (key10 !== "name")) && (key10 !== "email")) && (key10 !== "bot")) && (key10 !== "role")) && (key10 !== "teams")) && (key10 !== "invitation")) && (key10 !== "sso_authorizations")) && (key10 !== "token_grants")) && (key10 !== "token_requests")) && (key10 !== "copilot")) && (key10 !== "deploy_keys")){const err48 = {instancePath:instancePath+"/others/github/" + i6,schemaPath:"#/properties/others/properties/github/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key10},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.others.properties.github.items,data:data24};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/others/github/" + i6,schemaPath:"#/properties/others/properties/github/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.github.items.type,parentSchema:schema34.properties.others.properties.github.items,data:data24};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/others/github",schemaPath:"#/properties/others/properties/github/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.others.properties.github.type,parentSchema:schema34.properties.others.properties.github,data:data23};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data22.github_invitations !== undefined){let data29 = data22.github_invitations;if(Array.isArray(data29)){const len4 = data29.length;for(let i7=0; i7<len4; i7++){let data30 = data29[i7];if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(data30.email === undefined){const err51 = {instancePath:instancePath+"/others/github_invitations/" + i7,schemaPath:"#/properties/others/properties/github_invitations/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema34.properties.others.properties.github_invitations.items.required,parentSchema:schema34.properties.others.properties.github_invitations.items,data:data30};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}for(const key11 in data30){if(!((key11 === "email") || (key11 === "role"))){const err52 = {instancePath:instancePath+"/others/github_invitations/" + i7,schemaPath:"#/properties/others/properties/github_invitations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.others.properties.github_invitations.items,data:data30};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data30.email !== undefined){let data31 = data30.email;if(typeof data31 === "string"){if(!(formats2.test(data31))){const err53 = {instancePath:instancePath+"/others/github_invitations/" + i7+"/email",schemaPath:"#/properties/others/properties/github_invitations/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34.properties.others.properties.github_invitations.items.properties.email,data:data31};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/others/github_invitations/" + i7+"/email",schemaPath:"#/properties/others/properties/github_invitations/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.github_invitations.items.properties.email.type,parentSchema:schema34.properties.others.properties.github_invitations.items.properties.email,data:data31};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data30.role !== undefined){let data32 = data30.role;if(!((data32 === "direct_member") || (data32 === "admin"))){const err55 = {instancePath:instancePath+"/others/github_invitations/" + i7+"/role",schemaPath:"#/$defs/invitationRole/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data32};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/others/github_invitations/" + i7,schemaPath:"#/properties/others/properties/github_invitations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.github_invitations.items.type,parentSchema:schema34.properties.others.properties.github_invitations.items,data:data30};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/others/github_invitations",schemaPath:"#/properties/others/properties/github_invitations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.others.properties.github_invitations.type,parentSchema:schema34.properties.others.properties.github_invitations,data:data29};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data22.aws !== undefined){let data33 = data22.aws;if(Array.isArray(data33)){const len5 = data33.length;for(let i8=0; i8<len5; i8++){let data34 = data33[i8];if(!(validate26(data34, {instancePath:instancePath+"/others/aws/" + i8,parentData:data33,parentDataProperty:i8,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}if(data34 && typeof data34 == "object" && !Array.isArray(data34)){if(data34.user === undefined){const err58 = {instancePath:instancePath+"/others/aws/" + i8,schemaPath:"#/properties/others/properties/aws/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema34.properties.others.properties.aws.items.required,parentSchema:schema34.properties.others.properties.aws.items,data:data34};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data34.user !== undefined){let data35 = data34.user;if(typeof data35 === "string"){if(!pattern12.test(data35)){const err59 = {instancePath:instancePath+"/others/aws/" + i8+"/user",schemaPath:"#/properties/others/properties/aws/items/properties/user/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9+=,.@_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9+=,.@_-]{1,64}$",parentSchema:schema34.properties.others.properties.aws.items.properties.user,data:data35};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/others/aws/" + i8+"/user",schemaPath:"#/properties/others/properties/aws/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.aws.items.properties.user.type,parentSchema:schema34.properties.others.properties.aws.items.properties.user,data:data35};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}for(const key12 in data34){if(((((((((((key12 !== "user") && (key12 !== "access_keys")) && (key12 !== "password")) && (key12 !== "mfa")) && (key12 !== "ssh_keys")) && (key12 !== "signing_certificates")) && (key12 !== "service_credentials")) && (key12 !== "inline_policies")) && (key12 !== "policies")) && (key12 !== "groups")) && (key12 !== "permissions_boundary")){const err61 = {instancePath:instancePath+"/others/aws/" + i8,schemaPath:"#/properties/others/properties/aws/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key12},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.others.properties.aws.items,data:data34};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/others/aws/" + i8,schemaPath:"#/properties/others/properties/aws/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.aws.items.type,parentSchema:schema34.properties.others.properties.aws.items,data:data34};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/others/aws",schemaPath:"#/properties/others/properties/aws/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.others.properties.aws.type,parentSchema:schema34.properties.others.properties.aws,data:data33};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data22.slack !== undefined){let data36 = data22.slack;if(Array.isArray(data36)){const len6 = data36.length;for(let i9=0; i9<len6; i9++){let data37 = data36[i9];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.usergroups !== undefined){let data38 = data37.usergroups;if(Array.isArray(data38)){const len7 = data38.length;for(let i10=0; i10<len7; i10++){let data39 = data38[i10];if(typeof data39 === "string"){if(func1(data39) < 1){const err64 = {instancePath:instancePath+"/others/slack/" + i9+"/usergroups/" + i10,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.usergroups.items,data:data39};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/others/slack/" + i9+"/usergroups/" + i10,schemaPath:"#/$defs/slackHolds/properties/usergroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.usergroups.items.type,parentSchema:schema46.properties.usergroups.items,data:data39};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}let i11 = data38.length;let j3;if(i11 > 1){const indices2 = {};for(;i11--;){let item2 = data38[i11];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j3 = indices2[item2];const err66 = {instancePath:instancePath+"/others/slack/" + i9+"/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i11+" are identical)",schema:true,parentSchema:schema46.properties.usergroups,data:data38};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;break;}indices2[item2] = i11;}}}else {const err67 = {instancePath:instancePath+"/others/slack/" + i9+"/usergroups",schemaPath:"#/$defs/slackHolds/properties/usergroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.usergroups.type,parentSchema:schema46.properties.usergroups,data:data38};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data37.channels !== undefined){let data40 = data37.channels;if(Array.isArray(data40)){const len8 = data40.length;for(let i12=0; i12<len8; i12++){let data41 = data40[i12];if(typeof data41 === "string"){if(!pattern28.test(data41)){const err68 = {instancePath:instancePath+"/others/slack/" + i9+"/channels/" + i12,schemaPath:"#/$defs/slackHolds/properties/channels/items/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]+$"},message:"must match pattern \""+"^[CG][A-Z0-9]+$"+"\"",schema:"^[CG][A-Z0-9]+$",parentSchema:schema46.properties.channels.items,data:data41};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/others/slack/" + i9+"/channels/" + i12,schemaPath:"#/$defs/slackHolds/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.channels.items.type,parentSchema:schema46.properties.channels.items,data:data41};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}let i13 = data40.length;let j4;if(i13 > 1){const indices3 = {};for(;i13--;){let item3 = data40[i13];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j4 = indices3[item3];const err70 = {instancePath:instancePath+"/others/slack/" + i9+"/channels",schemaPath:"#/$defs/slackHolds/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i13+" are identical)",schema:true,parentSchema:schema46.properties.channels,data:data40};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;break;}indices3[item3] = i13;}}}else {const err71 = {instancePath:instancePath+"/others/slack/" + i9+"/channels",schemaPath:"#/$defs/slackHolds/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.channels.type,parentSchema:schema46.properties.channels,data:data40};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data37.deactivated !== undefined){let data42 = data37.deactivated;if(typeof data42 !== "boolean"){const err72 = {instancePath:instancePath+"/others/slack/" + i9+"/deactivated",schemaPath:"#/$defs/slackHolds/properties/deactivated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.deactivated.type,parentSchema:schema46.properties.deactivated,data:data42};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/others/slack/" + i9,schemaPath:"#/$defs/slackHolds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data37};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.id === undefined){const err74 = {instancePath:instancePath+"/others/slack/" + i9,schemaPath:"#/properties/others/properties/slack/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema34.properties.others.properties.slack.items.required,parentSchema:schema34.properties.others.properties.slack.items,data:data37};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data37.name === undefined){const err75 = {instancePath:instancePath+"/others/slack/" + i9,schemaPath:"#/properties/others/properties/slack/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.properties.others.properties.slack.items.required,parentSchema:schema34.properties.others.properties.slack.items,data:data37};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data37.id !== undefined){let data43 = data37.id;if(typeof data43 === "string"){if(!pattern5.test(data43)){const err76 = {instancePath:instancePath+"/others/slack/" + i9+"/id",schemaPath:"#/properties/others/properties/slack/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema34.properties.others.properties.slack.items.properties.id,data:data43};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/others/slack/" + i9+"/id",schemaPath:"#/properties/others/properties/slack/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.slack.items.properties.id.type,parentSchema:schema34.properties.others.properties.slack.items.properties.id,data:data43};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data37.name !== undefined){let data44 = data37.name;if(typeof data44 === "string"){if(func1(data44) < 1){const err78 = {instancePath:instancePath+"/others/slack/" + i9+"/name",schemaPath:"#/properties/others/properties/slack/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.others.properties.slack.items.properties.name,data:data44};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}else {const err79 = {instancePath:instancePath+"/others/slack/" + i9+"/name",schemaPath:"#/properties/others/properties/slack/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.slack.items.properties.name.type,parentSchema:schema34.properties.others.properties.slack.items.properties.name,data:data44};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data37.email !== undefined){let data45 = data37.email;if(typeof data45 === "string"){if(!(formats2.test(data45))){const err80 = {instancePath:instancePath+"/others/slack/" + i9+"/email",schemaPath:"#/properties/others/properties/slack/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34.properties.others.properties.slack.items.properties.email,data:data45};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/others/slack/" + i9+"/email",schemaPath:"#/properties/others/properties/slack/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.slack.items.properties.email.type,parentSchema:schema34.properties.others.properties.slack.items.properties.email,data:data45};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data37.admin !== undefined){let data46 = data37.admin;if(typeof data46 !== "boolean"){const err82 = {instancePath:instancePath+"/others/slack/" + i9+"/admin",schemaPath:"#/properties/others/properties/slack/items/properties/admin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.slack.items.properties.admin.type,parentSchema:schema34.properties.others.properties.slack.items.properties.admin,data:data46};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37.owner !== undefined){let data47 = data37.owner;if(typeof data47 !== "boolean"){const err83 = {instancePath:instancePath+"/others/slack/" + i9+"/owner",schemaPath:"#/properties/others/properties/slack/items/properties/owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.slack.items.properties.owner.type,parentSchema:schema34.properties.others.properties.slack.items.properties.owner,data:data47};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data37.primary_owner !== undefined){let data48 = data37.primary_owner;if(typeof data48 !== "boolean"){const err84 = {instancePath:instancePath+"/others/slack/" + i9+"/primary_owner",schemaPath:"#/properties/others/properties/slack/items/properties/primary_owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.slack.items.properties.primary_owner.type,parentSchema:schema34.properties.others.properties.slack.items.properties.primary_owner,data:data48};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37.bot !== undefined){let data49 = data37.bot;if(typeof data49 !== "boolean"){const err85 = {instancePath:instancePath+"/others/slack/" + i9+"/bot",schemaPath:"#/properties/others/properties/slack/items/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.slack.items.properties.bot.type,parentSchema:schema34.properties.others.properties.slack.items.properties.bot,data:data49};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data37.guest !== undefined){let data50 = data37.guest;if(typeof data50 !== "boolean"){const err86 = {instancePath:instancePath+"/others/slack/" + i9+"/guest",schemaPath:"#/properties/others/properties/slack/items/properties/guest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.slack.items.properties.guest.type,parentSchema:schema34.properties.others.properties.slack.items.properties.guest,data:data50};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}for(const key13 in data37){if(((((((((((key13 !== "id") && (key13 !== "name")) && (key13 !== "email")) && (key13 !== "admin")) && (key13 !== "owner")) && (key13 !== "primary_owner")) && (key13 !== "bot")) && (key13 !== "guest")) && (key13 !== "usergroups")) && (key13 !== "channels")) && (key13 !== "deactivated")){const err87 = {instancePath:instancePath+"/others/slack/" + i9,schemaPath:"#/properties/others/properties/slack/items/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key13},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema34.properties.others.properties.slack.items,data:data37};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/others/slack/" + i9,schemaPath:"#/properties/others/properties/slack/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.slack.items.type,parentSchema:schema34.properties.others.properties.slack.items,data:data37};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath:instancePath+"/others/slack",schemaPath:"#/properties/others/properties/slack/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.others.properties.slack.type,parentSchema:schema34.properties.others.properties.slack,data:data36};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data22.scim !== undefined){let data51 = data22.scim;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){for(const key14 in data51){let data52 = data51[key14];if(Array.isArray(data52)){const len9 = data52.length;for(let i14=0; i14<len9; i14++){let data53 = data52[i14];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.userName === undefined){const err90 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/required",keyword:"required",params:{missingProperty: "userName"},message:"must have required property '"+"userName"+"'",schema:schema34.properties.others.properties.scim.additionalProperties.items.required,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items,data:data53};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}for(const key15 in data53){if(!((key15 === "userName") || (key15 === "active"))){const err91 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items,data:data53};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data53.userName !== undefined){let data54 = data53.userName;if(typeof data54 === "string"){if(func1(data54) < 1){const err92 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14+"/userName",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items.properties.userName,data:data54};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14+"/userName",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.others.properties.scim.additionalProperties.items.properties.userName.type,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items.properties.userName,data:data54};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data53.active !== undefined){let data55 = data53.active;if(typeof data55 !== "boolean"){const err94 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14+"/active",schemaPath:"#/properties/others/properties/scim/additionalProperties/items/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema34.properties.others.properties.scim.additionalProperties.items.properties.active.type,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items.properties.active,data:data55};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/others/properties/scim/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.scim.additionalProperties.items.type,parentSchema:schema34.properties.others.properties.scim.additionalProperties.items,data:data53};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/others/scim/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/others/properties/scim/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.others.properties.scim.additionalProperties.type,parentSchema:schema34.properties.others.properties.scim.additionalProperties,data:data52};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/others/scim",schemaPath:"#/properties/others/properties/scim/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.properties.scim.type,parentSchema:schema34.properties.others.properties.scim,data:data51};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath:instancePath+"/others",schemaPath:"#/properties/others/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.others.type,parentSchema:schema34.properties.others,data:data22};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}else {const err99 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./schemas/person.schema.json
const person_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:person","title":"offboard access/people/<id>.yaml","description":"One person and the accounts they hold.","type":"object","additionalProperties":false,"required":["id","name","email","status"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, \'.\', \'_\' or \'-\', at most 63 characters, equal to the file name without .yaml"},"name":{"type":"string","minLength":1,"description":"the person\'s full name"},"email":{"type":"string","format":"email","description":"work email, e.g. alice@acme.example"},"status":{"enum":["active","departed"],"description":"active, or departed to revoke everything"},"departed_on":{"type":"string","format":"date","description":"the departure date as YYYY-MM-DD, required when status is departed"},"roles":{"type":"array","uniqueItems":true,"description":"ids of files in roles/","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"an id of files in roles/"}},"accounts":{"type":"object","additionalProperties":false,"description":"the person\'s accounts, per platform","properties":{"github":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"GitHub login"},"aws":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$","description":"IAM user name"},"slack":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"Slack member id, e.g. U0ALICE01"},"scim":{"type":"object","description":"SCIM app name -> userName in that app","additionalProperties":{"type":"string","minLength":1}}}}},"if":{"properties":{"status":{"const":"departed"}},"required":["status"]},"then":{"required":["departed_on"]},"else":{"not":{"required":["departed_on"]}}}');
;// CONCATENATED MODULE: ./schemas/platforms.schema.json
const platforms_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:platforms","title":"offboard access/platforms.yaml","description":"Which platforms offboard manages, their settings, and the safety policy. Only the platform blocks present are managed.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Format version: 1."},"github":{"type":"object","description":"A GitHub organization.","additionalProperties":false,"required":["org"],"properties":{"org":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"the organization\'s login, e.g. acme"},"protected":{"type":"array","uniqueItems":true,"description":"logins the tool never removes or demotes","items":{"type":"string","minLength":1,"description":"a login the tool never removes or demotes"}},"repository_scan_limit":{"type":"integer","minimum":0,"maximum":100000,"description":"how many repositories to scan for deploy keys a departing person added (default 200)"}}},"aws":{"type":"object","description":"An AWS account\'s IAM users.","additionalProperties":false,"properties":{"on_departure":{"enum":["delete","disable"],"description":"delete the IAM user, or keep it disabled (default delete)"},"revoke_sessions":{"type":"boolean","description":"deny sessions issued before the departure (default true)"},"protected":{"type":"array","uniqueItems":true,"description":"IAM user names never touched","items":{"type":"string","minLength":1,"description":"IAM user names never touched"}},"stale_key_days":{"type":"integer","minimum":1,"description":"an access key unused for this many days is reported as stale (default 90)"}}},"slack":{"type":"object","description":"A Slack workspace or Enterprise Grid organization.","additionalProperties":false,"properties":{"deactivate_with":{"enum":["scim","admin","none"],"description":"how departing members are deactivated (default scim)"},"protected":{"type":"array","uniqueItems":true,"description":"member ids never touched","items":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"a member id never touched"}}}},"scim":{"type":"array","description":"SCIM 2.0 applications (Jira, PagerDuty, ...).","items":{"type":"object","additionalProperties":false,"required":["name","base_url","token_env"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,62}$","description":"a short name: lowercase letters, digits, \'_\' or \'-\'"},"base_url":{"type":"string","format":"uri","pattern":"^https?://","description":"the SCIM base URL, e.g. https://api.example.com/scim/v2"},"token_env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"the name of the environment variable holding the token, never the token itself"},"on_departure":{"enum":["deactivate","delete"],"description":"what happens to a departing person\'s account (default deactivate)"}}}},"policy":{"type":"object","description":"Guards against mass revocation.","additionalProperties":false,"properties":{"max_departures_per_change":{"type":"integer","minimum":0,"description":"the most departures one change may contain (default 5)"},"max_departure_ratio":{"type":"number","minimum":0,"maximum":1,"description":"the largest fraction of active people one change may remove (default 0.2)"}}}}}');
;// CONCATENATED MODULE: ./schemas/role.schema.json
const role_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:role","title":"offboard access/roles/<id>.yaml","description":"A role: the access it grants on each platform.","type":"object","additionalProperties":false,"required":["id","grants"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","description":"lowercase letters, digits, \'.\', \'_\' or \'-\', at most 63 characters, equal to the file name without .yaml"},"description":{"type":"string"},"grants":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","additionalProperties":false,"properties":{"teams":{"type":"array","uniqueItems":true,"description":"team slugs","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","description":"a team slug"}},"org_role":{"enum":["member","admin"],"description":"member or admin (default member)"}}},"aws":{"type":"object","additionalProperties":false,"properties":{"groups":{"type":"array","uniqueItems":true,"description":"IAM group names","items":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,128}$","description":"an IAM group name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess","items":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::(aws|[0-9]{12}):policy/.+$","description":"a managed policy ARN, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess"}}}},"slack":{"type":"object","additionalProperties":false,"properties":{"usergroups":{"type":"array","uniqueItems":true,"description":"user group handles","items":{"type":"string","minLength":1,"description":"a user group handle"}},"channels":{"type":"array","uniqueItems":true,"description":"channel ids, e.g. C0BACKEND","items":{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$","description":"a channel id, e.g. C0BACKEND"}}}},"scim":{"type":"array","uniqueItems":true,"description":"names of SCIM apps (from platforms.yaml) where this role holds an account","items":{"type":"string","minLength":1,"description":"the name of a SCIM app configured in platforms.yaml"}}}}}}');
;// CONCATENATED MODULE: ./schemas/scenario.schema.json
const scenario_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:offboard:schema:scenario","title":"offboard sandbox scenario","description":"Who holds what on the simulated platforms beyond what the access declarations grant.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"github":{"type":"object","additionalProperties":false,"properties":{"saml_sso":{"type":"boolean","description":"the org uses SAML single sign-on (credential authorizations exist)"},"copilot":{"type":"boolean","description":"the org has a Copilot Business subscription"},"repos":{"type":"array","uniqueItems":true,"description":"more org repositories (the access repository is always there)","items":{"$ref":"#/$defs/name"}},"access_repo":{"$ref":"#/$defs/name","description":"name of the repository holding the access tree (default access)"},"token_owner":{"type":"string","minLength":1,"description":"login the sandbox token acts as: an org owner"}}},"slack":{"type":"object","additionalProperties":false,"properties":{"token_owner":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"member id the sandbox token belongs to: an admin"}}},"people":{"type":"object","description":"by person id: what each holds beyond what their roles grant","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"github":{"type":"object","$ref":"#/$defs/githubHolds","unevaluatedProperties":false},"aws":{"type":"object","$ref":"#/$defs/awsHolds","unevaluatedProperties":false},"slack":{"type":"object","$ref":"#/$defs/slackHolds","unevaluatedProperties":false},"scim":{"type":"object","description":"SCIM app name -> the person\'s account there","additionalProperties":{"enum":["active","inactive"]}}}}},"others":{"type":"object","additionalProperties":false,"description":"accounts no declaration names: bots, break-glass users, strays","properties":{"github":{"type":"array","items":{"$ref":"#/$defs/githubHolds","type":"object","required":["login"],"properties":{"login":{"type":"string","minLength":1},"name":{"type":"string"},"email":{"type":"string","format":"email"},"bot":{"type":"boolean"}},"unevaluatedProperties":false}},"github_invitations":{"type":"array","description":"pending invitations to email addresses nobody declares","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email"},"role":{"$ref":"#/$defs/invitationRole"}}}},"aws":{"type":"array","items":{"$ref":"#/$defs/awsHolds","type":"object","required":["user"],"properties":{"user":{"type":"string","pattern":"^[A-Za-z0-9+=,.@_-]{1,64}$"}},"unevaluatedProperties":false}},"slack":{"type":"array","items":{"$ref":"#/$defs/slackHolds","type":"object","required":["id","name"],"properties":{"id":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$"},"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"},"admin":{"type":"boolean"},"owner":{"type":"boolean"},"primary_owner":{"type":"boolean"},"bot":{"type":"boolean"},"guest":{"type":"boolean"}},"unevaluatedProperties":false}},"scim":{"type":"object","description":"SCIM app name -> its other users","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["userName"],"properties":{"userName":{"type":"string","minLength":1},"active":{"type":"boolean"}}}}}}}},"$defs":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"letters, digits, \'.\', \'_\' or \'-\'"},"date":{"type":"string","format":"date","description":"a date written YYYY-MM-DD"},"invitationRole":{"enum":["direct_member","admin"],"description":"direct_member or admin"},"githubHolds":{"type":"object","properties":{"role":{"enum":["member","admin","none"],"description":"org membership (default: what the roles grant; member for others)"},"teams":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"invitation":{"$ref":"#/$defs/invitationRole","description":"a pending invitation to the person\'s email"},"sso_authorizations":{"type":"array","items":{"enum":["token","ssh_key"]},"description":"credentials authorized for SAML single sign-on"},"token_grants":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens with access to the org","items":{"type":"string","minLength":1}},"token_requests":{"type":"array","uniqueItems":true,"description":"names of fine-grained tokens waiting for approval","items":{"type":"string","minLength":1}},"copilot":{"type":"boolean","description":"holds a Copilot seat"},"deploy_keys":{"type":"array","uniqueItems":true,"description":"repositories where the person added a deploy key","items":{"$ref":"#/$defs/name"}}}},"awsHolds":{"type":"object","properties":{"access_keys":{"type":"array","maxItems":2,"items":{"type":"object","additionalProperties":false,"properties":{"status":{"enum":["Active","Inactive"]},"created":{"$ref":"#/$defs/date"},"last_used":{"$ref":"#/$defs/date"}}}},"password":{"type":"boolean","description":"a console password"},"mfa":{"type":"boolean","description":"an enabled virtual MFA device"},"ssh_keys":{"type":"integer","minimum":0,"maximum":5},"signing_certificates":{"type":"integer","minimum":0,"maximum":2},"service_credentials":{"type":"array","description":"services with a service-specific credential, e.g. codecommit.amazonaws.com","items":{"type":"string","minLength":1}},"inline_policies":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"policies":{"type":"array","uniqueItems":true,"description":"managed policy ARNs","items":{"type":"string","pattern":"^arn:aws:iam::"}},"groups":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"permissions_boundary":{"type":"string","pattern":"^arn:aws:iam::","description":"a managed policy ARN"}}},"slackHolds":{"type":"object","properties":{"usergroups":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[CG][A-Z0-9]+$"}},"deactivated":{"type":"boolean"}}}}}');
;// CONCATENATED MODULE: ./src/declarations/schema.ts

// Compiled ahead of time from schemas/*.schema.json (scripts/compile-schemas.mjs), so that
// starting the command line does not pay for ajv's compiler.





const validators = validators_namespaceObject;
/** The schemas themselves, for what an error's own subschema does not say ($ref targets). */
const schemas = {
    platforms: platforms_schema_namespaceObject,
    person: person_schema_namespaceObject,
    role: role_schema_namespaceObject,
    scenario: scenario_schema_namespaceObject
};
/** Schema problems of one parsed file, each at the YAML node it is about. */
function schemaProblems(kind, doc) {
    const validate = validators[kind];
    if (validate(doc.value))
        return [];
    const seen = new Set();
    const out = [];
    for (const err of validate.errors ?? []) {
        const described = describe(err, doc.value, schemas[kind]);
        if (!described)
            continue;
        const { line, column } = doc.locate(described.path, { key: described.atKey });
        const key = `${line}:${column}:${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ file: doc.file, line, column, message: described.message });
    }
    return out;
}
function describe(err, root, schema) {
    const path = pointerToPath(err.instancePath);
    const field = fieldName(path);
    const value = valueAt(root, path);
    const hint = err.parentSchema?.description;
    const p = err.params;
    switch (err.keyword) {
        case 'if':
            return undefined; // the `then`/`else` error that follows says what is wrong
        case 'required': {
            const missing = String(p.missingProperty);
            if (missing === 'departed_on')
                return {
                    path,
                    message: 'status is departed: add departed_on: YYYY-MM-DD (the departure date)'
                };
            const inside = path.length === 0 ? 'the file' : field;
            const propHint = propertyDescription(err.parentSchema, missing);
            return {
                path,
                message: `${inside} is missing the required key "${missing}"${propHint ? ` (${propHint})` : ''}`
            };
        }
        case 'not':
            if (err.schemaPath.startsWith('#/else'))
                return {
                    path: [...path, 'departed_on'],
                    atKey: true,
                    message: 'departed_on is only allowed when status is departed: remove it, or set status: departed'
                };
            return { path, message: `${field} ${err.message ?? 'is not allowed'}` };
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(p.additionalProperty ?? p.unevaluatedProperty);
            const allowed = allowedKeys(err.parentSchema, schema);
            const suggestion = (0,suggest/* didYouMean */.a)(key, allowed);
            return {
                path: [...path, key],
                atKey: true,
                message: `unknown key "${key}" in ${path.length === 0 ? 'the file' : field}${suggestion || `: allowed keys are ${allowed.join(', ')}`}`
            };
        }
        case 'type': {
            const expected = String(p.type);
            const quote = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
                ? ': put the value in quotes so YAML reads it as text'
                : '';
            return {
                path,
                message: `${path.length === 0 ? 'the file' : field} must be ${article(expected)}, found ${kindOf(value)}${quote}`
            };
        }
        case 'const':
            return { path, message: `${field} must be ${JSON.stringify(p.allowedValue)}` };
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            return {
                path,
                message: `${field} must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}${(0,suggest/* didYouMean */.a)(String(value), allowed)}`
            };
        }
        case 'pattern':
            return {
                path,
                message: `${field} ${JSON.stringify(value)} is not valid${hint ? `: use ${hint}` : ''}`
            };
        case 'format': {
            const want = {
                email: 'an email address, e.g. alice@acme.example',
                date: 'a date written YYYY-MM-DD, e.g. 2026-11-20',
                uri: 'an absolute URL, e.g. https://example.com/scim/v2'
            };
            return {
                path,
                message: `${field} ${JSON.stringify(value)} is not ${want[String(p.format)] ?? `a valid ${String(p.format)}`}`
            };
        }
        case 'uniqueItems': {
            const list = value;
            const j = Number(p.j);
            return {
                path: [...path, Number(p.i)],
                message: `${field} lists ${JSON.stringify(list[j])} twice: remove the duplicate`
            };
        }
        case 'minLength':
            return { path, message: `${field} must not be empty` };
        case 'minimum':
        case 'maximum':
            return {
                path,
                message: `${field} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}, found ${String(value)}`
            };
        default:
            return { path, message: `${field} ${err.message ?? 'is not valid'}` };
    }
}
/** Keys a mapping's schema allows, those of a local `$ref` it builds on included. */
function allowedKeys(parentSchema, root) {
    const own = parentSchema;
    const ref = own.$ref?.startsWith('#/') ? valueAt(root, own.$ref.slice(2).split('/')) : undefined;
    return [
        ...Object.keys(ref?.properties ?? {}),
        ...Object.keys(own.properties ?? {})
    ];
}
function propertyDescription(parentSchema, name) {
    const props = parentSchema
        .properties;
    return props?.[name]?.description;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(s => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `accounts.github`, `roles[1]`. */
function fieldName(path) {
    return path.reduce((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}
function valueAt(root, path) {
    let v = root;
    for (const s of path)
        v = v?.[s];
    return v;
}
function kindOf(v) {
    if (v === null || v === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${article(typeof v)} (${JSON.stringify(v)})`;
}
function article(type) {
    const words = {
        object: 'a mapping (key: value lines)',
        array: 'a list',
        string: 'text',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        null: 'empty'
    };
    return words[type] ?? type;
}


/***/ }),

/***/ 679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/** The closest candidate to a misspelt word, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3))
        ? best
        : undefined;
}
/** `, did you mean "x"?` or nothing. */
const didYouMean = (word, candidates) => {
    const c = closest(word, candidates);
    return c === undefined ? '' : `: did you mean "${c}"?`;
};
/** Edit distance where swapping two neighbouring letters counts as one edit (typos). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}


/***/ }),

/***/ 4634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fy: () => (/* binding */ carefulParserLoaded),
  yA: () => (/* binding */ loadCarefulParser),
  hN: () => (/* binding */ parseYaml)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/declarations/yaml.ts
// YAML with positions, hardened against hostile input: every problem becomes a Diagnostic
// with file, line and column, never an exception.

// The careful parser (`yaml`, with positions) loads only when a file needs it: a valid tree is
// read by the fast path alone, and starting the command line stays quick.
let careful;
/** Makes the careful parser available; parseYaml and locate need it for anything unusual. */
async function loadCarefulParser() {
    careful ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
const carefulParserLoaded = () => careful !== undefined;
/** Aliases may be used, but not to blow up the document ("billion laughs"). */
const MAX_ALIAS_COUNT = 50;
/** Parses one file. Without the careful parser loaded, a file the fast path cannot read
 *  comes back with `needsCareful`: load it (loadCarefulParser) and parse again. */
function parseYaml(file, bytes) {
    const at = (line, column, message) => ({
        problems: [{ file, line, column, message }]
    });
    let text;
    try {
        text = strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return at(firstNonUtf8Line(bytes), 1, 'this line is not valid UTF-8: save the file as UTF-8 text');
    }
    const quick = quickParse(text);
    if (quick)
        return { problems: [], parsed: lazilyLocated(file, text, quick, firstContent(text)) };
    if (!careful)
        return { problems: [], needsCareful: true };
    const { LineCounter, parseDocument } = careful;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const issues = [...doc.errors, ...doc.warnings];
    if (issues.length > 0) {
        return {
            problems: issues.map(e => {
                // An unclosed quote is detected at the end of the file; point at where it opens.
                const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
                const offset = quote ? Math.max(0, text.lastIndexOf(quote, e.pos[0] - 1)) : e.pos[0];
                const { line, column } = pos(offset);
                return { file, line, column, message: yamlMessage(e.code, e.message) };
            })
        };
    }
    if (doc.contents === null)
        return at(1, 1, 'the file is empty: it should declare a mapping of keys');
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        const message = err instanceof ReferenceError && /alias/i.test(err.message)
            ? `anchors and aliases expand too much (more than ${MAX_ALIAS_COUNT} expansions): write the values out`
            : `cannot read this YAML: ${err.message}`;
        return at(1, 1, message);
    }
    return {
        problems: [],
        parsed: lazilyLocated(file, text, value, pos(doc.contents.range?.[0] ?? 0))
    };
}
/** Most files are plain mappings of plain scalars and lists; js-yaml reads those several times
 *  faster than `yaml`. Anything else (anchors, aliases, tags, tabs, errors, several documents,
 *  not a mapping) takes the careful path, which has positions and bounds alias expansion. */
function quickParse(text) {
    if (/[\t&*!%]|^---|^\.\.\./m.test(text))
        return undefined;
    try {
        const value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Line and column of the first character that is not blank or a comment. */
function firstContent(text) {
    const match = /^([ ]*)[^\s#]/m.exec(text);
    if (!match)
        return { line: 1, column: 1 };
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1))
        line++;
    return { line, column: match[1].length + 1 };
}
/** The Document is large: keep only the text, and parse it again when a position is asked for
 *  (only for files with problems), so that a tree of thousands of files stays light. */
function lazilyLocated(file, text, value, start) {
    let reopened;
    return {
        file,
        value,
        locate(path, options = {}) {
            if (path.length === 0)
                return start;
            // Before the careful parser is loaded, positions are approximate (the document start);
            // callers load it and ask again when there is something to report.
            if (!careful)
                return start;
            if (!reopened) {
                const counter = new careful.LineCounter();
                const doc = careful.parseDocument(text, { lineCounter: counter, uniqueKeys: true });
                reopened = { root: doc.contents, counter };
            }
            const { line, col } = reopened.counter.linePos(nodeOffset(reopened.root, path, options.key ?? false));
            return { line, column: col };
        }
    };
}
/** Offset of the node at `path` (or of its key), or of its deepest existing ancestor. */
function nodeOffset(root, path, key) {
    const { isMap, isPair, isScalar, isSeq } = careful;
    let node = root;
    let keyNode = null;
    for (const segment of path) {
        let next = null;
        if (isMap(node)) {
            const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
            if (pair) {
                keyNode = pair.key;
                next = pair.value;
            }
        }
        else if (isSeq(node) && typeof segment === 'number') {
            next = node.items[segment] ?? null;
            keyNode = null;
        }
        if (!next)
            break;
        node = next;
    }
    const target = key && keyNode ? keyNode : node;
    return target?.range?.[0] ?? 0;
}
function yamlMessage(code, raw) {
    const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (code) {
        case 'DUPLICATE_KEY':
            return 'duplicate key: each key may appear only once in a mapping, remove one of them';
        case 'TAB_AS_INDENT':
            return 'tab character used for indentation: YAML indents with spaces';
        case 'MULTIPLE_DOCS':
            return "more than one YAML document: a declaration file holds one, remove the '---' separator";
        case 'TAG_RESOLVE_FAILED':
            return `unsupported tag: ${first}; remove the '!' tag`;
        default:
            return `YAML syntax error: ${first}`;
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** The first line (1-based) that is not valid UTF-8. */
function firstNonUtf8Line(bytes) {
    // Newline bytes never occur inside a multi-byte character, so lines decode on their own.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x0a)
            continue;
        try {
            strictUtf8.decode(bytes.subarray(start, i));
        }
        catch {
            return line;
        }
        line++;
        start = i + 1;
    }
    return 1;
}


/***/ }),

/***/ 4158:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hw: () => (/* binding */ GENESIS),
  cy: () => (/* binding */ chain),
  RJ: () => (/* binding */ entriesFrom),
  oj: () => (/* binding */ recordHash)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/log/canonical.ts
// RFC 8785 JSON Canonicalization Scheme: the one byte sequence a record hashes to, so anyone
// can recompute a hash with any JCS implementation.
/**
 * The canonical JSON of `value`: object keys sorted by UTF-16 code units at every level, no
 * whitespace, numbers as ECMAScript prints them, strings escaped as JSON.stringify does
 * (RFC 8785 takes both from ECMAScript). Members whose value is `undefined` are left out, as
 * JSON.stringify leaves them out; values JSON cannot hold are refused.
 */
function canonicalize(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON has no ${value}`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalize).join(',')}]`;
    if (typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            throw new TypeError(`canonical JSON takes plain objects, not ${value.constructor.name}`);
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            // Default string order compares UTF-16 code units, as RFC 8785 section 3.2.3 asks.
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON has no ${typeof value}`);
}

// EXTERNAL MODULE: ./src/log/redact.ts
var redact = __nccwpck_require__(4361);
;// CONCATENATED MODULE: ./src/log/record.ts
// Revocation log records (SPEC section 5): one per executed step, hash-chained.



const GENESIS = '0'.repeat(64);
/** The hash a record must carry: over every field but `hash` itself. */
function recordHash(record) {
    const rest = { ...record };
    delete rest.hash;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalize(rest), 'utf8').digest('hex');
}
/** One entry per executed step, in plan order, dated when the step finished. */
function entriesFrom(execution, run) {
    return execution.outcomes.map(o => ({
        at: o.finishedAt,
        person: o.step.person,
        change: run.change,
        actor: run.actor,
        platform: o.step.platform,
        action: o.step.action,
        target: o.step.target,
        result: o.result,
        detail: o.detail
    }));
}
/** Chains entries after `head` (or from the start); a record may be passed as an entry and
 *  is chained anew. Target and detail are redacted here, the one door into the log. Fields
 *  are in SPEC order so the lines read well (the hash does not depend on the order). */
function chain(entries, head) {
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? GENESIS;
    return entries.map(e => {
        const unhashed = {
            v: 1,
            seq: ++seq,
            at: e.at,
            person: e.person,
            change: {
                base: e.change.base,
                head: e.change.head,
                pr: e.change.pr,
                approvers: e.change.approvers
            },
            actor: e.actor,
            platform: e.platform,
            action: e.action,
            target: (0,redact/* redact */.E)(e.target),
            result: e.result,
            detail: (0,redact/* redact */.E)(e.detail),
            prev
        };
        prev = recordHash(unhashed);
        return { ...unhashed, hash: prev };
    });
}


/***/ }),

/***/ 4361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
// Keeps secrets out of anything logged or shown: whatever looks like a credential is dropped,
// AWS key and credential ids are cut to their last 4 characters. Connectors already avoid secrets;
// this is the last line of defence for text that came from elsewhere (error messages).
const REDACTED = '[redacted]';
const DROP = [
    // PEM private keys, whole.
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    // GitHub tokens: classic (ghp_), OAuth (gho_), user-to-server (ghu_), app (ghs_), refresh
    // (ghr_), fine-grained (github_pat_).
    /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
    /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
    // Slack bot, user, app-level, refresh and rotating tokens.
    /\bxox[abeoprs](?:\.xox[a-z])?-[A-Za-z0-9-]+/g,
    /\bxapp-[A-Za-z0-9-]+/g,
    // JSON Web Tokens.
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    // Long base64 runs with upper, lower and digits: AWS secret keys and session tokens, bearer
    // tokens. Git SHAs (lowercase hex) and names broken by '-', '_' or ':' stay.
    /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+=]{40,}(?![A-Za-z0-9/+=])/g
];
/** `Authorization: Bearer x`, `password=x`, `"token": "x"`: the name stays, the value goes. */
const VALUES = [
    /\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b((?:password|passwd|secret|token|api[_-]?key|access[_-]?token|client[_-]?secret)["']?\s*[=:]\s*["']?)[^\s"',;&}]+/gi
];
// Access keys (AKIA, ASIA), SSH public keys (APKA), service-specific credentials (ACCA): the
// same kinds connectors shorten with shortId, in text they did not write (AWS error messages).
const AWS_KEY_ID = /\b(AKIA|ASIA|APKA|ACCA)[A-Z0-9]{12,}([A-Z0-9]{4})\b/g;
/** The text with secrets dropped and AWS key ids shortened (`AKIA...WXYZ`, `APKA...WXYZ`). */
function redact(text) {
    let out = text;
    for (const pattern of DROP)
        out = out.replace(pattern, REDACTED);
    for (const pattern of VALUES)
        out = out.replace(pattern, `$1${REDACTED}`);
    return out.replace(AWS_KEY_ID, '$1...$2');
}


/***/ }),

/***/ 599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   appendToLog: () => (/* binding */ appendToLog),
/* harmony export */   x6: () => (/* binding */ readLog)
/* harmony export */ });
/* unused harmony exports logPath, planAppend */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4158);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9365);
// The log on disk: `<dir>/log/<YYYY>.jsonl`. Appending only ever adds lines at the end.




/** Where the log lives below an access directory, as shown in messages (`access/log`). */
const logPath = (dir) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir.replace(/\\/g, '/'), 'log');
/** The `*.jsonl` files of `<dir>/log` (none when it does not exist yet). */
async function readLog(dir, cwd) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir, 'log');
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder)).filter(n => n.endsWith('.jsonl'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    return Promise.all(names.sort().map(async (name) => ({
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(logPath(dir), name),
        text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, name), 'utf8')
    })));
}
/**
 * Chains `entries` onto the end of the log `files` (which live in `folder`, e.g.
 * `access/log`) and says what to add to which file. A record goes to the file of its year,
 * or to the file of the record before it when that one is later (a run that finished just
 * after New Year's Eve, or one re-chained after a later run), so the files stay in chain
 * order. Refuses (BrokenLogError) when the existing chain is broken.
 */
function planAppend(files, entries, folder) {
    const head = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .chainHead */ .MF)(files);
    const records = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .chain */ .cy)(entries, head);
    let year = head?.year ?? 0;
    const texts = new Map();
    for (const r of records) {
        const own = new Date(r.at).getUTCFullYear();
        if (Number.isNaN(own))
            throw new Error(`log record ${r.seq} has no valid time: "${r.at}"`);
        year = Math.max(year, own);
        const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(folder, `${year}.jsonl`);
        if (!texts.has(path)) {
            const existing = files.find(f => f.path === path)?.text ?? '';
            // A last line without its newline gets one, so the new record starts its own line.
            texts.set(path, existing === '' || existing.endsWith('\n') ? '' : '\n');
        }
        texts.set(path, `${texts.get(path)}${JSON.stringify(r)}\n`);
    }
    return { records, appends: [...texts].map(([path, text]) => ({ path, text })) };
}
/** Appends entries to the log below `dir` (relative to `cwd`); returns the records. */
async function appendToLog(dir, cwd, entries) {
    const { records, appends } = planAppend(await readLog(dir, cwd), entries, logPath(dir));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir, 'log'), { recursive: true });
    for (const a of appends)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, a.path), a.text, 'utf8');
    return records;
}


/***/ }),

/***/ 9365:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ verifyLog),
/* harmony export */   MF: () => (/* binding */ chainHead)
/* harmony export */ });
/* unused harmony export BrokenLogError */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4158);
// Checks the revocation log's hash chain across its year files and names the first record
// that breaks it.

/** Thrown when asked to append onto a broken chain. */
class BrokenLogError extends Error {
    where;
    problem;
    constructor(where, problem) {
        super(`the revocation log is broken at ${where}: ${problem}. Nothing was appended: ` +
            'restore the log from git history (offboard verify-log checks it), then rerun');
        this.where = where;
        this.problem = problem;
    }
}
/** The year a log file holds, from its name, or undefined for any other name. */
function yearOf(path) {
    const m = /(?:^|\/)(\d{4})\.jsonl$/.exec(path);
    return m ? Number(m[1]) : undefined;
}
const FIELDS = [
    ['v', 'number'],
    ['seq', 'number'],
    ['at', 'string'],
    ['person', 'string'],
    ['change', 'object'],
    ['actor', 'string'],
    ['platform', 'string'],
    ['action', 'string'],
    ['target', 'string'],
    ['result', 'string'],
    ['detail', 'string'],
    ['prev', 'string'],
    ['hash', 'string']
];
/** What is wrong with the shape of a parsed line, if anything. */
function shapeProblem(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'malformed: the line is not a JSON object';
    const record = value;
    const missing = FIELDS.filter(([k, type]) => typeof record[k] !== type || record[k] === null).map(([k, type]) => `${k} (${type})`);
    if (missing.length > 0)
        return `malformed: missing or mistyped ${missing.join(', ')}`;
    if (record.v !== 1)
        return `unknown record version ${String(record.v)}`;
    return undefined;
}
/** Lines of a file, 1-based; a missing final newline is tolerated. */
function linesOf(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Recomputes every hash and link, files in year order. */
function verifyLog(files) {
    const odd = files.find(f => yearOf(f.path) === undefined);
    if (odd)
        return {
            ok: false,
            where: odd.path,
            problem: 'not a <YYYY>.jsonl file: records there are outside the chain'
        };
    const ordered = [...files].sort((a, b) => yearOf(a.path) - yearOf(b.path));
    let head;
    let records = 0;
    for (const file of ordered) {
        const lines = linesOf(file.text);
        for (let i = 0; i < lines.length; i++) {
            const where = `${file.path}:${i + 1}`;
            const broken = (problem) => ({ ok: false, where, problem });
            if (lines[i].trim() === '')
                return broken('malformed: empty line (was a record cut out?)');
            let parsed;
            try {
                parsed = JSON.parse(lines[i]);
            }
            catch (err) {
                return broken(`malformed JSON (${err.message}): the line was cut or edited`);
            }
            const shape = shapeProblem(parsed);
            if (shape)
                return broken(shape);
            const record = parsed;
            if ((0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordHash */ .oj)(parsed) !== record.hash)
                return broken(`edited: the hash does not match the record's content (seq ${record.seq})`);
            const seq = (head?.seq ?? 0) + 1;
            const prev = head?.hash ?? _record_js__WEBPACK_IMPORTED_MODULE_0__/* .GENESIS */ .hw;
            const wrong = [
                ...(record.seq === seq ? [] : [`seq is ${record.seq}, ${seq} expected`]),
                ...(record.prev === prev ? [] : ['prev is not the hash of the record before it'])
            ];
            if (wrong.length > 0)
                return broken(`out of chain: ${wrong.join('; ')}: records before it were deleted, reordered or rewritten`);
            head = { seq: record.seq, hash: record.hash, year: yearOf(file.path) };
            records++;
        }
    }
    return { ok: true, records, files: files.length, ...(head ? { head } : {}) };
}
/** The chain's head, or BrokenLogError naming where it breaks. */
function chainHead(files) {
    const checked = verifyLog(files);
    if (!checked.ok)
        throw new BrokenLogError(checked.where, checked.problem);
    return checked.head;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
