// The fault table of Okta: every endpoint its docs list, failed in turn on the sandbox
// (__tests__/support/faults/table.ts; what is Okta's own is in okta.ts there).
import { faultTable } from '../support/faults/table.js'
import { okta } from '../support/faults/okta.js'

faultTable(okta)
