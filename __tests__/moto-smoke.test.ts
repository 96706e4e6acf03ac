import { describe, expect, it } from '@jest/globals'
import { IAMClient, CreateUserCommand, GetUserCommand } from '@aws-sdk/client-iam'
import { motoClientConfig, uniqueName } from './support/moto.js'

describe('moto test support', () => {
  it('reaches a real IAM emulator', async () => {
    const iam = new IAMClient(motoClientConfig())
    const name = uniqueName('smoke')
    await iam.send(new CreateUserCommand({ UserName: name }))
    const got = await iam.send(new GetUserCommand({ UserName: name }))
    expect(got.User?.UserName).toBe(name)
  })
})
