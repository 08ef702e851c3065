import { LOBBY_STATE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** A webinar whose lobby keeps the viewer, a plain member, out: 412. @example mock.useScenario('lobby-active') */
export const lobbyActive = defineScenario({
  name: 'lobby-active',
  description: 'The lobby is on and the viewer is a plain member: the call endpoints answer 412.',
  token: 'webinar',
  world: (faker) =>
    memberWorld(faker, {
      token: 'webinar',
      peers: 2,
      inCall: true,
      conversation: { lobbyState: LOBBY_STATE.NON_MODERATORS },
    }),
})
