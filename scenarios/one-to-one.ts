import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { viewerUser } from './support/peers.js'

/** A one-to-one conversation in which the other person is calling the viewer. @example mock.useScenario('one-to-one') */
export const oneToOne = defineScenario({
  name: 'one-to-one',
  description: 'A one-to-one conversation; the other person has started a call and waits for the viewer.',
  token: 'direct',
  world: (faker) => ({
    viewer: 'alice',
    users: [viewerUser(faker), { id: 'bob', displayName: faker.person.fullName() }],
    conversations: [
      {
        token: 'direct',
        type: CONVERSATION_TYPE.ONE_TO_ONE,
        name: '["alice","bob"]',
        attendees: [
          { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER },
          {
            actorId: 'bob',
            participantType: PARTICIPANT_TYPE.OWNER,
            sessions: [{ inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO | CALL_FLAG.WITH_VIDEO }],
          },
        ],
      },
    ],
  }),
})
