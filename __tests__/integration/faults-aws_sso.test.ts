// The fault table of IAM Identity Center: every endpoint its docs list, failed in turn on the
// sandbox (__tests__/support/faults/table.ts; what is Identity Center's own is in aws_sso.ts
// there).
import { faultTable } from '../support/faults/table.js'
import { awsSso } from '../support/faults/aws_sso.js'

faultTable(awsSso)
