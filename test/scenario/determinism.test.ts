import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock, scenarios, type TalkMock } from '../../src/index.js'
import { BASE } from '../support/talk-fetch.js'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** The raw answers a client gets in a scenario: peers, the conversation, joining it, then both again. */
async function answers(mock: TalkMock, token: string): Promise<string[]> {
  server.resetHandlers(...mock.handlers)
  const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
  const answers: string[] = []
  const ask = async (method: string, path: string) => {
    const response = await fetch(`${BASE}${path}`, { method, headers })
    answers.push(`${method} ${path} ${response.status} ${await response.text()}`)
  }
  await ask('GET', `/call/${token}`)
  await ask('GET', `/room/${token}`)
  await ask('POST', `/room/${token}/participants/active`)
  await ask('POST', `/call/${token}`)
  await ask('GET', `/call/${token}`)
  await ask('GET', `/room/${token}`)
  return answers
}

it.each(scenarios.map((scenario) => scenario.name))(
  'answers byte for byte the same twice with one seed in %s',
  async (name) => {
    const mock = createTalkMock({ scenario: name, seed: 42 })
    await mock.ready
    const token = mock.scenario.token
    const first = await answers(mock, token)
    await mock.useScenario(name, { seed: 42 })
    expect(await answers(mock, token)).toEqual(first)
  },
)

it('makes other names with another seed', async () => {
  const names = async (seed: number) => {
    const mock = createTalkMock({ scenario: 'default', seed })
    await mock.ready
    return mock.world.users.all().map((user) => user.displayName)
  }
  expect(await names(1)).toEqual(await names(1))
  expect(await names(1)).not.toEqual(await names(2))
})
