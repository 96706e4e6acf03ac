// Names are data: what every declared string may hold, and which ids a checkout cannot.
// Names, emails, ids, accounts and every setting are printed in plans, logs, pull request
// comments and terminals, so none may carry a character that a terminal or a reader would take
// for something else (a line break forging a line, an escape sequence rewriting one).
import type { Diagnostic } from './types.js'
import type { ParsedYaml, YamlPath } from './yaml.js'

/** C0 controls (NUL, line breaks, tab, ESC...), DEL, C1 controls (CSI...), the Unicode line and
 *  paragraph separators, and the bidirectional overrides and isolates that reorder what is
 *  shown ("Trojan source"). ANSI escape sequences start with ESC or CSI, so they are covered. */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0a: 'line break',
  0x0d: 'carriage return',
  0x1b: 'ESC, which starts terminal escape sequences',
  0x7f: 'DEL',
  0x9b: 'CSI, which starts terminal escape sequences'
}

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** `U+001B (ESC, ...)`: the character, named where a name helps. */
export function describeCharacter(c: string): string {
  const name = NAMES[c.codePointAt(0)!]
  return `${codePoint(c)}${name ? ` (${name})` : ''}`
}

/** Every string of a parsed file (keys too) holding a control character, at its position. */
export function controlCharacterProblems(
  doc: ParsedYaml,
  fieldName: (path: YamlPath) => string
): Diagnostic[] {
  const out: Diagnostic[] = []
  // One path, grown and shrunk as the walk goes: copied only for a problem.
  const at: (string | number)[] = []
  const check = (text: string, key: boolean) => {
    const found = text.match(CONTROL_CHARACTERS)
    if (!found) return
    const path = [...at]
    const what = key ? `the key ${JSON.stringify(text)}` : fieldName(path) || 'the value'
    out.push({
      file: doc.file,
      ...doc.locate(path, { key }),
      message: `${what} contains ${describeCharacter(found[0])}${found.length > 1 ? ` and ${found.length - 1} more control character${found.length > 2 ? 's' : ''}` : ''}: declarations are shown in plans, logs and terminals, so they hold no control characters, line breaks or escape sequences; remove it`
    })
  }
  const walk = (value: unknown) => {
    if (typeof value === 'string') check(value, false)
    else if (Array.isArray(value))
      value.forEach((v, i) => {
        at.push(i)
        walk(v)
        at.pop()
      })
    else if (value !== null && typeof value === 'object')
      // Keys, not entries: no pair is allocated for each of a tree's million fields.
      for (const k of Object.keys(value)) {
        at.push(k)
        check(k, true)
        walk((value as Record<string, unknown>)[k])
        at.pop()
      }
  }
  walk(doc.value)
  return out
}

/** `map[name]` if `map` has it as its own key: a name such as `constructor` or `toString`
 *  is data, never a property every object inherits. */
export const byName = <T>(
  map: Readonly<Record<string, T>> | undefined,
  name: string
): T | undefined => (map !== undefined && Object.hasOwn(map, name) ? map[name] : undefined)

/** Device names Windows reserves, with or without an extension: `con`, `con.old`, `com1`. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/** Why `id` cannot name a person or role file (and the branch mode offboard opens for it),
 *  with an id that can, or undefined when it can. `id` already matches the id pattern. */
export function unusableId(id: string): { why: string; instead: string } | undefined {
  const why = unusableWhy(id)
  if (!why) return undefined
  const instead = id
    .replace(/\.{2,}/g, '.')
    .replace(/\.+$/, '')
    .replace(/\.lock$/, '-lock')
    .replace(WINDOWS_DEVICE, (_all, device: string, rest = '') => `${device}-1${rest}`)
  return {
    why,
    instead: instead === id || unusableWhy(instead) ? `${id.replace(/\W/g, '-')}-1` : instead
  }
}

function unusableWhy(id: string): string | undefined {
  if (WINDOWS_DEVICE.test(id))
    return `Windows reserves ${id.split('.')[0].toUpperCase()} as a device name, so a checkout on Windows cannot hold ${id}.yaml`
  if (id.endsWith('.'))
    return 'an id may not end in ".": Windows drops a trailing dot from names, and git refuses the branch offboard/<id> that mode offboard opens'
  if (id.includes('..') || id.endsWith('.lock'))
    return `git refuses the branch offboard/${id} that mode offboard opens (no ".." in it, no ".lock" at its end)`
  return undefined
}
