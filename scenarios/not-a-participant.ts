import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** A private group the viewer is not in: 404. @example mock.useScenario('not-a-participant') */
export const notAParticipant = defineScenario({
  name: 'not-a-participant',
  description: 'A private group call the viewer is not a member of: the call and joining answer 404.',
  token: 'private',
  world: (faker) => memberWorld(faker, { token: 'private', peers: 3, inCall: true, viewer: false }),
})
