import { LOBBY_STATE, PARTICIPANT_TYPE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** The lobby is on, but the viewer moderates and passes it. @example mock.useScenario('lobby-moderator') */
export const lobbyModerator = defineScenario({
  name: 'lobby-moderator',
  description: 'The lobby is on and the viewer is a moderator: the call works as usual.',
  token: 'webinar',
  world: (faker) =>
    memberWorld(faker, {
      token: 'webinar',
      peers: 2,
      inCall: true,
      conversation: { lobbyState: LOBBY_STATE.NON_MODERATORS },
      viewer: { participantType: PARTICIPANT_TYPE.MODERATOR },
    }),
})
