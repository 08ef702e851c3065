import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** The viewer is a member without a Talk session: join, update and leave answer 404. @example mock.useScenario('not-joined') */
export const notJoined = defineScenario({
  name: 'not-joined',
  description:
    'The viewer is a member but never joined the conversation (no Talk session): POST, PUT and DELETE /call answer 404.',
  token: 'groupcall',
  world: (faker) => memberWorld(faker, { token: 'groupcall', peers: 3, inCall: true }),
})
