// The RSA key pairs the simulators make up (Google's service account, Okta's service app,
// Entra ID's certificate): one per purpose and process. Generating one blocks the event loop for
// about a third of a second, so a test starting many sandboxes at once would otherwise stall
// every request in flight past its time; a key made up once per run is made up all the same.
import { generateKeyPairSync, type KeyObject } from 'node:crypto'

const pairs = new Map<string, { publicKey: KeyObject; privateKey: KeyObject }>()

export function sandboxKeyPair(purpose: string): { publicKey: KeyObject; privateKey: KeyObject } {
  let pair = pairs.get(purpose)
  if (!pair) {
    pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    pairs.set(purpose, pair)
  }
  return pair
}

/** The pair as PEM text: SPKI for the public key, PKCS #8 for the private one. */
export function sandboxKeyPem(purpose: string): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = sandboxKeyPair(purpose)
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  }
}
