// Environment variables that point a connector at another server than its declaration names.
// The connectors read them and the sandbox sets them, and neither imports the other, so the
// one name computed from data, each SCIM app's, is spelled here, below both. Fixed names
// (GITHUB_API_URL, SLACK_API_URL, AWS_ENDPOINT_URL_IAM) are written out where used, as users
// write them.

/** The variable that replaces a SCIM app's `base_url` when set (the sandbox sets it):
 *  `OFFBOARD_SCIM_<NAME>_URL`, the app name upper-cased with `-` as `_`. */
export function scimUrlEnv(appName: string): string {
  return `OFFBOARD_SCIM_${appName.toUpperCase().replace(/-/g, '_')}_URL`
}
