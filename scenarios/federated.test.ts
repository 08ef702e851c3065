import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'federated' })

it('shows the remote server and token, and joins the call through the proxy', async () => {
  const joined = await talkFetch('POST', '/room/fedcall/participants/active')
  const call = await talkFetch('POST', '/call/fedcall', { body: { flags: 3 } })

  expect(joined.data).toMatchObject({ remoteServer: 'https://remote.example.org', remoteToken: 'remotecall1' })
  expect([call.status, call.data]).toEqual([200, null])
})

it('answers 422 when the remote server cannot be reached', async () => {
  mock.world.updateSettings({ federation: 'unreachable' })
  await talkFetch('POST', '/room/fedcall/participants/active')

  const call = await talkFetch('POST', '/call/fedcall', { body: { flags: 3 } })

  expect([call.status, call.data]).toEqual([422, []])
})
