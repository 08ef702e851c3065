import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** A group call in progress with four peers; the viewer is a member who has not joined yet. @example mock.useScenario('default') */
export const defaultScenario = defineScenario({
  name: 'default',
  description:
    'A group call in progress with 4 peers (mixed flags; the last one stopped pinging and drops out after 30 s); the viewer is a member who has not joined yet.',
  token: 'groupcall',
  world: (faker) => memberWorld(faker, { token: 'groupcall', peers: 4, inCall: true, silentPeers: 1 }),
})
