// GitHub's GraphQL endpoint, for the documents offboard sends there: who the token acts as
// (`viewer { login }`, which an installation token may ask although REST's GET /user refuses
// it), and the enterprise member's removal (the ids it takes, then `removeEnterpriseMember`),
// answered from the state. Any other document is answered as GitHub answers one it cannot run:
// 200 with `errors`. Each document is an operation of its own (`POST /graphql query viewer`),
// so that faults can fail one, and the removal is the only write.
import type { SimRequest, SimResponse } from '../shared/server.js'
import { VIEWER_QUERY } from '../../github/client.js'
import {
  ENTERPRISE_MEMBER_IDS,
  REMOVE_ENTERPRISE_MEMBER
} from '../../connectors/github/enterprise.js'
import { leaveEnterprise } from './enterprise.js'
import { findUser, json, parseBody, type Ctx, type Route } from './http.js'
import { sameLogin, type GhEnterprise } from './state.js'

type Variables = Record<string, unknown>

/** A GraphQL error as GitHub words it. */
const failure = (type: string, message: string, path: string[]) => ({ type, path, message })

const enterpriseId = (e: GhEnterprise) => Buffer.from(`010:Enterprise${e.slug}`).toString('base64')
const userId = (id: number) => Buffer.from(`04:User${id}`).toString('base64')

const enterpriseOf = (ctx: Ctx, pick: (e: GhEnterprise) => boolean) => {
  const e = ctx.state.enterprise
  return e && pick(e) ? e : undefined
}

interface Document {
  /** Its name as an operation of the simulator, after `POST /graphql `. */
  name: string
  /** The document answered (whatever its whitespace): the one its sender sends. */
  document: string
  write: boolean
  answer(ctx: Ctx, variables: Variables): SimResponse
}

const squeezed = (q: string) => q.replace(/\s+/g, ' ').trim()

export const DOCUMENTS: Document[] = [
  {
    name: 'query viewer',
    document: VIEWER_QUERY,
    write: false,
    answer: ctx => json(200, { data: { viewer: { login: ctx.viewer } } })
  },
  {
    name: 'query enterprise user',
    document: ENTERPRISE_MEMBER_IDS,
    write: false,
    answer: (ctx, v) => {
      const e = enterpriseOf(ctx, e => sameLogin(e.slug, String(v.slug)))
      const u = findUser(ctx.state, String(v.login ?? ''))
      const errors = [
        ...(e
          ? []
          : [
              failure(
                'NOT_FOUND',
                `Could not resolve to an Enterprise with the slug of '${String(v.slug)}'.`,
                ['enterprise']
              )
            ]),
        ...(u
          ? []
          : [
              failure(
                'NOT_FOUND',
                `Could not resolve to a User with the login of '${String(v.login)}'.`,
                ['user']
              )
            ])
      ]
      const data = {
        enterprise: e ? { id: enterpriseId(e) } : null,
        user: u ? { id: userId(u.id), databaseId: u.id } : null
      }
      return json(200, errors.length ? { data, errors } : { data })
    }
  },
  {
    name: 'mutation removeEnterpriseMember',
    document: REMOVE_ENTERPRISE_MEMBER,
    write: true,
    answer: (ctx, v) => {
      const path = ['removeEnterpriseMember']
      const no = (type: string, message: string) =>
        json(200, {
          data: { removeEnterpriseMember: null },
          errors: [failure(type, message, path)]
        })
      const e = enterpriseOf(ctx, e => enterpriseId(e) === v.enterpriseId)
      if (!e)
        return no(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${String(v.enterpriseId)}'`
        )
      const u = ctx.state.users.find(x => userId(x.id) === v.userId)
      if (!u)
        return no(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${String(v.userId)}'`
        )
      if (!e.members.some(m => sameLogin(m.login, u.login)))
        return no('UNPROCESSABLE', `${u.login} is not a member of the ${e.slug} enterprise.`)
      leaveEnterprise(ctx, e, u.login)
      return json(200, { data: { removeEnterpriseMember: { user: { login: u.login } } } })
    }
  }
]

const documentOf = (query: unknown) =>
  typeof query === 'string'
    ? DOCUMENTS.find(d => squeezed(d.document) === squeezed(query))
    : undefined

/** How the simulator names a GraphQL request: its document's operation, else the endpoint. */
export function graphqlOperation(req: SimRequest): { operation: string; write: boolean } {
  const d = documentOf(parseBody(req)?.query)
  return d
    ? { operation: `POST /graphql ${d.name}`, write: d.write }
    : { operation: 'POST /graphql', write: true }
}

export const graphqlOperations = (): string[] => DOCUMENTS.map(d => `POST /graphql ${d.name}`)

export const graphqlRoutes: Route[] = [
  {
    method: 'POST',
    template: '/graphql',
    handler: ctx => {
      const d = documentOf(ctx.body.query)
      const variables = ctx.body.variables
      return d
        ? d.answer(ctx, variables && typeof variables === 'object' ? (variables as Variables) : {})
        : json(200, {
            errors: [
              {
                message: `The simulated GitHub answers only these documents: ${DOCUMENTS.map(x => x.name).join('; ')}`
              }
            ]
          })
    }
  }
]
