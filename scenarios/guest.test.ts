import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'guest' })

it('answers 404 to the guest before it joins, and lists it as a guest peer after', async () => {
  expect((await talkFetch('GET', '/call/publiccall')).status).toBe(404)
  const room = await talkFetch('POST', '/room/publiccall/participants/active')
  expect(room.data).toMatchObject({ actorType: 'guests', participantType: 4 })
  expect((await talkFetch('POST', '/call/publiccall')).status).toBe(200)
  const peers = (await talkFetch('GET', '/call/publiccall')).data as { actorType: string; actorId: string }[]
  const guestPeer = peers.find((peer) => peer.actorType === 'guests')
  expect(guestPeer?.actorId).toMatch(/^[0-9a-f]{40}$/)
})
