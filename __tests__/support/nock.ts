// nock patches Node's http module, which every test file of a jest worker shares: a file
// that blocks the network must give it back, or later files in the same worker (servers on
// loopback, moto) find their requests refused.
import { afterAll, beforeAll } from '@jest/globals'
import nock from 'nock'

export function useNock(): void {
  beforeAll(() => {
    if (!nock.isActive()) nock.activate()
    nock.disableNetConnect()
  })
  afterAll(() => {
    nock.cleanAll()
    nock.enableNetConnect()
    nock.restore()
  })
}
