// CSV as RFC 4180 writes it, safe to open in a spreadsheet.
import { describe, expect, it } from '@jest/globals'
import { csv, csvField } from '../src/report/csv.js'

describe('csv', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('Okafor, Bob')).toBe('"Okafor, Bob"')
    expect(csvField('the "boss"')).toBe('"the ""boss"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField(undefined)).toBe('')
    expect(csvField(null)).toBe('')
    expect(csvField(42)).toBe('42')
  })

  it('prefixes a text cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t'])
      expect(csvField(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`)
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    // A number is data, not a formula.
    expect(csvField(-5)).toBe('-5')
  })

  it('ends every line, the header too, with CRLF', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          [2, '']
        ]
      )
    ).toBe('a,b\r\n1,"x,y"\r\n2,\r\n')
  })
})
