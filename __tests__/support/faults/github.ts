// GitHub's part of the fault table (table.ts): docs/github.md's endpoints, on the `github`
// server, with one organization, then with an enterprise, then with Enterprise Managed Users.
import type { Scenario } from '../../../src/sandbox/scenario.js'
import { departs, probe, type FaultPlatform } from './table.js'

/** GitHub serves these to Apps only: a classic token gets 403, which is a note, not a failure. */
const FINE_GRAINED = new Set([
  'GET /orgs/{org}/personal-access-tokens',
  'GET /orgs/{org}/personal-access-token-requests'
])

/** The bundled scenario with an enterprise that assigns alice a Copilot seat of its own. */
const enterprise = (s: Scenario) => {
  s.github = { ...s.github, enterprise: { copilot: true } }
  s.people!.alice.github = { ...s.people!.alice.github, enterprise: { copilot: true } }
}

export const github: FaultPlatform = {
  key: 'github',
  docs: ['docs/github.md'],
  logged: server => (server === 'github' ? 'github' : undefined),
  variants: [
    {
      // alice (every credential type) departs; bob loses sre and his owner role.
      name: 'departure and reduction',
      head: people => {
        departs(people, 'alice')
        people.set('bob', { ...people.get('bob')!, roles: ['backend'] })
      },
      scenario: s => (s.people!.alice.github!.token_requests = ['sync'])
    },
    {
      // An outside collaborator departing.
      name: 'other settings',
      head: people => {
        departs(people, 'alice')
        departs(people, 'dave')
      },
      prepare: sandbox => {
        const github = sandbox.states.github!
        github.members = github.members.filter(m => m.login !== 'DaveK')
        github.outsideCollaborators.push({ login: 'DaveK', repos: ['api'] })
      }
    },
    {
      // alice departs an organization of an enterprise that assigns her a Copilot seat: the
      // seat, then her membership (GraphQL), after every organization step.
      name: 'the enterprise',
      platforms: p => ({ ...p, github: { ...p.github!, enterprise: 'acme-co' } }),
      head: people => departs(people, 'alice'),
      scenario: enterprise
    },
    {
      // Enterprise Managed Users: alice's SCIM identity is deactivated instead.
      name: 'Enterprise Managed Users',
      platforms: p => ({ ...p, github: { ...p.github!, enterprise: 'acme-co', emu: true } }),
      head: people => departs(people, 'alice'),
      scenario: enterprise
    }
  ],
  // An organization of its own: the connector changes owners of one organization one at a
  // time, in the whole process, and the rows run at once.
  isolate: (platforms, n) => ({ ...platforms, github: { ...platforms.github!, org: `acme-${n}` } }),
  stillThere(s, e) {
    const gh = s.sandbox.states.github!
    const person = s.built.head.people.get(e.person)!
    const login = (person.accounts.github ?? '').toLowerCase()
    const number = (re: RegExp) => Number(re.exec(e.target)?.[1])
    const member = gh.members.find(m => m.login.toLowerCase() === login)
    const held = <T extends { login: string }>(list: T[] | undefined) =>
      (list ?? []).filter(x => x.login.toLowerCase() === login)
    return probe(
      {
        remove_org_membership: () => member !== undefined,
        remove_outside_collaborator: () =>
          gh.outsideCollaborators.some(c => c.login.toLowerCase() === login),
        demote_org_admin: () => member?.role === 'admin',
        remove_team_membership: () =>
          gh.teams
            .find(t => t.slug === e.target.replace(/^team /, ''))!
            .members.some(m => m.login.toLowerCase() === login),
        cancel_invitation: () => gh.invitations.some(i => i.id === number(/invitation (\d+)/)),
        revoke_sso_authorization: () =>
          gh.credentialAuthorizations.some(c => c.credential_id === number(/credential (\d+)/)),
        revoke_token_grant: () => gh.patGrants.some(g => g.id === number(/token grant (\d+)/)),
        deny_token_request: () => gh.patRequests.some(r => r.id === number(/token request (\d+)/)),
        remove_copilot_seat: () =>
          gh.copilotSeats.some(
            c => c.login.toLowerCase() === login && !c.pending_cancellation_date
          ),
        remove_enterprise_copilot_seat: () =>
          held(gh.enterprise?.copilotSeats).some(c => !c.pending_cancellation_date),
        remove_enterprise_member: () => held(gh.enterprise?.members).length > 0,
        deprovision_scim_user: () => held(gh.enterprise?.scimUsers).some(u => u.active)
      },
      e
    )
  },
  unsent: {
    // Read only when the deactivation answers 404: that row sends it.
    'github GET /scim/v2/enterprises/{enterprise}/Users/{scim_user_id}':
      'read back after a 404 only'
  },
  containAgain: [],
  succeeds: (e, fault) =>
    fault === '403' && FINE_GRAINED.has(e.operation)
      ? 'GitHub serves these to Apps only: a note for a classic token'
      : undefined
}
