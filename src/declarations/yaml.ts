// YAML with positions, hardened against hostile input: every problem becomes a Diagnostic
// with file, line and column, never an exception.
import { isAscii } from 'node:buffer'
import jsYaml from 'js-yaml'
import type { LineCounter, Node } from 'yaml'
import type { Diagnostic } from './types.js'

// The careful parser (`yaml`, with positions) loads only when a file needs it: a valid tree is
// read by the fast path alone, and starting the command line stays quick.
let careful: typeof import('yaml') | undefined

/** Makes the careful parser available; parseYaml and locate need it for anything unusual. */
export async function loadCarefulParser(): Promise<void> {
  careful ??= await import('yaml')
}

export const carefulParserLoaded = (): boolean => careful !== undefined

export type YamlPath = readonly (string | number)[]

export interface ParsedYaml {
  file: string
  value: unknown
  /** Line and column of the node at `path`; with `key`, of the key of that mapping entry.
   *  A path that does not exist resolves to its deepest existing ancestor; the empty path is
   *  where the document's content starts. */
  locate(path: YamlPath, options?: { key?: boolean }): { line: number; column: number }
}

/** Aliases may be used, but not to blow up the document ("billion laughs"). */
const MAX_ALIAS_COUNT = 50

/** Parses one file. Without the careful parser loaded, a file the fast path cannot read
 *  comes back with `needsCareful`: load it (loadCarefulParser) and parse again. */
export function parseYaml(
  file: string,
  bytes: Buffer
): {
  parsed?: ParsedYaml
  problems: Diagnostic[]
  needsCareful?: boolean
  /** Read by the plain reader: every key and value is a word of printable ASCII, so it holds
   *  no control character (the loader skips looking for them). */
  plain?: boolean
} {
  const at = (line: number, column: number, message: string) => ({
    problems: [{ file, line, column, message }]
  })

  // ASCII is its own UTF-8 with no byte order mark: read as one-byte text, not decoded.
  const ascii = isAscii(bytes)
  let text: string
  try {
    text = ascii ? bytes.toString('latin1') : decoded(bytes)
  } catch {
    return at(
      firstNonUtf8Line(bytes),
      1,
      'this line is not valid UTF-8: save the file as UTF-8 text'
    )
  }

  const quick = quickParse(text, ascii ? bytes : undefined)
  if (quick)
    return {
      problems: [],
      parsed: lazilyLocated(file, text, quick.value, quick.start),
      ...(quick.plain ? { plain: true } : {})
    }

  if (!careful) return { problems: [], needsCareful: true }
  const { LineCounter, parseDocument } = careful
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const issues = [...doc.errors, ...doc.warnings]
  if (issues.length > 0) {
    return {
      problems: issues.map(e => {
        // An unclosed quote is detected at the end of the file; point at where it opens.
        const quote = /Missing closing (["'])quote/.exec(e.message)?.[1]
        const offset = quote ? Math.max(0, text.lastIndexOf(quote, e.pos[0] - 1)) : e.pos[0]
        const { line, column } = pos(offset)
        return { file, line, column, message: yamlMessage(e.code, e.message) }
      })
    }
  }
  if (doc.contents === null)
    return at(1, 1, 'the file is empty: it should declare a mapping of keys')

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (err) {
    const message =
      err instanceof ReferenceError && /alias/i.test(err.message)
        ? `anchors and aliases expand too much (more than ${MAX_ALIAS_COUNT} expansions): write the values out`
        : `cannot read this YAML: ${(err as Error).message}`
    return at(1, 1, message)
  }

  return {
    problems: [],
    parsed: lazilyLocated(file, text, value, pos(doc.contents.range?.[0] ?? 0))
  }
}

/** A file read by a fast path: its value, and where its content starts. */
type Quick = {
  value: Record<string, unknown>
  start: { line: number; column: number }
  plain?: boolean
}

/** Most files are plain mappings of plain scalars and lists: the plain reader reads them, and
 *  js-yaml, several times faster than `yaml`, most of the rest. Anything else (anchors,
 *  aliases, tags, tabs, errors, several documents, not a mapping) takes the careful path,
 *  which has positions and bounds alias expansion. */
function quickParse(text: string, ascii?: Buffer): Quick | undefined {
  // A line break of another kind would hide a line inside what reads as a comment.
  const plain = text.includes('\r') ? undefined : plainParse(text, ascii)
  if (plain) return plain
  if (/[\t&*!%]|^---|^\.\.\./m.test(text)) return undefined
  try {
    const value: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { value: value as Record<string, unknown>, start: firstContent(text) }
      : undefined
  } catch {
    return undefined
  }
}

/** Character classes of the plain reader, for ASCII: a key's first character, a key's, a
 *  word's (a word starts as a key does). Anything else (non-ASCII included) is not plain. */
const KEY_START = 1
const KEY = 2
const WORD = 4
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (/[A-Za-z_]/.test(ch)) CLASS[c] |= KEY_START
  if (/[A-Za-z0-9_-]/.test(ch)) CLASS[c] |= KEY
  if (/[A-Za-z0-9_@./+-]/.test(ch)) CLASS[c] |= WORD
}
const SPACE = 32
const is = (text: string, i: number, kind: number) => {
  const c = text.charCodeAt(i)
  return c < 128 && (CLASS[c] & kind) !== 0
}
/** What the core schema reads as null or a boolean, in any case (a superset: left to js-yaml). */
const NOT_TEXT = /^(?:null|true|false)$/i
const notText = (text: string, from: number, to: number) =>
  (to - from === 4 || to - from === 5) && NOT_TEXT.test(text.slice(from, to))

/** The end of a plain key starting at `from` (before `to`), or -1. */
function keyEnd(text: string, from: number, to: number): number {
  if (from >= to || !is(text, from, KEY_START)) return -1
  let i = from + 1
  while (i < to && is(text, i, KEY)) i++
  return i
}

/** Whether text[from, to) is a plain word (no spaces around it): ASCII, no YAML indicator, no
 *  ':' or '#', starting with a letter (so nothing the core schema reads as a number), not
 *  null or a boolean; or a date. */
function isWord(text: string, from: number, to: number): boolean {
  if (from >= to) return false
  if (is(text, from, KEY_START)) {
    for (let i = from + 1; i < to; i++)
      if (!is(text, i, WORD) && text.charCodeAt(i) !== SPACE) return false
    return !notText(text, from, to)
  }
  return to - from === 10 && isDate(text, from)
}
const digit = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}
/** dddd-dd-dd */
const isDate = (text: string, i: number) =>
  digit(text, i) &&
  digit(text, i + 1) &&
  digit(text, i + 2) &&
  digit(text, i + 3) &&
  text.charCodeAt(i + 4) === 45 &&
  digit(text, i + 5) &&
  digit(text, i + 6) &&
  text.charCodeAt(i + 7) === 45 &&
  digit(text, i + 8) &&
  digit(text, i + 9)

/** The files nearly every tree is made of, read in one pass over the text, several times
 *  faster than js-yaml and with less memory: mappings nested by indentation, whose values are
 *  plain words or dates, lists of them in brackets, or lists of them as `- ` lines; full-line
 *  comments. Anything else (quotes, numbers, booleans, a comment after a value, a value over
 *  several lines, a duplicate key...) is js-yaml's to read: undefined. What it returns,
 *  js-yaml returns too; with where the content starts. */
function plainParse(text: string, ascii?: Buffer): Quick | undefined {
  type YamlMap = Record<string, unknown>
  const root: YamlMap = {}
  // The mappings open at this line, innermost last.
  const open: { indent: number; map: YamlMap }[] = [{ indent: 0, map: root }]
  // A key with nothing after its colon: a mapping or a list below it, or null.
  let pending: { indent: number; map: YamlMap; key: string } | undefined
  let list: { indent: number; items: unknown[] } | undefined
  let start: { line: number; column: number } | undefined
  let line = 0
  // A slice of 13 characters or more is a view that keeps the whole text alive as long as the
  // value is (a person's strings, the text of every file of the tree): cut from the bytes of
  // an ASCII file (the same offsets), it is a string of its own.
  const cut = (from: number, to: number) =>
    ascii && to - from >= 13 ? ascii.toString('latin1', from, to) : text.slice(from, to)
  const word = (from: number, to: number) => (isWord(text, from, to) ? cut(from, to) : undefined)
  for (let pos = 0; pos < text.length;) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    line++
    // The line's content is [i, e): without the spaces around it.
    let i = pos
    while (text.charCodeAt(i) === SPACE) i++
    let e = end
    while (e > i && text.charCodeAt(e - 1) === SPACE) e--
    const indent = i - pos
    pos = end + 1
    if (i === e || text.charCodeAt(i) === 35 /* # */) continue
    start ??= { line, column: indent + 1 }
    if (text.charCodeAt(i) === 45 /* - */) {
      if (text.charCodeAt(i + 1) !== SPACE || i + 1 >= e) return undefined
      let from = i + 2
      while (text.charCodeAt(from) === SPACE) from++
      const item = word(from, e)
      if (item === undefined) return undefined
      if (pending && indent >= pending.indent) {
        list = { indent, items: [] }
        pending.map[pending.key] = list.items
        pending = undefined
      } else if (!list || indent !== list.indent) return undefined
      list.items.push(item)
      continue
    }
    list = undefined
    if (pending && indent > pending.indent) {
      const map: YamlMap = {}
      pending.map[pending.key] = map
      open.push({ indent, map })
    }
    pending = undefined
    while (open[open.length - 1].indent > indent) open.pop()
    const { map, indent: at } = open[open.length - 1]
    if (at !== indent) return undefined
    const colon = keyEnd(text, i, e)
    if (colon < 0 || text.charCodeAt(colon) !== 58 /* : */ || notText(text, i, colon))
      return undefined
    const key = text.slice(i, colon)
    if (key === '__proto__' || Object.hasOwn(map, key)) return undefined
    // Set now, so that keys keep the file's order whatever their value turns out to be.
    map[key] = null
    let v = colon + 1
    if (v === e) {
      pending = { indent, map, key }
      continue
    }
    if (text.charCodeAt(v) !== SPACE) return undefined
    while (text.charCodeAt(v) === SPACE) v++
    if (text.charCodeAt(v) === 91 /* [ */ && text.charCodeAt(e - 1) === 93 /* ] */) {
      const items: string[] = []
      let from = v + 1
      while (text.charCodeAt(from) === SPACE) from++
      // `[ ]` is an empty list; otherwise items between commas, none of them empty.
      if (from < e - 1)
        for (;;) {
          let comma = text.indexOf(',', from)
          if (comma < 0 || comma > e - 1) comma = e - 1
          let to = comma
          while (to > from && text.charCodeAt(to - 1) === SPACE) to--
          const item = word(from, to)
          if (item === undefined) return undefined
          items.push(item)
          if (comma === e - 1) break
          from = comma + 1
          while (text.charCodeAt(from) === SPACE) from++
        }
      map[key] = items
    } else {
      const value = word(v, e)
      if (value === undefined) return undefined
      map[key] = value
    }
  }
  return start ? { value: root, start, plain: true } : undefined
}

/** Line and column of the first character that is not blank or a comment. */
function firstContent(text: string): { line: number; column: number } {
  const match = /^([ ]*)[^\s#]/m.exec(text)
  if (!match) return { line: 1, column: 1 }
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1))
    line++
  return { line, column: match[1].length + 1 }
}

/** A file parse read before, for positions only: its text again (it decoded then), `value` as
 *  read, and where its content starts. */
export const locatable = (
  file: string,
  bytes: Buffer,
  value: unknown,
  start: { line: number; column: number }
): ParsedYaml => lazilyLocated(file, decoded(bytes), value, start)

/** The Document is large: keep only the text, and parse it again when a position is asked for
 *  (only for files with problems), so that a tree of thousands of files stays light. */
function lazilyLocated(
  file: string,
  text: string,
  value: unknown,
  start: { line: number; column: number }
): ParsedYaml {
  let reopened: { root: Node; counter: LineCounter } | undefined
  return {
    file,
    value,
    locate(path, options = {}) {
      if (path.length === 0) return start
      // Before the careful parser is loaded, positions are approximate (the document start);
      // callers load it and ask again when there is something to report.
      if (!careful) return start
      if (!reopened) {
        const counter = new careful.LineCounter()
        const doc = careful.parseDocument(text, { lineCounter: counter, uniqueKeys: true })
        reopened = { root: doc.contents as Node, counter }
      }
      const { line, col } = reopened.counter.linePos(
        nodeOffset(reopened.root, path, options.key ?? false)
      )
      return { line, column: col }
    }
  }
}

/** Offset of the node at `path` (or of its key), or of its deepest existing ancestor. */
function nodeOffset(root: Node, path: YamlPath, key: boolean): number {
  const { isMap, isPair, isScalar, isSeq } = careful!
  let node: Node | null = root
  let keyNode: Node | null = null
  for (const segment of path) {
    let next: Node | null = null
    if (isMap(node)) {
      const pair = node.items.find(
        p => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
      )
      if (pair) {
        keyNode = pair.key as Node
        next = pair.value as Node | null
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] as Node | undefined) ?? null
      keyNode = null
    }
    if (!next) break
    node = next
  }
  const target = key && keyNode ? keyNode : node
  return target?.range?.[0] ?? 0
}

function yamlMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: each key may appear only once in a mapping, remove one of them'
    case 'TAB_AS_INDENT':
      return 'tab character used for indentation: YAML indents with spaces'
    case 'MULTIPLE_DOCS':
      return "more than one YAML document: a declaration file holds one, remove the '---' separator"
    case 'TAG_RESOLVE_FAILED':
      return `unsupported tag: ${first}; remove the '!' tag`
    default:
      return `YAML syntax error: ${first}`
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** The text of a UTF-8 file, without its byte order mark; throws when it is not UTF-8. */
function decoded(bytes: Buffer): string {
  const text = strictUtf8.decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The first line (1-based) that is not valid UTF-8. */
function firstNonUtf8Line(bytes: Buffer): number {
  // Newline bytes never occur inside a multi-byte character, so lines decode on their own.
  let line = 1
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue
    try {
      strictUtf8.decode(bytes.subarray(start, i))
    } catch {
      return line
    }
    line++
    start = i + 1
  }
  return 1
}
