// RFC 8785 JSON Canonicalization Scheme: the one byte sequence a record hashes to, so anyone
// can recompute a hash with any JCS implementation.

/**
 * The canonical JSON of `value`: object keys sorted by UTF-16 code units at every level, no
 * whitespace, numbers as ECMAScript prints them, strings escaped as JSON.stringify does
 * (RFC 8785 takes both from ECMAScript). Members whose value is `undefined` are left out, as
 * JSON.stringify leaves them out; values JSON cannot hold are refused.
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no ${value}`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`canonical JSON takes plain objects, not ${value.constructor.name}`)
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // Default string order compares UTF-16 code units, as RFC 8785 section 3.2.3 asks.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`
  }
  throw new TypeError(`canonical JSON has no ${typeof value}`)
}
