// How eagerly V8 collects garbage, for the command that holds large listings while it waits on
// the platforms.
import { setFlagsFromString } from 'node:v8'

/** How much the heap may grow past what was live at the last full collection, in percent. */
const AUDIT_HEAP_GROWTH_PERCENT = 40

/** The audit reads tens of thousands of accounts a platform and lets each page go once its
 *  accounts are taken: most of what it allocates is garbage soon after. By default V8 lets the
 *  heap grow to several times what is live before it collects it (at 80,000 people, about
 *  500 MB at peak with about 110 MB live), and grows the young generation as allocation goes
 *  on. Here the heap grows by at most AUDIT_HEAP_GROWTH_PERCENT past what is live and the young
 *  generation keeps its first size: the peak stays near what is live (bench/audit.ts: 292 MB
 *  instead of 498 at that size, medians of 3 runs). The collections this adds cost CPU the
 *  audit has to spare: it waits on the platforms far longer than it computes (the same wall
 *  time, 44 s, both ways).
 *  For the rest of the process: the command line runs one command, the action one mode. */
export function collectGarbageSooner(): void {
  setFlagsFromString(`--heap-growing-percent=${AUDIT_HEAP_GROWTH_PERCENT}`)
  setFlagsFromString('--semi-space-growth-factor=1')
}
