import { configuredInstances } from '../connectors/registry.js'
import { loadFromDirectory } from '../declarations/load.js'
import { plural } from '../report/words.js'
import { dirOption, EXIT, reportInvalid, type Command } from './command.js'

export const validate: Command = {
  name: 'validate',
  summary: 'check the access declarations (schemas and cross-file rules)',
  usage: `offboard validate [--dir access]

Checks every file of the access tree against its schema and the cross-file rules.
Prints one "path:line:column: message" line per problem.
Exit: 0 valid, 2 invalid.`,
  options: dirOption,
  async run(values, io) {
    const dir = String(values.dir)
    const { declarations, diagnostics } = await loadFromDirectory(dir, io.cwd)
    if (diagnostics.length > 0) {
      const files = new Set(diagnostics.map(d => d.file)).size
      return reportInvalid(
        io,
        diagnostics,
        `offboard: ${plural(diagnostics.length, 'problem')} in ${plural(files, 'file')}: fix them and run validate again`
      )
    }
    const active = [...declarations.people.values()].filter(p => p.status === 'active').length
    const platforms = configuredInstances(declarations.platforms).map(({ instance }) =>
      instance.detail ? `${instance.name} (${instance.detail})` : instance.name
    )
    io.out(
      `${dir}: valid: ${declarations.people.size} people (${active} active), ${plural(declarations.roles.size, 'role')}; platforms: ${platforms.join(', ') || 'none'}`
    )
    return EXIT.ok
  }
}
