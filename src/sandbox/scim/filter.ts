// SCIM filter expressions (RFC 7644 section 3.4.2.2): parse into plain data, then match
// resources. Covers attribute comparisons (eq ne co sw ew gt ge lt le pr), and/or/not,
// parentheses and value paths such as `emails[type eq "work" and value co "@acme"]`.

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le'
export type FilterValue = string | number | boolean | null

export type ScimFilter =
  | { op: 'and' | 'or'; left: ScimFilter; right: ScimFilter }
  | { op: 'not'; filter: ScimFilter }
  | { op: 'pr'; attr: string }
  | { op: CompareOp; attr: string; value: FilterValue }
  /** `attr[filter]`: some element of the multi-valued attribute matches the inner filter. */
  | { op: 'has'; attr: string; filter: ScimFilter }

/** A filter the server cannot parse or evaluate: the `detail` of a 400 invalidFilter. */
export class ScimFilterError extends Error {}

const COMPARE = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'])
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:'

type Token = { kind: 'word' | 'string' | 'punct'; text: string; value?: FilterValue }

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]
    if (/\s/.test(c)) {
      i++
    } else if ('()[]'.includes(c)) {
      tokens.push({ kind: 'punct', text: c })
      i++
    } else if (c === '"') {
      let j = i + 1
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1
      if (j >= input.length) throw new ScimFilterError(`unterminated string at ${i + 1}`)
      const text = input.slice(i, j + 1)
      tokens.push({ kind: 'string', text, value: JSON.parse(text) as string })
      i = j + 1
    } else {
      const m = /^[^\s()[\]"]+/.exec(input.slice(i))
      tokens.push({ kind: 'word', text: m![0] })
      i += m![0].length
    }
  }
  return tokens
}

/** Parse a filter; throws ScimFilterError on anything RFC 7644 would call invalidFilter. */
export function parseFilter(input: string): ScimFilter {
  const tokens = tokenize(input)
  let pos = 0
  const peek = () => tokens[pos]
  const word = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toLowerCase() : undefined)
  const expect = (text: string) => {
    if (peek()?.text !== text) throw new ScimFilterError(`expected "${text}" at token ${pos + 1}`)
    pos++
  }

  const attrPath = (): string => {
    const t = peek()
    if (t?.kind !== 'word' || !/^[A-Za-z$][\w$:.-]*$/.test(t.text))
      throw new ScimFilterError(`expected an attribute name at token ${pos + 1}`)
    pos++
    const path = t.text.toLowerCase()
    return path.startsWith(USER_URN) ? path.slice(USER_URN.length) : path
  }

  const value = (): FilterValue => {
    const t = peek()
    pos++
    if (t?.kind === 'string') return t.value as string
    if (t?.kind === 'word') {
      if (t.text === 'true') return true
      if (t.text === 'false') return false
      if (t.text === 'null') return null
      if (/^-?\d+(\.\d+)?$/.test(t.text)) return Number(t.text)
    }
    throw new ScimFilterError(`expected a value at token ${pos}`)
  }

  const factor = (): ScimFilter => {
    if (word(peek()) === 'not') {
      pos++
      expect('(')
      const filter = expr()
      expect(')')
      return { op: 'not', filter }
    }
    if (peek()?.text === '(') {
      pos++
      const filter = expr()
      expect(')')
      return filter
    }
    const attr = attrPath()
    if (peek()?.text === '[') {
      pos++
      const filter = expr()
      expect(']')
      return { op: 'has', attr, filter }
    }
    const op = word(peek())
    pos++
    if (op === 'pr') return { op: 'pr', attr }
    if (op && COMPARE.has(op)) return { op: op as CompareOp, attr, value: value() }
    throw new ScimFilterError(`expected an operator after "${attr}"`)
  }

  const chain = (next: () => ScimFilter, join: 'and' | 'or'): ScimFilter => {
    let left = next()
    while (word(peek()) === join) {
      pos++
      left = { op: join, left, right: next() }
    }
    return left
  }
  const expr = (): ScimFilter => chain(() => chain(factor, 'and'), 'or')

  if (tokens.length === 0) throw new ScimFilterError('empty filter')
  const filter = expr()
  if (pos < tokens.length) throw new ScimFilterError(`unexpected "${tokens[pos].text}"`)
  return filter
}

/** Every attribute path a filter names (inner paths of `has` prefixed with the outer one). */
export function filterAttributes(f: ScimFilter, prefix = ''): string[] {
  switch (f.op) {
    case 'and':
    case 'or':
      return [...filterAttributes(f.left, prefix), ...filterAttributes(f.right, prefix)]
    case 'not':
      return filterAttributes(f.filter, prefix)
    case 'has':
      return [prefix + f.attr, ...filterAttributes(f.filter, `${prefix}${f.attr}.`)]
    default:
      return [prefix + f.attr]
  }
}

/** Values at a path; multi-valued attributes are flattened, and a path ending at a list of
 *  complex values compares their `value` sub-attribute (RFC 7644 3.4.2.2). */
function valuesAt(resource: unknown, path: string[]): unknown[] {
  if (path.length === 0) {
    if (Array.isArray(resource)) return resource.flatMap(v => valuesAt(v, path))
    if (resource && typeof resource === 'object' && 'value' in resource)
      return [(resource as { value: unknown }).value]
    return resource === undefined ? [] : [resource]
  }
  if (Array.isArray(resource)) return resource.flatMap(v => valuesAt(v, path))
  const [head, ...rest] = path
  const next = attribute(resource, head)
  return next === undefined ? [] : valuesAt(next, rest)
}

/** The spelling each lower-cased attribute name was last found with: filtering thousands
 *  of users then costs one property lookup per attribute, not a scan of every key. */
const spelling = new Map<string, string>()

/** One attribute of a complex value; SCIM attribute names are case-insensitive. */
function attribute(resource: unknown, lowerName: string): unknown {
  if (!resource || typeof resource !== 'object') return undefined
  const record = resource as Record<string, unknown>
  const known = spelling.get(lowerName)
  if (known !== undefined && known in record) return record[known]
  const key = Object.keys(record).find(k => k.toLowerCase() === lowerName)
  if (key !== undefined) spelling.set(lowerName, key)
  return key === undefined ? undefined : record[key]
}

function compare(op: CompareOp, actual: unknown, expected: FilterValue, caseExact: boolean) {
  if (typeof expected === 'boolean' || expected === null) {
    if (op !== 'eq' && op !== 'ne')
      throw new ScimFilterError(`"${op}" cannot compare with ${String(expected)}`)
    return op === 'eq' ? actual === expected : actual !== expected
  }
  const norm = (v: unknown) =>
    typeof v === 'string' && !caseExact ? v.toLowerCase() : (v as string | number)
  const a = norm(actual)
  const e = norm(expected)
  switch (op) {
    case 'eq':
      return a === e
    case 'ne':
      return a !== e
    case 'co':
      return typeof a === 'string' && a.includes(String(e))
    case 'sw':
      return typeof a === 'string' && a.startsWith(String(e))
    case 'ew':
      return typeof a === 'string' && a.endsWith(String(e))
    case 'gt':
      return a > e
    case 'ge':
      return a >= e
    case 'lt':
      return a < e
    case 'le':
      return a <= e
  }
}

/** Does the resource match? `caseExact` lists the (lower-case) paths compared exactly. */
export function matchesFilter(f: ScimFilter, resource: unknown, caseExact: string[]): boolean {
  switch (f.op) {
    case 'and':
      return (
        matchesFilter(f.left, resource, caseExact) && matchesFilter(f.right, resource, caseExact)
      )
    case 'or':
      return (
        matchesFilter(f.left, resource, caseExact) || matchesFilter(f.right, resource, caseExact)
      )
    case 'not':
      return !matchesFilter(f.filter, resource, caseExact)
    case 'has': {
      const parent = attribute(resource, f.attr)
      const list = Array.isArray(parent) ? parent : parent === undefined ? [] : [parent]
      return list.some(el => matchesFilter(f.filter, el, []))
    }
    case 'pr':
      return valuesAt(resource, f.attr.split('.')).some(
        v => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)
      )
    default: {
      const exact = caseExact.includes(f.attr)
      const found = valuesAt(resource, f.attr.split('.'))
      // `ne` holds when no value equals; the others when some value satisfies the operator.
      if (f.op === 'ne') return !found.some(v => compare('eq', v, f.value, exact))
      return found.some(v => compare(f.op as CompareOp, v, f.value, exact))
    }
  }
}
