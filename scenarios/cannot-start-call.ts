import { PERMISSION } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

const { CUSTOM, JOIN_CALL, PUBLISH_AUDIO, PUBLISH_VIDEO, PUBLISH_SCREEN, CHAT } = PERMISSION

/** No call runs and the viewer may not start one: 403 until a peer starts it. @example mock.useScenario('cannot-start-call') */
export const cannotStartCall = defineScenario({
  name: 'cannot-start-call',
  description: 'No call is running and the viewer lacks the start-call permission: 403, until a peer starts the call.',
  token: 'standup',
  world: (faker) =>
    memberWorld(faker, {
      token: 'standup',
      peers: 2,
      inCall: false,
      viewer: { permissions: CUSTOM | JOIN_CALL | PUBLISH_AUDIO | PUBLISH_VIDEO | PUBLISH_SCREEN | CHAT },
    }),
})
