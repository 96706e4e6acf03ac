import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalize } from '../src/log/canonical.js'

/** A double from its IEEE 754 bits, as RFC 8785 appendix B lists them. */
const double = (hex: string): number => Buffer.from(hex, 'hex').readDoubleBE(0)

describe('canonicalize (RFC 8785)', () => {
  it('section 3.2.2: the sample object, parsed from its JSON text', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`
    const output = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
    expect(canonicalize(JSON.parse(input))).toBe(output)
  })

  it('section 3.2.4: those are exactly the UTF-8 bytes the RFC lists (start and end)', () => {
    const input = JSON.parse('{"string":"\\u20ac$","literals":[null]}')
    const bytes = Buffer.from(canonicalize(input), 'utf8').toString('hex')
    // {"literals":[null],"string":"€$"} with € as e2 82 ac.
    expect(bytes).toBe('7b226c69746572616c73223a5b6e756c6c5d2c22737472696e67223a22e282ac24227d')
  })

  it('section 3.2.3: sorts members by UTF-16 code units, not code points', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`)
    // JSON.parse would put the integer-like key "1" first again: compare the text.
    const order = [...canonicalize(input).matchAll(/"([^"]*)":"/g)].map(m =>
      m[1].codePointAt(0)!.toString(16)
    )
    expect(order).toEqual(['5c', '31', '80', 'f6', '20ac', '1f600', 'fb33'])
    expect(canonicalize(input)).toMatch(/^\{"\\r":"Carriage Return","1":"One",/)
    // U+0080 is not a control character JSON escapes.
    expect(canonicalize(input)).toContain('"\u0080":"Control"')
  })

  it('appendix B: numbers as ECMAScript prints them', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2']
    ]
    for (const [bits, text] of vectors)
      expect([bits, canonicalize(double(bits))]).toEqual([bits, text])
  })

  it('refuses what JSON cannot hold', () => {
    for (const bits of ['7ff0000000000000', 'fff0000000000000', '7fffffffffffffff'])
      expect(() => canonicalize([double(bits)])).toThrow(/canonical JSON has no/)
    expect(() => canonicalize({ a: new Date(0) })).toThrow(/plain objects, not Date/)
    expect(() => canonicalize([undefined])).toThrow(/no undefined/)
    expect(() => canonicalize({ n: 1n })).toThrow(/no bigint/)
  })

  it('sorts at every level and leaves out undefined members, as JSON.stringify does', () => {
    expect(canonicalize({ b: [{ z: 1, a: { y: true, x: null } }], a: 'x', c: undefined })).toBe(
      '{"a":"x","b":[{"a":{"x":null,"y":true},"z":1}]}'
    )
  })

  it('is the same for any key order and a fixed point of parse + canonicalize', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        const text = canonicalize(value)
        expect(canonicalize(JSON.parse(text))).toBe(text)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        const reversed = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v
        ) as unknown
        expect(canonicalize(reversed)).toBe(text)
        expect(text).not.toMatch(/[\n\r\t]/)
      })
    )
  })
})
