// Jest's order, with the fault tables first: they are the longest files by far, and a clean
// clone has no timings for jest to go by (it would order by file size, and they are the
// smallest), so without this they start last and one worker runs them while the other idles.
import Sequencer from '@jest/test-sequencer'

const longest = test => /[\\/]faults-[\w]+\.test\.ts$/.test(test.path)

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    return [...sorted.filter(longest), ...sorted.filter(t => !longest(t))]
  }
}
