// The fault table of Microsoft Entra ID: every endpoint its docs list, failed in turn on the
// sandbox (__tests__/support/faults/table.ts; what is Entra's own is in entra.ts there).
import { faultTable } from '../support/faults/table.js'
import { entra } from '../support/faults/entra.js'

faultTable(entra)
