// Durations as platforms.yaml writes them (`policy.revoke_within: 24h`), and as reports show
// a time to revoke (the schema checks the form: schemas/platforms.schema.json); dates as
// options and inputs take them.

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** The milliseconds of a duration written `90m`, `24h` or `2d`; throws for anything else
 *  (the schema has already said where, for a declaration). */
export function durationMs(text: string): number {
  const m = /^([1-9][0-9]{0,5})([mhd])$/.exec(text)
  if (!m)
    throw new Error(`"${text}" is not a duration: write a whole number and m, h or d, e.g. 24h`)
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]
}

/** A time span for people: `0.4s`, `12m 05s`, `3h 05m`, `2d 04h`; tenths of a second under a
 *  minute, else rounded down. */
export function formatSpan(ms: number): string {
  if (ms < 60_000) return `${(Math.max(0, Math.floor(ms / 100)) / 10).toFixed(1)}s`
  const s = Math.floor(ms / 1000)
  const [d, h, m] = [Math.floor(s / 86_400), Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60]
  const two = (n: number) => String(n).padStart(2, '0')
  if (d > 0) return `${d}d ${two(h)}h`
  if (h > 0) return `${h}h ${two(m)}m`
  return `${m}m ${two(s % 60)}s`
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}
