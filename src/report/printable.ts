// Text from outside (platforms' labels, display names, token names, deploy key titles, error
// messages) shown as data: a control character becomes a visible escape, so a name can neither
// forge a progress or outcome line nor drive the terminal. Declarations are already free of
// them (declarations/names.ts); this covers what platforms answer.
import { CONTROL_CHARACTERS } from '../declarations/names.js'

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** `text` with every control character written as `\n`, `\r`, `\t` or `\u001b`. */
export const printable = (text: string): string =>
  text.replace(
    CONTROL_CHARACTERS,
    c => SHORT[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`
  )
