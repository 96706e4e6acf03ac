import { connectorEnvironment, dirOption, EXIT, loadChange, type Command } from './command.js'

export const plan: Command = {
  name: 'plan',
  summary: 'detect the change between two commits and show what would be revoked',
  usage: `offboard plan --base REF [--head REF] [--json] [--dir access]

Compares the access declarations at --base with --head (default: the working tree), discovers
what each departing or reduced person actually holds on every configured platform (read-only:
plan never writes), and prints what apply would revoke.
Credentials come from the environment (GITHUB_TOKEN, AWS credentials, SLACK_TOKEN, each SCIM
app's token_env); a platform without them is shown as "not checked: no credentials". Every
read that failed is listed in a WARNING block at the top: apply fails until it succeeds.
Connection settings (endpoints, token variables, github.org, the platform blocks) come from
--base: a change to them is listed as taking effect after merge.
Exit: 0 planned, 2 invalid declarations, a change refused by the policy guards, or a departure
refused for its person (the change alters their accounts or unprotects one of them).`,
  options: {
    ...dirOption,
    base: { type: 'string' },
    head: { type: 'string' },
    json: { type: 'boolean', default: false }
  },
  async run(values, io) {
    const revisions = await loadChange('plan', values, io)
    if (!revisions) return EXIT.invalid
    const { planChange } = await import('../engine.js')
    const { planJson, planText, refusedPeople } = await import('../report/plan.js')
    const result = await planChange(revisions.base, revisions.head, connectorEnvironment(io))
    io.out(values.json ? planJson(result) : planText(result))
    if (result.refused) {
      io.err(`offboard: refused: ${result.refused.message}`)
      return EXIT.invalid
    }
    const refused = refusedPeople(result)
    for (const p of refused) io.err(`offboard: refused: ${p.refused!.message}`)
    return refused.length ? EXIT.invalid : EXIT.ok
  }
}
