import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

useTalkMock({ scenario: 'note-to-self' })

it('answers 400 type to joining a call in the note-to-self conversation', async () => {
  const room = await talkFetch('POST', '/room/notes/participants/active')
  expect(room.data).toMatchObject({ canStartCall: false })
  const { status, data } = await talkFetch('POST', '/call/notes')
  expect([status, data]).toEqual([400, { error: 'type' }])
})
