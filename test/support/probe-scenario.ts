import type { SetupServer } from 'msw/node'
import { createTalkMock, type ClockMode, type ScenarioName } from '../../src/index.js'
import { talkFetch } from './talk-fetch.js'

/**
 * What a client meets in a scenario, as the scenario reference (docs/reference/scenarios.md) states it: GET and POST /call before
 * joining the conversation, joining it, then POST, PUT (flags 3) and DELETE /call.
 */
export async function probeScenario(server: SetupServer, name: ScenarioName, clock: ClockMode = 'still') {
  const mock = createTalkMock({ scenario: name, clock })
  await mock.ready
  server.resetHandlers(...mock.handlers)
  const token = mock.scenario.token
  const status = async (method: string, path: string, body?: unknown) =>
    (await talkFetch(method, path, { body })).status
  return {
    name,
    token,
    get: await status('GET', `/call/${token}`),
    joinUnjoined: await status('POST', `/call/${token}`),
    joinRoom: await status('POST', `/room/${token}/participants/active`),
    join: await status('POST', `/call/${token}`),
    update: await status('PUT', `/call/${token}`, { flags: 3 }),
    leave: await status('DELETE', `/call/${token}`),
  }
}
