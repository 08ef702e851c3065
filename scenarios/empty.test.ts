import { expect, it } from 'vitest'
import { talkFetch } from '../test/support/talk-fetch.js'
import { useTalkMock } from '../test/support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'empty' })

it('holds nothing, so any conversation answers 404 to the anonymous viewer', async () => {
  expect(mock.dump()).toMatchObject({ viewer: null, users: [], conversations: [] })
  expect((await talkFetch('GET', '/call/anything')).status).toBe(404)
})
