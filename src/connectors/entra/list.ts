// Every Entra user for the audit, with the declared groups each is in: users listed whole at
// Graph's largest page (999), and each declared group's members (through nested groups too:
// that is the access a member has) read in $batch requests of 20, one round trip for most
// tenants. A disabled user cannot sign in, so it holds no grant.
import type { Grant, ListedAccount } from '../connector.js'
import type { GraphClient } from './client.js'
import { describe } from './errors.js'
import type { EntraUser } from './discover.js'
import { ENTRA, entraGroupGrant, isEntraGroup } from './vocabulary.js'

const LIST_SELECT = 'id,userPrincipalName,displayName,mail,accountEnabled,userType'

export async function listEntra(
  graph: GraphClient,
  declared: Grant[],
  notes: string[]
): Promise<ListedAccount[]> {
  const groups = [...new Set(declared.filter(isEntraGroup).map(g => g.value.toLowerCase()))]
  const reads = groups.map(id => ({
    id,
    url: `/groups/${encodeURIComponent(id)}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
    needs: 'GroupMember.Read.All'
  }))
  const [users, answers] = await Promise.all([
    graph.all<EntraUser>('users', {
      query: { $select: LIST_SELECT, $top: '999' },
      needs: 'User.Read.All'
    }),
    graph.batch(reads)
  ])
  const groupsOf = new Map<string, string[]>()
  for (const read of reads) {
    const answer = answers.get(read.id)
    if (answer?.status === 404) {
      notes.push(`Entra group ${read.id} is declared but does not exist in the tenant`)
      continue
    }
    let members: { id?: string }[]
    try {
      members = await graph.rest<{ id?: string }>(graph.answerOf(read, answer), read.needs)
    } catch (error) {
      throw new Error(`could not read the members of Entra group ${read.id}: ${describe(error)}`, {
        cause: error
      })
    }
    for (const m of members) {
      const id = String(m.id)
      groupsOf.set(id, [...(groupsOf.get(id) ?? []), read.id])
    }
  }
  return users.map(u => {
    const active = u.accountEnabled !== false
    return {
      platform: ENTRA,
      account: u.userPrincipalName,
      id: u.id,
      ...(u.mail ? { email: u.mail } : {}),
      ...(u.displayName ? { name: u.displayName } : {}),
      kind: 'user' as const,
      active,
      grants: active ? (groupsOf.get(u.id) ?? []).map(entraGroupGrant) : [],
      credentials: []
    }
  })
}
