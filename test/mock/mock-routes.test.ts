import { describe, expect, it, vi } from 'vitest'
import { BASE, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const { mock } = useTalkMock({ scenario: 'default' })

describe('the routes a mock serves', () => {
  it('answers a control route under any origin and prefix', async () => {
    const response = await fetch('https://elsewhere.example/some/prefix/__talk-mock/scenario')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ name: 'default' })
  })

  it('answers Talk routes with the OCS envelope', async () => {
    const { status, meta } = await talkFetch('GET', `/call/${mock.scenario.token}`)
    expect(status).toBe(200)
    expect(meta).toMatchObject({ status: 'ok', statuscode: 200 })
  })

  it('answers a Talk route whose query string names a control route as Talk', async () => {
    const { status, meta } = await talkFetch('GET', `${BASE}/call/${mock.scenario.token}?next=/__talk-mock/scenario`)
    expect(status).toBe(200)
    expect(meta).toMatchObject({ statuscode: 200 })
  })

  it('leaves other requests to other handlers', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined) // msw reports the unhandled request
    await expect(fetch('https://cloud.example.com/index.php/apps/files/')).rejects.toThrow()
    quiet.mockRestore()
  })
})
