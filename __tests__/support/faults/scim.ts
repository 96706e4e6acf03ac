// The SCIM apps' part of the fault table (table.ts): docs/slack-scim.md's `scim:<app>`
// endpoints, on one server per app (`scim:jira`, `scim:pagerduty`).
import { departs, probe, type FaultPlatform } from './table.js'

export const scim: FaultPlatform = {
  key: 'scim',
  docs: ['docs/slack-scim.md'],
  logged: server => (server.startsWith('scim:') ? server : undefined),
  documented: server => (server.startsWith('scim:') ? 'scim:<app>' : server),
  variants: [
    {
      // alice departs (jira deactivates, pagerduty deletes); bob loses sre.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      }
    },
    {
      // An app without PATCH: the user is replaced with active false.
      name: 'other settings',
      head: people => {
        departs(people, 'alice')
        departs(people, 'dave')
      },
      faults: ['scim:jira PATCH /Users/{id} = 501']
    }
  ],
  stillThere(s, e) {
    const app = s.sandbox.states.scim[e.platform.replace(/^scim:/, '')]
    const user = app.users.find(u => u.userName.toLowerCase() === e.target.toLowerCase())
    return probe(
      { deactivate_user: () => user?.active === true, delete_user: () => user !== undefined },
      e
    )
  },
  containAgain: [],
  succeeds: e =>
    e.operation === 'GET /ServiceProviderConfig'
      ? 'unreadable, PATCH is tried, and its answer decides'
      : undefined
}
