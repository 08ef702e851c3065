import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** Members online, nobody in a call; the viewer may start one. @example mock.useScenario('no-call') */
export const noCall = defineScenario({
  name: 'no-call',
  description: 'A group conversation with members online and no call; the viewer may start one.',
  token: 'quietroom',
  world: (faker) => memberWorld(faker, { token: 'quietroom', peers: 3, inCall: false }),
})
