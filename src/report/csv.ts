// CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, its quotes doubled), safe to open in a spreadsheet: a cell
// that starts with = + - @ (or a tab or CR) would run as a formula there, so it starts with a
// single quote instead. Names in the cells come from people's files and platforms.

const FORMULA = /^[=+\-@\t\r]/

/** One field. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file: the header, then one line per row, each ending in CRLF. */
export function csv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][]
): string {
  return [header, ...rows].map(r => `${r.map(csvField).join(',')}\r\n`).join('')
}
