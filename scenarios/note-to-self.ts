import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { viewerUser } from './support/peers.js'

/** The viewer's note-to-self conversation: joining a call answers 400 `type`. @example mock.useScenario('note-to-self') */
export const noteToSelf = defineScenario({
  name: 'note-to-self',
  description: 'The viewer\'s "Note to self" conversation: it has no calls, joining answers 400 {"error":"type"}.',
  token: 'notes',
  world: (faker) => ({
    viewer: 'alice',
    users: [viewerUser(faker)],
    conversations: [
      {
        token: 'notes',
        type: CONVERSATION_TYPE.NOTE_TO_SELF,
        name: 'Note to self',
        attendees: [{ actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER }],
      },
    ],
  }),
})
