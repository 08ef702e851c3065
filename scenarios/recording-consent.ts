import { RECORDING_CONSENT } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** The server requires recording consent: joining answers 400 `consent` until it is sent. @example mock.useScenario('recording-consent') */
export const recordingConsent = defineScenario({
  name: 'recording-consent',
  description: 'Recording consent is required: joining answers 400 {"error":"consent"} until recordingConsent is sent.',
  token: 'recorded',
  world: (faker) =>
    memberWorld(faker, {
      token: 'recorded',
      peers: 2,
      inCall: true,
      settings: { recordingConsent: RECORDING_CONSENT.REQUIRED },
    }),
})
