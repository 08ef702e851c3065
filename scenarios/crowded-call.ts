import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** How many peers the crowded call holds. @example CROWDED_PEERS === 200 */
export const CROWDED_PEERS = 200

/** A big call, for grid layouts and performance work. @example mock.useScenario('crowded-call') */
export const crowdedCall = defineScenario({
  name: 'crowded-call',
  description: `A group call with ${CROWDED_PEERS} peers in it, for grid layouts and performance work.`,
  token: 'townhall',
  world: (faker) => memberWorld(faker, { token: 'townhall', peers: CROWDED_PEERS, inCall: true }),
})
