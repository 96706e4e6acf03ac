// The JSON Schemas of the three file kinds (schemas/*.schema.json, also used by editors),
// and their errors turned into messages that say what to change.
import type { ErrorObject, ValidateFunction } from 'ajv'
import { didYouMean } from './suggest.js'
import type { Diagnostic } from './types.js'
// Compiled ahead of time from schemas/*.schema.json (scripts/compile-schemas.mjs), so that
// starting the command line does not pay for ajv's compiler.
import * as compiled from './validators.js'
import personSchema from '../../schemas/person.schema.json' with { type: 'json' }
import platformsSchema from '../../schemas/platforms.schema.json' with { type: 'json' }
import roleSchema from '../../schemas/role.schema.json' with { type: 'json' }
import scenarioSchema from '../../schemas/scenario.schema.json' with { type: 'json' }
import type { ParsedYaml, YamlPath } from './yaml.js'

/** The access tree's file kinds, and the sandbox scenario (src/sandbox/scenario.ts). */
export type FileKind = 'platforms' | 'person' | 'role' | 'scenario'

const validators: Record<FileKind, ValidateFunction> = compiled
/** The schemas themselves, for what an error's own subschema does not say ($ref targets). */
const schemas: Record<FileKind, unknown> = {
  platforms: platformsSchema,
  person: personSchema,
  role: roleSchema,
  scenario: scenarioSchema
}

/** Schema problems of one parsed file, each at the YAML node it is about. */
export function schemaProblems(kind: FileKind, doc: ParsedYaml): Diagnostic[] {
  const validate = validators[kind]
  if (validate(doc.value)) return []
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const err of fittingBranches(validate.errors ?? [])) {
    const described = describe(err, doc.value, schemas[kind])
    if (!described) continue
    const { line, column } = doc.locate(described.path, { key: described.atKey })
    const key = `${line}:${column}:${described.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ file: doc.file, line, column, message: described.message })
  }
  return out
}

/** Of a oneOf's errors, only those of the branches the value's type fits: a name that breaks
 *  the name's pattern is not also told it is no mapping, nor that it matches no branch. When
 *  no branch fits the value's type, one error lists the types that would. */
function fittingBranches(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>()
  const add: ErrorObject[] = []
  for (const oneOf of errors.filter(e => e.keyword === 'oneOf')) {
    const inside = (e: ErrorObject) => e.schemaPath.startsWith(`${oneOf.schemaPath}/`)
    const misfits = errors.filter(
      e =>
        inside(e) &&
        e.keyword === 'type' &&
        e.instancePath === oneOf.instancePath &&
        /^\/\d+\/type$/.test(e.schemaPath.slice(oneOf.schemaPath.length))
    )
    if (!misfits.length) continue
    for (const e of [oneOf, ...misfits]) drop.add(e)
    if (!errors.some(e => inside(e) && !misfits.includes(e)))
      add.push({ ...misfits[0]!, params: { type: misfits.map(e => e.params.type as string) } })
  }
  return [...errors.filter(e => !drop.has(e)), ...add]
}

interface Described {
  path: YamlPath
  atKey?: boolean
  message: string
}

function describe(err: ErrorObject, root: unknown, schema: unknown): Described | undefined {
  const path = pointerToPath(err.instancePath)
  const field = fieldName(path)
  const value = valueAt(root, path)
  const hint = (err.parentSchema as { description?: string } | undefined)?.description
  const p = err.params as Record<string, unknown>
  switch (err.keyword) {
    case 'if':
      return undefined // the `then`/`else` error that follows says what is wrong
    case 'required': {
      const missing = String(p.missingProperty)
      if (missing === 'departed_on')
        return {
          path,
          message: 'status is departed: add departed_on: YYYY-MM-DD (the departure date)'
        }
      const inside = path.length === 0 ? 'the file' : field
      const propHint = propertyDescription(err.parentSchema, missing)
      return {
        path,
        message: `${inside} is missing the required key "${missing}"${propHint ? ` (${propHint})` : ''}`
      }
    }
    case 'not':
      if (err.schemaPath.startsWith('#/else'))
        return {
          path: [...path, 'departed_on'],
          atKey: true,
          message:
            'departed_on is only allowed when status is departed: remove it, or set status: departed'
        }
      return { path, message: `${field} ${err.message ?? 'is not allowed'}` }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(p.additionalProperty ?? p.unevaluatedProperty)
      const allowed = allowedKeys(err.parentSchema, schema)
      const suggestion = didYouMean(key, allowed)
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown key "${key}" in ${path.length === 0 ? 'the file' : field}${
          suggestion ||
          (allowed.length || !hint ? `: allowed keys are ${allowed.join(', ')}` : `: use ${hint}`)
        }`
      }
    }
    case 'type': {
      // A list of types (`accounts.aws`: a name, or a mapping of them) reads "text or ...".
      const expected = [p.type].flat().map(String).map(article).join(' or ')
      const quote =
        expected.startsWith(article('string')) &&
        (typeof value === 'number' || typeof value === 'boolean')
          ? ': put the value in quotes so YAML reads it as text'
          : ''
      return {
        path,
        message: `${path.length === 0 ? 'the file' : field} must be ${expected}, found ${kindOf(value)}${quote}`
      }
    }
    case 'const':
      return { path, message: `${field} must be ${JSON.stringify(p.allowedValue)}` }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String)
      return {
        path,
        message: `${field} must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}${didYouMean(String(value), allowed)}`
      }
    }
    case 'pattern':
      return {
        path,
        message: `${field} ${JSON.stringify(value)} is not valid${hint ? `: use ${hint}` : ''}`
      }
    case 'format': {
      const want: Record<string, string> = {
        email: 'an email address, e.g. alice@acme.example',
        date: 'a date written YYYY-MM-DD, e.g. 2026-11-20',
        uri: 'an absolute URL, e.g. https://example.com/scim/v2'
      }
      return {
        path,
        message: `${field} ${JSON.stringify(value)} is not ${want[String(p.format)] ?? `a valid ${String(p.format)}`}`
      }
    }
    case 'uniqueItems': {
      const list = value as unknown[]
      const j = Number(p.j)
      return {
        path: [...path, Number(p.i)],
        message: `${field} lists ${JSON.stringify(list[j])} twice: remove the duplicate`
      }
    }
    case 'minLength':
      return { path, message: `${field} must not be empty` }
    case 'minimum':
    case 'maximum':
      return {
        path,
        message: `${field} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}, found ${String(value)}`
      }
    default:
      return { path, message: `${field} ${err.message ?? 'is not valid'}` }
  }
}

/** Keys a mapping's schema allows, those of a local `$ref` it builds on included. */
function allowedKeys(parentSchema: unknown, root: unknown): string[] {
  type Props = { properties?: Record<string, unknown>; $ref?: string }
  const own = parentSchema as Props
  const ref = own.$ref?.startsWith('#/') ? valueAt(root, own.$ref.slice(2).split('/')) : undefined
  return [
    ...Object.keys((ref as Props | undefined)?.properties ?? {}),
    ...Object.keys(own.properties ?? {})
  ]
}

function propertyDescription(parentSchema: unknown, name: string): string | undefined {
  const props = (parentSchema as { properties?: Record<string, { description?: string }> })
    .properties
  return props?.[name]?.description
}

function pointerToPath(pointer: string): YamlPath {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^\d+$/.test(s) ? Number(s) : s))
}

/** `accounts.github`, `roles[1]`. */
export function fieldName(path: YamlPath): string {
  return path.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s),
    ''
  )
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let v = root
  for (const s of path) v = (v as Record<string | number, unknown> | undefined)?.[s]
  return v
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `${article(typeof v)} (${JSON.stringify(v)})`
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping (key: value lines)',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty'
  }
  return words[type] ?? type
}
