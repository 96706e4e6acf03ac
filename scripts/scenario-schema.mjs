// Assembles schemas/scenario.schema.json (the sandbox scenario's schema, committed for editors
// and compiled by compile-schemas.mjs) from src/sandbox/scenario-schema.json, what every
// scenario has, and each simulated platform's part, src/sandbox/<platform>/scenario-schema.json,
// in the order of src/sandbox/registry.ts:
//
//   key     the platform's name in the scenario (`github` for `github:`, `people.<id>.github`)
//   block   the schema of its own top-level block, if it has one (placed before `people`)
//   person  the schema of what a person holds there: `people.<id>.<key>`
//   others  the schemas of its lists under `others`, by name
//   $defs   definitions its schemas refer to as #/$defs/<name>
//
// Run node scripts/compile-schemas.mjs after editing a part (a test checks both are current).
import { readFileSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const SCHEMA = new URL('schemas/scenario.schema.json', root)
const read = rel => JSON.parse(readFileSync(new URL(rel, root), 'utf8'))

/** The platforms' folders in the registry's order: the order of its imports. */
export function scenarioSchemaParts() {
  const registry = readFileSync(new URL('src/sandbox/registry.ts', root), 'utf8')
  return [...registry.matchAll(/^import \{ \w+ \} from '\.\/([\w-]+)\/index\.js'/gm)].map(m => m[1])
}

/** The assembled schema, as an object whose key order is the file's. */
export function scenarioSchema() {
  const base = read('src/sandbox/scenario-schema.json')
  const { people, others, ...rest } = base.properties
  const blocks = {}
  const $defs = { ...base.$defs }
  const add = (into, name, schema, where) => {
    if (Object.hasOwn(into, name)) throw new Error(`${where}: "${name}" is defined twice`)
    into[name] = schema
  }
  for (const folder of scenarioSchemaParts()) {
    const file = `src/sandbox/${folder}/scenario-schema.json`
    let part
    try {
      part = read(file)
    } catch (err) {
      throw new Error(
        `${file}: ${err.code === 'ENOENT' ? 'missing' : err.message}: every platform of src/sandbox/registry.ts has its part of the scenario schema there`,
        { cause: err }
      )
    }
    if (part.block) add(blocks, part.key, part.block, file)
    add(people.additionalProperties.properties, part.key, part.person, file)
    for (const [name, schema] of Object.entries(part.others ?? {}))
      add(others.properties, name, schema, file)
    for (const [name, schema] of Object.entries(part.$defs ?? {})) add($defs, name, schema, file)
  }
  // The platforms' blocks go after `version`, before `people`, `others` and `faults`.
  const { version, ...after } = rest
  return { ...base, properties: { version, ...blocks, people, others, ...after }, $defs }
}

/** The schema as the committed file holds it, formatted by the repository's prettier (which
 *  keeps every object on lines of its own, as JSON.stringify writes them). */
export async function scenarioSchemaText() {
  const prettier = await import('prettier')
  const options = await prettier.resolveConfig(SCHEMA)
  const text = JSON.stringify(scenarioSchema(), null, 2)
  return prettier.format(text, { ...options, filepath: SCHEMA.pathname })
}

export async function writeScenarioSchema() {
  writeFileSync(SCHEMA, await scenarioSchemaText())
}
