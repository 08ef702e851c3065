import { PERMISSION } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

const { CUSTOM, START_CALL, JOIN_CALL, PUBLISH_AUDIO, PUBLISH_SCREEN, CHAT } = PERMISSION

/** The viewer may not publish video: a join with video comes out audio-only. @example mock.useScenario('audio-only-permissions') */
export const audioOnlyPermissions = defineScenario({
  name: 'audio-only-permissions',
  description:
    'The viewer lacks the publish-video permission: joining with flags 7 puts it in the call with 3 (video bit stripped).',
  token: 'audioonly',
  world: (faker) =>
    memberWorld(faker, {
      token: 'audioonly',
      peers: 3,
      inCall: true,
      viewer: { permissions: CUSTOM | START_CALL | JOIN_CALL | PUBLISH_AUDIO | PUBLISH_SCREEN | CHAT },
    }),
})
