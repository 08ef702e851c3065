import { CONVERSATION_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { buildPeers } from './support/peers.js'

/** The password of the `password` scenario's conversation. @example body: { password: PASSWORD } */
export const PASSWORD = 'open-sesame'

/** A guest meets a public conversation with a password: 403 `password` until it is right. @example mock.useScenario('password') */
export const password = defineScenario({
  name: 'password',
  description: `A public conversation protected by a password ("${PASSWORD}"): a guest's join answers 403 {"error":"password"} without it.`,
  token: 'secretroom',
  world: (faker) => {
    const peers = buildPeers(faker, 2, { inCall: true })
    return {
      viewer: null,
      users: peers.users,
      conversations: [
        {
          token: 'secretroom',
          type: CONVERSATION_TYPE.PUBLIC,
          name: faker.company.catchPhrase(),
          password: PASSWORD,
          attendees: peers.attendees,
        },
      ],
    }
  },
})
