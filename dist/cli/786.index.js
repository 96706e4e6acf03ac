export const id = 786;
export const ids = [786];
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

/***/ 5220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ encodeDocument),
/* harmony export */   Si: () => (/* binding */ boundaryXml),
/* harmony export */   dq: () => (/* binding */ IamContext),
/* harmony export */   hx: () => (/* binding */ quota),
/* harmony export */   sw: () => (/* binding */ checkDocument)
/* harmony export */ });
/* unused harmony export SortedKeys */
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2584);
/* harmony import */ var _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7086);
// What every IAM action works with: the state, the clock, id minting, lookups that answer
// NoSuchEntity as AWS words it, and the indexes that keep lists and key lookups O(page)/O(1).



/** Names of a Map's keys, sorted, kept in step with the platform's own writes. A caller that
 *  adds or removes entries directly is noticed by the size check and the index is rebuilt. */
class SortedKeys {
    map;
    sorted = [];
    constructor(map) {
        this.map = map;
    }
    get keys() {
        if (this.sorted.length !== this.map.size)
            this.sorted = [...this.map.keys()].sort(byCodePoint);
        return this.sorted;
    }
    add(key) {
        if (this.sorted.length === this.map.size - 1)
            (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedInsert */ .zL)(this.sorted, key);
    }
    remove(key) {
        if (this.sorted.length === this.map.size + 1)
            (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedRemove */ .QX)(this.sorted, key);
    }
}
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
class IamContext {
    state;
    options;
    users;
    groups;
    policies;
    virtualMfa;
    random;
    /** Access key id -> user name; checked on use, rebuilt when a key is not found in it. */
    keyOwners = new Map();
    /** users.size at the last rebuild: an unknown key rescans only when users came or went. */
    scannedUsers = -1;
    constructor(state, options = {}) {
        this.state = state;
        this.options = options;
        this.users = new SortedKeys(state.users);
        this.groups = new SortedKeys(state.groups);
        this.policies = new SortedKeys(state.policies);
        this.virtualMfa = new SortedKeys(state.virtualMfaDevices);
        this.random = options.seed === undefined ? Math.random : (0,_server_js__WEBPACK_IMPORTED_MODULE_0__/* .seededRandom */ .Is)(options.seed);
    }
    /** Now, as AWS writes timestamps (ISO 8601, UTC). */
    now() {
        return (this.options.now?.() ?? new Date()).toISOString();
    }
    /** An id shaped like AWS's: a type prefix (AIDA, AKIA, ...) and upper-case characters. */
    mintId(prefix, length, alphabet = ID_CHARS) {
        let out = prefix;
        while (out.length < length)
            out += alphabet[Math.floor(this.random() * alphabet.length)];
        return out;
    }
    user(name) {
        const u = this.state.users.get(name);
        if (!u)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `The user with name ${name} cannot be found.`);
        return u;
    }
    group(name) {
        const g = this.state.groups.get(name);
        if (!g)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `The group with name ${name} cannot be found.`);
        return g;
    }
    /** The user named by UserName. */
    userParam(p) {
        return this.user(p.required('UserName'));
    }
    /** The user that owns an access key, or undefined. */
    keyOwner(accessKeyId) {
        const owns = (u) => u?.accessKeys.some(k => k.accessKeyId === accessKeyId);
        const cached = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '');
        if (owns(cached))
            return cached;
        // Not indexed (seeded directly, or gone): one scan, which also refreshes the index. Keys
        // that are simply unknown (dummy credentials signing every request) do not rescan.
        if (this.scannedUsers === this.state.users.size)
            return undefined;
        this.scannedUsers = this.state.users.size;
        this.keyOwners = new Map();
        for (const u of this.state.users.values())
            for (const k of u.accessKeys)
                this.keyOwners.set(k.accessKeyId, u.userName);
        const found = this.state.users.get(this.keyOwners.get(accessKeyId) ?? '');
        return owns(found) ? found : undefined;
    }
    noteKey(accessKeyId, userName) {
        this.keyOwners.set(accessKeyId, userName);
    }
    /** The user whose access key signed the request (SigV4 Credential=AKID/...), if any. */
    caller(req) {
        const auth = String(req.headers.authorization ?? '');
        const id = /Credential=([^/,\s]+)\//.exec(auth)?.[1];
        return id ? this.keyOwner(id) : undefined;
    }
    // ---- the shapes AWS answers with ----
    userXml(u, full) {
        return {
            Path: u.path,
            UserName: u.userName,
            UserId: u.userId,
            Arn: (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .userArn */ .JU)(this.state, u),
            CreateDate: u.createDate,
            PasswordLastUsed: u.loginProfile?.passwordLastUsed,
            // ListUsers leaves these out; GetUser answers them (AWS's documented difference).
            PermissionsBoundary: full ? boundaryXml(u) : undefined,
            Tags: full && u.tags.length ? u.tags : undefined
        };
    }
    groupXml(g) {
        return {
            Path: g.path,
            GroupName: g.groupName,
            GroupId: g.groupId,
            Arn: (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .groupArn */ .TA)(this.state, g),
            CreateDate: g.createDate
        };
    }
    /** An AttachedPolicy entry. */
    attached(arn) {
        return {
            PolicyName: this.state.policies.get(arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1),
            PolicyArn: arn
        };
    }
}
/** A user's PermissionsBoundary element, or undefined when it has none. */
const boundaryXml = (u) => u.permissionsBoundaryArn
    ? {
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
        PermissionsBoundaryArn: u.permissionsBoundaryArn
    }
    : undefined;
/** Quota check with AWS's wording. */
function quota(count, limit, name) {
    if (count >= limit)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('LimitExceeded', `Cannot exceed quota for ${name}: ${limit}`);
}
/** Policy documents travel URL-encoded in IAM answers (GetUserPolicy, authorization details). */
const encodeDocument = (doc) => encodeURIComponent(doc);
/** A JSON policy document, as AWS validates it before storing. */
function checkDocument(doc) {
    try {
        const parsed = JSON.parse(doc);
        if (parsed && typeof parsed === 'object' && parsed.Statement !== undefined)
            return;
    }
    catch {
        // reported below
    }
    throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('MalformedPolicyDocument', 'Syntax errors in policy.');
}


/***/ }),

/***/ 9477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ sshFingerprint),
/* harmony export */   f: () => (/* binding */ credentialActions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5220);
/* harmony import */ var _aws_iam_identities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4045);
/* harmony import */ var _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7086);
// IAM actions on a user's credentials: access keys, console password (login profile), MFA
// devices, signing certificates, SSH public keys, service-specific credentials, and the
// credential report that audits them all.





// AWS quotas (IAM and STS quotas page, defaults).
const ACCESS_KEYS_PER_USER = 2;
const CERTIFICATES_PER_USER = 2;
const SSH_KEYS_PER_USER = 5;
const SERVICE_CREDENTIALS_PER_SERVICE = 2;
const MFA_DEVICES_PER_USER = 8;
const SERVICES = ['codecommit.amazonaws.com', 'cassandra.amazonaws.com', 'bedrock.amazonaws.com'];
const STATUSES = ['Active', 'Inactive'];
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX_UPPER = '0123456789ABCDEF';
function find(kind, u, id) {
    const i = kind.of(u).findIndex(t => kind.id(t) === id);
    if (i < 0)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', kind.missing(id));
    return i;
}
/** Update<Kind>: set Status on one credential. */
const updater = (kind) => (ctx, p) => {
    const u = ctx.userParam(p);
    const item = kind.of(u)[find(kind, u, p.required(kind.idParam))];
    item.status = p.oneOf('Status', STATUSES);
    return undefined;
};
/** Delete<Kind>: remove one credential. */
const deleter = (kind) => (ctx, p) => {
    const u = ctx.userParam(p);
    kind.of(u).splice(find(kind, u, p.required(kind.idParam)), 1);
    return undefined;
};
/** List<Kind>: one page of a user's credentials, in id order. */
function listPage(kind, ctx, p, shape) {
    const u = ctx.userParam(p);
    const byId = new Map(kind.of(u).map(t => [kind.id(t), t]));
    const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .pageOf */ .ZZ)(p, [...byId.keys()].sort(), id => shape(byId.get(id), u));
    return { items: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .truncation */ .yJ)(page) };
}
const accessKeys = {
    of: u => u.accessKeys,
    idParam: 'AccessKeyId',
    id: k => k.accessKeyId,
    missing: id => `The Access Key with id ${id} cannot be found.`
};
const certificates = {
    of: u => u.signingCertificates,
    idParam: 'CertificateId',
    id: c => c.certificateId,
    missing: id => `The Certificate with id ${id} cannot be found.`
};
const sshKeys = {
    of: u => u.sshPublicKeys,
    idParam: 'SSHPublicKeyId',
    id: k => k.sshPublicKeyId,
    missing: id => `The Public Key with id ${id} cannot be found.`
};
const serviceCredentials = {
    of: u => u.serviceSpecificCredentials,
    idParam: 'ServiceSpecificCredentialId',
    id: c => c.serviceSpecificCredentialId,
    missing: id => `No such credential ${id} exists.`
};
/** OpenSSH `ssh-rsa AAAA... comment` (or ed25519): the key blob, checked as AWS does. */
function sshKeyBlob(body) {
    const [type, b64] = body.trim().split(/\s+/);
    if (!type || !b64 || !['ssh-rsa', 'ssh-ed25519'].includes(type))
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('UnrecognizedPublicKeyEncoding', 'Unrecognized public key encoding.');
    const blob = Buffer.from(b64, 'base64');
    const len = blob.length >= 4 ? blob.readUInt32BE(0) : 0;
    if (blob.subarray(4, 4 + len).toString('latin1') !== type)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('InvalidPublicKey', 'The public key is not valid.');
    return blob;
}
/** IAM's fingerprint of an SSH public key: the MD5 of its key blob, as colon-separated hex. */
const sshFingerprint = (body) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5')
    .update(sshKeyBlob(body))
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:');
function loginProfileXml(u) {
    const lp = u.loginProfile;
    if (!lp)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `Login Profile for User ${u.userName} cannot be found.`);
    return {
        UserName: u.userName,
        CreateDate: lp.createDate,
        PasswordResetRequired: lp.passwordResetRequired
    };
}
function userMfa(ctx, u, serial) {
    const i = u.mfaDevices.findIndex(d => d.serialNumber === serial);
    if (i < 0)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `MFA Device with serial number ${serial} does not exist for user ${u.userName} in account ${ctx.state.accountId}.`);
    return i;
}
// ---- the credential report: AWS's columns, one row per user after the root account's ----
const REPORT_COLUMNS = [
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'password_next_rotation',
    'mfa_active',
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_1_last_used_region',
    'access_key_1_last_used_service',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
    'access_key_2_last_used_region',
    'access_key_2_last_used_service',
    'cert_1_active',
    'cert_1_last_rotated',
    'cert_2_active',
    'cert_2_last_rotated'
];
/** Report dates are written `2026-11-20T09:12:00+00:00`. */
const reportDate = (iso, none = 'N/A') => iso ? iso.replace(/\.\d{3}Z$|Z$/, '+00:00') : none;
function reportRow(ctx, u) {
    const lp = u.loginProfile;
    const cells = [
        u.userName,
        (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__/* .userArn */ .JU)(ctx.state, u),
        reportDate(u.createDate),
        String(lp !== undefined),
        lp ? reportDate(lp.passwordLastUsed, 'no_information') : 'N/A',
        lp ? reportDate(lp.createDate) : 'N/A',
        'N/A',
        String(u.mfaDevices.length > 0)
    ];
    for (const k of [u.accessKeys[0], u.accessKeys[1]])
        cells.push(String(k?.status === 'Active'), reportDate(k?.createDate), reportDate(k?.lastUsed?.date), k?.lastUsed?.region ?? 'N/A', k?.lastUsed?.serviceName ?? 'N/A');
    for (const c of [u.signingCertificates[0], u.signingCertificates[1]])
        cells.push(String(c?.status === 'Active'), reportDate(c?.uploadDate));
    return cells.join(',');
}
function credentialReport(ctx) {
    const root = [
        '<root_account>',
        `arn:aws:iam::${ctx.state.accountId}:root`,
        '2015-02-06T18:39:46+00:00',
        'not_supported',
        'no_information',
        'not_supported',
        'not_supported',
        'false',
        'false',
        'N/A',
        'N/A',
        'N/A',
        'N/A',
        'false',
        'N/A',
        'N/A',
        'N/A',
        'N/A',
        'false',
        'N/A',
        'false',
        'N/A'
    ].join(',');
    const rows = [REPORT_COLUMNS.join(','), root];
    for (const name of ctx.users.keys) {
        const u = ctx.state.users.get(name);
        if (u)
            rows.push(reportRow(ctx, u));
    }
    return rows.join('\n');
}
const credentialActions = {
    // ---- access keys ----
    CreateAccessKey(ctx, p) {
        const u = ctx.userParam(p);
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__/* .quota */ .hx)(u.accessKeys.length, ACCESS_KEYS_PER_USER, 'AccessKeysPerUser');
        const key = {
            accessKeyId: ctx.mintId('AKIA', 20),
            status: 'Active',
            createDate: ctx.now()
        };
        u.accessKeys.push(key);
        ctx.noteKey(key.accessKeyId, u.userName);
        return {
            AccessKey: {
                UserName: u.userName,
                AccessKeyId: key.accessKeyId,
                Status: key.status,
                // Handed out once, as AWS does; the state never keeps it.
                SecretAccessKey: ctx.mintId('', 40, SECRET_CHARS),
                CreateDate: key.createDate
            }
        };
    },
    ListAccessKeys(ctx, p) {
        const { items, ...rest } = listPage(accessKeys, ctx, p, (k, u) => ({
            UserName: u.userName,
            AccessKeyId: k.accessKeyId,
            Status: k.status,
            CreateDate: k.createDate
        }));
        return { AccessKeyMetadata: items, ...rest };
    },
    UpdateAccessKey: updater(accessKeys),
    DeleteAccessKey: deleter(accessKeys),
    GetAccessKeyLastUsed(ctx, p) {
        const id = p.required('AccessKeyId');
        const u = ctx.keyOwner(id);
        const key = u?.accessKeys.find(k => k.accessKeyId === id);
        if (!u || !key)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', accessKeys.missing(id));
        return {
            UserName: u.userName,
            AccessKeyLastUsed: {
                LastUsedDate: key.lastUsed?.date,
                ServiceName: key.lastUsed?.serviceName ?? 'N/A',
                Region: key.lastUsed?.region ?? 'N/A'
            }
        };
    },
    // ---- console password ----
    CreateLoginProfile(ctx, p) {
        const u = ctx.userParam(p);
        if (u.loginProfile)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('EntityAlreadyExists', `Login Profile for user ${u.userName} already exists.`);
        // The default account password policy: at least 8 characters. Never stored.
        if ((p.optional('Password') ?? '').length < 8)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('PasswordPolicyViolation', 'Password should have a minimum length of 8');
        u.loginProfile = {
            createDate: ctx.now(),
            passwordResetRequired: p.bool('PasswordResetRequired')
        };
        return { LoginProfile: loginProfileXml(u) };
    },
    GetLoginProfile: (ctx, p) => ({ LoginProfile: loginProfileXml(ctx.userParam(p)) }),
    DeleteLoginProfile(ctx, p) {
        const u = ctx.userParam(p);
        loginProfileXml(u);
        delete u.loginProfile;
        return undefined;
    },
    // ---- MFA ----
    CreateVirtualMFADevice(ctx, p) {
        const deviceName = p.required('VirtualMFADeviceName');
        const serial = `arn:aws:iam::${ctx.state.accountId}:mfa${(0,_aws_iam_identities_js__WEBPACK_IMPORTED_MODULE_3__/* .path */ .Ae)(p)}${deviceName}`;
        if (ctx.state.virtualMfaDevices.has(serial))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
        ctx.state.virtualMfaDevices.set(serial, { serialNumber: serial });
        ctx.virtualMfa.add(serial);
        // The TOTP seed is returned once (base32 text, as a blob); the state never keeps it.
        const seed = ctx.mintId('', 64);
        return { VirtualMFADevice: { SerialNumber: serial, Base32StringSeed: Buffer.from(seed) } };
    },
    EnableMFADevice(ctx, p) {
        const u = ctx.userParam(p);
        const serial = p.required('SerialNumber');
        for (const f of ['AuthenticationCode1', 'AuthenticationCode2'])
            if (!/^\d{6}$/.test(p.required(f)))
                throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (!device)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `VirtualMFADevice with serial number ${serial} doesn't exist.`);
        if (device.userName)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('EntityAlreadyExists', 'MFA Device is already in use.');
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__/* .quota */ .hx)(u.mfaDevices.length, MFA_DEVICES_PER_USER, 'MFADevicesPerUser');
        const enableDate = ctx.now();
        Object.assign(device, { userName: u.userName, enableDate });
        u.mfaDevices.push({ serialNumber: serial, enableDate });
        return undefined;
    },
    DeactivateMFADevice(ctx, p) {
        const u = ctx.userParam(p);
        const serial = p.required('SerialNumber');
        u.mfaDevices.splice(userMfa(ctx, u, serial), 1);
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (device) {
            delete device.userName;
            delete device.enableDate;
        }
        return undefined;
    },
    ListMFADevices(ctx, p, req) {
        const named = p.optional('UserName');
        // Without UserName AWS lists the caller's devices.
        const u = named ? ctx.user(named) : ctx.caller(req);
        const devices = new Map((u?.mfaDevices ?? []).map(d => [d.serialNumber, d]));
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .pageOf */ .ZZ)(p, [...devices.keys()].sort(), s => ({
            UserName: u?.userName,
            SerialNumber: s,
            EnableDate: devices.get(s)?.enableDate
        }));
        return { MFADevices: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .truncation */ .yJ)(page) };
    },
    ListVirtualMFADevices(ctx, p) {
        const status = p.optional('AssignmentStatus') ?? 'Any';
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .pageOf */ .ZZ)(p, ctx.virtualMfa.keys, s => {
            const d = ctx.state.virtualMfaDevices.get(s);
            const user = d?.userName ? ctx.state.users.get(d.userName) : undefined;
            if (!d || (status === 'Assigned' && !user) || (status === 'Unassigned' && user))
                return undefined;
            return {
                SerialNumber: s,
                User: user && ctx.userXml(user, false),
                EnableDate: user && d.enableDate
            };
        });
        return { VirtualMFADevices: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .truncation */ .yJ)(page) };
    },
    DeleteVirtualMFADevice(ctx, p) {
        const serial = p.required('SerialNumber');
        const device = ctx.state.virtualMfaDevices.get(serial);
        if (!device)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NoSuchEntity', `VirtualMFADevice with serial number ${serial} doesn't exist.`);
        // AWS refuses while the device is enabled: DeactivateMFADevice first.
        if (device.userName)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('DeleteConflict', 'MFA device is still in use.');
        ctx.state.virtualMfaDevices.delete(serial);
        ctx.virtualMfa.remove(serial);
        return undefined;
    },
    // ---- signing certificates ----
    UploadSigningCertificate(ctx, p) {
        const u = ctx.userParam(p);
        const body = p.required('CertificateBody');
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(body);
        }
        catch {
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('MalformedCertificate', 'Unable to parse certificate. Please ensure the certificate is in PEM format.');
        }
        if (u.signingCertificates.some(c => c.certificateBody.trim() === body.trim()))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('DuplicateCertificate', 'The request was rejected because the same certificate is associated with an IAM user in the account.');
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__/* .quota */ .hx)(u.signingCertificates.length, CERTIFICATES_PER_USER, 'CertificatesPerUser');
        const cert = {
            certificateId: ctx.mintId('', 32, HEX_UPPER),
            certificateBody: body,
            status: 'Active',
            uploadDate: ctx.now()
        };
        u.signingCertificates.push(cert);
        return {
            Certificate: {
                UserName: u.userName,
                CertificateId: cert.certificateId,
                CertificateBody: body,
                Status: cert.status,
                UploadDate: cert.uploadDate
            }
        };
    },
    ListSigningCertificates(ctx, p) {
        const { items, ...rest } = listPage(certificates, ctx, p, (c, u) => ({
            UserName: u.userName,
            CertificateId: c.certificateId,
            CertificateBody: c.certificateBody,
            Status: c.status,
            UploadDate: c.uploadDate
        }));
        return { Certificates: items, ...rest };
    },
    UpdateSigningCertificate: updater(certificates),
    DeleteSigningCertificate: deleter(certificates),
    // ---- SSH public keys ----
    UploadSSHPublicKey(ctx, p) {
        const u = ctx.userParam(p);
        const body = p.required('SSHPublicKeyBody');
        const fingerprint = sshFingerprint(body);
        if (u.sshPublicKeys.some(k => k.fingerprint === fingerprint))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('DuplicateSSHPublicKey', 'The SSH public key is already associated with the specified IAM user.');
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__/* .quota */ .hx)(u.sshPublicKeys.length, SSH_KEYS_PER_USER, 'PublicKeysPerUser');
        const key = {
            sshPublicKeyId: ctx.mintId('APKA', 21),
            sshPublicKeyBody: body,
            fingerprint,
            status: 'Active',
            uploadDate: ctx.now()
        };
        u.sshPublicKeys.push(key);
        return {
            SSHPublicKey: {
                UserName: u.userName,
                SSHPublicKeyId: key.sshPublicKeyId,
                Fingerprint: fingerprint,
                SSHPublicKeyBody: body,
                Status: key.status,
                UploadDate: key.uploadDate
            }
        };
    },
    ListSSHPublicKeys(ctx, p) {
        const { items, ...rest } = listPage(sshKeys, ctx, p, (k, u) => ({
            UserName: u.userName,
            SSHPublicKeyId: k.sshPublicKeyId,
            Status: k.status,
            UploadDate: k.uploadDate
        }));
        return { SSHPublicKeys: items, ...rest };
    },
    UpdateSSHPublicKey: updater(sshKeys),
    DeleteSSHPublicKey: deleter(sshKeys),
    // ---- service-specific credentials (CodeCommit Git, Keyspaces, Bedrock) ----
    CreateServiceSpecificCredential(ctx, p) {
        const u = ctx.userParam(p);
        const serviceName = p.required('ServiceName');
        if (!SERVICES.includes(serviceName))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('NotSupportedService', `Service ${serviceName} is not supported for service-specific credentials.`);
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_2__/* .quota */ .hx)(u.serviceSpecificCredentials.filter(c => c.serviceName === serviceName).length, SERVICE_CREDENTIALS_PER_SERVICE, 'ServiceSpecificCredentialsPerUserPerService');
        const cred = {
            serviceSpecificCredentialId: ctx.mintId('ACCA', 21),
            serviceName,
            serviceUserName: `${u.userName}-at-${ctx.state.accountId}`,
            status: 'Active',
            createDate: ctx.now()
        };
        u.serviceSpecificCredentials.push(cred);
        return {
            ServiceSpecificCredential: {
                CreateDate: cred.createDate,
                ServiceName: serviceName,
                ServiceUserName: cred.serviceUserName,
                // Handed out once; the state never keeps it.
                ServicePassword: ctx.mintId('', 44, SECRET_CHARS),
                ServiceSpecificCredentialId: cred.serviceSpecificCredentialId,
                UserName: u.userName,
                Status: cred.status
            }
        };
    },
    ListServiceSpecificCredentials(ctx, p) {
        const only = p.optional('ServiceName');
        const { items, ...rest } = listPage(serviceCredentials, ctx, p, (c, u) => only && c.serviceName !== only
            ? undefined
            : {
                UserName: u.userName,
                Status: c.status,
                ServiceUserName: c.serviceUserName,
                CreateDate: c.createDate,
                ServiceSpecificCredentialId: c.serviceSpecificCredentialId,
                ServiceName: c.serviceName
            });
        return { ServiceSpecificCredentials: items, ...rest };
    },
    UpdateServiceSpecificCredential: updater(serviceCredentials),
    DeleteServiceSpecificCredential: deleter(serviceCredentials),
    // ---- credential report ----
    GenerateCredentialReport(ctx) {
        const existed = ctx.state.credentialReport !== undefined;
        // Regenerated on every request (AWS waits 4 hours): sandbox state changes within seconds,
        // and GeneratedTime says which snapshot a reader got.
        ctx.state.credentialReport = { generatedTime: ctx.now(), csv: credentialReport(ctx) };
        return existed
            ? { State: 'COMPLETE', Description: 'Report generated' }
            : { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
    },
    GetCredentialReport(ctx) {
        const report = ctx.state.credentialReport;
        if (!report)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .IamError */ .iS('ReportNotPresent', 'Credential report not present. Call GenerateCredentialReport first.');
        return {
            Content: Buffer.from(report.csv, 'utf8'),
            ReportFormat: 'text/csv',
            GeneratedTime: report.generatedTime
        };
    }
};


/***/ }),

/***/ 4045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ path),
/* harmony export */   To: () => (/* binding */ leftovers),
/* harmony export */   qx: () => (/* binding */ identityActions)
/* harmony export */ });
/* harmony import */ var _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8859);
/* harmony import */ var _aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5220);
/* harmony import */ var _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7086);



// AWS quotas (IAM and STS quotas page, defaults).
const GROUPS_PER_USER = 10;
const MANAGED_POLICIES_PER_USER = 10;
const TAGS_PER_USER = 50;
const INLINE_POLICY_BYTES_PER_USER = 2048;
const NAME = /^[\w+=,.@-]+$/;
function name(p, field, max) {
    const v = p.required(field);
    if (v.length > max)
        throw (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .validation */ .Eq)(field, v, `Member must have length less than or equal to ${max}`);
    if (!NAME.test(v))
        throw (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .validation */ .Eq)(field, v, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+');
    return v;
}
function path(p) {
    const v = p.optional('Path') ?? '/';
    if (!/^\/([\x21-\x7e]+\/)?$/.test(v))
        throw (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .validation */ .Eq)('Path', v, 'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)');
    return v;
}
/** What still blocks DeleteUser, each with AWS's DeleteConflict message, in the order checked. */
function leftovers(u) {
    const out = [];
    const must = (held, what) => held && out.push(`Cannot delete entity, must ${what} first.`);
    must(u.loginProfile !== undefined, 'delete login profile');
    must(u.accessKeys.length > 0, 'delete access keys');
    must(u.signingCertificates.length > 0, 'delete signing certificates');
    must(u.sshPublicKeys.length > 0, 'delete SSH public keys');
    must(u.serviceSpecificCredentials.length > 0, 'delete service-specific credentials');
    must(u.mfaDevices.length > 0, 'delete MFA device');
    must(Object.keys(u.inlinePolicies).length > 0, 'delete policies');
    must(u.attachedPolicyArns.length > 0, 'detach all policies');
    must(u.groupNames.length > 0, 'remove users from group');
    return out;
}
function applyTags(u, tags) {
    for (const t of tags) {
        if (!t.Key)
            throw (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .validation */ .Eq)('Tags', '', 'Member must have length greater than or equal to 1');
        // Tag keys are case-insensitive in IAM: a new value replaces the old key's.
        const i = u.tags.findIndex(x => x.Key.toLowerCase() === t.Key.toLowerCase());
        if (i >= 0)
            u.tags[i] = t;
        else
            u.tags.push(t);
    }
    if (u.tags.length > TAGS_PER_USER)
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('LimitExceeded', `The number of tags has reached the maximum limit.`);
}
const tagsParam = (p) => p.structs('Tags', ['Key', 'Value']);
function policyArnParam(ctx, p, field) {
    const arn = p.required(field);
    if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\/.+/.test(arn))
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('InvalidInput', `ARN ${arn} is not valid.`);
    if (!ctx.state.policies.has(arn))
        throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
    return arn;
}
const byPathPrefix = (p) => {
    const prefix = p.optional('PathPrefix') ?? '/';
    return (path) => path.startsWith(prefix);
};
function userDetail(ctx, u) {
    return {
        Path: u.path,
        UserName: u.userName,
        UserId: u.userId,
        Arn: (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .userArn */ .JU)(ctx.state, u),
        CreateDate: u.createDate,
        UserPolicyList: Object.entries(u.inlinePolicies).map(([n, d]) => ({
            PolicyName: n,
            PolicyDocument: (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeDocument */ .Kl)(d)
        })),
        GroupList: [...u.groupNames],
        AttachedManagedPolicies: u.attachedPolicyArns.map(a => ctx.attached(a)),
        PermissionsBoundary: (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .boundaryXml */ .Si)(u),
        Tags: u.tags
    };
}
const identityActions = {
    CreateUser(ctx, p) {
        const userName = name(p, 'UserName', 64);
        if (ctx.state.users.has(userName))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('EntityAlreadyExists', `User with name ${userName} already exists.`);
        const boundary = p.optional('PermissionsBoundary') && policyArnParam(ctx, p, 'PermissionsBoundary');
        const u = (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .newIamUser */ .ts)(userName, {
            id: ctx.mintId('AIDA', 21),
            createDate: ctx.now(),
            path: path(p)
        });
        applyTags(u, tagsParam(p));
        if (boundary)
            u.permissionsBoundaryArn = boundary;
        ctx.state.users.set(userName, u);
        ctx.users.add(userName);
        return { User: ctx.userXml(u, true) };
    },
    GetUser(ctx, p, req) {
        const named = p.optional('UserName');
        const u = named ? ctx.user(named) : ctx.caller(req);
        if (u)
            return { User: ctx.userXml(u, true) };
        // Signed by a key no user owns: AWS answers for the account's root user.
        const root = `arn:aws:iam::${ctx.state.accountId}:root`;
        return { User: { UserId: ctx.state.accountId, Arn: root, CreateDate: '2015-02-06T18:39:46Z' } };
    },
    ListUsers(ctx, p) {
        const inPath = byPathPrefix(p);
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, ctx.users.keys, n => {
            const u = ctx.state.users.get(n);
            return u && inPath(u.path) ? ctx.userXml(u, false) : undefined;
        });
        return { Users: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    DeleteUser(ctx, p) {
        const u = ctx.userParam(p);
        const [conflict] = leftovers(u);
        if (conflict)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('DeleteConflict', conflict);
        ctx.state.users.delete(u.userName);
        ctx.users.remove(u.userName);
        return undefined;
    },
    TagUser(ctx, p) {
        applyTags(ctx.userParam(p), tagsParam(p));
        return undefined;
    },
    UntagUser(ctx, p) {
        const u = ctx.userParam(p);
        const drop = new Set(p.list('TagKeys').map(k => k.toLowerCase()));
        u.tags = u.tags.filter(t => !drop.has(t.Key.toLowerCase()));
        return undefined;
    },
    ListUserTags(ctx, p) {
        const u = ctx.userParam(p);
        const byKey = new Map(u.tags.map(t => [t.Key, t]));
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, [...byKey.keys()].sort(), k => byKey.get(k));
        return { Tags: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    PutUserPermissionsBoundary(ctx, p) {
        const u = ctx.userParam(p);
        u.permissionsBoundaryArn = policyArnParam(ctx, p, 'PermissionsBoundary');
        return undefined;
    },
    DeleteUserPermissionsBoundary(ctx, p) {
        delete ctx.userParam(p).permissionsBoundaryArn;
        return undefined;
    },
    // ---- groups ----
    CreateGroup(ctx, p) {
        const groupName = name(p, 'GroupName', 128);
        if (ctx.state.groups.has(groupName))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('EntityAlreadyExists', `Group with name ${groupName} already exists.`);
        const g = (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .newIamGroup */ .hC)(groupName, {
            id: ctx.mintId('AGPA', 21),
            createDate: ctx.now(),
            path: path(p)
        });
        ctx.state.groups.set(groupName, g);
        ctx.groups.add(groupName);
        return { Group: ctx.groupXml(g) };
    },
    GetGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, g.userNames, n => {
            const u = ctx.state.users.get(n);
            return u && ctx.userXml(u, false);
        });
        return { Group: ctx.groupXml(g), Users: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    ListGroups(ctx, p) {
        const inPath = byPathPrefix(p);
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, ctx.groups.keys, n => {
            const g = ctx.state.groups.get(n);
            return g && inPath(g.path) ? ctx.groupXml(g) : undefined;
        });
        return { Groups: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    DeleteGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        if (g.userNames.length)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('DeleteConflict', 'Cannot delete entity, must remove users from group first.');
        if (Object.keys(g.inlinePolicies).length)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('DeleteConflict', 'Cannot delete entity, must delete policies first.');
        if (g.attachedPolicyArns.length)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('DeleteConflict', 'Cannot delete entity, must detach all policies first.');
        ctx.state.groups.delete(g.groupName);
        ctx.groups.remove(g.groupName);
        return undefined;
    },
    AddUserToGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const u = ctx.userParam(p);
        if (u.groupNames.includes(g.groupName))
            return undefined;
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .quota */ .hx)(u.groupNames.length, GROUPS_PER_USER, 'GroupsPerUser');
        (0,_aws_iam_state_js__WEBPACK_IMPORTED_MODULE_2__/* .joinGroup */ .U7)(u, g);
        return undefined;
    },
    RemoveUserFromGroup(ctx, p) {
        const g = ctx.group(p.required('GroupName'));
        const u = ctx.userParam(p);
        if (!(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedRemove */ .QX)(g.userNames, u.userName))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('NoSuchEntity', `The user with name ${u.userName} cannot be found.`);
        (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedRemove */ .QX)(u.groupNames, g.groupName);
        return undefined;
    },
    ListGroupsForUser(ctx, p) {
        const u = ctx.userParam(p);
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, u.groupNames, n => {
            const g = ctx.state.groups.get(n);
            return g && ctx.groupXml(g);
        });
        return { Groups: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    // ---- inline policies ----
    PutUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = name(p, 'PolicyName', 128);
        const doc = p.required('PolicyDocument');
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDocument */ .sw)(doc);
        // AWS counts the user's inline policies together, without whitespace.
        const size = (d) => d.replace(/\s/g, '').length;
        let total = size(doc);
        for (const [n, d] of Object.entries(u.inlinePolicies))
            if (n !== policyName)
                total += size(d);
        if (total > INLINE_POLICY_BYTES_PER_USER)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('LimitExceeded', `Maximum policy size of ${INLINE_POLICY_BYTES_PER_USER} bytes exceeded for user ${u.userName}`);
        u.inlinePolicies[policyName] = doc;
        return undefined;
    },
    GetUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = p.required('PolicyName');
        const doc = Object.hasOwn(u.inlinePolicies, policyName)
            ? u.inlinePolicies[policyName]
            : undefined;
        if (doc === undefined)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`);
        return { UserName: u.userName, PolicyName: policyName, PolicyDocument: (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeDocument */ .Kl)(doc) };
    },
    ListUserPolicies(ctx, p) {
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, Object.keys(ctx.userParam(p).inlinePolicies).sort(), n => n);
        return { PolicyNames: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    DeleteUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const policyName = p.required('PolicyName');
        if (!Object.hasOwn(u.inlinePolicies, policyName))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`);
        delete u.inlinePolicies[policyName];
        return undefined;
    },
    // ---- managed policies ----
    CreatePolicy(ctx, p) {
        const policyName = name(p, 'PolicyName', 128);
        const doc = p.required('PolicyDocument');
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDocument */ .sw)(doc);
        const policyPath = path(p);
        const arn = `arn:aws:iam::${ctx.state.accountId}:policy${policyPath}${policyName}`;
        if (ctx.state.policies.has(arn))
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('EntityAlreadyExists', `A policy called ${policyName} already exists. Duplicate names are not allowed.`);
        const now = ctx.now();
        const policy = {
            arn,
            policyName,
            policyId: ctx.mintId('ANPA', 21),
            path: policyPath,
            document: doc,
            description: p.optional('Description'),
            createDate: now,
            awsManaged: false
        };
        ctx.state.policies.set(arn, policy);
        ctx.policies.add(arn);
        return {
            Policy: {
                PolicyName: policyName,
                PolicyId: policy.policyId,
                Arn: arn,
                Path: policyPath,
                DefaultVersionId: 'v1',
                AttachmentCount: 0,
                PermissionsBoundaryUsageCount: 0,
                IsAttachable: true,
                CreateDate: now,
                UpdateDate: now
            }
        };
    },
    AttachUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const arn = policyArnParam(ctx, p, 'PolicyArn');
        if (u.attachedPolicyArns.includes(arn))
            return undefined;
        (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .quota */ .hx)(u.attachedPolicyArns.length, MANAGED_POLICIES_PER_USER, 'PoliciesPerUser');
        u.attachedPolicyArns.push(arn);
        return undefined;
    },
    DetachUserPolicy(ctx, p) {
        const u = ctx.userParam(p);
        const arn = p.required('PolicyArn');
        const i = u.attachedPolicyArns.indexOf(arn);
        if (i < 0)
            throw new _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .IamError */ .iS('NoSuchEntity', `Policy ${arn} was not found.`);
        u.attachedPolicyArns.splice(i, 1);
        return undefined;
    },
    ListAttachedUserPolicies(ctx, p) {
        const u = ctx.userParam(p);
        const inPath = byPathPrefix(p);
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageOf */ .ZZ)(p, [...u.attachedPolicyArns].sort(), arn => {
            const pol = ctx.state.policies.get(arn);
            return !pol || inPath(pol.path) ? ctx.attached(arn) : undefined;
        });
        return { AttachedPolicies: page.items, ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page) };
    },
    // ---- the audit read: everything about users (and groups, policies) in pages ----
    GetAccountAuthorizationDetails(ctx, p) {
        const filters = new Set(p.list('Filter'));
        const wants = (f) => filters.size === 0 || filters.has(f);
        const sections = [];
        if (wants('User'))
            sections.push({
                keys: ctx.users.keys,
                get: n => {
                    const u = ctx.state.users.get(n);
                    return u && { list: 'UserDetailList', value: userDetail(ctx, u) };
                }
            });
        if (wants('Group'))
            sections.push({
                keys: ctx.groups.keys,
                get: n => {
                    const g = ctx.state.groups.get(n);
                    if (!g)
                        return undefined;
                    const value = {
                        ...ctx.groupXml(g),
                        GroupPolicyList: Object.entries(g.inlinePolicies).map(([pn, d]) => ({
                            PolicyName: pn,
                            PolicyDocument: (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeDocument */ .Kl)(d)
                        })),
                        AttachedManagedPolicies: g.attachedPolicyArns.map(a => ctx.attached(a))
                    };
                    return { list: 'GroupDetailList', value };
                }
            });
        const local = wants('LocalManagedPolicy');
        const aws = wants('AWSManagedPolicy');
        if (local || aws)
            sections.push({
                keys: ctx.policies.keys,
                get: arn => {
                    const pol = ctx.state.policies.get(arn);
                    if (!pol || !(pol.awsManaged ? aws : local))
                        return undefined;
                    const value = {
                        PolicyName: pol.policyName,
                        PolicyId: pol.policyId,
                        Arn: pol.arn,
                        Path: pol.path,
                        DefaultVersionId: 'v1',
                        IsAttachable: true,
                        Description: pol.description,
                        CreateDate: pol.createDate,
                        UpdateDate: pol.createDate,
                        PolicyVersionList: [
                            {
                                Document: (0,_aws_iam_context_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeDocument */ .Kl)(pol.document),
                                VersionId: 'v1',
                                IsDefaultVersion: true,
                                CreateDate: pol.createDate
                            }
                        ]
                    };
                    return { list: 'Policies', value };
                }
            });
        // The sandbox has no roles: asked for, they come back as an empty list.
        const page = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .pageAcross */ .Dw)(p, sections);
        const of = (list) => page.items.filter(d => d.list === list).map(d => d.value);
        return {
            UserDetailList: of('UserDetailList'),
            GroupDetailList: of('GroupDetailList'),
            RoleDetailList: [],
            Policies: of('Policies'),
            ...(0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .truncation */ .yJ)(page)
        };
    }
};


/***/ }),

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ pageAcross),
/* harmony export */   Eq: () => (/* binding */ validation),
/* harmony export */   QX: () => (/* binding */ sortedRemove),
/* harmony export */   ZZ: () => (/* binding */ pageOf),
/* harmony export */   gI: () => (/* binding */ paramsOf),
/* harmony export */   iA: () => (/* binding */ okResponse),
/* harmony export */   iS: () => (/* binding */ IamError),
/* harmony export */   yJ: () => (/* binding */ truncation),
/* harmony export */   yj: () => (/* binding */ errorResponse),
/* harmony export */   zL: () => (/* binding */ sortedInsert)
/* harmony export */ });
/* unused harmony exports Params, lowerBound */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The AWS query protocol as IAM speaks it: form-encoded requests (`Action=...&Tags.member.1.Key=`),
// XML answers wrapped in <XResponse><XResult>, errors as <ErrorResponse> with AWS's HTTP status,
// and Marker/MaxItems pagination.

const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';
/** HTTP status AWS answers with for each IAM error code; anything else is a 400. */
const STATUS = {
    NoSuchEntity: 404,
    DeleteConflict: 409,
    EntityAlreadyExists: 409,
    LimitExceeded: 409,
    ConcurrentModification: 409,
    DuplicateCertificate: 409,
    InvalidAuthenticationCode: 403,
    NotSupportedService: 404,
    ReportNotPresent: 410,
    ServiceFailure: 500
};
/** An IAM error answer; thrown by actions, turned into <ErrorResponse> by errorResponse(). */
class IamError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
function errorResponse(code, message) {
    const status = STATUS[code] ?? 400;
    const type = status >= 500 ? 'Receiver' : 'Sender';
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    return {
        status,
        headers: headers(id),
        body: `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type><Code>${esc(code)}</Code>` +
            `<Message>${esc(message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
    };
}
/** A successful answer; `result` undefined for actions that return nothing (DeleteUser, ...). */
function okResponse(action, result) {
    const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    return {
        status: 200,
        headers: headers(id),
        body: `<${action}Response xmlns="${XMLNS}">${inner}` +
            `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></${action}Response>`
    };
}
const headers = (requestId) => ({
    'content-type': 'text/xml',
    'x-amzn-requestid': requestId
});
function toXml(value) {
    const parts = [];
    write(value, parts);
    return parts.join('');
}
// Appends to one array (joined once): answers of 1,000 users stay a few milliseconds.
function write(value, out) {
    if (value === undefined)
        return;
    if (typeof value === 'string')
        out.push(esc(value));
    else if (typeof value !== 'object')
        out.push(String(value));
    else if (Buffer.isBuffer(value))
        out.push(value.toString('base64'));
    else if (Array.isArray(value))
        for (const v of value) {
            out.push('<member>');
            write(v, out);
            out.push('</member>');
        }
    else
        for (const k in value) {
            const v = value[k];
            if (v === undefined)
                continue;
            out.push(`<${k}>`);
            write(v, out);
            out.push(`</${k}>`);
        }
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s) => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, c => ESCAPES[c]) : s);
/** The form parameters of one request, with typed readers that answer as AWS validates. */
class Params {
    form;
    constructor(form) {
        this.form = form;
    }
    get action() {
        return this.form.get('Action') ?? '';
    }
    optional(name) {
        return this.form.get(name) ?? undefined;
    }
    required(name) {
        const v = this.form.get(name);
        if (v === null || v === '')
            throw validation(name, 'null', 'Member must not be null');
        return v;
    }
    /** `name` must be one of `values` (Status=Active|Inactive, ...). */
    oneOf(name, values) {
        const v = this.required(name);
        if (!values.includes(v))
            throw validation(name, v, `Member must satisfy enum value set: [${values.join(', ')}]`);
        return v;
    }
    bool(name) {
        return this.form.get(name) === 'true';
    }
    /** `Name.member.N` scalars, in N order. */
    list(name) {
        const out = [];
        for (let i = 1; this.form.has(`${name}.member.${i}`); i++)
            out.push(this.form.get(`${name}.member.${i}`));
        return out;
    }
    /** `Name.member.N.Field` structures, in N order. */
    structs(name, fields) {
        const out = [];
        for (let i = 1; fields.some(f => this.form.has(`${name}.member.${i}.${f}`)); i++) {
            const item = {};
            for (const f of fields)
                item[f] = this.form.get(`${name}.member.${i}.${f}`) ?? '';
            out.push(item);
        }
        return out;
    }
    /** MaxItems as AWS reads it: 1..1000, 100 when absent. */
    maxItems() {
        const raw = this.form.get('MaxItems');
        if (raw === null)
            return 100;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1 || n > 1000)
            throw validation('MaxItems', raw, 'Member must have value less than or equal to 1000 and greater than or equal to 1');
        return n;
    }
}
function validation(field, value, constraint) {
    const f = field.charAt(0).toLowerCase() + field.slice(1);
    return new IamError('ValidationError', `1 validation error detected: Value '${value}' at '${f}' failed to satisfy constraint: ${constraint}`);
}
const parsed = new WeakMap();
/** The request's parameters: the form body (POST, as the SDK sends) or the query string. */
function paramsOf(req) {
    let p = parsed.get(req);
    if (!p) {
        const form = new URLSearchParams(req.body.length ? req.body.toString('utf8') : req.query);
        p = new Params(form);
        parsed.set(req, p);
    }
    return p;
}
// ---- pagination over sorted keys: O(log n + page) per request, whatever the list's size ----
/** First index whose key is > `after` (or >= when `inclusive`) in an ascending array. */
function lowerBound(sorted, key, inclusive = false) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key || (!inclusive && sorted[mid] === key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function sortedInsert(sorted, key) {
    const i = lowerBound(sorted, key, true);
    if (sorted[i] !== key)
        sorted.splice(i, 0, key);
}
function sortedRemove(sorted, key) {
    const i = lowerBound(sorted, key, true);
    if (sorted[i] !== key)
        return false;
    sorted.splice(i, 1);
    return true;
}
// Markers are opaque to callers, as AWS's are; here they carry the section and the last key
// returned, so a page stays correct when entries are added or removed between requests.
const encodeMarker = (section, lastKey) => Buffer.from(`${section}\n${lastKey}`, 'utf8').toString('base64url');
function decodeMarker(marker) {
    if (marker === undefined)
        return undefined;
    const text = Buffer.from(marker, 'base64url').toString('utf8');
    const nl = text.indexOf('\n');
    const section = Number(text.slice(0, nl));
    const key = text.slice(nl + 1);
    if (nl < 1 || !Number.isInteger(section) || encodeMarker(section, key) !== marker)
        throw new IamError('InvalidInput', 'Invalid Marker.');
    return { section, key };
}
/** One page across `sections` in order (each ascending), after the request's Marker. */
function pageAcross(p, sections) {
    const max = p.maxItems();
    const after = decodeMarker(p.optional('Marker'));
    const items = [];
    let last = after ?? { section: 0, key: '' };
    for (let s = after?.section ?? 0; s < sections.length; s++) {
        const { keys, get } = sections[s];
        for (let i = after && s === after.section ? lowerBound(keys, after.key) : 0; i < keys.length; i++) {
            if (items.length === max)
                return { items, marker: encodeMarker(last.section, last.key) };
            const item = get(keys[i]);
            if (item !== undefined)
                items.push(item);
            last = { section: s, key: keys[i] };
        }
    }
    return { items };
}
/** One page of one sorted list. */
const pageOf = (p, keys, get) => pageAcross(p, [{ keys, get }]);
/** The result fields AWS adds to every paginated list. */
const truncation = (page) => ({
    IsTruncated: page.marker !== undefined,
    Marker: page.marker
});


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ userArn),
/* harmony export */   MX: () => (/* binding */ emptyIamState),
/* harmony export */   TA: () => (/* binding */ groupArn),
/* harmony export */   U7: () => (/* binding */ joinGroup),
/* harmony export */   hC: () => (/* binding */ newIamGroup),
/* harmony export */   ts: () => (/* binding */ newIamUser)
/* harmony export */ });
/* unused harmony export AWS_MANAGED_POLICY_NAMES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
// The simulated IAM account as plain data. Callers seed it (the demo from the example access
// tree, benchmarks with thousands of users); the platform in aws-iam.ts reads and changes it.
// Maps keep lookups O(1); per-user lists are short (AWS quotas keep them small).


const EPOCH = '2015-02-06T18:39:46Z';
const ALLOW_ALL = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
/** AWS-managed policies every account can attach (a usual subset of AWS's catalogue). */
const AWS_MANAGED_POLICY_NAMES = [
    'AdministratorAccess',
    'PowerUserAccess',
    'ReadOnlyAccess',
    'ViewOnlyAccess',
    'SecurityAudit',
    'IAMUserChangePassword',
    'IAMReadOnlyAccess',
    'IAMFullAccess',
    'AmazonS3ReadOnlyAccess',
    'AmazonS3FullAccess',
    'AmazonEC2ReadOnlyAccess',
    'AmazonEC2FullAccess',
    'AWSCodeCommitPowerUser',
    'AWSBillingReadOnlyAccess',
    'job-function/Billing',
    'job-function/DatabaseAdministrator',
    'job-function/NetworkAdministrator',
    'job-function/SystemAdministrator'
];
/** An empty account holding only the AWS-managed policies. */
function emptyIamState(accountId = '123456789012') {
    const policies = new Map();
    for (const name of AWS_MANAGED_POLICY_NAMES) {
        const slash = name.lastIndexOf('/');
        const arn = `arn:aws:iam::aws:policy/${name}`;
        policies.set(arn, {
            arn,
            policyName: name.slice(slash + 1),
            // A stable id per name, shaped like AWS's (ANPA + 17 characters).
            policyId: `ANPA${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, '0').slice(0, 17)}`,
            path: slash < 0 ? '/' : `/${name.slice(0, slash + 1)}`,
            document: ALLOW_ALL,
            createDate: EPOCH,
            awsManaged: true
        });
    }
    return {
        accountId,
        users: new Map(),
        groups: new Map(),
        policies,
        virtualMfaDevices: new Map()
    };
}
/** A stable AWS-shaped id derived from a name, so seeded states are the same on every run. */
function derivedId(prefix, name) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest();
    let out = prefix;
    for (let i = 0; out.length < 21; i++)
        out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[digest[i] & 31];
    return out;
}
const SEED_DATE = '2024-01-01T00:00:00Z';
/** A user with nothing attached; callers fill in what they seed, then `state.users.set`. */
function newIamUser(userName, o = {}) {
    return {
        userName,
        userId: o.id ?? derivedId('AIDA', userName),
        path: o.path ?? '/',
        createDate: o.createDate ?? SEED_DATE,
        tags: [],
        accessKeys: [],
        mfaDevices: [],
        signingCertificates: [],
        sshPublicKeys: [],
        serviceSpecificCredentials: [],
        inlinePolicies: {},
        attachedPolicyArns: [],
        groupNames: []
    };
}
function newIamGroup(groupName, o = {}) {
    return {
        groupName,
        groupId: o.id ?? derivedId('AGPA', groupName),
        path: o.path ?? '/',
        createDate: o.createDate ?? SEED_DATE,
        userNames: [],
        inlinePolicies: {},
        attachedPolicyArns: []
    };
}
/** Puts a user in a group on both sides, keeping both name lists sorted as paging needs. */
function joinGroup(user, group) {
    (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedInsert */ .zL)(user.groupNames, group.groupName);
    (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedInsert */ .zL)(group.userNames, user.userName);
}
const userArn = (s, u) => `arn:aws:iam::${s.accountId}:user${u.path}${u.userName}`;
const groupArn = (s, g) => `arn:aws:iam::${s.accountId}:group${g.path}${g.groupName}`;


/***/ }),

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* reexport safe */ _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__.MX),
/* harmony export */   NW: () => (/* binding */ createIamPlatform),
/* harmony export */   U7: () => (/* reexport safe */ _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__.U7),
/* harmony export */   hC: () => (/* reexport safe */ _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__.hC),
/* harmony export */   ts: () => (/* reexport safe */ _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__.ts)
/* harmony export */ });
/* harmony import */ var _aws_iam_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5220);
/* harmony import */ var _aws_iam_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9477);
/* harmony import */ var _aws_iam_identities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4045);
/* harmony import */ var _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8859);
/* harmony import */ var _aws_iam_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7086);





const actions = { ..._aws_iam_identities_js__WEBPACK_IMPORTED_MODULE_2__/* .identityActions */ .qx, ..._aws_iam_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialActions */ .f };
function createIamPlatform(state, options = {}) {
    const ctx = new _aws_iam_context_js__WEBPACK_IMPORTED_MODULE_0__/* .IamContext */ .dq(state, options);
    return {
        name: 'aws-iam',
        state,
        actions: Object.keys(actions),
        classify(req) {
            const operation = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .paramsOf */ .gI)(req).action || 'Unknown';
            const write = !/^(Get|List)/.test(operation) && operation !== 'GenerateCredentialReport';
            return { operation, write };
        },
        handle(req) {
            const p = (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .paramsOf */ .gI)(req);
            const action = Object.hasOwn(actions, p.action) ? actions[p.action] : undefined;
            if (!action)
                return (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .errorResponse */ .yj)('InvalidAction', `Could not find operation ${p.action || '(none)'} for version ${p.optional('Version') ?? '(none)'}`);
            try {
                return (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .okResponse */ .iA)(p.action, action(ctx, p, req));
            }
            catch (err) {
                if (err instanceof _aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .IamError */ .iS)
                    return (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .errorResponse */ .yj)(err.code, err.message);
                throw err;
            }
        },
        throttled: () => (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .errorResponse */ .yj)('Throttling', 'Rate exceeded'),
        serverError: () => (0,_aws_iam_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .errorResponse */ .yj)('ServiceFailure', 'The request processing has failed because of an unknown error, exception or failure.'),
        user: userName => state.users.get(userName),
        userNames: () => ctx.users.keys,
        leftovers: userName => {
            const u = state.users.get(userName);
            return u ? (0,_aws_iam_identities_js__WEBPACK_IMPORTED_MODULE_2__/* .leftovers */ .To)(u) : [];
        }
    };
}


/***/ }),

/***/ 7868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zu: () => (/* reexport */ commitFiles),
  Vw: () => (/* binding */ createGithubPlatform),
  aT: () => (/* reexport */ newGithubRepo),
  LI: () => (/* reexport */ newGithubState),
  Hn: () => (/* reexport */ nextId),
  Up: () => (/* reexport */ sameLogin)
});

// UNUSED EXPORTS: CONTRACT_VIOLATION_STATUS, githubOperations

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sandbox/github-state.ts
// What the simulated GitHub knows, as plain data. The caller seeds it; the simulator's
// handlers change it in place, so a test can read the outcome of every write from it.
const SEED_DATE = '2024-01-01T00:00:00Z';
/** An org with nothing in it yet; push users, members, teams, repos into the lists. */
function newGithubState(org, options = {}) {
    return {
        org: {
            login: org,
            id: 1000,
            name: null,
            samlSso: false,
            copilot: false,
            created_at: SEED_DATE,
            ...options
        },
        users: [],
        members: [],
        outsideCollaborators: [],
        invitations: [],
        teams: [],
        credentialAuthorizations: [],
        patGrants: [],
        patRequests: [],
        copilotSeats: [],
        repos: []
    };
}
/** An empty repository (no commits: see `commitFiles` to add some). */
function newGithubRepo(name, options = {}) {
    return {
        id: stableId(name),
        name,
        default_branch: 'main',
        visibility: 'private',
        description: null,
        created_at: SEED_DATE,
        deployKeys: [],
        labels: [],
        issues: [],
        comments: [],
        pulls: [],
        git: { blobs: {}, trees: {}, commits: {}, refs: {} },
        ...options
    };
}
/** A repeatable id from a name, so that seeded repositories differ without bookkeeping. */
function stableId(name) {
    let h = 0;
    for (const c of name)
        h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    return 100000 + (h % 900000);
}
/** Case-insensitive login comparison, as GitHub does. */
const sameLogin = (a, b) => a != null && b != null && a.toLowerCase() === b.toLowerCase();
/** The next free number in a list (ids, issue numbers). */
const nextId = (taken, floor = 0) => Math.max(floor, ...taken) + 1;

;// CONCATENATED MODULE: ./src/sandbox/github-http.ts

const DOCS = 'https://docs.github.com/rest';
// These parameters may span several path segments (`heads/feature/x`, `docs/a.md`).
const MULTI_SEGMENT = new Set(['ref', 'path']);
function compileRoutes(routes) {
    return routes
        .map(r => {
        const names = [];
        const source = r.template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name) => {
            names.push(name);
            return MULTI_SEGMENT.has(name) ? '(.*)' : '([^/]+)';
        });
        const literals = r.template.split('/').filter(s => s !== '' && !s.startsWith('{')).length;
        return { ...r, pattern: new RegExp(`^${source}/?$`), names, literals };
    })
        .sort((a, b) => b.literals - a.literals);
}
/** The route a request names (first by method, then any method, for a 404 vs 405 choice). */
function matchRoute(routes, method, path) {
    for (const route of routes) {
        if (route.method !== method)
            continue;
        const m = route.pattern.exec(path);
        if (!m)
            continue;
        const params = {};
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
        return { route, params };
    }
    return undefined;
}
const json = (status, body, headers = {}) => ({
    status,
    body,
    headers
});
const noContent = () => ({ status: 204 });
/** GitHub's error body: message, documentation_url, and the status as a string. */
function error(status, message, extra = {}) {
    return json(status, { message, documentation_url: DOCS, status: String(status), ...extra });
}
const notFound = () => error(404, 'Not Found');
/** 422 Validation Failed with GitHub's `errors` list. */
function validationFailed(errors, message = 'Validation Failed') {
    return error(422, message, { errors });
}
/** GitHub's 422 for a required field that is absent. */
const missingField = (resource, field) => validationFailed([{ resource, field, code: 'missing_field' }]);
/** Sorts by a date field, newest first unless `direction=asc` (GitHub's default order). */
function byDate(ctx, items, date) {
    const sorted = [...items].sort((a, b) => date(a).localeCompare(date(b)));
    return ctx.req.query.get('direction') === 'asc' ? sorted : sorted.reverse();
}
/** One page of `items` with the Link header GitHub sends (per_page default 30, max 100). */
function page(ctx, items, wrap) {
    const q = ctx.req.query;
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page')) || 30));
    const current = Math.max(1, Math.floor(Number(q.get('page')) || 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((current - 1) * perPage, current * perPage);
    const link = (n, rel) => {
        const params = new URLSearchParams(q);
        params.set('per_page', String(perPage));
        params.set('page', String(n));
        return `<${ctx.api}${ctx.req.path}?${params.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (current > 1)
        links.push(link(current - 1, 'prev'));
    if (current < last)
        links.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1)
        links.push(link(1, 'first'));
    const headers = links.length > 0 ? { link: links.join(', ') } : {};
    return json(200, wrap ? wrap(slice) : slice, headers);
}
/** Lower-cased login -> position in `state.users`, per users array. */
const loginIndex = new WeakMap();
/** O(1) for a known login (listing 10,000 members looks each one up). The index is checked
 *  on every hit and rebuilt on a miss, so seeds and handlers may change `users` freely. */
function findUser(state, login) {
    const key = login.toLowerCase();
    let at = loginIndex.get(state.users)?.get(key);
    if (at === undefined || !sameLogin(state.users[at]?.login, login)) {
        const index = new Map();
        state.users.forEach((u, i) => {
            if (!index.has(u.login.toLowerCase()))
                index.set(u.login.toLowerCase(), i);
        });
        loginIndex.set(state.users, index);
        at = index.get(key);
    }
    return at === undefined ? undefined : state.users[at];
}
/** A user by login, or a stand-in for a login the seed did not list (so shapes stay whole). */
function userOrStandIn(state, login) {
    return findUser(state, login) ?? { login, id: 0, email: null };
}
/** GitHub's `simple-user`. */
function simpleUser(ctx, login) {
    const u = userOrStandIn(ctx.state, login);
    const url = `${ctx.api}/users/${u.login}`;
    return {
        login: u.login,
        id: u.id,
        node_id: Buffer.from(`04:User${u.id}`).toString('base64'),
        avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
        gravatar_id: '',
        url,
        html_url: `https://github.com/${u.login}`,
        followers_url: `${url}/followers`,
        following_url: `${url}/following{/other_user}`,
        gists_url: `${url}/gists{/gist_id}`,
        starred_url: `${url}/starred{/owner}{/repo}`,
        subscriptions_url: `${url}/subscriptions`,
        organizations_url: `${url}/orgs`,
        repos_url: `${url}/repos`,
        events_url: `${url}/events{/privacy}`,
        received_events_url: `${url}/received_events`,
        type: u.type ?? 'User',
        user_view_type: 'public',
        site_admin: false
    };
}
/** The organization as a `simple-user`: a repository's `owner`, a branch's `user`. */
const orgUser = (ctx) => ({
    ...simpleUser(ctx, ctx.state.org.login),
    id: ctx.state.org.id,
    type: 'Organization'
});
/** GitHub's full user (`GET /user`, `GET /users/{username}`). */
function fullUser(ctx, u) {
    return {
        ...simpleUser(ctx, u.login),
        name: u.name ?? null,
        company: null,
        blog: '',
        location: null,
        email: u.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z'
    };
}
/** A request's JSON object body ({} when empty); undefined when it is not a JSON object. */
function parseBody(req) {
    if (req.body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(req.body.toString('utf8'));
        const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
        return isObject ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The values of a query list parameter: `owner[]=a&owner[]=b` or `owner=a,b`. */
function queryList(req, name) {
    return [...req.query.getAll(name), ...req.query.getAll(`${name}[]`)]
        .flatMap(v => v.split(','))
        .filter(v => v !== '');
}

;// CONCATENATED MODULE: ./src/sandbox/github-org.ts


const isOwner = (ctx, login) => ctx.state.members.some(m => sameLogin(m.login, login) && m.role === 'admin' && m.state === 'active');
const activeOwners = (ctx) => ctx.state.members.filter(m => m.role === 'admin' && m.state === 'active');
const findMember = (ctx, login) => ctx.state.members.find(m => sameLogin(m.login, login));
const findTeam = (ctx) => ctx.state.teams.find(t => t.slug === ctx.params.team_slug);
/** An org route: 404 for another org's name; `owner` routes answer 403 to non-owners. */
function orgRoute(method, template, handler, owner = false) {
    return {
        method,
        template,
        handler: ctx => {
            if (!sameLogin(ctx.params.org, ctx.state.org.login))
                return notFound();
            if (owner && !isOwner(ctx, ctx.viewer)) {
                return error(403, 'You must be an organization owner to perform this action.');
            }
            return handler(ctx);
        }
    };
}
function orgSimple(ctx) {
    const { org } = ctx.state;
    const url = `${ctx.api}/orgs/${org.login}`;
    return {
        login: org.login,
        id: org.id,
        node_id: Buffer.from(`04:Organization${org.id}`).toString('base64'),
        url,
        repos_url: `${url}/repos`,
        events_url: `${url}/events`,
        hooks_url: `${url}/hooks`,
        issues_url: `${url}/issues`,
        members_url: `${url}/members{/member}`,
        public_members_url: `${url}/public_members{/member}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
        description: null
    };
}
function membership(ctx, m) {
    const orgUrl = `${ctx.api}/orgs/${ctx.state.org.login}`;
    return {
        url: `${orgUrl}/memberships/${m.login}`,
        state: m.state,
        role: m.role,
        organization_url: orgUrl,
        organization: orgSimple(ctx),
        user: simpleUser(ctx, m.login)
    };
}
/** GitHub keeps at least one owner: the last one can be neither removed nor demoted. */
function lastOwnerRefusal(ctx, m, verb) {
    const owners = activeOwners(ctx);
    if (m.state === 'active' && m.role === 'admin' && owners.length === 1) {
        return error(403, `You cannot ${verb} the last owner of an organization.`);
    }
    return undefined;
}
const twoFactorFilter = (ctx) => (login) => ctx.req.query.get('filter') !== '2fa_disabled' || findUser(ctx.state, login)?.twoFactor === false;
/** Renders only the page being answered, so a page costs its size, not the organization's. */
const simpleUsers = (ctx) => (slice) => slice.map(x => simpleUser(ctx, x.login));
function teamJson(ctx, t) {
    const url = `${ctx.api}/organizations/${ctx.state.org.id}/team/${t.id}`;
    return {
        id: t.id,
        node_id: Buffer.from(`04:Team${t.id}`).toString('base64'),
        url,
        html_url: `https://github.com/orgs/${ctx.state.org.login}/teams/${t.slug}`,
        name: t.name,
        slug: t.slug,
        description: t.description ?? null,
        privacy: t.privacy ?? 'closed',
        notification_setting: 'notifications_enabled',
        permission: 'pull',
        members_url: `${url}/members{/member}`,
        repositories_url: `${url}/repos`,
        parent: null,
        type: 'organization',
        organization_id: ctx.state.org.id
    };
}
/** Fine-grained token grants and requests share a shape and their filters. */
function patJson(ctx, p) {
    const kind = 'reason' in p ? 'personal-access-token-requests' : 'personal-access-tokens';
    const out = {
        ...p,
        owner: simpleUser(ctx, p.owner),
        repositories_url: `${ctx.api}/organizations/${ctx.state.org.id}/${kind}/${p.id}/repositories`
    };
    // GitHub lists the repositories at repositories_url, not inline.
    delete out.repositories;
    return out;
}
function listPats(ctx, items, date) {
    const owners = queryList(ctx.req, 'owner');
    const tokenIds = queryList(ctx.req, 'token_id');
    const repo = ctx.req.query.get('repository');
    const selected = items
        .filter(p => owners.length === 0 || owners.some(o => sameLogin(o, p.owner)))
        .filter(p => tokenIds.length === 0 || tokenIds.includes(String(p.token_id)))
        .filter(p => !repo || p.repository_selection === 'all' || p.repositories.includes(repo));
    return page(ctx, byDate(ctx, selected, date).map(p => patJson(ctx, p)));
}
/** GitHub's 422 for a required list field that is absent or empty. */
function missingList(ctx, field, resource) {
    const value = ctx.body[field];
    return Array.isArray(value) && value.length > 0 ? undefined : missingField(resource, field);
}
/** Removes the listed ids from `items` all at once, or nothing when one is unknown. */
function takeAll(items, ids) {
    const found = ids.map(id => items.find(p => p.id === id));
    if (found.some(p => p === undefined))
        return undefined;
    for (const p of found)
        items.splice(items.indexOf(p), 1);
    return found;
}
function reviewPatRequests(ctx, ids) {
    const taken = takeAll(ctx.state.patRequests, ids);
    if (!taken)
        return notFound();
    if (ctx.body.action === 'approve') {
        for (const request of taken) {
            const grant = {
                ...request,
                access_granted_at: ctx.now().toISOString()
            };
            delete grant.reason;
            delete grant.created_at;
            ctx.state.patGrants.push(grant);
        }
    }
    return undefined;
}
/** GitHub's `copilot-seat-details`. */
function seatJson(ctx, { login, ...seat }) {
    return {
        updated_at: seat.created_at,
        plan_type: 'business',
        ...seat,
        assignee: simpleUser(ctx, login),
        assigning_team: null
    };
}
/** The day a cancelled Copilot seat ends: the first day of the next billing month. */
function endOfCycle(now) {
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
        .toISOString()
        .slice(0, 10);
}
const orgRoutes = [
    {
        method: 'GET',
        template: '/user',
        handler: ctx => {
            const u = findUser(ctx.state, ctx.viewer);
            if (!u)
                return error(401, 'Bad credentials');
            return json(200, {
                ...fullUser(ctx, u),
                private_gists: 0,
                total_private_repos: 0,
                owned_private_repos: 0,
                disk_usage: 0,
                collaborators: 0,
                two_factor_authentication: u.twoFactor ?? true
            });
        }
    },
    {
        method: 'GET',
        template: '/users/{username}',
        handler: ctx => {
            const u = findUser(ctx.state, ctx.params.username);
            return u ? json(200, fullUser(ctx, u)) : notFound();
        }
    },
    orgRoute('GET', '/orgs/{org}', ctx => json(200, {
        ...orgSimple(ctx),
        name: ctx.state.org.name,
        html_url: `https://github.com/${ctx.state.org.login}`,
        has_organization_projects: true,
        has_repository_projects: true,
        public_repos: ctx.state.repos.filter(r => r.visibility === 'public').length,
        public_gists: 0,
        followers: 0,
        following: 0,
        type: 'Organization',
        created_at: ctx.state.org.created_at,
        updated_at: ctx.state.org.created_at,
        archived_at: null
    })),
    orgRoute('GET', '/orgs/{org}/members', ctx => {
        const role = ctx.req.query.get('role') ?? 'all';
        const members = ctx.state.members
            .filter(m => m.state === 'active' && (role === 'all' || m.role === role))
            .filter(m => twoFactorFilter(ctx)(m.login));
        return page(ctx, members, simpleUsers(ctx));
    }),
    orgRoute('GET', '/orgs/{org}/memberships/{username}', ctx => {
        const m = findMember(ctx, ctx.params.username);
        return m ? json(200, membership(ctx, m)) : notFound();
    }),
    orgRoute('PUT', '/orgs/{org}/memberships/{username}', ctx => {
        const user = findUser(ctx.state, ctx.params.username);
        if (!user)
            return notFound();
        const role = ctx.body.role === 'admin' ? 'admin' : 'member';
        let m = findMember(ctx, user.login);
        if (m) {
            const refusal = role === 'member' ? lastOwnerRefusal(ctx, m, 'demote') : undefined;
            if (refusal)
                return refusal;
            m.role = role;
        }
        else {
            // Someone outside the org is invited: the membership stays pending until accepted.
            m = { login: user.login, role, state: 'pending' };
            ctx.state.members.push(m);
            ctx.state.invitations.push({
                id: nextId(ctx.state.invitations.map(i => i.id)),
                login: user.login,
                email: user.email,
                role: role === 'admin' ? 'admin' : 'direct_member',
                created_at: ctx.now().toISOString(),
                inviter: ctx.viewer
            });
        }
        return json(200, membership(ctx, m));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/memberships/{username}', ctx => {
        const login = ctx.params.username;
        const m = findMember(ctx, login);
        const invited = ctx.state.invitations.some(i => sameLogin(i.login, login));
        if (!m && !invited)
            return notFound();
        const refusal = m && lastOwnerRefusal(ctx, m, 'remove');
        if (refusal)
            return refusal;
        // Leaving the org ends every team membership and cancels any invitation; a Copilot
        // seat stops working at once and stays billed, pending cancellation, to the cycle's end.
        ctx.state.members = ctx.state.members.filter(x => !sameLogin(x.login, login));
        for (const seat of ctx.state.copilotSeats)
            if (sameLogin(seat.login, login))
                seat.pending_cancellation_date ??= endOfCycle(ctx.now());
        ctx.state.invitations = ctx.state.invitations.filter(i => !sameLogin(i.login, login));
        for (const t of ctx.state.teams)
            t.members = t.members.filter(x => !sameLogin(x.login, login));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/outside_collaborators', ctx => page(ctx, ctx.state.outsideCollaborators.filter(c => twoFactorFilter(ctx)(c.login)), simpleUsers(ctx))),
    orgRoute('DELETE', '/orgs/{org}/outside_collaborators/{username}', ctx => {
        const login = ctx.params.username;
        if (!findUser(ctx.state, login))
            return notFound();
        if (findMember(ctx, login)?.state === 'active') {
            return error(422, 'You cannot specify an organization member to remove as an outside collaborator.', {
                errors: [{ resource: 'User', field: 'username', code: 'invalid' }]
            });
        }
        ctx.state.outsideCollaborators = ctx.state.outsideCollaborators.filter(c => !sameLogin(c.login, login));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/invitations', ctx => {
        const role = ctx.req.query.get('role') ?? 'all';
        const items = ctx.state.invitations.filter(i => role === 'all' || i.role === role);
        return page(ctx, items.map(i => ({
            ...i,
            node_id: Buffer.from(`04:OrganizationInvitation${i.id}`).toString('base64'),
            inviter: simpleUser(ctx, i.inviter),
            team_count: 0,
            invitation_teams_url: `${ctx.api}/organizations/${ctx.state.org.id}/invitations/${i.id}/teams`,
            invitation_source: 'member',
            failed_at: null,
            failed_reason: null
        })));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/invitations/{invitation_id}', ctx => {
        const inv = ctx.state.invitations.find(i => i.id === Number(ctx.params.invitation_id));
        if (!inv)
            return notFound();
        ctx.state.invitations.splice(ctx.state.invitations.indexOf(inv), 1);
        ctx.state.members = ctx.state.members.filter(m => !(m.state === 'pending' && sameLogin(m.login, inv.login)));
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/credential-authorizations', ctx => {
        if (!ctx.state.org.samlSso)
            return notFound();
        const login = ctx.req.query.get('login');
        const items = ctx.state.credentialAuthorizations.filter(c => !login || sameLogin(c.login, login));
        return page(ctx, items.map(c => ({
            token_last_eight: null,
            fingerprint: null,
            scopes: [],
            authorized_credential_title: null,
            authorized_credential_note: null,
            authorized_credential_expires_at: null,
            ...c
        })));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/credential-authorizations/{credential_id}', ctx => {
        const list = ctx.state.credentialAuthorizations;
        const found = ctx.state.org.samlSso &&
            list.find(c => c.credential_id === Number(ctx.params.credential_id));
        if (!found)
            return notFound();
        list.splice(list.indexOf(found), 1);
        return noContent();
    }, true),
    orgRoute('GET', '/orgs/{org}/personal-access-tokens', ctx => listPats(ctx, ctx.state.patGrants, p => p.access_granted_at), true),
    orgRoute('POST', '/orgs/{org}/personal-access-tokens', ctx => missingList(ctx, 'pat_ids', 'PersonalAccessToken') ??
        (takeAll(ctx.state.patGrants, ctx.body.pat_ids) ? json(202, {}) : notFound()), true),
    orgRoute('POST', '/orgs/{org}/personal-access-tokens/{pat_id}', ctx => (takeAll(ctx.state.patGrants, [Number(ctx.params.pat_id)]) ? noContent() : notFound()), true),
    orgRoute('GET', '/orgs/{org}/personal-access-token-requests', ctx => listPats(ctx, ctx.state.patRequests, p => p.created_at), true),
    orgRoute('POST', '/orgs/{org}/personal-access-token-requests', ctx => reviewPatRequests(ctx, ctx.body.pat_request_ids ?? []) ??
        json(202, {}), true),
    orgRoute('POST', '/orgs/{org}/personal-access-token-requests/{pat_request_id}', ctx => reviewPatRequests(ctx, [Number(ctx.params.pat_request_id)]) ?? noContent(), true),
    orgRoute('GET', '/orgs/{org}/copilot/billing/seats', ctx => {
        if (!ctx.state.org.copilot)
            return notFound();
        const seats = ctx.state.copilotSeats;
        return page(ctx, seats.map(s => seatJson(ctx, s)), items => ({ total_seats: seats.length, seats: items }));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/copilot/billing/selected_users', ctx => {
        if (!ctx.state.org.copilot)
            return notFound();
        const missing = missingList(ctx, 'selected_usernames', 'CopilotSeat');
        if (missing)
            return missing;
        const names = ctx.body.selected_usernames;
        let cancelled = 0;
        for (const seat of ctx.state.copilotSeats) {
            if (seat.pending_cancellation_date === null && names.some(n => sameLogin(n, seat.login))) {
                seat.pending_cancellation_date = endOfCycle(ctx.now());
                cancelled++;
            }
        }
        return json(200, { seats_cancelled: cancelled });
    }, true),
    orgRoute('GET', '/orgs/{org}/members/{username}/copilot', ctx => {
        // GitHub: 422 when Copilot is off or the user is only invited; 404 for anyone else
        // without a seat (a seat left pending cancellation by leaving the org included).
        const m = findMember(ctx, ctx.params.username);
        if (!ctx.state.org.copilot || m?.state === 'pending')
            return error(422, 'Copilot Business or Enterprise is not enabled for this organization, or the user has a pending organization invitation.');
        const seat = ctx.state.copilotSeats.find(s => sameLogin(s.login, ctx.params.username));
        return m && seat ? json(200, seatJson(ctx, seat)) : notFound();
    }, true),
    orgRoute('GET', '/orgs/{org}/teams', ctx => page(ctx, ctx.state.teams.map(t => teamJson(ctx, t)))),
    orgRoute('GET', '/orgs/{org}/teams/{team_slug}/members', ctx => {
        const team = findTeam(ctx);
        if (!team)
            return notFound();
        const role = ctx.req.query.get('role') ?? 'all';
        const members = team.members.filter(m => (m.state ?? 'active') === 'active' && (role === 'all' || m.role === role));
        return page(ctx, members, simpleUsers(ctx));
    }),
    orgRoute('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const m = team?.members.find(x => sameLogin(x.login, ctx.params.username));
        if (!team || !m)
            return notFound();
        return json(200, teamMembership(ctx, team, m.login, m.role, m.state ?? 'active'));
    }),
    orgRoute('PUT', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const user = findUser(ctx.state, ctx.params.username);
        if (!team || !user)
            return notFound();
        const role = ctx.body.role === 'maintainer' ? 'maintainer' : 'member';
        const state = findMember(ctx, user.login)?.state === 'active' ? 'active' : 'pending';
        team.members = team.members.filter(x => !sameLogin(x.login, user.login));
        team.members.push({ login: user.login, role, state });
        return json(200, teamMembership(ctx, team, user.login, role, state));
    }, true),
    orgRoute('DELETE', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ctx => {
        const team = findTeam(ctx);
        const m = team?.members.find(x => sameLogin(x.login, ctx.params.username));
        if (!team || !m)
            return notFound();
        team.members.splice(team.members.indexOf(m), 1);
        return noContent();
    }, true)
];
function teamMembership(ctx, team, login, role, state) {
    return {
        url: `${ctx.api}/organizations/${ctx.state.org.id}/team/${team.id}/memberships/${login}`,
        role,
        state
    };
}

;// CONCATENATED MODULE: ./src/sandbox/github-git.ts
// Git objects as git stores them: every blob, tree and commit is named by the SHA-1 of its
// canonical encoding, so the simulator's SHAs are real content addresses and ancestry
// (fast-forward checks, "which PR holds this commit") is computed, not declared.

/** A request git would refuse; the handler answers it with `status` and `message`. */
class GitDataError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function hashObject(type, content) {
    const header = Buffer.from(`${type} ${content.length}\0`);
    return (0,external_node_crypto_.createHash)('sha1').update(header).update(content).digest('hex');
}
function putBlob(git, content) {
    const sha = hashObject('blob', content);
    git.blobs[sha] = content.toString('base64');
    return sha;
}
const blobContent = (git, sha) => git.blobs[sha] === undefined ? undefined : Buffer.from(git.blobs[sha], 'base64');
/** Git orders tree entries by name, comparing a subtree as if its name ended in '/'. */
const sortKey = (e) => (e.type === 'tree' ? `${e.name}/` : e.name);
function putTree(git, entries) {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))));
    const body = Buffer.concat(sorted.flatMap(e => [
        Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`),
        Buffer.from(e.sha, 'hex')
    ]));
    const sha = hashObject('tree', body);
    git.trees[sha] = sorted;
    return sha;
}
/** `Name <email> 1700000000 +0000`, keeping the offset the ISO date was written with. */
function signature(p) {
    const seconds = Math.floor(Date.parse(p.date) / 1000);
    const offset = /([+-])(\d\d):?(\d\d)$/.exec(p.date);
    const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000';
    return `${p.name} <${p.email}> ${seconds} ${zone}`;
}
function putCommit(git, commit) {
    const lines = [
        `tree ${commit.tree}`,
        ...commit.parents.map(p => `parent ${p}`),
        `author ${signature(commit.author)}`,
        `committer ${signature(commit.committer)}`
    ];
    const sha = hashObject('commit', Buffer.from(`${lines.join('\n')}\n\n${commit.message}`));
    git.commits[sha] = commit;
    return sha;
}
const isFolder = (x) => 'entries' in x;
function openFolder(git, sha) {
    const entries = new Map();
    if (sha !== undefined) {
        const tree = git.trees[sha];
        if (!tree)
            throw new GitDataError(422, `Invalid tree info: ${sha} is not a tree`);
        for (const e of tree)
            entries.set(e.name, e);
    }
    return { entries };
}
function writeFolder(git, folder) {
    const entries = [];
    for (const [name, item] of folder.entries) {
        if (!isFolder(item))
            entries.push(item);
        else {
            const sha = writeFolder(git, item);
            // Git keeps no empty folders.
            if (sha !== undefined)
                entries.push({ name, mode: '040000', type: 'tree', sha });
        }
    }
    return entries.length === 0 ? undefined : putTree(git, entries);
}
function checkObject(git, type, sha) {
    const known = type === 'blob' ? git.blobs[sha] : type === 'tree' ? git.trees[sha] : 'submodule';
    if (known === undefined)
        throw new GitDataError(422, `tree.sha ${sha} is not a valid ${type}`);
}
/** The tree `base` (or an empty one) with `changes` applied; returns its SHA. */
function buildTree(git, base, changes) {
    const root = openFolder(git, base);
    for (const change of changes) {
        const parts = change.path.split('/').filter(p => p !== '');
        if (parts.length === 0)
            throw new GitDataError(422, `tree.path "${change.path}" is not a valid path`);
        const name = parts.pop();
        let folder = root;
        for (const part of parts) {
            const item = folder.entries.get(part);
            const next = item && isFolder(item)
                ? item
                : openFolder(git, item?.type === 'tree' ? item.sha : undefined);
            folder.entries.set(part, next);
            folder = next;
        }
        if (change.sha === null) {
            folder.entries.delete(name);
            continue;
        }
        let sha = change.sha;
        if (change.content !== undefined)
            sha = putBlob(git, Buffer.from(change.content, 'utf8'));
        if (sha === undefined)
            throw new GitDataError(422, `tree.sha or tree.content is required for "${change.path}"`);
        checkObject(git, change.type, sha);
        folder.entries.set(name, { name, mode: change.mode, type: change.type, sha });
    }
    return writeFolder(git, root) ?? putTree(git, []);
}
/** Every commit reachable from `from`, itself included. */
function reachable(git, from, stop = new Set()) {
    const seen = new Set();
    const queue = [from];
    while (queue.length > 0) {
        const sha = queue.pop();
        if (seen.has(sha) || stop.has(sha))
            continue;
        seen.add(sha);
        queue.push(...(git.commits[sha]?.parents ?? []));
    }
    return seen;
}
/** Whether `ancestor` is `descendant` or reachable through its parents. */
const isAncestor = (git, ancestor, descendant) => reachable(git, descendant).has(ancestor);
/** Commits reachable from `head` but not from `base`: the commits a pull request adds. */
const commitsBetween = (git, base, head) => reachable(git, head, reachable(git, base));
/** A branch, tag, full ref or commit SHA, as the `ref` query parameter takes it. */
function resolveCommitish(git, ref) {
    for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
        if (git.refs[name] !== undefined)
            return git.refs[name];
    }
    return git.commits[ref] ? ref : undefined;
}
/** The entries of a tree; with `recursive`, every nested entry with its full path. */
function listTree(git, sha, recursive, prefix = '') {
    const out = [];
    for (const e of git.trees[sha] ?? []) {
        const path = prefix + e.name;
        const size = e.type === 'blob' ? blobContent(git, e.sha)?.length : undefined;
        out.push({
            path,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            ...(size === undefined ? {} : { size })
        });
        if (recursive && e.type === 'tree')
            out.push(...listTree(git, e.sha, true, `${path}/`));
    }
    return out;
}
/** The entry at `path` below the tree `root` (the root itself for an empty path). */
function entryAt(git, root, path) {
    let entry = { name: '', mode: '040000', type: 'tree', sha: root };
    for (const part of path.split('/').filter(p => p !== '')) {
        if (entry.type !== 'tree')
            return undefined;
        const next = git.trees[entry.sha]?.find(e => e.name === part);
        if (!next)
            return undefined;
        entry = next;
    }
    return entry;
}
/** Seeds a commit on `branch` that writes `files` over its tree; a new branch starts from
 *  the default branch. Returns the commit SHA. */
function commitFiles(repo, options) {
    const git = repo.git;
    const ref = `refs/heads/${options.branch ?? repo.default_branch}`;
    const parent = git.refs[ref] ?? git.refs[`refs/heads/${repo.default_branch}`];
    const changes = [
        ...Object.entries(options.files).map(([path, content]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: putBlob(git, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
        })),
        ...(options.remove ?? []).map(path => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: null
        }))
    ];
    const author = options.author ?? {
        name: 'Sandbox',
        email: 'sandbox@example.test',
        date: new Date().toISOString()
    };
    const tree = buildTree(git, parent === undefined ? undefined : git.commits[parent]?.tree, changes);
    const sha = putCommit(git, {
        tree,
        parents: parent === undefined ? [] : [parent],
        message: options.message,
        author,
        committer: author
    });
    git.refs[ref] = sha;
    return sha;
}

;// CONCATENATED MODULE: ./src/sandbox/github-repo.ts
// Repository endpoints of the simulated GitHub: deploy keys, issues and labels, pull requests,
// contents, and the git data API over real content-addressed objects.




const repoUrl = (ctx, repo) => `${ctx.api}/repos/${ctx.state.org.login}/${repo.name}`;
const htmlUrl = (ctx, repo) => `https://github.com/${ctx.state.org.login}/${repo.name}`;
/** A repository route: 404 unless the owner is the org and the repository exists. */
function repoRoute(method, template, handler) {
    return {
        method,
        template,
        handler: ctx => {
            const repo = ctx.state.repos.find(r => r.name.toLowerCase() === ctx.params.repo.toLowerCase());
            if (!sameLogin(ctx.params.owner, ctx.state.org.login) || !repo)
                return notFound();
            try {
                return handler(ctx, repo);
            }
            catch (err) {
                if (err instanceof GitDataError)
                    return error(err.status, err.message);
                throw err;
            }
        }
    };
}
// The `*_url` fields of a repository: name and path below the repository URL.
const REPO_URLS = [
    ['archive_url', '/{archive_format}{/ref}'],
    ['assignees_url', '/assignees{/user}'],
    ['blobs_url', '/git/blobs{/sha}'],
    ['branches_url', '/branches{/branch}'],
    ['collaborators_url', '/collaborators{/collaborator}'],
    ['comments_url', '/comments{/number}'],
    ['commits_url', '/commits{/sha}'],
    ['compare_url', '/compare/{base}...{head}'],
    ['contents_url', '/contents/{+path}'],
    ['contributors_url', '/contributors'],
    ['deployments_url', '/deployments'],
    ['downloads_url', '/downloads'],
    ['events_url', '/events'],
    ['forks_url', '/forks'],
    ['git_commits_url', '/git/commits{/sha}'],
    ['git_refs_url', '/git/refs{/sha}'],
    ['git_tags_url', '/git/tags{/sha}'],
    ['hooks_url', '/hooks'],
    ['issue_comment_url', '/issues/comments{/number}'],
    ['issue_events_url', '/issues/events{/number}'],
    ['issues_url', '/issues{/number}'],
    ['keys_url', '/keys{/key_id}'],
    ['labels_url', '/labels{/name}'],
    ['languages_url', '/languages'],
    ['merges_url', '/merges'],
    ['milestones_url', '/milestones{/number}'],
    ['notifications_url', '/notifications{?since,all,participating}'],
    ['pulls_url', '/pulls{/number}'],
    ['releases_url', '/releases{/id}'],
    ['stargazers_url', '/stargazers'],
    ['statuses_url', '/statuses/{sha}'],
    ['subscribers_url', '/subscribers'],
    ['subscription_url', '/subscription'],
    ['tags_url', '/tags'],
    ['teams_url', '/teams'],
    ['trees_url', '/git/trees{/sha}']
];
function repoJson(ctx, repo) {
    const url = repoUrl(ctx, repo);
    const html = htmlUrl(ctx, repo);
    const openIssues = repo.issues.filter(i => i.state === 'open').length;
    const lastPush = Object.values(repo.git.commits).reduce((max, c) => (c.committer.date > max ? c.committer.date : max), repo.created_at);
    return {
        id: repo.id,
        node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
        name: repo.name,
        full_name: `${ctx.state.org.login}/${repo.name}`,
        private: repo.visibility !== 'public',
        owner: orgUser(ctx),
        html_url: html,
        description: repo.description,
        fork: false,
        url,
        ...Object.fromEntries(REPO_URLS.map(([k, suffix]) => [k, url + suffix])),
        git_url: `git://github.com/${ctx.state.org.login}/${repo.name}.git`,
        ssh_url: `git@github.com:${ctx.state.org.login}/${repo.name}.git`,
        clone_url: `${html}.git`,
        svn_url: html,
        mirror_url: null,
        homepage: null,
        language: null,
        size: 0,
        forks_count: 0,
        forks: 0,
        stargazers_count: 0,
        watchers_count: 0,
        watchers: 0,
        open_issues_count: openIssues,
        open_issues: openIssues,
        default_branch: repo.default_branch,
        visibility: repo.visibility,
        archived: repo.archived ?? false,
        disabled: false,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: true,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        license: null,
        allow_forking: false,
        web_commit_signoff_required: false,
        network_count: 0,
        subscribers_count: 0,
        pushed_at: lastPush,
        created_at: repo.created_at,
        updated_at: lastPush,
        permissions: { admin: true, maintain: true, push: true, triage: true, pull: true }
    };
}
const isPull = (x) => 'head' in x;
const findIssueLike = (repo, n) => [...repo.issues, ...repo.pulls].find(i => i.number === Number(n));
function labelJson(ctx, repo, l) {
    return {
        id: l.id,
        node_id: Buffer.from(`010:Label${l.id}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        color: l.color,
        default: l.default ?? false,
        description: l.description
    };
}
/** The repository's label of that name; adding an unknown label to an issue creates it. */
function ensureLabel(repo, name) {
    const found = repo.labels.find(l => l.name.toLowerCase() === name.toLowerCase());
    if (found)
        return found;
    const label = {
        id: nextId(repo.labels.map(l => l.id), repo.id * 100),
        name,
        color: 'ededed',
        description: null
    };
    repo.labels.push(label);
    return label;
}
/** Label names from a request's `labels`: strings or `{name}` objects. */
const labelNames = (value) => Array.isArray(value)
    ? value.map(v => (typeof v === 'string' ? v : String(v.name)))
    : [];
function issueJson(ctx, repo, i) {
    const url = `${repoUrl(ctx, repo)}/issues/${i.number}`;
    const pull = isPull(i);
    return {
        id: repo.id * 100000 + i.number,
        node_id: Buffer.from(`05:Issue${repo.id}:${i.number}`).toString('base64'),
        url,
        repository_url: repoUrl(ctx, repo),
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: `${htmlUrl(ctx, repo)}/${pull ? 'pull' : 'issues'}/${i.number}`,
        number: i.number,
        state: i.state,
        state_reason: pull ? null : (i.state_reason ?? null),
        title: i.title,
        body: i.body,
        user: simpleUser(ctx, i.user),
        labels: i.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n))),
        assignee: null,
        assignees: (pull ? [] : (i.assignees ?? [])).map(a => simpleUser(ctx, a)),
        milestone: null,
        locked: false,
        active_lock_reason: null,
        comments: repo.comments.filter(c => c.issue_number === i.number).length,
        closed_at: i.closed_at,
        created_at: i.created_at,
        updated_at: i.updated_at,
        author_association: 'MEMBER',
        ...(pull
            ? {
                pull_request: {
                    url: `${repoUrl(ctx, repo)}/pulls/${i.number}`,
                    html_url: `${htmlUrl(ctx, repo)}/pull/${i.number}`,
                    diff_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.diff`,
                    patch_url: `${htmlUrl(ctx, repo)}/pull/${i.number}.patch`,
                    merged_at: i.merged_at
                },
                draft: i.draft ?? false
            }
            : {})
    };
}
function commentJson(ctx, repo, c) {
    return {
        id: c.id,
        node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/issues/comments/${c.id}`,
        html_url: `${htmlUrl(ctx, repo)}/issues/${c.issue_number}#issuecomment-${c.id}`,
        issue_url: `${repoUrl(ctx, repo)}/issues/${c.issue_number}`,
        body: c.body,
        user: simpleUser(ctx, c.user),
        created_at: c.created_at,
        updated_at: c.updated_at,
        author_association: 'MEMBER'
    };
}
/** Title, body, state and labels of an issue or pull request, from a create or edit body. */
function applyIssueEdit(ctx, repo, i) {
    const b = ctx.body;
    const now = ctx.now().toISOString();
    if (b.title !== undefined && b.title !== null)
        i.title = String(b.title);
    if (b.body !== undefined)
        i.body = b.body;
    if (b.labels !== undefined)
        i.labels = labelNames(b.labels).map(n => ensureLabel(repo, n).name);
    if (!isPull(i) && Array.isArray(b.assignees))
        i.assignees = b.assignees;
    if (b.state === 'open' || b.state === 'closed') {
        if (b.state !== i.state)
            i.closed_at = b.state === 'closed' ? now : null;
        i.state = b.state;
        if (!isPull(i))
            i.state_reason =
                b.state_reason ??
                    (b.state === 'closed' ? 'completed' : 'reopened');
    }
    i.updated_at = now;
}
const issueRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
        const q = ctx.req.query;
        const state = q.get('state') ?? 'open';
        const labels = (q.get('labels') ?? '').split(',').filter(l => l !== '');
        const creator = q.get('creator');
        const since = q.get('since');
        const items = [...repo.issues, ...repo.pulls]
            .filter(i => state === 'all' || i.state === state)
            .filter(i => labels.every(l => i.labels.some(x => x.toLowerCase() === l.toLowerCase())))
            .filter(i => !creator || sameLogin(i.user, creator))
            .filter(i => !since || i.updated_at >= since);
        const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at';
        return page(ctx, byDate(ctx, items, i => i[field]).map(i => issueJson(ctx, repo, i)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues', (ctx, repo) => {
        if (ctx.body.title === undefined || ctx.body.title === '')
            return missingField('Issue', 'title');
        const now = ctx.now().toISOString();
        const issue = {
            number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
            title: '',
            body: null,
            labels: [],
            state: 'open',
            user: ctx.viewer,
            created_at: now,
            updated_at: now,
            closed_at: null
        };
        applyIssueEdit(ctx, repo, issue);
        repo.issues.push(issue);
        return json(201, issueJson(ctx, repo, issue));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        return issue ? json(200, issueJson(ctx, repo, issue)) : notFound();
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        applyIssueEdit(ctx, repo, issue);
        return json(200, issueJson(ctx, repo, issue));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        const since = ctx.req.query.get('since');
        const comments = repo.comments.filter(c => c.issue_number === issue.number && (!since || c.updated_at >= since));
        return page(ctx, comments.map(c => commentJson(ctx, repo, c)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        if (typeof ctx.body.body !== 'string')
            return missingField('IssueComment', 'body');
        const now = ctx.now().toISOString();
        const comment = {
            id: nextId(repo.comments.map(c => c.id), repo.id * 1000),
            issue_number: issue.number,
            body: ctx.body.body,
            user: ctx.viewer,
            created_at: now,
            updated_at: now
        };
        repo.comments.push(comment);
        return json(201, commentJson(ctx, repo, comment));
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx, repo) => {
        const comment = repo.comments.find(c => c.id === Number(ctx.params.comment_id));
        if (!comment)
            return notFound();
        if (typeof ctx.body.body !== 'string')
            return missingField('IssueComment', 'body');
        comment.body = ctx.body.body;
        comment.updated_at = ctx.now().toISOString();
        return json(200, commentJson(ctx, repo, comment));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (ctx, repo) => {
        const issue = findIssueLike(repo, ctx.params.issue_number);
        if (!issue)
            return notFound();
        for (const name of labelNames(ctx.body.labels)) {
            const label = ensureLabel(repo, name);
            if (!issue.labels.some(l => l.toLowerCase() === label.name.toLowerCase()))
                issue.labels.push(label.name);
        }
        return json(200, issue.labels.map(n => labelJson(ctx, repo, ensureLabel(repo, n))));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/labels', (ctx, repo) => page(ctx, repo.labels.map(l => labelJson(ctx, repo, l)))),
    repoRoute('POST', '/repos/{owner}/{repo}/labels', (ctx, repo) => {
        const name = ctx.body.name;
        if (typeof name !== 'string' || name === '')
            return missingField('Label', 'name');
        if (repo.labels.some(l => l.name.toLowerCase() === name.toLowerCase())) {
            return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
        }
        const label = ensureLabel(repo, name);
        label.color =
            typeof ctx.body.color === 'string' ? ctx.body.color.replace(/^#/, '') : label.color;
        label.description = typeof ctx.body.description === 'string' ? ctx.body.description : null;
        return json(201, labelJson(ctx, repo, label));
    })
];
// ---- pull requests ----
function branchJson(ctx, repo, b) {
    return {
        label: `${ctx.state.org.login}:${b.ref}`,
        ref: b.ref,
        sha: b.sha,
        user: orgUser(ctx),
        repo: repoJson(ctx, repo)
    };
}
function pullJson(ctx, repo, p) {
    const url = `${repoUrl(ctx, repo)}/pulls/${p.number}`;
    const html = `${htmlUrl(ctx, repo)}/pull/${p.number}`;
    const issue = issueJson(ctx, repo, p);
    return {
        url,
        id: repo.id * 100000 + p.number,
        node_id: Buffer.from(`011:PullRequest${repo.id}:${p.number}`).toString('base64'),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issue.url,
        commits_url: `${url}/commits`,
        review_comments_url: `${url}/comments`,
        review_comment_url: `${repoUrl(ctx, repo)}/pulls/comments{/number}`,
        comments_url: issue.comments_url,
        statuses_url: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}`,
        number: p.number,
        state: p.state,
        locked: false,
        title: p.title,
        user: issue.user,
        body: p.body,
        labels: issue.labels,
        milestone: null,
        active_lock_reason: null,
        created_at: p.created_at,
        updated_at: p.updated_at,
        closed_at: p.closed_at,
        merged_at: p.merged_at,
        merge_commit_sha: p.merge_commit_sha,
        assignee: null,
        assignees: [],
        requested_reviewers: p.requested_reviewers.map(r => simpleUser(ctx, r)),
        requested_teams: (p.requested_teams ?? []).flatMap(slug => {
            const team = ctx.state.teams.find(t => t.slug === slug);
            return team ? [teamJson(ctx, team)] : [];
        }),
        head: branchJson(ctx, repo, p.head),
        base: branchJson(ctx, repo, p.base),
        _links: {
            self: { href: url },
            html: { href: html },
            issue: { href: issue.url },
            comments: { href: issue.comments_url },
            review_comments: { href: `${url}/comments` },
            review_comment: { href: `${repoUrl(ctx, repo)}/pulls/comments{/number}` },
            commits: { href: `${url}/commits` },
            statuses: { href: `${repoUrl(ctx, repo)}/statuses/${p.head.sha}` }
        },
        author_association: 'MEMBER',
        auto_merge: null,
        draft: p.draft ?? false,
        merged: p.merged,
        mergeable: p.state === 'open' ? true : null,
        rebaseable: p.state === 'open' ? true : null,
        mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
        merged_by: p.merged_by ? simpleUser(ctx, p.merged_by) : null,
        comments: issue.comments,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: commitsBetween(repo.git, p.base.sha, p.head.sha).size,
        additions: 0,
        deletions: 0,
        changed_files: 0
    };
}
function reviewJson(ctx, repo, p, r) {
    const html = `${htmlUrl(ctx, repo)}/pull/${p.number}#pullrequestreview-${r.id}`;
    const pullUrl = `${repoUrl(ctx, repo)}/pulls/${p.number}`;
    return {
        id: r.id,
        node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString('base64'),
        user: simpleUser(ctx, r.user),
        body: r.body,
        state: r.state,
        html_url: html,
        pull_request_url: pullUrl,
        _links: { html: { href: html }, pull_request: { href: pullUrl } },
        submitted_at: r.submitted_at,
        commit_id: r.commit_id,
        author_association: 'MEMBER'
    };
}
/** `head` is `owner:branch` or a bare branch name. */
const headBranch = (head) => head.slice(head.indexOf(':') + 1);
const findPull = (repo, n) => repo.pulls.find(p => p.number === Number(n));
const pullRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
        const q = ctx.req.query;
        const state = q.get('state') ?? 'open';
        const head = q.get('head');
        const base = q.get('base');
        const items = repo.pulls
            .filter(p => state === 'all' || p.state === state)
            .filter(p => !head || p.head.ref === headBranch(head))
            .filter(p => !base || p.base.ref === base);
        const field = q.get('sort') === 'updated' ? 'updated_at' : 'created_at';
        return page(ctx, byDate(ctx, items, p => p[field]).map(p => pullJson(ctx, repo, p)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/pulls', (ctx, repo) => {
        const head = headBranch(String(ctx.body.head ?? ''));
        const base = String(ctx.body.base ?? '');
        const headSha = repo.git.refs[`refs/heads/${head}`];
        const baseSha = repo.git.refs[`refs/heads/${base}`];
        if (!headSha)
            return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
        if (!baseSha)
            return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        if (repo.pulls.some(p => p.state === 'open' && p.head.ref === head && p.base.ref === base)) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: `A pull request already exists for ${ctx.state.org.login}:${head}.`
                }
            ]);
        }
        if (isAncestor(repo.git, headSha, baseSha)) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: `No commits between ${base} and ${head}`
                }
            ]);
        }
        const now = ctx.now().toISOString();
        const pull = {
            number: nextId([...repo.issues, ...repo.pulls].map(i => i.number)),
            title: typeof ctx.body.title === 'string' ? ctx.body.title : head,
            body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
            state: 'open',
            user: ctx.viewer,
            head: { ref: head, sha: headSha },
            base: { ref: base, sha: baseSha },
            draft: ctx.body.draft === true,
            merged: false,
            merged_at: null,
            merge_commit_sha: null,
            labels: [],
            requested_reviewers: [],
            reviews: [],
            created_at: now,
            updated_at: now,
            closed_at: null
        };
        repo.pulls.push(pull);
        return json(201, pullJson(ctx, repo, pull));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        return pull ? json(200, pullJson(ctx, repo, pull)) : notFound();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        if (!pull)
            return notFound();
        return page(ctx, pull.reviews.map(r => reviewJson(ctx, repo, pull, r)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', (ctx, repo) => {
        const pull = findPull(repo, ctx.params.pull_number);
        if (!pull)
            return notFound();
        const reviewers = Array.isArray(ctx.body.reviewers) ? ctx.body.reviewers : [];
        const teams = Array.isArray(ctx.body.team_reviewers)
            ? ctx.body.team_reviewers
            : [];
        if (reviewers.some(r => sameLogin(r, pull.user))) {
            return validationFailed([
                {
                    resource: 'PullRequest',
                    code: 'custom',
                    message: 'Review cannot be requested from pull request author.'
                }
            ], 'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.');
        }
        const users = reviewers.map(login => findUser(ctx.state, login));
        const found = teams.map(slug => ctx.state.teams.find(t => t.slug.toLowerCase() === slug.toLowerCase()));
        if (users.some(u => !u) || found.some(t => !t))
            return validationFailed([
                {
                    resource: 'PullRequest',
                    field: users.some(u => !u) ? 'reviewers' : 'team_reviewers',
                    code: 'invalid'
                }
            ], 'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.');
        for (const user of users)
            if (!pull.requested_reviewers.some(r => sameLogin(r, user.login)))
                pull.requested_reviewers.push(user.login);
        for (const team of found)
            if (!(pull.requested_teams ??= []).includes(team.slug))
                pull.requested_teams.push(team.slug);
        return json(201, pullJson(ctx, repo, pull));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx, repo) => {
        // A commit seeded only as a pull request's merge or head commit exists on GitHub too.
        const seeded = repo.pulls.some(p => p.merge_commit_sha === ctx.params.commit_sha || p.head.sha === ctx.params.commit_sha);
        const sha = resolveCommitish(repo.git, ctx.params.commit_sha) ??
            (seeded ? ctx.params.commit_sha : undefined);
        if (!sha)
            return validationFailed([{ resource: 'Commit', field: 'commit_sha', code: 'invalid' }], `No commit found for SHA: ${ctx.params.commit_sha}`);
        // The merged pull request that brought the commit in, or the open ones that carry it.
        const pulls = repo.pulls.filter(p => p.merge_commit_sha === sha ||
            p.head.sha === sha ||
            commitsBetween(repo.git, p.base.sha, p.head.sha).has(sha));
        return page(ctx, pulls.map(p => pullJson(ctx, repo, p)));
    })
];
// ---- deploy keys and contents ----
/** Base64 as GitHub sends file content: wrapped at 60 characters. */
const wrapped = (content) => (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
const CONTENT_TYPES = {
    blob: 'file',
    tree: 'dir',
    commit: 'submodule'
};
function contentJson(ctx, repo, path, e, ref) {
    const url = `${repoUrl(ctx, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${repoUrl(ctx, repo)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
    const html = `${htmlUrl(ctx, repo)}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
    const isFile = e.type === 'blob';
    return {
        type: e.mode === '120000' ? 'symlink' : CONTENT_TYPES[e.type],
        size: isFile ? (blobContent(repo.git, e.sha)?.length ?? 0) : 0,
        name: path.split('/').pop(),
        path,
        sha: e.sha,
        url,
        git_url: gitUrl,
        html_url: html,
        download_url: isFile
            ? `https://raw.githubusercontent.com/${ctx.state.org.login}/${repo.name}/${ref}/${path}`
            : null,
        _links: { self: url, git: gitUrl, html }
    };
}
const contentRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/keys', (ctx, repo) => page(ctx, repo.deployKeys.map(k => ({
        verified: true,
        ...k,
        url: `${repoUrl(ctx, repo)}/keys/${k.id}`,
        added_by: k.added_by,
        last_used: k.last_used,
        enabled: true
    })))),
    repoRoute('DELETE', '/repos/{owner}/{repo}/keys/{key_id}', (ctx, repo) => {
        const key = repo.deployKeys.find(k => k.id === Number(ctx.params.key_id));
        if (!key)
            return notFound();
        repo.deployKeys.splice(repo.deployKeys.indexOf(key), 1);
        return noContent();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx, repo) => {
        const ref = ctx.req.query.get('ref') ?? repo.default_branch;
        const sha = resolveCommitish(repo.git, ref);
        if (!sha)
            return error(404, `No commit found for the ref ${ref}`);
        const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
        const entry = entryAt(repo.git, repo.git.commits[sha].tree, path);
        if (!entry)
            return notFound();
        if (entry.type !== 'tree') {
            const content = blobContent(repo.git, entry.sha) ?? Buffer.alloc(0);
            return json(200, {
                ...contentJson(ctx, repo, path, entry, ref),
                content: wrapped(content),
                encoding: 'base64'
            });
        }
        const children = repo.git.trees[entry.sha] ?? [];
        return json(200, children.map(c => contentJson(ctx, repo, path ? `${path}/${c.name}` : c.name, c, ref)));
    })
];
// ---- git data ----
function refJson(ctx, repo, name) {
    const sha = repo.git.refs[name];
    return {
        ref: name,
        node_id: Buffer.from(`03:Ref${repo.id}:${name}`).toString('base64'),
        url: `${repoUrl(ctx, repo)}/git/${name}`,
        object: { type: 'commit', sha, url: `${repoUrl(ctx, repo)}/git/commits/${sha}` }
    };
}
function commitJson(ctx, repo, sha) {
    const c = repo.git.commits[sha];
    const base = repoUrl(ctx, repo);
    return {
        sha,
        node_id: Buffer.from(`06:Commit${repo.id}:${sha}`).toString('base64'),
        url: `${base}/git/commits/${sha}`,
        html_url: `${htmlUrl(ctx, repo)}/commit/${sha}`,
        author: c.author,
        committer: c.committer,
        tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
        message: c.message,
        parents: c.parents.map(p => ({
            sha: p,
            url: `${base}/git/commits/${p}`,
            html_url: `${htmlUrl(ctx, repo)}/commit/${p}`
        })),
        verification: {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null
        }
    };
}
function treeJson(ctx, repo, sha, recursive) {
    const base = repoUrl(ctx, repo);
    return {
        sha,
        url: `${base}/git/trees/${sha}`,
        tree: listTree(repo.git, sha, recursive).map(item => ({
            ...item,
            url: `${base}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`
        })),
        truncated: false
    };
}
const fullRef = (ref) => `refs/${ref.replace(/^refs\//, '')}`;
/** Author or committer of a new commit; GitHub fills in the token owner and the time. */
function person(ctx, given, fallback) {
    const user = findUser(ctx.state, ctx.viewer);
    const p = (given ?? {});
    return {
        name: p.name ?? fallback?.name ?? user?.name ?? ctx.viewer,
        email: p.email ?? fallback?.email ?? user?.email ?? `${ctx.viewer}@users.noreply.github.com`,
        date: p.date ??
            fallback?.date ??
            ctx
                .now()
                .toISOString()
                .replace(/\.\d{3}Z$/, 'Z')
    };
}
const gitRoutes = [
    repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (ctx, repo) => {
        const name = fullRef(ctx.params.ref);
        return repo.git.refs[name] ? json(200, refJson(ctx, repo, name)) : notFound();
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (ctx, repo) => {
        const prefix = fullRef(ctx.params.ref);
        const names = Object.keys(repo.git.refs)
            .filter(n => n.startsWith(prefix))
            .sort();
        return json(200, names.map(n => refJson(ctx, repo, n)));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/refs', (ctx, repo) => {
        const ref = String(ctx.body.ref ?? '');
        const sha = String(ctx.body.sha ?? '');
        if (!/^refs\/[^/]+\/.+/.test(ref))
            return error(422, `${ref} is not a valid ref name.`);
        if (repo.git.refs[ref])
            return error(422, 'Reference already exists');
        if (!repo.git.commits[sha])
            return error(422, 'Object does not exist');
        repo.git.refs[ref] = sha;
        return json(201, refJson(ctx, repo, ref));
    }),
    repoRoute('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (ctx, repo) => {
        const name = fullRef(ctx.params.ref);
        const current = repo.git.refs[name];
        const sha = String(ctx.body.sha ?? '');
        if (!current)
            return error(422, 'Reference does not exist');
        if (!repo.git.commits[sha])
            return error(422, 'Object does not exist');
        if (ctx.body.force !== true && !isAncestor(repo.git, current, sha)) {
            return error(422, 'Update is not a fast forward');
        }
        repo.git.refs[name] = sha;
        return json(200, refJson(ctx, repo, name));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/commits/{commit_sha}', (ctx, repo) => repo.git.commits[ctx.params.commit_sha]
        ? json(200, commitJson(ctx, repo, ctx.params.commit_sha))
        : notFound()),
    repoRoute('POST', '/repos/{owner}/{repo}/git/commits', (ctx, repo) => {
        const tree = String(ctx.body.tree ?? '');
        const parents = Array.isArray(ctx.body.parents) ? ctx.body.parents : [];
        if (!repo.git.trees[tree])
            return error(422, 'Tree SHA does not exist');
        if (parents.some(p => !repo.git.commits[p]))
            return error(422, 'Parent SHA does not exist or is not a commit object');
        const author = person(ctx, ctx.body.author);
        const sha = putCommit(repo.git, {
            tree,
            parents,
            message: String(ctx.body.message ?? ''),
            author,
            committer: person(ctx, ctx.body.committer, author)
        });
        return json(201, commitJson(ctx, repo, sha));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', (ctx, repo) => {
        const given = ctx.params.tree_sha;
        const commit = repo.git.trees[given] ? undefined : resolveCommitish(repo.git, given);
        const sha = commit ? repo.git.commits[commit].tree : given;
        if (!repo.git.trees[sha])
            return notFound();
        // GitHub treats any value of `recursive` as "yes".
        return json(200, treeJson(ctx, repo, sha, ctx.req.query.has('recursive')));
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/trees', (ctx, repo) => {
        const changes = (Array.isArray(ctx.body.tree) ? ctx.body.tree : []);
        const base = typeof ctx.body.base_tree === 'string' ? ctx.body.base_tree : undefined;
        const sha = buildTree(repo.git, base, changes);
        return json(201, treeJson(ctx, repo, sha, false));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', (ctx, repo) => {
        const sha = ctx.params.file_sha;
        const content = blobContent(repo.git, sha);
        if (!content)
            return notFound();
        return json(200, {
            sha,
            node_id: Buffer.from(`04:Blob${repo.id}:${sha}`).toString('base64'),
            size: content.length,
            url: `${repoUrl(ctx, repo)}/git/blobs/${sha}`,
            content: wrapped(content),
            encoding: 'base64'
        });
    }),
    repoRoute('POST', '/repos/{owner}/{repo}/git/blobs', (ctx, repo) => {
        const encoding = ctx.body.encoding ?? 'utf-8';
        if (typeof ctx.body.content !== 'string')
            return missingField('Blob', 'content');
        if (encoding !== 'utf-8' && encoding !== 'base64') {
            return validationFailed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }]);
        }
        const sha = putBlob(repo.git, Buffer.from(ctx.body.content, encoding === 'base64' ? 'base64' : 'utf8'));
        return json(201, { sha, url: `${repoUrl(ctx, repo)}/git/blobs/${sha}` });
    })
];
const repoRoutes = [
    orgRoute('GET', '/orgs/{org}/repos', ctx => {
        const type = ctx.req.query.get('type') ?? 'all';
        const repos = ctx.state.repos.filter(r => type !== 'public' && type !== 'private'
            ? type !== 'forks'
            : (r.visibility === 'public') === (type === 'public'));
        const sort = ctx.req.query.get('sort') ?? 'created';
        const ordered = sort === 'full_name'
            ? [...repos].sort((a, b) => a.name.localeCompare(b.name))
            : byDate(ctx, repos, r => r.created_at);
        if (sort === 'full_name' && ctx.req.query.get('direction') === 'desc')
            ordered.reverse();
        return page(ctx, ordered.map(r => repoJson(ctx, r)));
    }),
    repoRoute('GET', '/repos/{owner}/{repo}', (ctx, repo) => json(200, {
        ...repoJson(ctx, repo),
        organization: orgUser(ctx)
    })),
    ...contentRoutes,
    ...issueRoutes,
    ...pullRoutes,
    ...gitRoutes
];

;// CONCATENATED MODULE: ./src/sandbox/github.ts
// The simulated GitHub REST API: `offboard demo`, the tests and the benchmarks run against it.
// It answers like api.github.com where the product looks: token auth, a real per-token
// rate-limit budget with GitHub's headers, secondary-limit refusals, GitHub's error bodies,
// Link pagination, and state that changes as the writes say.






/** Status the simulator answers a request that breaks GitHub's contract: no GitHub status. */
const CONTRACT_VIOLATION_STATUS = 599;
const ANONYMOUS_LIMIT = 60;
const HOUR_SECONDS = 3600;
const rateLimitRoute = {
    method: 'GET',
    template: '/rate_limit',
    handler: ctx => {
        const core = { ...ctx.rate, resource: 'core' };
        return json(200, { resources: { core }, rate: core });
    }
};
const ROUTES = compileRoutes([rateLimitRoute, ...orgRoutes, ...repoRoutes]);
/** Every operation the simulator implements, as `METHOD /template`. */
const githubOperations = () => ROUTES.map(r => `${r.method} ${r.template}`);
function tokenOf(req) {
    const header = req.headers.authorization ?? '';
    return /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
}
function rateHeaders(b) {
    return {
        'x-ratelimit-limit': String(b.limit),
        'x-ratelimit-remaining': String(b.remaining),
        'x-ratelimit-reset': String(b.reset),
        'x-ratelimit-used': String(b.used),
        'x-ratelimit-resource': 'core'
    };
}
function createGithubPlatform(state, options = {}) {
    const now = options.now ?? (() => new Date());
    const limit = options.rateLimit ?? 5000;
    const budgets = new Map();
    const violations = [];
    function budget(key, size) {
        const seconds = Math.floor(now().getTime() / 1000);
        let b = budgets.get(key);
        if (!b || b.reset <= seconds) {
            b = { limit: size, remaining: size, reset: seconds + HOUR_SECONDS, used: 0 };
            budgets.set(key, b);
        }
        return b;
    }
    function viewerOf(token) {
        if (options.tokens)
            return options.tokens[token];
        return (options.viewer ?? state.members.find(m => m.role === 'admin' && m.state === 'active')?.login);
    }
    function answer(req) {
        const token = tokenOf(req);
        const rate = budget(token === undefined ? 'anonymous' : `token:${token}`, token === undefined ? ANONYMOUS_LIMIT : limit);
        const user = token === undefined ? undefined : findUser(state, viewerOf(token) ?? '');
        const matched = matchRoute(ROUTES, req.method, req.path);
        // Asking for the budget does not spend it, as on GitHub.
        if (matched?.route.template !== rateLimitRoute.template) {
            if (rate.remaining === 0) {
                const who = user ? `user ID ${user.id}` : 'your IP address';
                return { ...error(403, `API rate limit exceeded for ${who}.`), rate };
            }
            rate.remaining--;
            rate.used++;
        }
        if (token === undefined)
            return { ...error(401, 'Requires authentication'), rate };
        if (!user)
            return { ...error(401, 'Bad credentials'), rate };
        if (!matched)
            return { ...error(404, 'Not Found'), rate };
        const body = parseBody(req);
        if (!body)
            return { ...error(400, 'Problems parsing JSON'), rate };
        const api = `http://${req.headers.host ?? '127.0.0.1'}`;
        const ctx = {
            req,
            state,
            params: matched.params,
            body,
            viewer: user.login,
            api,
            now,
            rate
        };
        return { ...matched.route.handler(ctx), rate };
    }
    const platform = {
        name: 'github',
        classify(req) {
            const matched = matchRoute(ROUTES, req.method, req.path);
            return {
                operation: `${req.method} ${matched ? matched.route.template : req.path}`,
                write: req.method !== 'GET' && req.method !== 'HEAD'
            };
        },
        handle(req) {
            const found = options.checkRequest?.(req) ?? [];
            if (found.length > 0) {
                violations.push(...found.map(v => `${req.method} ${req.path}: ${v}`));
                return { status: CONTRACT_VIOLATION_STATUS, body: { sandbox_contract_violations: found } };
            }
            const { rate, ...res } = answer(req);
            return {
                ...res,
                headers: {
                    ...rateHeaders(rate),
                    'x-github-api-version-selected': '2022-11-28',
                    'x-github-media-type': 'github.v3; format=json',
                    'x-github-request-id': (0,external_node_crypto_.randomUUID)().toUpperCase(),
                    ...res.headers
                }
            };
        },
        throttled(retryAfterSeconds) {
            return {
                status: options.secondaryLimitStatus ?? 403,
                headers: { 'retry-after': String(retryAfterSeconds) },
                body: {
                    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
                        'If you reach out to GitHub Support for help, please include the request ID.',
                    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                    status: String(options.secondaryLimitStatus ?? 403)
                }
            };
        },
        serverError() {
            return error(500, 'Server Error');
        }
    };
    return {
        platform,
        state,
        violations,
        rateLimit: token => ({ ...budget(`token:${token}`, limit) })
    };
}


/***/ }),

/***/ 2375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kS: () => (/* binding */ createScimPlatform),
  SB: () => (/* binding */ scimState)
});

// UNUSED EXPORTS: SCIM_ERROR_SCHEMA, SCIM_LIST_SCHEMA, SCIM_PATCH_SCHEMA, SCIM_USER_SCHEMA, memoryScimStore, scimError

;// CONCATENATED MODULE: ./src/sandbox/scim-filter.ts
// SCIM filter expressions (RFC 7644 section 3.4.2.2): parse into plain data, then match
// resources. Covers attribute comparisons (eq ne co sw ew gt ge lt le pr), and/or/not,
// parentheses and value paths such as `emails[type eq "work" and value co "@acme"]`.
/** A filter the server cannot parse or evaluate: the `detail` of a 400 invalidFilter. */
class ScimFilterError extends Error {
}
const COMPARE = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';
function tokenize(input) {
    const tokens = [];
    let i = 0;
    while (i < input.length) {
        const c = input[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if ('()[]'.includes(c)) {
            tokens.push({ kind: 'punct', text: c });
            i++;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < input.length && input[j] !== '"')
                j += input[j] === '\\' ? 2 : 1;
            if (j >= input.length)
                throw new ScimFilterError(`unterminated string at ${i + 1}`);
            const text = input.slice(i, j + 1);
            tokens.push({ kind: 'string', text, value: JSON.parse(text) });
            i = j + 1;
        }
        else {
            const m = /^[^\s()[\]"]+/.exec(input.slice(i));
            tokens.push({ kind: 'word', text: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}
/** Parse a filter; throws ScimFilterError on anything RFC 7644 would call invalidFilter. */
function parseFilter(input) {
    const tokens = tokenize(input);
    let pos = 0;
    const peek = () => tokens[pos];
    const word = (t) => (t?.kind === 'word' ? t.text.toLowerCase() : undefined);
    const expect = (text) => {
        if (peek()?.text !== text)
            throw new ScimFilterError(`expected "${text}" at token ${pos + 1}`);
        pos++;
    };
    const attrPath = () => {
        const t = peek();
        if (t?.kind !== 'word' || !/^[A-Za-z$][\w$:.-]*$/.test(t.text))
            throw new ScimFilterError(`expected an attribute name at token ${pos + 1}`);
        pos++;
        const path = t.text.toLowerCase();
        return path.startsWith(USER_URN) ? path.slice(USER_URN.length) : path;
    };
    const value = () => {
        const t = peek();
        pos++;
        if (t?.kind === 'string')
            return t.value;
        if (t?.kind === 'word') {
            if (t.text === 'true')
                return true;
            if (t.text === 'false')
                return false;
            if (t.text === 'null')
                return null;
            if (/^-?\d+(\.\d+)?$/.test(t.text))
                return Number(t.text);
        }
        throw new ScimFilterError(`expected a value at token ${pos}`);
    };
    const factor = () => {
        if (word(peek()) === 'not') {
            pos++;
            expect('(');
            const filter = expr();
            expect(')');
            return { op: 'not', filter };
        }
        if (peek()?.text === '(') {
            pos++;
            const filter = expr();
            expect(')');
            return filter;
        }
        const attr = attrPath();
        if (peek()?.text === '[') {
            pos++;
            const filter = expr();
            expect(']');
            return { op: 'has', attr, filter };
        }
        const op = word(peek());
        pos++;
        if (op === 'pr')
            return { op: 'pr', attr };
        if (op && COMPARE.has(op))
            return { op: op, attr, value: value() };
        throw new ScimFilterError(`expected an operator after "${attr}"`);
    };
    const chain = (next, join) => {
        let left = next();
        while (word(peek()) === join) {
            pos++;
            left = { op: join, left, right: next() };
        }
        return left;
    };
    const expr = () => chain(() => chain(factor, 'and'), 'or');
    if (tokens.length === 0)
        throw new ScimFilterError('empty filter');
    const filter = expr();
    if (pos < tokens.length)
        throw new ScimFilterError(`unexpected "${tokens[pos].text}"`);
    return filter;
}
/** Every attribute path a filter names (inner paths of `has` prefixed with the outer one). */
function filterAttributes(f, prefix = '') {
    switch (f.op) {
        case 'and':
        case 'or':
            return [...filterAttributes(f.left, prefix), ...filterAttributes(f.right, prefix)];
        case 'not':
            return filterAttributes(f.filter, prefix);
        case 'has':
            return [prefix + f.attr, ...filterAttributes(f.filter, `${prefix}${f.attr}.`)];
        default:
            return [prefix + f.attr];
    }
}
/** Values at a path; multi-valued attributes are flattened, and a path ending at a list of
 *  complex values compares their `value` sub-attribute (RFC 7644 3.4.2.2). */
function valuesAt(resource, path) {
    if (path.length === 0) {
        if (Array.isArray(resource))
            return resource.flatMap(v => valuesAt(v, path));
        if (resource && typeof resource === 'object' && 'value' in resource)
            return [resource.value];
        return resource === undefined ? [] : [resource];
    }
    if (Array.isArray(resource))
        return resource.flatMap(v => valuesAt(v, path));
    const [head, ...rest] = path;
    const next = attribute(resource, head);
    return next === undefined ? [] : valuesAt(next, rest);
}
/** The spelling each lower-cased attribute name was last found with: filtering thousands
 *  of users then costs one property lookup per attribute, not a scan of every key. */
const spelling = new Map();
/** One attribute of a complex value; SCIM attribute names are case-insensitive. */
function attribute(resource, lowerName) {
    if (!resource || typeof resource !== 'object')
        return undefined;
    const record = resource;
    const known = spelling.get(lowerName);
    if (known !== undefined && known in record)
        return record[known];
    const key = Object.keys(record).find(k => k.toLowerCase() === lowerName);
    if (key !== undefined)
        spelling.set(lowerName, key);
    return key === undefined ? undefined : record[key];
}
function compare(op, actual, expected, caseExact) {
    if (typeof expected === 'boolean' || expected === null) {
        if (op !== 'eq' && op !== 'ne')
            throw new ScimFilterError(`"${op}" cannot compare with ${String(expected)}`);
        return op === 'eq' ? actual === expected : actual !== expected;
    }
    const norm = (v) => typeof v === 'string' && !caseExact ? v.toLowerCase() : v;
    const a = norm(actual);
    const e = norm(expected);
    switch (op) {
        case 'eq':
            return a === e;
        case 'ne':
            return a !== e;
        case 'co':
            return typeof a === 'string' && a.includes(String(e));
        case 'sw':
            return typeof a === 'string' && a.startsWith(String(e));
        case 'ew':
            return typeof a === 'string' && a.endsWith(String(e));
        case 'gt':
            return a > e;
        case 'ge':
            return a >= e;
        case 'lt':
            return a < e;
        case 'le':
            return a <= e;
    }
}
/** Does the resource match? `caseExact` lists the (lower-case) paths compared exactly. */
function matchesFilter(f, resource, caseExact) {
    switch (f.op) {
        case 'and':
            return (matchesFilter(f.left, resource, caseExact) && matchesFilter(f.right, resource, caseExact));
        case 'or':
            return (matchesFilter(f.left, resource, caseExact) || matchesFilter(f.right, resource, caseExact));
        case 'not':
            return !matchesFilter(f.filter, resource, caseExact);
        case 'has': {
            const parent = attribute(resource, f.attr);
            const list = Array.isArray(parent) ? parent : parent === undefined ? [] : [parent];
            return list.some(el => matchesFilter(f.filter, el, []));
        }
        case 'pr':
            return valuesAt(resource, f.attr.split('.')).some(v => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
        default: {
            const exact = caseExact.includes(f.attr);
            const found = valuesAt(resource, f.attr.split('.'));
            // `ne` holds when no value equals; the others when some value satisfies the operator.
            if (f.op === 'ne')
                return !found.some(v => compare('eq', v, f.value, exact));
            return found.some(v => compare(f.op, v, f.value, exact));
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/scim.ts

const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const isRefusal = (r) => 'status' in r && 'detail' in r;
function scimState(seeds = []) {
    const at = new Date().toISOString();
    const users = seeds.map((s, i) => ({
        id: String(i + 1),
        active: true,
        created: at,
        lastModified: at,
        ...s
    }));
    const numeric = users.map(u => Number(u.id)).filter(Number.isInteger);
    return { users, nextId: Math.max(0, ...numeric) + 1 };
}
function memoryScimStore(state) {
    const now = () => new Date().toISOString();
    return {
        all: () => state.users,
        get: id => state.users.find(u => u.id === id),
        create: attrs => {
            const at = now();
            const user = { ...attrs, id: String(state.nextId++), created: at, lastModified: at };
            state.users.push(user);
            return user;
        },
        update: (id, attrs) => {
            const i = state.users.findIndex(u => u.id === id);
            const old = state.users[i];
            state.users[i] = { ...attrs, id, created: old.created, lastModified: now() };
            return state.users[i];
        },
        delete: id => {
            state.users = state.users.filter(u => u.id !== id);
            return undefined;
        }
    };
}
const SCIM_JSON = { 'content-type': 'application/scim+json' };
const answer = (status, body, headers = {}) => ({ status, headers: { ...SCIM_JSON, ...headers }, body });
function scimError(status, detail, scimType, headers = {}) {
    const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(status), scimType, detail };
    return answer(status, body, headers);
}
const refused = (r) => scimError(r.status, r.detail, r.scimType);
const listResponse = (resources, total = resources.length, startIndex = 1) => ({
    schemas: [SCIM_LIST_SCHEMA],
    totalResults: total,
    itemsPerPage: resources.length,
    startIndex,
    Resources: resources
});
// Lower-case attribute paths a filter may name (matched against the stored user, so not
// meta), and those compared case-exactly (RFC 7643).
const FILTERABLE = [
    'id',
    'externalid',
    'username',
    'displayname',
    'active',
    'name',
    'name.givenname',
    'name.familyname',
    'name.formatted',
    'emails',
    'emails.value',
    'emails.type',
    'emails.primary'
];
const CASE_EXACT = ['id', 'externalid'];
const userPath = (p) => p.toLowerCase().replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, '');
function asBoolean(v) {
    if (typeof v === 'boolean')
        return v;
    // Some identity providers (Azure AD) send "True"/"False" strings.
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    return undefined;
}
const invalid = (detail, scimType = 'invalidValue') => ({
    status: 400,
    scimType,
    detail
});
const NAME_PARTS = {
    'name.givenname': 'givenName',
    'name.familyname': 'familyName',
    'name.formatted': 'formatted'
};
/** Set one attribute (PATCH add/replace, or a key of a POST/PUT body); a refusal when the
 *  path or value is not one this server knows. */
function setAttr(attrs, path, value) {
    const p = userPath(path);
    const text = () => (typeof value === 'string' ? value : undefined);
    switch (p) {
        case 'active': {
            const b = asBoolean(value);
            if (b === undefined)
                return invalid('active must be a boolean');
            attrs.active = b;
            return;
        }
        case 'username':
            if (!text())
                return invalid('userName must be a non-empty string');
            attrs.userName = text();
            return;
        case 'externalid':
        case 'displayname':
            if (text() === undefined)
                return invalid(`${path} must be a string`);
            attrs[p === 'externalid' ? 'externalId' : 'displayName'] = text();
            return;
        case 'name':
            if (!value || typeof value !== 'object')
                return invalid('name must be an object');
            attrs.name = {};
            for (const [k, v] of Object.entries(value)) {
                const r = setAttr(attrs, `name.${k}`, v);
                if (r)
                    return r;
            }
            return;
        case 'name.givenname':
        case 'name.familyname':
        case 'name.formatted': {
            if (text() === undefined)
                return invalid(`${path} must be a string`);
            const key = NAME_PARTS[p];
            attrs.name = { ...attrs.name, [key]: text() };
            return;
        }
        case 'emails':
            if (!Array.isArray(value) || value.some(e => typeof e?.value !== 'string'))
                return invalid('emails must be a list of objects with a string value');
            attrs.emails = value.map((e) => ({
                value: e.value,
                ...(e.type !== undefined ? { type: e.type } : {}),
                ...(e.primary !== undefined ? { primary: e.primary } : {})
            }));
            return;
        case 'schemas':
        case 'id':
        case 'meta':
            return; // read-only or protocol attributes: ignored on write, as RFC 7644 allows
        default:
            return invalid(`unknown attribute "${path}"`, 'invalidPath');
    }
}
/** The attributes of a POST/PUT body: what it gives, the rest cleared (active defaults to true). */
function attrsFromBody(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return invalid('the body must be a User resource', 'invalidSyntax');
    const attrs = { userName: '', active: true };
    for (const [k, v] of Object.entries(body)) {
        const r = setAttr(attrs, k, v);
        if (r)
            return r;
    }
    return attrs.userName ? attrs : invalid('userName is required');
}
/** The client-writable part of a user. */
const writable = ({ userName, externalId, displayName, name, emails, active }) => ({
    userName,
    externalId,
    displayName,
    name,
    emails,
    active
});
/** Apply a PatchOp body to a copy of the user's attributes. */
function patched(user, body) {
    const b = body;
    if (!Array.isArray(b?.schemas) || !b.schemas.includes(SCIM_PATCH_SCHEMA))
        return invalid(`a PATCH body must have schemas ["${SCIM_PATCH_SCHEMA}"]`, 'invalidSyntax');
    if (!Array.isArray(b.Operations) || b.Operations.length === 0)
        return invalid('a PATCH body needs a non-empty Operations list', 'invalidSyntax');
    const attrs = structuredClone(writable(user));
    for (const raw of b.Operations) {
        const op = String(raw?.op ?? '').toLowerCase();
        const path = typeof raw?.path === 'string' ? raw.path : undefined;
        let r;
        if (op === 'add' || op === 'replace') {
            if (path !== undefined)
                r = setAttr(attrs, path, raw.value);
            else if (raw.value && typeof raw.value === 'object' && !Array.isArray(raw.value))
                for (const [k, v] of Object.entries(raw.value))
                    r ??= setAttr(attrs, k, v);
            else
                r = invalid(`"${op}" without a path needs an object value`);
        }
        else if (op === 'remove') {
            r = removeAttr(attrs, path);
        }
        else {
            r = invalid(`unknown PATCH op "${String(raw?.op)}"`, 'invalidSyntax');
        }
        if (r)
            return r;
    }
    return attrs;
}
function removeAttr(attrs, path) {
    if (path === undefined)
        return invalid('"remove" needs a path', 'noTarget');
    const p = userPath(path);
    if (p === 'username' || p === 'active')
        return invalid(`${path} is required and cannot be removed`, 'mutability');
    const key = {
        externalid: 'externalId',
        displayname: 'displayName',
        name: 'name',
        emails: 'emails'
    }[p];
    if (!key)
        return invalid(`unknown attribute "${path}"`, 'invalidPath');
    delete attrs[key];
    return undefined;
}
function parseJson(req) {
    try {
        return { body: JSON.parse(req.body.toString('utf8')) };
    }
    catch {
        return undefined;
    }
}
/** An integer query parameter; `fallback` when absent or not a number (callers clamp it). */
const intParam = (raw, fallback) => {
    const n = raw === null ? NaN : Number.parseInt(raw, 10);
    return Number.isNaN(n) ? fallback : n;
};
function createScimPlatform(source, options) {
    const store = 'users' in source ? memoryScimStore(source) : source;
    const basePath = (options.basePath ?? '/scim/v2').replace(/\/$/, '');
    const patchMode = options.patch ?? 'supported';
    const maxResults = options.maxResults ?? 100;
    /** The path under basePath split into segments, or undefined when outside it. */
    const route = (req) => {
        if (req.path !== basePath && !req.path.startsWith(`${basePath}/`))
            return undefined;
        return req.path.slice(basePath.length).split('/').filter(Boolean).map(decodeURIComponent);
    };
    const render = (req, u) => ({
        schemas: [SCIM_USER_SCHEMA],
        id: u.id,
        ...(u.externalId !== undefined ? { externalId: u.externalId } : {}),
        userName: u.userName,
        ...(u.name ? { name: u.name } : {}),
        ...(u.displayName !== undefined ? { displayName: u.displayName } : {}),
        ...(u.emails ? { emails: u.emails } : {}),
        active: u.active,
        meta: {
            resourceType: 'User',
            ...(u.created ? { created: u.created, lastModified: u.lastModified ?? u.created } : {}),
            location: `http://${req.headers.host ?? 'sandbox'}${basePath}/Users/${encodeURIComponent(u.id)}`
        }
    });
    /** 409 uniqueness when another user already has the userName (compared case-insensitively). */
    const userNameTaken = (userName, exceptId) => {
        const lower = userName.toLowerCase();
        const taken = store.all().some(u => u.id !== exceptId && u.userName.toLowerCase() === lower);
        return taken
            ? scimError(409, `userName "${userName}" is already taken`, 'uniqueness')
            : undefined;
    };
    const listUsers = (req) => {
        let users = store.all();
        const filter = req.query.get('filter');
        if (filter !== null) {
            try {
                const f = parseFilter(filter);
                const unknown = filterAttributes(f).find(a => !FILTERABLE.includes(a));
                if (unknown)
                    throw new ScimFilterError(`unknown attribute "${unknown}"`);
                users = users.filter(u => matchesFilter(f, u, CASE_EXACT));
            }
            catch (err) {
                if (!(err instanceof ScimFilterError))
                    throw err;
                return scimError(400, `invalid filter: ${err.message}`, 'invalidFilter');
            }
        }
        const startIndex = Math.max(1, intParam(req.query.get('startIndex'), 1));
        const count = Math.min(maxResults, Math.max(0, intParam(req.query.get('count'), maxResults)));
        const pageOf = users.slice(startIndex - 1, startIndex - 1 + count).map(u => render(req, u));
        return answer(200, listResponse(pageOf, users.length, startIndex));
    };
    const createUser = (req, body) => {
        const attrs = attrsFromBody(body);
        if (isRefusal(attrs))
            return refused(attrs);
        const taken = userNameTaken(attrs.userName);
        if (taken)
            return taken;
        const user = store.create(attrs);
        if (isRefusal(user))
            return refused(user);
        const resource = render(req, user);
        return answer(201, resource, { location: resource.meta.location });
    };
    const writeUser = (req, user, attrs) => {
        if (isRefusal(attrs))
            return refused(attrs);
        const taken = userNameTaken(attrs.userName, user.id);
        if (taken)
            return taken;
        const updated = store.update(user.id, attrs);
        return isRefusal(updated) ? refused(updated) : answer(200, render(req, updated));
    };
    const patchUnsupported = () => patchMode === 'not_implemented'
        ? scimError(501, 'PATCH is not supported; replace the user with PUT')
        : scimError(405, 'Method Not Allowed', undefined, { allow: 'GET, PUT, DELETE' });
    const serviceProviderConfig = () => ({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        patch: { supported: patchMode === 'supported' },
        bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
        filter: { supported: true, maxResults },
        changePassword: { supported: false },
        sort: { supported: false },
        etag: { supported: false },
        authenticationSchemes: [
            { type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authorization: Bearer' }
        ],
        meta: { resourceType: 'ServiceProviderConfig' }
    });
    const userResourceType = {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
        id: 'User',
        name: 'User',
        endpoint: '/Users',
        schema: SCIM_USER_SCHEMA,
        meta: { resourceType: 'ResourceType' }
    };
    const userSchema = {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
        id: SCIM_USER_SCHEMA,
        name: 'User',
        attributes: [
            ['userName', 'string', true],
            ['externalId', 'string', false],
            ['displayName', 'string', false],
            ['name', 'complex', false],
            ['emails', 'complex', false],
            ['active', 'boolean', false]
        ].map(([name, type, required]) => ({
            name,
            type,
            required,
            multiValued: name === 'emails',
            caseExact: name === 'externalId',
            mutability: 'readWrite',
            returned: 'default',
            uniqueness: name === 'userName' ? 'server' : 'none'
        })),
        meta: { resourceType: 'Schema' }
    };
    const handle = (req) => {
        const segments = route(req);
        if (!segments)
            return scimError(404, `no SCIM API at ${req.path}; it is under ${basePath}`);
        const auth = String(req.headers.authorization ?? '');
        const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
        if (!options.tokens.includes(token))
            return scimError(401, 'a valid bearer token is required', undefined, {
                'www-authenticate': 'Bearer'
            });
        const [collection, id, extra] = segments;
        const notAllowed = () => scimError(405, `${req.method} is not allowed on ${req.path}`);
        const readOnly = (body) => (req.method === 'GET' ? answer(200, body) : notAllowed());
        if (extra !== undefined)
            return scimError(404, `no such resource ${req.path}`);
        if (collection === 'ServiceProviderConfig' && id === undefined)
            return readOnly(serviceProviderConfig());
        if (collection === 'ResourceTypes')
            return readOnly(id === undefined ? listResponse([userResourceType]) : userResourceType);
        if (collection === 'Schemas' && (id === undefined || id === SCIM_USER_SCHEMA))
            return readOnly(id === undefined ? listResponse([userSchema]) : userSchema);
        if (collection !== 'Users')
            return scimError(404, `no such resource ${req.path}`);
        const needsBody = ['POST', 'PUT', 'PATCH'].includes(req.method);
        const parsed = needsBody ? parseJson(req) : { body: undefined };
        if (!parsed)
            return scimError(400, 'the body is not valid JSON', 'invalidSyntax');
        if (id === undefined) {
            if (req.method === 'GET')
                return listUsers(req);
            if (req.method === 'POST')
                return createUser(req, parsed.body);
            return notAllowed();
        }
        if (req.method === 'PATCH' && patchMode !== 'supported')
            return patchUnsupported();
        const user = store.get(id);
        if (!user)
            return scimError(404, `User ${id} not found`);
        switch (req.method) {
            case 'GET':
                return answer(200, render(req, user));
            case 'PUT':
                return writeUser(req, user, attrsFromBody(parsed.body));
            case 'PATCH':
                return writeUser(req, user, patched(user, parsed.body));
            case 'DELETE': {
                const r = store.delete(id);
                return r ? refused(r) : { status: 204 };
            }
            default:
                return notAllowed();
        }
    };
    return {
        name: options.name ?? 'scim',
        classify: req => {
            const [collection, id] = route(req) ?? [];
            const path = collection === undefined ? req.path : `/${collection}${id ? '/{id}' : ''}`;
            return { operation: `${req.method} ${path}`, write: req.method !== 'GET' };
        },
        handle,
        throttled: retryAfterSeconds => scimError(429, 'too many requests', undefined, { 'retry-after': String(retryAfterSeconds) }),
        serverError: () => scimError(500, 'internal server error')
    };
}


/***/ }),

/***/ 2786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAccessTree: () => (/* binding */ readAccessTree),
  E: () => (/* binding */ seedStates)
});

// UNUSED EXPORTS: accessFiles

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/declarations/files.ts
var files = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/sandbox/scim.ts + 1 modules
var scim = __webpack_require__(2375);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/grants.ts
var grants = __webpack_require__(4160);
;// CONCATENATED MODULE: ./src/sandbox/seed-common.ts
// What every platform's seeding shares: the declarations and scenario it reads, the clock,
// and stable made-up material (fingerprints, key bodies) derived from names.


/** When seeded accounts and credentials were created, unless the scenario says. */
const SEED_CREATED = '2024-01-01T00:00:00Z';
function seededPeople(input) {
    return [...input.decl.people.values()].map(person => {
        const active = person.status === 'active';
        return {
            person,
            active,
            grants: active ? (0,grants/* personGrants */.$u)(person, input.decl) : [],
            holds: input.scenario.people?.[person.id] ?? {}
        };
    });
}
/** Values of one grant kind. */
const valuesOf = (grants, kind) => grants.filter(g => g.kind === kind).map(g => g.value);
/** Every value of one grant kind that any role declares, in declaration order. */
function declaredValues(decl, kind) {
    const all = [...decl.roles.values()].flatMap(r => (0,grants/* roleGrants */.eL)(r, decl));
    return [...new Set(valuesOf(all, kind))];
}
/** `YYYY-MM-DD` as an ISO timestamp (9:00 UTC). */
const dayOf = (date) => `${date}T09:00:00Z`;
/** ISO timestamp `days` before `now`. */
const daysBefore = (now, days) => new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Stable bytes from a name: public-looking material that is the same on every run. */
const digest = (name) => (0,external_node_crypto_.createHash)('sha256').update(name).digest();
/** An OpenSSH ed25519 public key line, made up from a name. */
function sshPublicKey(name) {
    const type = Buffer.from('ssh-ed25519');
    const key = digest(`ssh:${name}`);
    const u32 = (n) => {
        const b = Buffer.alloc(4);
        b.writeUInt32BE(n);
        return b;
    };
    const blob = Buffer.concat([u32(type.length), type, u32(key.length), key]);
    return `ssh-ed25519 ${blob.toString('base64')} ${name}`;
}
/** Items in `a` or `b`, each once, in order. */
const union = (a, b = []) => [...new Set([...a, ...b])];

// EXTERNAL MODULE: ./src/sandbox/aws-iam-context.ts
var aws_iam_context = __webpack_require__(5220);
// EXTERNAL MODULE: ./src/sandbox/aws-iam-credentials.ts
var aws_iam_credentials = __webpack_require__(9477);
// EXTERNAL MODULE: ./src/sandbox/aws-iam.ts
var aws_iam = __webpack_require__(1797);
;// CONCATENATED MODULE: ./src/sandbox/seed-aws.ts
// The simulated IAM account seeded from the declarations and the scenario: the declared
// groups and policies, a user per declared person (active ones with their roles' groups and
// policies, one access key and a console password), and every credential the scenario adds.




const HEX_UPPER = '0123456789ABCDEF';
const DOCUMENT = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
});
function seedIam(input, seed) {
    if (!input.decl.platforms.aws)
        return undefined;
    const state = (0,aws_iam/* emptyIamState */.MX)();
    // Mints ids as the platform does (same seed, same ids on every run).
    const ids = new aws_iam_context/* IamContext */.dq(state, { seed });
    const recent = daysBefore(input.now, 1);
    const group = (name) => {
        let g = state.groups.get(name);
        if (!g)
            state.groups.set(name, (g = (0,aws_iam/* newIamGroup */.hC)(name)));
        return g;
    };
    /** A managed policy: AWS's exist; a customer one is created on first mention. */
    const policy = (arn) => {
        if (state.policies.has(arn))
            return;
        const slash = arn.lastIndexOf('/');
        state.policies.set(arn, {
            arn,
            policyName: arn.slice(slash + 1),
            policyId: ids.mintId('ANPA', 21),
            path: '/',
            document: DOCUMENT,
            createDate: SEED_CREATED,
            awsManaged: false
        });
    };
    for (const name of declaredValues(input.decl, 'aws_group'))
        group(name);
    for (const arn of declaredValues(input.decl, 'aws_policy'))
        policy(arn);
    const key = (u, spec) => u.accessKeys.push({
        accessKeyId: ids.mintId('AKIA', 20),
        status: spec.status ?? 'Active',
        createDate: spec.created ? dayOf(spec.created) : SEED_CREATED,
        lastUsed: {
            date: spec.last_used ? dayOf(spec.last_used) : recent,
            serviceName: 's3',
            region: 'us-east-1'
        }
    });
    /** A user holding `h` (and the groups and policies given). */
    const user = (name, h, groups, policies) => {
        const u = (0,aws_iam/* newIamUser */.ts)(name);
        state.users.set(name, u);
        for (const g of union(groups, h.groups))
            (0,aws_iam/* joinGroup */.U7)(u, group(g));
        for (const arn of union(policies, h.policies)) {
            policy(arn);
            u.attachedPolicyArns.push(arn);
        }
        for (const spec of h.access_keys ?? [])
            key(u, spec);
        if (h.password)
            u.loginProfile = {
                createDate: SEED_CREATED,
                passwordResetRequired: false,
                passwordLastUsed: recent
            };
        if (h.mfa) {
            const serialNumber = `arn:aws:iam::${state.accountId}:mfa/${name}`;
            state.virtualMfaDevices.set(serialNumber, {
                serialNumber,
                userName: name,
                enableDate: SEED_CREATED
            });
            u.mfaDevices.push({ serialNumber, enableDate: SEED_CREATED });
        }
        for (let i = 0; i < (h.ssh_keys ?? 0); i++) {
            const body = sshPublicKey(`${name}-${i + 1}`);
            u.sshPublicKeys.push({
                sshPublicKeyId: ids.mintId('APKA', 21),
                sshPublicKeyBody: body,
                fingerprint: (0,aws_iam_credentials/* sshFingerprint */.d)(body),
                status: 'Active',
                uploadDate: SEED_CREATED
            });
        }
        for (let i = 0; i < (h.signing_certificates ?? 0); i++)
            u.signingCertificates.push({
                certificateId: ids.mintId('', 32, HEX_UPPER),
                certificateBody: placeholderCertificate(`${name}-${i + 1}`),
                status: 'Active',
                uploadDate: SEED_CREATED
            });
        for (const serviceName of h.service_credentials ?? [])
            u.serviceSpecificCredentials.push({
                serviceSpecificCredentialId: ids.mintId('ACCA', 21),
                serviceName,
                serviceUserName: `${name}-at-${state.accountId}`,
                status: 'Active',
                createDate: SEED_CREATED
            });
        for (const p of h.inline_policies ?? [])
            u.inlinePolicies[p] = DOCUMENT;
        if (h.permissions_boundary) {
            policy(h.permissions_boundary);
            u.permissionsBoundaryArn = h.permissions_boundary;
        }
        return u;
    };
    for (const p of seededPeople(input)) {
        const name = p.person.accounts.aws;
        const h = p.holds.aws;
        if (!name || (!p.active && !h))
            continue;
        // An active person signs in to the console and uses one key; the scenario adds to that.
        const baseline = p.active
            ? { access_keys: [{}, ...(h?.access_keys ?? [])], password: true }
            : {};
        user(name, { ...h, ...baseline }, valuesOf(p.grants, 'aws_group'), valuesOf(p.grants, 'aws_policy'));
    }
    for (const o of input.scenario.others?.aws ?? [])
        user(o.user, o, [], []);
    return state;
}
/** A PEM-shaped stand-in for a signing certificate: the sandbox never parses stored ones. */
function placeholderCertificate(name) {
    const body = Buffer.concat([digest(`cert:${name}`), digest(`cert2:${name}`)]).toString('base64');
    return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

// EXTERNAL MODULE: ./src/sandbox/github.ts + 5 modules
var github = __webpack_require__(7868);
;// CONCATENATED MODULE: ./src/sandbox/seed-github.ts
// The simulated GitHub org seeded from the declarations and the scenario: users, members and
// owners, teams, the extras the scenario gives (invitations, SSO credentials, fine-grained
// tokens, Copilot seats, deploy keys), and the access repository holding the tree as a commit.


/** Seeds the org. `files` is the access tree (paths relative to it), committed under
 *  `access/` on the access repository's default branch. */
function seedGithub(input, files) {
    const config = input.decl.platforms.github;
    if (!config)
        return undefined;
    const sc = input.scenario.github ?? {};
    const state = (0,github/* newGithubState */.LI)(config.org, {
        samlSso: sc.saml_sso ?? false,
        copilot: sc.copilot ?? false
    });
    const recent = daysBefore(input.now, 1);
    const accessRepo = (0,github/* newGithubRepo */.aT)(sc.access_repo ?? 'access', {
        description: 'Access as code: people, roles and platforms'
    });
    state.repos.push(accessRepo, ...(sc.repos ?? []).map(name => (0,github/* newGithubRepo */.aT)(name)));
    (0,github/* commitFiles */.zu)(accessRepo, {
        files: Object.fromEntries(Object.entries(files).map(([rel, body]) => [`access/${rel}`, body])),
        message: 'Access declarations',
        author: { name: 'Sandbox', email: 'sandbox@example.test', date: SEED_CREATED }
    });
    const addUser = (login, fields) => state.users.push({
        login,
        id: 5000 + state.users.length + 1,
        email: fields.email ?? null,
        name: fields.name ?? null,
        type: fields.bot ? 'Bot' : 'User'
    });
    const team = (slug) => {
        let t = state.teams.find(x => (0,github/* sameLogin */.Up)(x.slug, slug));
        if (!t) {
            t = { id: 7000 + state.teams.length + 1, slug, name: slug, privacy: 'closed', members: [] };
            state.teams.push(t);
        }
        return t;
    };
    for (const slug of declaredValues(input.decl, 'github_team'))
        team(slug);
    /** A pending invitation by email, sent by the token's owner. */
    const invite = (email, role) => state.invitations.push({
        id: (0,github/* nextId */.Hn)(state.invitations.map(i => i.id), 9000),
        login: null,
        email,
        role,
        created_at: daysBefore(input.now, 3),
        inviter: tokenOwner
    });
    /** One account: membership, teams, and every extra the scenario gives it. */
    const hold = (login, email, role, teams, h) => {
        if (role !== 'none')
            state.members.push({ login, role, state: 'active' });
        for (const slug of teams)
            team(slug).members.push({ login, role: 'member' });
        if (h.invitation)
            invite(email ?? null, h.invitation);
        for (const type of h.sso_authorizations ?? []) {
            const id = (0,github/* nextId */.Hn)(state.credentialAuthorizations.map(c => c.credential_id), 3000);
            const material = digest(`sso:${login}:${id}`);
            state.credentialAuthorizations.push({
                credential_id: id,
                login,
                credential_type: type === 'token' ? 'personal access token' : 'SSH key',
                ...(type === 'token'
                    ? { token_last_eight: material.toString('hex').slice(0, 8), scopes: ['repo', 'read:org'] }
                    : { fingerprint: `SHA256:${material.toString('base64').replace(/=+$/, '')}` }),
                credential_authorized_at: SEED_CREATED,
                credential_accessed_at: recent,
                authorized_credential_id: id + 100000,
                authorized_credential_title: type === 'token' ? null : `${login} laptop`
            });
        }
        const token = (name) => {
            const id = (0,github/* nextId */.Hn)([...state.patGrants, ...state.patRequests].map(t => t.id), 4000);
            return {
                id,
                owner: login,
                token_id: id + 50000,
                token_name: name,
                repository_selection: 'all',
                repositories: [],
                permissions: { repository: { contents: 'read', metadata: 'read' } },
                token_expired: false,
                token_expires_at: daysBefore(input.now, -60),
                token_last_used_at: recent
            };
        };
        for (const name of h.token_grants ?? [])
            state.patGrants.push({ ...token(name), access_granted_at: SEED_CREATED });
        for (const name of h.token_requests ?? [])
            state.patRequests.push({
                ...token(name),
                reason: 'sync scripts',
                created_at: daysBefore(input.now, 2)
            });
        if (h.copilot)
            state.copilotSeats.push({
                login,
                created_at: SEED_CREATED,
                pending_cancellation_date: null,
                last_activity_at: recent,
                last_activity_editor: 'vscode/1.95.0/copilot/1.250.0',
                plan_type: 'business'
            });
        for (const name of h.deploy_keys ?? []) {
            const repo = state.repos.find(r => r.name === name);
            repo.deployKeys.push({
                id: (0,github/* nextId */.Hn)(state.repos.flatMap(r => r.deployKeys.map(k => k.id)), 8000),
                title: `${login} deploy key`,
                key: sshPublicKey(`${login}@${name}`).split(' ').slice(0, 2).join(' '),
                read_only: false,
                added_by: login,
                created_at: SEED_CREATED,
                last_used: recent,
                verified: true
            });
        }
    };
    const people = seededPeople(input).filter(p => p.person.accounts.github);
    const others = input.scenario.others?.github ?? [];
    for (const { person } of people)
        addUser(person.accounts.github, { email: person.email, name: person.name });
    for (const a of others)
        addUser(a.login, a);
    // Owners are known before any extra is seeded: invitations name who sent them.
    const roles = new Map();
    for (const p of people) {
        const h = p.holds.github;
        const granted = valuesOf(p.grants, 'github_org_admin').length > 0 ? 'admin' : 'member';
        roles.set(p.person.id, h?.role ?? (p.active ? granted : h ? 'member' : 'none'));
    }
    const owners = [
        ...people.filter(p => roles.get(p.person.id) === 'admin').map(p => p.person.accounts.github),
        ...others.filter(a => a.role === 'admin').map(a => a.login)
    ];
    const tokenOwner = input.scenario.github?.token_owner ?? owners[0];
    if (!tokenOwner)
        throw new Error('the sandbox GitHub org has no owner: give a role org_role: admin, or add an account with role: admin under others.github in the scenario');
    for (const p of people) {
        const h = p.holds.github ?? {};
        const teams = union(valuesOf(p.grants, 'github_team'), h.teams);
        hold(p.person.accounts.github, p.person.email, roles.get(p.person.id), teams, h);
    }
    for (const a of others)
        hold(a.login, a.email, a.role ?? 'member', a.teams ?? [], a);
    for (const inv of input.scenario.others?.github_invitations ?? [])
        invite(inv.email, inv.role ?? 'direct_member');
    return { state, tokenOwner, accessRepo };
}

// EXTERNAL MODULE: ./src/sandbox/slack.ts
var slack = __webpack_require__(1447);
;// CONCATENATED MODULE: ./src/sandbox/seed-slack.ts
// The simulated Slack workspace seeded from the declarations and the scenario: the declared
// usergroups and channels, a member per active person (in their roles' usergroups and
// channels), departed people the scenario keeps, and the members nobody declares.


const upper = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
function seedSlack(input) {
    if (!input.decl.platforms.slack)
        return undefined;
    const state = (0,slack/* slackState */.wR)();
    const usergroup = (handle) => {
        let g = (0,slack/* findUsergroup */.k7)(state, handle);
        if (!g) {
            g = { id: `S0${upper(handle)}`.slice(0, 11), handle, name: handle, users: [] };
            state.usergroups.push(g);
        }
        return g;
    };
    const channel = (id) => {
        let c = (0,slack/* findChannel */.PT)(state, id);
        if (!c) {
            const name = id.replace(/^[CG]0?/, '').toLowerCase();
            c = {
                id,
                name,
                is_private: id.startsWith('G'),
                is_general: false,
                is_archived: false,
                members: []
            };
            state.channels.push(c);
        }
        return c;
    };
    for (const h of declaredValues(input.decl, 'slack_usergroup'))
        usergroup(h);
    for (const id of declaredValues(input.decl, 'slack_channel'))
        channel(id);
    const join = (m, usergroups, channels, h) => {
        state.members.push(m);
        for (const handle of union(usergroups, h.usergroups))
            usergroup(handle).users.push(m.id);
        for (const id of union(channels, h.channels))
            channel(id).members.push(m.id);
        if (h.deactivated)
            (0,slack/* setDeactivated */.rI)(state, m, true);
    };
    for (const p of seededPeople(input)) {
        const h = p.holds.slack;
        const usergroups = valuesOf(p.grants, 'slack_usergroup');
        const channels = valuesOf(p.grants, 'slack_channel');
        const member = p.active && (p.person.accounts.slack || usergroups.length + channels.length > 0);
        if (!member && !h)
            continue;
        // Without a declared id the tool finds the person by email; the id is made up.
        const id = p.person.accounts.slack ??
            `U0${digest(p.person.id).toString('hex').toUpperCase().slice(0, 8)}`;
        const m = (0,slack/* slackMember */.V)({
            id,
            name: p.person.id,
            real_name: p.person.name,
            profile: { email: p.person.email, display_name: p.person.id }
        });
        join(m, usergroups, channels, h ?? {});
    }
    for (const o of input.scenario.others?.slack ?? []) {
        const m = (0,slack/* slackMember */.V)({
            id: o.id,
            name: o.name,
            profile: o.email ? { email: o.email } : {},
            is_admin: o.admin ?? false,
            is_owner: o.owner ?? false,
            is_primary_owner: o.primary_owner ?? false,
            is_bot: o.bot ?? false,
            is_restricted: o.guest ?? false
        });
        join(m, [], [], o);
    }
    const tokenOwner = input.scenario.slack?.token_owner ??
        (state.members.find(m => m.is_primary_owner) ?? state.members.find(m => m.is_admin))?.id;
    if (!tokenOwner)
        throw new Error('the sandbox Slack workspace has no admin for its token: add a member with admin: true under others.slack in the scenario');
    return { state, tokenOwner };
}

;// CONCATENATED MODULE: ./src/sandbox/seed.ts
// Every simulated platform's state from the declarations plus a scenario: the baseline (each
// active person holds exactly what their roles grant) and what the scenario adds.







function seedStates(decl, scenario, options = {}) {
    const input = { decl, scenario, now: options.now ?? new Date() };
    return {
        github: seedGithub(input, options.accessFiles ?? accessFiles(decl)),
        iam: seedIam(input, options.seed ?? 1),
        slack: seedSlack(input),
        scim: Object.fromEntries(decl.platforms.scim.map(app => [app.name, seedScim(input, app.name)]))
    };
}
/** One SCIM app's users: active people its roles grant it to, and the scenario's. */
function seedScim(input, app) {
    const users = [];
    for (const p of seededPeople(input)) {
        const held = p.holds.scim?.[app];
        if (!held && !valuesOf(p.grants, 'scim_app').includes(app))
            continue;
        users.push({
            userName: p.person.accounts.scim?.[app] ?? p.person.email,
            displayName: p.person.name,
            emails: [{ value: p.person.email, primary: true }],
            active: held !== 'inactive'
        });
    }
    for (const o of input.scenario.others?.scim?.[app] ?? [])
        users.push({ userName: o.userName, active: o.active ?? true });
    return (0,scim/* scimState */.SB)(users);
}
/** The files of an access tree on disk, for the access repository (regular files only). */
async function readAccessTree(dir, cwd) {
    const source = (0,files/* directorySource */.X5)(dir, cwd);
    return Object.fromEntries(await source.read(source.files.filter(f => !f.irregular)));
}
/** The declarations written back as an access tree (for generated declarations, which have
 *  no files of their own). */
function accessFiles(decl) {
    // Positions are the loader's bookkeeping, not part of a file.
    const yaml = (value) => (0,dist.stringify)(Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'at')), {
        lineWidth: 0
    });
    const files = { 'platforms.yaml': yaml(decl.platforms) };
    for (const person of decl.people.values())
        files[`people/${person.id}.yaml`] = yaml(person);
    for (const role of decl.roles.values())
        files[`roles/${role.id}.yaml`] = yaml(role);
    return files;
}


/***/ }),

/***/ 2584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   hE: () => (/* binding */ startSimServer)
/* harmony export */ });
/* unused harmony export quietKnobs */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
// The one HTTP server every simulated platform runs on: loopback only, with the knobs the
// tests and benchmarks turn (latency, injected faults) and a record of every request.

const quietKnobs = () => ({
    latencyMs: 0,
    serverErrorRate: 0,
    throttleRate: 0,
    dropRate: 0,
    retryAfterSeconds: 1
});
/** Deterministic randomness so that a fault-injection test fails the same way every run. */
function seededRandom(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function startSimServer(platform, options = {}) {
    const knobs = { ...quietKnobs(), ...options.knobs };
    const random = seededRandom(options.seed ?? 1);
    const requests = [];
    const sockets = new Set();
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            void (async () => {
                const url = new URL(req.url ?? '/', 'http://sandbox');
                const simReq = {
                    method: req.method ?? 'GET',
                    path: url.pathname,
                    query: url.searchParams,
                    headers: req.headers,
                    body: Buffer.concat(chunks)
                };
                const classified = platform.classify(simReq);
                const record = (status) => requests.push({ ...classified, method: simReq.method, path: simReq.path, status });
                if (knobs.latencyMs > 0)
                    await sleep(knobs.latencyMs);
                const faultable = !knobs.faultOnly || knobs.faultOnly(classified);
                let answer;
                if (faultable && random() < knobs.dropRate) {
                    record(0);
                    req.socket.destroy();
                    return;
                }
                else if (faultable && random() < knobs.serverErrorRate) {
                    answer = platform.serverError();
                }
                else if (faultable && random() < knobs.throttleRate) {
                    answer = platform.throttled(knobs.retryAfterSeconds);
                }
                else {
                    try {
                        answer = await platform.handle(simReq);
                    }
                    catch (err) {
                        // A bug in the simulator must be loud, not look like a platform answer.
                        answer = { status: 599, body: { sandbox_error: String(err.stack ?? err) } };
                    }
                }
                record(answer.status);
                send(res, answer);
            })();
        });
    });
    server.on('connection', s => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    await new Promise(resolve => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        name: platform.name,
        url: `http://127.0.0.1:${port}`,
        knobs,
        requests,
        writes: () => requests.filter(r => r.write),
        counts: () => {
            const out = {};
            for (const r of requests)
                out[r.operation] = (out[r.operation] ?? 0) + 1;
            return out;
        },
        resetRecord: () => void requests.splice(0),
        close: () => new Promise(resolve => {
            for (const s of sockets)
                s.destroy();
            server.close(() => resolve());
        })
    };
}
function send(res, answer) {
    const headers = { ...answer.headers };
    let payload = '';
    if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body))
        payload = answer.body;
    else if (answer.body !== undefined) {
        payload = JSON.stringify(answer.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(answer.status, headers);
    res.end(payload);
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ findMemberByEmail),
/* harmony export */   PT: () => (/* binding */ findChannel),
/* harmony export */   V: () => (/* binding */ slackMember),
/* harmony export */   gz: () => (/* binding */ findMember),
/* harmony export */   k7: () => (/* binding */ findUsergroup),
/* harmony export */   rI: () => (/* binding */ setDeactivated),
/* harmony export */   wR: () => (/* binding */ slackState)
/* harmony export */ });
/* unused harmony export usergroupsOf */
// The simulated Slack workspace as plain data. The Web API sim (slack.ts) and Slack's SCIM
// API sim (slack-scim.ts) both read and change the same SlackSimState, so a member
// deactivated through SCIM shows `deleted: true` in users.info, as on Slack.
/** A member with Slack's defaults (active, not admin, not a bot, not a guest). */
function slackMember(fields) {
    return {
        real_name: fields.name,
        profile: {},
        deleted: false,
        is_admin: false,
        is_owner: false,
        is_primary_owner: false,
        is_bot: false,
        is_restricted: false,
        is_ultra_restricted: false,
        ...fields
    };
}
/** An empty workspace; fill its lists, or pass the parts to override. */
function slackState(fields = {}) {
    return {
        team: { id: 'T0ACME001', name: 'Acme', domain: 'acme' },
        members: [],
        usergroups: [],
        channels: [],
        tokens: [],
        sessionResets: [],
        ...fields
    };
}
const findMember = (state, id) => state.members.find(m => m.id === id);
const findMemberByEmail = (state, email) => state.members.find(m => m.profile.email?.toLowerCase() === email.toLowerCase());
const findUsergroup = (state, idOrHandle) => state.usergroups.find(g => g.id === idOrHandle || g.handle === idOrHandle);
const findChannel = (state, id) => state.channels.find(c => c.id === id);
/** Usergroup handles a member belongs to. */
const usergroupsOf = (state, memberId) => state.usergroups.filter(g => g.users.includes(memberId)).map(g => g.handle);
/** Deactivate (or reactivate) a member. Slack drops a deactivated member from every
 *  usergroup; channel member lists keep them. */
function setDeactivated(state, member, deleted) {
    member.deleted = deleted;
    if (!deleted)
        return;
    for (const g of state.usergroups)
        g.users = g.users.filter(u => u !== member.id);
}


/***/ }),

/***/ 1447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* reexport safe */ _slack_state_js__WEBPACK_IMPORTED_MODULE_0__.PT),
/* harmony export */   Qb: () => (/* binding */ createSlackPlatform),
/* harmony export */   V: () => (/* reexport safe */ _slack_state_js__WEBPACK_IMPORTED_MODULE_0__.V),
/* harmony export */   k7: () => (/* reexport safe */ _slack_state_js__WEBPACK_IMPORTED_MODULE_0__.k7),
/* harmony export */   rI: () => (/* reexport safe */ _slack_state_js__WEBPACK_IMPORTED_MODULE_0__.rI),
/* harmony export */   wR: () => (/* reexport safe */ _slack_state_js__WEBPACK_IMPORTED_MODULE_0__.wR)
/* harmony export */ });
/* harmony import */ var _slack_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);


const fail = (error, extra = {}) => ({ ...extra, ok: false, error });
function str(args, key) {
    const v = args[key];
    return v === undefined || v === null ? '' : String(v);
}
function bool(args, key) {
    const v = args[key];
    return v === true || v === 'true' || v === '1' || v === 1;
}
/** A list argument: a JSON array (the WebClient's form encoding of arrays), an actual array
 *  (JSON bodies), or Slack's comma-separated string. */
function list(args, key) {
    const v = args[key];
    if (Array.isArray(v))
        return v.map(String);
    const s = str(args, key).trim();
    if (s.startsWith('[')) {
        try {
            const parsed = JSON.parse(s);
            if (Array.isArray(parsed))
                return parsed.map(String);
        }
        catch {
            // not JSON: fall through to the comma-separated form
        }
    }
    return s === '' ? [] : s.split(',').map(x => x.trim());
}
/** Slack-style opaque cursor over a list of member ids: base64 of `user:<next id>`. */
function page(call, items, idOf, defaultLimit) {
    const rawLimit = str(call.args, 'limit');
    const limit = rawLimit === '' ? 0 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 0)
        return fail('invalid_limit');
    const size = Math.min(limit === 0 ? defaultLimit : limit, call.maxPageSize);
    const cursor = str(call.args, 'cursor');
    let start = 0;
    if (cursor !== '') {
        const decoded = Buffer.from(cursor, 'base64').toString('utf8');
        start = decoded.startsWith('user:') ? items.findIndex(i => idOf(i) === decoded.slice(5)) : -1;
        if (start < 0)
            return fail('invalid_cursor');
    }
    const slice = items.slice(start, start + size);
    const next = items[start + size];
    return {
        items: slice,
        next_cursor: next === undefined ? '' : Buffer.from(`user:${idOf(next)}`).toString('base64')
    };
}
const isFailure = (r) => 'ok' in r && r.ok === false;
function renderMember(call, m) {
    // Slack shows email addresses only to tokens holding users:read.email.
    const showEmail = call.token.scopes.includes('users:read.email');
    return {
        id: m.id,
        team_id: call.state.team.id,
        name: m.name,
        real_name: m.real_name,
        deleted: m.deleted,
        is_admin: m.is_admin,
        is_owner: m.is_owner,
        is_primary_owner: m.is_primary_owner,
        is_bot: m.is_bot,
        is_app_user: false,
        is_restricted: m.is_restricted,
        is_ultra_restricted: m.is_ultra_restricted,
        profile: {
            real_name: m.real_name,
            display_name: m.profile.display_name ?? '',
            ...(showEmail && m.profile.email !== undefined ? { email: m.profile.email } : {})
        }
    };
}
function renderUsergroup(call, g, withUsers) {
    return {
        id: g.id,
        team_id: call.state.team.id,
        is_usergroup: true,
        name: g.name,
        handle: g.handle,
        date_delete: g.disabled ? 1 : 0,
        user_count: g.users.length,
        ...(withUsers ? { users: [...g.users] } : {})
    };
}
function renderChannel(c) {
    return {
        id: c.id,
        name: c.name,
        is_channel: !c.is_private,
        is_group: c.is_private,
        is_private: c.is_private,
        is_general: c.is_general,
        is_archived: c.is_archived,
        num_members: c.members.length
    };
}
/** The member a `user`/`user_id` argument names, or Slack's error. */
function member(call, key) {
    return (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findMember */ .gz)(call.state, str(call.args, key)) ?? fail('user_not_found');
}
function channel(call) {
    return (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findChannel */ .PT)(call.state, str(call.args, 'channel')) ?? fail('channel_not_found');
}
/** Reading a channel needs channels:read, a private one groups:read (same for writes). */
const channelScopes = (pub, priv) => (call) => (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findChannel */ .PT)(call.state, str(call.args, 'channel'))?.is_private ? priv : pub;
const METHODS = {
    'auth.test': {
        scopes: [],
        run: ({ state, token }) => {
            const user = (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findMember */ .gz)(state, token.user_id);
            return {
                ok: true,
                url: `https://${state.team.domain}.slack.com/`,
                team: state.team.name,
                user: user?.name ?? token.user_id,
                team_id: state.team.id,
                user_id: token.user_id,
                ...(token.bot ? { bot_id: `B${token.user_id.slice(1)}` } : {}),
                is_enterprise_install: token.admin,
                ...(state.team.enterprise_id ? { enterprise_id: state.team.enterprise_id } : {})
            };
        }
    },
    'team.info': {
        scopes: ['team:read'],
        run: ({ state }) => ({ ok: true, team: { ...state.team } })
    },
    'users.info': {
        scopes: ['users:read'],
        required: ['user'],
        run: call => {
            const m = member(call, 'user');
            return isFailure(m) ? m : { ok: true, user: renderMember(call, m) };
        }
    },
    'users.lookupByEmail': {
        scopes: ['users:read.email'],
        required: ['email'],
        run: call => {
            // Slack does not find deactivated members by email.
            const m = (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findMemberByEmail */ .Jr)(call.state, str(call.args, 'email'));
            return m && !m.deleted ? { ok: true, user: renderMember(call, m) } : fail('users_not_found');
        }
    },
    'users.list': {
        scopes: ['users:read'],
        run: call => {
            const p = page(call, call.state.members, m => m.id, call.maxPageSize);
            if (isFailure(p))
                return p;
            return {
                ok: true,
                members: p.items.map(m => renderMember(call, m)),
                cache_ts: Math.floor(Date.now() / 1000),
                response_metadata: { next_cursor: p.next_cursor }
            };
        }
    },
    'usergroups.list': {
        scopes: ['usergroups:read'],
        run: call => ({
            ok: true,
            usergroups: call.state.usergroups
                .filter(g => !g.disabled || bool(call.args, 'include_disabled'))
                .map(g => renderUsergroup(call, g, bool(call.args, 'include_users')))
        })
    },
    'usergroups.users.list': {
        scopes: ['usergroups:read'],
        required: ['usergroup'],
        run: call => {
            const g = (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findUsergroup */ .k7)(call.state, str(call.args, 'usergroup'));
            return g ? { ok: true, users: [...g.users] } : fail('no_such_subteam');
        }
    },
    'usergroups.users.update': {
        scopes: ['usergroups:write'],
        write: true,
        required: ['usergroup'],
        run: call => {
            const g = (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findUsergroup */ .k7)(call.state, str(call.args, 'usergroup'));
            if (!g)
                return fail('no_such_subteam');
            if (call.args.users === undefined)
                return fail('no_users_provided');
            const users = list(call.args, 'users');
            // Slack refuses to empty a usergroup (usergroups.disable does that), and takes only
            // active, non-bot members.
            if (users.length === 0)
                return fail('invalid_users');
            const invalid = users.some(u => {
                const m = (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findMember */ .gz)(call.state, u);
                return !m || m.deleted || m.is_bot;
            });
            if (invalid)
                return fail('invalid_users');
            g.users = [...new Set(users)];
            return { ok: true, usergroup: renderUsergroup(call, g, true) };
        }
    },
    'conversations.info': {
        scopes: channelScopes(['channels:read'], ['groups:read']),
        required: ['channel'],
        run: call => {
            const c = channel(call);
            return isFailure(c) ? c : { ok: true, channel: renderChannel(c) };
        }
    },
    'conversations.members': {
        scopes: channelScopes(['channels:read'], ['groups:read']),
        required: ['channel'],
        run: call => {
            const c = channel(call);
            if (isFailure(c))
                return c;
            const p = page(call, c.members, id => id, 100);
            if (isFailure(p))
                return p;
            return { ok: true, members: p.items, response_metadata: { next_cursor: p.next_cursor } };
        }
    },
    'conversations.kick': {
        scopes: channelScopes(['channels:manage', 'channels:write'], ['groups:write']),
        write: true,
        required: ['channel', 'user'],
        run: call => {
            const c = channel(call);
            if (isFailure(c))
                return c;
            const m = member(call, 'user');
            if (isFailure(m))
                return m;
            if (m.id === call.token.user_id)
                return fail('cant_kick_self');
            if (c.is_general)
                return fail('cant_kick_from_general');
            if (!c.members.includes(m.id))
                return fail('not_in_channel');
            c.members = c.members.filter(u => u !== m.id);
            return { ok: true };
        }
    },
    'admin.users.session.reset': {
        scopes: ['admin.users:write'],
        admin: true,
        write: true,
        required: ['user_id'],
        run: call => {
            const m = member(call, 'user_id');
            if (isFailure(m))
                return m;
            if (m.is_bot)
                return fail('cannot_reset_bot');
            if (m.is_primary_owner && m.id !== call.token.user_id)
                return fail('cannot_reset_primary_owner');
            call.state.sessionResets.push({
                user_id: m.id,
                mobile_only: bool(call.args, 'mobile_only'),
                web_only: bool(call.args, 'web_only')
            });
            return { ok: true };
        }
    },
    'admin.users.remove': {
        scopes: ['admin.users:write'],
        admin: true,
        write: true,
        required: ['team_id', 'user_id'],
        run: call => {
            if (str(call.args, 'team_id') !== call.state.team.id)
                return fail('team_not_found');
            const m = member(call, 'user_id');
            if (isFailure(m))
                return m;
            if (m.is_primary_owner)
                return fail('cannot_modify_primary_owner');
            if (m.deleted)
                return fail('user_already_deleted');
            (0,_slack_state_js__WEBPACK_IMPORTED_MODULE_0__/* .setDeactivated */ .rI)(call.state, m, true);
            return { ok: true };
        }
    }
};
/** `POST /api/users.info` or `/users.info`: the method is the last path segment. */
const methodOf = (req) => req.path.split('/').filter(Boolean).pop() ?? '';
/** Query string and body together; the body is form-encoded or JSON, as Slack accepts.
 *  Undefined when a JSON body does not parse. */
function argsOf(req) {
    const args = Object.fromEntries(req.query);
    const text = req.body.toString('utf8');
    if (text === '')
        return args;
    if (!String(req.headers['content-type'] ?? '').includes('application/json'))
        return Object.assign(args, Object.fromEntries(new URLSearchParams(text)));
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? Object.assign(args, parsed) : undefined;
    }
    catch {
        return undefined;
    }
}
function tokenOf(req, args) {
    const auth = String(req.headers.authorization ?? '');
    return auth.startsWith('Bearer ') ? auth.slice(7).trim() : str(args, 'token');
}
const json = (body, headers = {}, status = 200) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body
});
function createSlackPlatform(state, options = {}) {
    const maxPageSize = options.maxPageSize ?? 1000;
    return {
        name: options.name ?? 'slack',
        classify: req => {
            const method = methodOf(req);
            return { operation: method, write: METHODS[method]?.write ?? false };
        },
        handle: req => {
            const method = methodOf(req);
            const spec = METHODS[method];
            if (!spec)
                return json(fail('unknown_method', { req_method: method }));
            const args = argsOf(req);
            if (!args)
                return json(fail('invalid_json'));
            const presented = tokenOf(req, args);
            if (presented === '')
                return json(fail('not_authed'));
            const token = state.tokens.find(t => t.token === presented);
            if (!token)
                return json(fail('invalid_auth'));
            const call = { args, token, state, maxPageSize };
            const accepted = typeof spec.scopes === 'function' ? spec.scopes(call) : spec.scopes;
            const headers = {
                'x-oauth-scopes': token.scopes.join(','),
                'x-accepted-oauth-scopes': accepted.join(',')
            };
            if (spec.admin && !token.admin)
                return json(fail('not_allowed_token_type'), headers);
            if (accepted.length > 0 && !accepted.some(s => token.scopes.includes(s)))
                return json(fail('missing_scope', { needed: accepted.join(','), provided: token.scopes.join(',') }), headers);
            const missing = (spec.required ?? []).filter(k => str(args, k) === '');
            if (missing.length > 0)
                return json(fail('invalid_arguments', {
                    response_metadata: {
                        messages: missing.map(k => `[ERROR] missing required field: ${k}`)
                    }
                }), headers);
            return json(spec.run(call), headers);
        },
        throttled: retryAfterSeconds => json(fail('ratelimited'), { 'retry-after': String(retryAfterSeconds) }, 429),
        serverError: () => json(fail('internal_error'), {}, 500)
    };
}


/***/ })

};
