import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

describe('the cookieResponse option', () => {
  it('makes the answers that hand out the client cookie, and only those, for its own mock', async () => {
    const made: string[] = []
    const mock = createTalkMock({
      cookieResponse: (body, init) => {
        made.push(new Headers(init.headers).get('set-cookie') ?? '')
        return new Response(body, init)
      },
    })
    const other = createTalkMock()
    await Promise.all([mock.ready, other.ready])
    server.resetHandlers(...mock.handlers)
    const first = await talkFetch('GET', '/call/groupcall')
    await talkFetch('GET', '/call/groupcall', { client: 'client-1' })
    server.resetHandlers(...other.handlers)
    await talkFetch('GET', '/call/groupcall')
    expect(first.status).toBe(200)
    expect(made).toEqual([first.response.headers.get('set-cookie')])
    expect(made[0]).toMatch(/^talk_mock_client=client-\d+; Path=\/; SameSite=Lax$/)
  })
})
