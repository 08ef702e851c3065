import { CALL_RECORDING, PARTICIPANT_TYPE, RECORDING_CONSENT } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/**
 * A call being recorded on a server that requires consent; the viewer moderates it.
 * @example mock.useScenario('recording-running')
 */
export const recordingRunning = defineScenario({
  name: 'recording-running',
  description:
    'A call is being recorded (callRecording 1) and the server requires consent: joining answers 400 {"error":"consent"} without recordingConsent; the moderating viewer can stop the recording.',
  token: 'onair',
  world: (faker) =>
    memberWorld(faker, {
      token: 'onair',
      peers: 3,
      inCall: true,
      conversation: { callRecording: CALL_RECORDING.VIDEO },
      viewer: { participantType: PARTICIPANT_TYPE.MODERATOR },
      settings: { recordingConsent: RECORDING_CONSENT.REQUIRED, recording: 'enabled' },
    }),
})
