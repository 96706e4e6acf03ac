// The fault table of GitHub: every endpoint its docs list, failed in turn on the sandbox
// (__tests__/support/faults/table.ts; what is GitHub's own is in github.ts there).
import { faultTable } from '../support/faults/table.js'
import { github } from '../support/faults/github.js'

faultTable(github)
