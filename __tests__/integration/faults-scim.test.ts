// The fault table of the SCIM apps: every endpoint its docs list, failed in turn on the sandbox
// (__tests__/support/faults/table.ts; what is the SCIM apps's own is in scim.ts there).
import { faultTable } from '../support/faults/table.js'
import { scim } from '../support/faults/scim.js'

faultTable(scim)
