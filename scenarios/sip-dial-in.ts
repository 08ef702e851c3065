import { PARTICIPANT_TYPE, SIP_STATE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/**
 * SIP dial-in is on in a conversation with a numeric token; every user has a PIN.
 * @example mock.useScenario('sip-dial-in')
 */
export const sipDialIn = defineScenario({
  name: 'sip-dial-in',
  description:
    'The SIP bridge is configured and dial-in is on (sipEnabled 1) in a conversation phones can dial (token 20260101): every user has a 7-digit attendeePin; the moderating viewer can switch it.',
  token: '20260101',
  world: (faker) =>
    memberWorld(faker, {
      token: '20260101',
      peers: 3,
      conversation: { sipEnabled: SIP_STATE.ENABLED },
      viewer: { participantType: PARTICIPANT_TYPE.MODERATOR },
      settings: { sipBridge: 'configured' },
    }),
})
