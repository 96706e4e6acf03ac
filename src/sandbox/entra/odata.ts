// The OData query options the simulated Graph answers, as far as directory objects need them:
// $filter with eq/ne, and/or/not, parentheses and `any` over a collection
// (`otherMails/any(m:m eq 'x')`), string comparisons without regard to case as Graph does;
// $select; $top with @odata.nextLink paging by $skiptoken; $count, which Graph serves on
// directory objects only with `ConsistencyLevel: eventual`.
export type Filter =
  | { op: 'and' | 'or'; left: Filter; right: Filter }
  | { op: 'not'; filter: Filter }
  | { op: 'eq' | 'ne'; path: string; value: Literal }
  | { op: 'any'; path: string; variable: string; filter: Filter }

type Literal = string | boolean | null

/** A query Graph would refuse: answered 400 Request_UnsupportedQuery with this message. */
export class QueryError extends Error {}

type Token = { kind: 'word' | 'string' | 'punct'; text: string }

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]
    if (/\s/.test(c)) i++
    else if ('():,'.includes(c)) tokens.push({ kind: 'punct', text: input[i++] })
    else if (c === "'") {
      let text = ''
      for (i++; ; i++) {
        if (i >= input.length) throw new QueryError('Unterminated string literal in $filter')
        if (input[i] === "'") {
          if (input[i + 1] !== "'") break
          i++
        }
        text += input[i]
      }
      i++
      tokens.push({ kind: 'string', text })
    } else {
      const m = /^[^\s():,']+/.exec(input.slice(i))!
      tokens.push({ kind: 'word', text: m[0] })
      i += m[0].length
    }
  }
  return tokens
}

export function parseFilter(input: string): Filter {
  const tokens = tokenize(input)
  let pos = 0
  const peek = () => tokens[pos]
  const word = () => (peek()?.kind === 'word' ? peek().text.toLowerCase() : undefined)
  const expect = (text: string) => {
    if (peek()?.text !== text) throw new QueryError(`Syntax error: expected '${text}' in $filter`)
    pos++
  }
  const literal = (): Literal => {
    const t = tokens[pos++]
    if (t?.kind === 'string') return t.text
    if (t?.kind === 'word' && ['true', 'false'].includes(t.text)) return t.text === 'true'
    if (t?.kind === 'word' && t.text === 'null') return null
    throw new QueryError('Syntax error: expected a literal in $filter')
  }
  const factor = (): Filter => {
    if (word() === 'not') {
      pos++
      return { op: 'not', filter: factor() }
    }
    if (peek()?.text === '(') {
      pos++
      const f = expr()
      expect(')')
      return f
    }
    const t = tokens[pos++]
    if (t?.kind !== 'word') throw new QueryError('Syntax error: expected a property in $filter')
    const any = /^(.+)\/any$/i.exec(t.text)
    if (any) {
      expect('(')
      const variable = tokens[pos++]?.text ?? ''
      expect(':')
      const filter = expr()
      expect(')')
      return { op: 'any', path: any[1], variable, filter }
    }
    const op = word()
    if (op !== 'eq' && op !== 'ne')
      throw new QueryError(
        `Unsupported or invalid query filter clause specified for property '${t.text}'`
      )
    pos++
    return { op, path: t.text, value: literal() }
  }
  const chain = (next: () => Filter, join: 'and' | 'or'): Filter => {
    let left = next()
    while (word() === join) {
      pos++
      left = { op: join, left, right: next() }
    }
    return left
  }
  const expr = (): Filter => chain(() => chain(factor, 'and'), 'or')
  if (!tokens.length) throw new QueryError('Invalid filter clause: empty')
  const f = expr()
  if (pos < tokens.length) throw new QueryError(`Syntax error at '${tokens[pos].text}' in $filter`)
  return f
}

const same = (a: unknown, b: Literal) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b

/** Whether `item` matches; `filterable` lists the properties the resource lets be filtered. */
export function matches(
  f: Filter,
  item: Record<string, unknown>,
  filterable: readonly string[],
  scope: Record<string, unknown> = {}
): boolean {
  const value = (path: string) => {
    if (path in scope) return scope[path]
    if (!filterable.includes(path))
      throw new QueryError(
        `Unsupported or invalid query filter clause specified for property '${path}'`
      )
    return item[path]
  }
  switch (f.op) {
    case 'and':
      return matches(f.left, item, filterable, scope) && matches(f.right, item, filterable, scope)
    case 'or':
      return matches(f.left, item, filterable, scope) || matches(f.right, item, filterable, scope)
    case 'not':
      return !matches(f.filter, item, filterable, scope)
    case 'any': {
      const list = value(f.path)
      if (!Array.isArray(list)) throw new QueryError(`Property '${f.path}' is not a collection`)
      return list.some(v => matches(f.filter, item, filterable, { ...scope, [f.variable]: v }))
    }
    default: {
      const equal = same(value(f.path), f.value)
      return f.op === 'eq' ? equal : !equal
    }
  }
}

/** `$select` applied: the named properties (and `id`, and the OData type) only. */
export function selected(
  item: Record<string, unknown>,
  select: string | null
): Record<string, unknown> {
  if (!select) return item
  const names = new Set(['id', '@odata.type', ...select.split(',').map(s => s.trim())])
  return Object.fromEntries(Object.entries(item).filter(([k]) => names.has(k)))
}

export interface Page {
  value: Record<string, unknown>[]
  '@odata.nextLink'?: string
  '@odata.count'?: number
}

/** One page of `items` at `$top` (default 100, at most 999), linked to the next by
 *  $skiptoken. `self` is the request's URL: the next link keeps its other options. */
export function page(items: Record<string, unknown>[], self: URL, count: boolean): Page {
  const top = Number(self.searchParams.get('$top') ?? 100)
  if (!Number.isInteger(top) || top < 1 || top > 999)
    throw new QueryError(
      `Invalid page size specified: '${self.searchParams.get('$top')}'. Must be between 1 and 999 inclusive.`
    )
  const token = self.searchParams.get('$skiptoken')
  const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0
  if (!Number.isInteger(start) || start < 0) throw new QueryError('Invalid $skiptoken')
  const out: Page = { value: items.slice(start, start + top) }
  if (count) out['@odata.count'] = items.length
  if (start + top < items.length) {
    const next = new URL(self)
    next.searchParams.set('$skiptoken', Buffer.from(String(start + top)).toString('base64url'))
    out['@odata.nextLink'] = next.toString()
  }
  return out
}
