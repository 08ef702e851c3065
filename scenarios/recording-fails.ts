import { PARTICIPANT_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/**
 * A call whose recording server fails every recording it is asked to start.
 * @example mock.useScenario('recording-fails')
 */
export const recordingFails = defineScenario({
  name: 'recording-fails',
  description:
    'The moderating viewer can start a recording, but the recording server fails it: callRecording shows 3 (starting), then 5 (failed) 5 s of clock later.',
  token: 'brokenrec',
  world: (faker) =>
    memberWorld(faker, {
      token: 'brokenrec',
      peers: 2,
      inCall: true,
      viewer: { participantType: PARTICIPANT_TYPE.MODERATOR },
      settings: { recording: 'failing', recordingStartDelay: 5 },
    }),
})
