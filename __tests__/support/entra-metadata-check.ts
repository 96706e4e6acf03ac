// Checks a request to the simulated Graph against Microsoft's own description of Graph v1.0
// (the CSDL subset scripts/extract-entra-metadata.mjs writes): the path resolves through entity
// sets, keys, navigation properties, casts and bound actions; the method fits what it reaches
// (a DELETE under a navigation that does not contain its targets must end in /$ref, or it would
// delete the object itself); $select and $filter name properties of the type; a PATCH body sets
// properties of the type with values of their types. A request that would break against
// graph.microsoft.com breaks against the sandbox too.
import { readFileSync } from 'node:fs'
import { parseFilter, type Filter } from '../../src/sandbox/entra/odata.js'

interface Navigation {
  type: string
  collection: boolean
  contained: boolean
}

interface EntityType {
  base: string | null
  properties: Record<string, string>
  navigation: Record<string, Navigation>
}

export interface EntraMetadata {
  source: { repository: string; commit: string }
  sets: Record<string, string>
  types: Record<string, EntityType>
  actions: Record<string, { binding: string; returns: string | null }>
}

export function loadEntraMetadata(): EntraMetadata {
  return JSON.parse(
    readFileSync(new URL('../fixtures/entra-graph-metadata.json', import.meta.url), 'utf8')
  ) as EntraMetadata
}

type Reached =
  | { kind: 'collection'; type: string; via?: Navigation }
  | { kind: 'entity'; type: string; via?: Navigation; keyed: boolean }
  | { kind: 'ref'; via?: Navigation }
  | { kind: 'action'; name: string }

const SYSTEM_OPTIONS = new Set(['$select', '$filter', '$top', '$count', '$skiptoken', '$orderby'])

export function createEntraMetadataCheck(
  meta: EntraMetadata = loadEntraMetadata()
): (req: { method: string; path: string; query: URLSearchParams; body: unknown }) => string[] {
  /** The type and its bases, most derived first. */
  const chain = (name: string): EntityType[] => {
    const out: EntityType[] = []
    for (let t = meta.types[name]; t; t = t.base ? meta.types[t.base] : (undefined as never))
      out.push(t)
    return out
  }
  const property = (type: string, name: string) =>
    chain(type).find(t => name in t.properties)?.properties[name]
  const navigation = (type: string, name: string) =>
    chain(type).find(t => name in t.navigation)?.navigation[name]
  const derives = (type: string, from: string) =>
    type === from || chain(type).some(t => t === meta.types[from])

  function resolve(segments: string[]): Reached | string {
    const set = meta.sets[segments[0]]
    if (!set) return `no entity set "${segments[0]}" in Graph v1.0`
    let at: Reached = { kind: 'collection', type: set }
    for (const raw of segments.slice(1)) {
      const segment = decodeURIComponent(raw)
      const cast = /^microsoft\.graph\.(\w+)$/.exec(segment)
      if (at.kind === 'ref' || at.kind === 'action')
        return `nothing may follow ${at.kind === 'ref' ? '$ref' : at.name}`
      if (cast) {
        if (!meta.types[cast[1]]) return `cast to ${cast[1]}, a type the fixture does not know`
        if (!derives(cast[1], at.type))
          return `cast to ${cast[1]}, which does not derive from ${at.type}`
        at = { ...at, type: cast[1] }
      } else if (segment === '$ref') {
        if (at.kind !== 'entity' || !at.keyed || !at.via || at.via.contained)
          return '$ref where no reference to a member is addressed'
        at = { kind: 'ref', via: at.via }
      } else if (at.kind === 'collection') {
        at = { kind: 'entity', type: at.type, via: at.via, keyed: true }
      } else {
        const nav = navigation(at.type, segment)
        const action = meta.actions[segment]
        if (nav)
          at = nav.collection
            ? { kind: 'collection', type: nav.type, via: nav }
            : { kind: 'entity', type: nav.type, via: nav, keyed: false }
        else if (action && derives(at.type, action.binding)) at = { kind: 'action', name: segment }
        else return `${at.type} has no navigation property or bound action "${segment}"`
      }
    }
    return at
  }

  const filterProblems = (f: Filter, type: string, scope: string[] = []): string[] => {
    switch (f.op) {
      case 'and':
      case 'or':
        return [...filterProblems(f.left, type, scope), ...filterProblems(f.right, type, scope)]
      case 'not':
        return filterProblems(f.filter, type, scope)
      case 'any': {
        const t = property(type, f.path)
        const own = t?.startsWith('Collection(')
          ? []
          : [`$filter: ${f.path} is not a collection property of ${type}`]
        return [...own, ...filterProblems(f.filter, type, [...scope, f.variable])]
      }
      default:
        return scope.includes(f.path) || property(type, f.path)
          ? []
          : [`$filter: ${type} has no property ${f.path}`]
    }
  }

  const typeProblem = (name: string, edm: string, value: unknown): string | undefined => {
    const ok =
      edm === 'Edm.Boolean'
        ? typeof value === 'boolean'
        : edm === 'Edm.String' || edm === 'Edm.Guid' || edm === 'Edm.DateTimeOffset'
          ? typeof value === 'string' || value === null
          : edm.startsWith('Collection(')
            ? Array.isArray(value)
            : true
    return ok ? undefined : `body: ${name} must be ${edm}, got ${JSON.stringify(value)}`
  }

  return req => {
    const segments = req.path.split('/').filter(Boolean)
    if (segments[0] === '$batch') return req.method === 'POST' ? [] : [`${req.method} $batch`]
    const at = resolve(segments)
    if (typeof at === 'string') return [at]
    const out: string[] = []
    const { method } = req
    if (method === 'GET' && (at.kind === 'ref' || at.kind === 'action'))
      out.push(`GET of ${at.kind}`)
    if (method === 'PATCH' && at.kind !== 'entity') out.push(`PATCH of a ${at.kind}`)
    if (method === 'POST' && at.kind !== 'action')
      out.push(`POST to a ${at.kind}: only bound actions are used`)
    if (method === 'DELETE') {
      if (at.kind !== 'entity' && at.kind !== 'ref') out.push(`DELETE of a ${at.kind}`)
      else if (at.kind === 'entity' && at.via && !at.via.contained)
        out.push('DELETE of a member without /$ref: Graph would delete the member object itself')
    }
    if (method === 'PATCH' && at.kind === 'entity')
      for (const [k, v] of Object.entries((req.body as Record<string, unknown>) ?? {})) {
        const edm = property(at.type, k)
        if (!edm) out.push(`body: ${at.type} has no property ${k}`)
        else {
          const p = typeProblem(k, edm, v)
          if (p) out.push(p)
        }
      }
    if (method === 'POST' && at.kind === 'action' && req.body !== undefined && req.body !== null)
      out.push(`${at.name} takes no body`)
    const type = at.kind === 'collection' || at.kind === 'entity' ? at.type : undefined
    for (const [key, value] of req.query) {
      if (!SYSTEM_OPTIONS.has(key)) {
        out.push(`unknown query option ${key}`)
        continue
      }
      if (!type) out.push(`${key} on a ${at.kind}`)
      else if (key === '$select')
        for (const name of value.split(','))
          if (!property(type, name.trim())) out.push(`$select: ${type} has no property ${name}`)
      if (type && key === '$filter') {
        try {
          out.push(...filterProblems(parseFilter(value), type))
        } catch (error) {
          out.push(`$filter does not parse: ${(error as Error).message}`)
        }
      }
      if (
        key === '$top' &&
        !(Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 999)
      )
        out.push(`$top must be 1 to 999: ${value}`)
      if (key === '$count' && !['true', 'false'].includes(value))
        out.push(`$count must be true or false`)
    }
    return out
  }
}
