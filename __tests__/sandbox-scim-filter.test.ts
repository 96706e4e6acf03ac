// SCIM filter parsing and matching (RFC 7644 3.4.2.2).
import { describe, expect, it } from '@jest/globals'
import {
  filterAttributes,
  matchesFilter,
  parseFilter,
  ScimFilterError
} from '../src/sandbox/scim/filter.js'

const alice = {
  id: 'A1',
  userName: 'alice@acme.example',
  active: true,
  name: { givenName: 'Alice', familyName: 'Liddell' },
  emails: [
    { value: 'alice@acme.example', type: 'work', primary: true },
    { value: 'alice@home.example', type: 'home' }
  ],
  meta: { created: '2026-01-02T00:00:00Z' }
}
const bob = { id: 'b2', userName: 'bob', active: false, emails: [] }

const match = (filter: string, resource: object) =>
  matchesFilter(parseFilter(filter), resource, ['id', 'externalid'])

describe('parseFilter', () => {
  it('parses a comparison into plain data, lower-casing attribute names', () => {
    expect(parseFilter('userName eq "Alice"')).toEqual({
      op: 'eq',
      attr: 'username',
      value: 'Alice'
    })
  })

  it('binds and tighter than or, and honours parentheses and not', () => {
    expect(parseFilter('a eq 1 or b eq 2 and c pr')).toEqual({
      op: 'or',
      left: { op: 'eq', attr: 'a', value: 1 },
      right: { op: 'and', left: { op: 'eq', attr: 'b', value: 2 }, right: { op: 'pr', attr: 'c' } }
    })
    expect(parseFilter('not (active eq true)')).toEqual({
      op: 'not',
      filter: { op: 'eq', attr: 'active', value: true }
    })
  })

  it('strips the core User schema URN from attribute paths', () => {
    expect(parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x"')).toMatchObject(
      {
        attr: 'username'
      }
    )
  })

  it.each([
    '',
    'userName',
    'userName eq',
    'userName equals "x"',
    'userName eq "x" and',
    '(userName eq "x"',
    'userName eq "unterminated',
    'userName eq bare',
    'emails[value eq "x"'
  ])('rejects %j as an invalid filter', f => {
    expect(() => parseFilter(f)).toThrow(ScimFilterError)
  })

  it('lists the attributes a filter names, value paths included', () => {
    expect(filterAttributes(parseFilter('emails[type eq "work"] and active eq true'))).toEqual([
      'emails',
      'emails.type',
      'active'
    ])
  })
})

describe('matchesFilter', () => {
  it('compares userName and emails.value case-insensitively, id exactly', () => {
    expect(match('userName eq "ALICE@acme.example"', alice)).toBe(true)
    expect(match('emails.value eq "Alice@Home.Example"', alice)).toBe(true)
    expect(match('emails eq "alice@home.example"', alice)).toBe(true)
    expect(match('id eq "a1"', alice)).toBe(false)
    expect(match('id eq "A1"', alice)).toBe(true)
  })

  it('matches booleans, presence and string operators', () => {
    expect(match('active eq false', bob)).toBe(true)
    expect(match('active eq false', alice)).toBe(false)
    expect(match('emails pr', alice)).toBe(true)
    expect(match('emails pr', bob)).toBe(false)
    expect(match('userName sw "ali" and userName ew ".example"', alice)).toBe(true)
    expect(match('name.familyName co "dde"', alice)).toBe(true)
    expect(match('meta.created gt "2026-01-01"', alice)).toBe(true)
  })

  it('ne holds when no value equals', () => {
    expect(match('emails.value ne "alice@acme.example"', alice)).toBe(false)
    expect(match('emails.value ne "zed@acme.example"', alice)).toBe(true)
  })

  it('a value path requires one element to satisfy the whole inner filter', () => {
    expect(match('emails[type eq "work" and value ew "@acme.example"]', alice)).toBe(true)
    expect(match('emails[type eq "home" and value ew "@acme.example"]', alice)).toBe(false)
  })

  it('refuses ordering comparisons on booleans', () => {
    expect(() => match('active gt true', alice)).toThrow(ScimFilterError)
  })
})
