// The fault table of Google Workspace: every endpoint its docs list, failed in turn on the
// sandbox (__tests__/support/faults/table.ts; what is Google's own is in google.ts there).
import { faultTable } from '../support/faults/table.js'
import { google } from '../support/faults/google.js'

faultTable(google)
