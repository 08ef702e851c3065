import { START_CALLS } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** The server disables calls (`start_calls` 3): GET and POST /call answer 403. @example mock.useScenario('calls-disabled') */
export const callsDisabled = defineScenario({
  name: 'calls-disabled',
  description: 'Calls are disabled on the server (start_calls = 3): GET and POST /call answer 403.',
  token: 'groupcall',
  world: (faker) => memberWorld(faker, { token: 'groupcall', peers: 2, settings: { startCalls: START_CALLS.NOBODY } }),
})
