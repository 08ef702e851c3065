import { CONVERSATION_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { buildPeers } from './support/peers.js'

/** An anonymous guest opens a public conversation's link while a call runs. @example mock.useScenario('guest') */
export const guest = defineScenario({
  name: 'guest',
  description: 'The viewer is an anonymous guest in a public conversation with a call running; 404 until it joins.',
  token: 'publiccall',
  world: (faker) => {
    const peers = buildPeers(faker, 3, { inCall: true })
    return {
      viewer: null,
      users: peers.users,
      conversations: [
        {
          token: 'publiccall',
          type: CONVERSATION_TYPE.PUBLIC,
          name: faker.company.catchPhrase(),
          attendees: peers.attendees,
        },
      ],
    }
  },
})
