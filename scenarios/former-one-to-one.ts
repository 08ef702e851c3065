import { CONVERSATION_TYPE, PARTICIPANT_TYPE, READ_ONLY } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { viewerUser } from './support/peers.js'

/** A one-to-one whose other member's account is gone: read-only, calls answer 403. @example mock.useScenario('former-one-to-one') */
export const formerOneToOne = defineScenario({
  name: 'former-one-to-one',
  description: 'A former one-to-one conversation (the other account was deleted): read-only, so the call answers 403.',
  token: 'formerdirect',
  world: (faker) => ({
    viewer: 'alice',
    users: [viewerUser(faker)],
    conversations: [
      {
        token: 'formerdirect',
        type: CONVERSATION_TYPE.ONE_TO_ONE_FORMER,
        name: '["alice","deleted-user"]',
        readOnly: READ_ONLY.READ_ONLY,
        attendees: [{ actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER }],
      },
    ],
  }),
})
