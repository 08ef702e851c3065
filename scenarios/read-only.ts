import { READ_ONLY } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** A locked conversation: joining or listing the call answers 403. @example mock.useScenario('read-only') */
export const readOnly = defineScenario({
  name: 'read-only',
  description: 'The conversation is locked (read-only): GET and POST /call answer 403.',
  token: 'archive',
  world: (faker) => memberWorld(faker, { token: 'archive', peers: 2, conversation: { readOnly: READ_ONLY.READ_ONLY } }),
})
