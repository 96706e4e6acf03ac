// The fault table of AWS IAM: every endpoint its docs list, failed in turn on the sandbox
// (__tests__/support/faults/table.ts; what is AWS IAM's own is in aws.ts there).
import { faultTable } from '../support/faults/table.js'
import { aws } from '../support/faults/aws.js'

faultTable(aws)
