// Assembles the access tree's schemas (schemas/platforms.schema.json, person.schema.json and
// role.schema.json: committed for editors, compiled by compile-schemas.mjs) from what every
// tree has, src/declarations/<kind>-schema.json, and each platform's part,
// src/connectors/<platform>/schema.json, in the order of src/connectors/registry.ts:
//
//   key       the platform's key (`github` for `github:`, `accounts.github`, `grants.github`)
//   platform  the schema of its platforms.yaml block (placed after `version`, before `policy`)
//   account   the schema of a person's `accounts.<key>`
//   grants    the schema of a role's `grants.<key>`
//
// Run node scripts/compile-schemas.mjs after editing a part (a test checks both are current).
import { readFileSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const read = rel => JSON.parse(readFileSync(new URL(rel, root), 'utf8'))
const KINDS = ['platforms', 'person', 'role']

/** The platforms' folders in the registry's order: the order of its imports. */
export function accessSchemaFolders() {
  const registry = readFileSync(new URL('src/connectors/registry.ts', root), 'utf8')
  return [...registry.matchAll(/^import \{ \w+ \} from '\.\/([\w-]+)\/index\.js'/gm)].map(m => m[1])
}

/** Every platform's part, in the registry's order. */
export function accessSchemaParts() {
  return accessSchemaFolders().map(folder => {
    const file = `src/connectors/${folder}/schema.json`
    try {
      return read(file)
    } catch (err) {
      throw new Error(
        `${file}: ${err.code === 'ENOENT' ? 'missing' : err.message}: every platform of src/connectors/registry.ts has its part of the schemas there`,
        { cause: err }
      )
    }
  })
}

/** The assembled schemas by kind, as objects whose key order is the files'; `parts` are the
 *  platforms' (tests add a fake one). */
export function accessSchemas(parts = accessSchemaParts()) {
  const [platforms, person, role] = KINDS.map(kind => read(`src/declarations/${kind}-schema.json`))
  const blocks = {}
  const add = (into, part, what) => {
    if (!part[what]) throw new Error(`the schema part of ${part.key} has no "${what}"`)
    if (Object.hasOwn(into, part.key)) throw new Error(`platform "${part.key}" is defined twice`)
    into[part.key] = part[what]
  }
  for (const part of parts) {
    add(blocks, part, 'platform')
    add(person.properties.accounts.properties, part, 'account')
    add(role.properties.grants.properties, part, 'grants')
  }
  // The platforms' blocks go after `version`, before `policy`.
  const { version, ...after } = platforms.properties
  return {
    platforms: { ...platforms, properties: { version, ...blocks, ...after } },
    person,
    role
  }
}

/** The schemas as the committed files hold them, formatted by the repository's prettier. */
export async function accessSchemaTexts(schemas = accessSchemas()) {
  const prettier = await import('prettier')
  const texts = {}
  for (const kind of KINDS) {
    const file = new URL(`schemas/${kind}.schema.json`, root)
    const options = await prettier.resolveConfig(file)
    const text = JSON.stringify(schemas[kind], null, 2)
    texts[kind] = await prettier.format(text, { ...options, filepath: file.pathname })
  }
  return texts
}

export async function writeAccessSchemas() {
  for (const [kind, text] of Object.entries(await accessSchemaTexts()))
    writeFileSync(new URL(`schemas/${kind}.schema.json`, root), text)
}
