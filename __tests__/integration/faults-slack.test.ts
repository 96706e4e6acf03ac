// The fault table of Slack: every endpoint its docs list, failed in turn on the sandbox
// (__tests__/support/faults/table.ts; what is Slack's own is in slack.ts there).
import { faultTable } from '../support/faults/table.js'
import { slack } from '../support/faults/slack.js'

faultTable(slack)
