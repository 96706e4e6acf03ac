// The plan comment's hidden marker carries the plan's hash and its commits, and is read back
// without looking at the comment's prose; old comments (a marker without payload) tell of no
// plan, and nothing from outside can end the comment early or slip a field in.
import { describe, expect, it } from '@jest/globals'
import { planMarker, readPlanMarker } from '../src/report/plan-marker.js'
import { noPlanMarkdown, planMarkdown } from '../src/report/plan.js'
import { planOf, step } from './support/plan.js'

const hash = 'c'.repeat(64)
const base = '3f786850e387550fdab836ed7e6dc881de23001b'
const head = '89e6c98d92887913cadf06b2adb97f26cde4849b'

describe('the plan marker', () => {
  it("is the plan comment's first line and reads back what it carries", () => {
    const md = planMarkdown(planOf([step('github', 'alice', 'remove_org_membership', 'a')]), {
      base,
      head
    })
    expect(md.split('\n')[0]).toBe(`<!-- offboard:plan hash=${hash} base=${base} head=${head} -->`)
    expect(readPlanMarker(md)).toEqual({ hash, base, head })
    // Without commits (a plan of the working tree) it carries the hash alone.
    expect(readPlanMarker(planMarker({ hash }))).toEqual({ hash })
  })

  it('the comment of an invalid head names the commits and carries no hash: there is no plan for it', () => {
    const md = noPlanMarkdown(
      ['access/people/alice.yaml:4:9: status "gone" is not one of active, departed'],
      { base, head },
      'head'
    )
    expect(md.split('\n')[0]).toBe(`<!-- offboard:plan base=${base} head=${head} -->`)
    expect(readPlanMarker(md)).toEqual({ base, head })
    expect(md).toContain(`### offboard plan: no plan for \`${head.slice(0, 12)}\``)
    expect(md).toContain(
      '> - access/people/alice.yaml:4:9: status "gone" is not one of active, departed'
    )
  })

  it('an old comment, whose marker carries nothing, tells of no plan: its prose is not read', () => {
    const old = `<!-- offboard:plan -->\n### offboard plan: 1 departure\n\nPlan \`${hash}\` (a -> b)`
    expect(readPlanMarker(old)).toBeUndefined()
    expect(readPlanMarker(`Plan \`${hash}\``)).toBeUndefined()
  })

  it('writes and reads only values of the right shape', () => {
    const forged = `${'0'.repeat(40)} --> <b>x</b> <!-- offboard:plan hash=${hash}`
    const line = planMarker({ hash, base: forged, head: 'main' })
    expect(line).toBe(`<!-- offboard:plan hash=${hash} -->`)
    expect(readPlanMarker(`<!-- offboard:plan hash=${'c'.repeat(63)} -->`)).toBeUndefined()
    expect(readPlanMarker(`<!-- offboard:plan hash=${hash} base=abc -->\n`)).toEqual({ hash })
    // The marker is the first line, or nothing.
    expect(readPlanMarker(`quoted:\n<!-- offboard:plan hash=${hash} -->`)).toBeUndefined()
  })
})
