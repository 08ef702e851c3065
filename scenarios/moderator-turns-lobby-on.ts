import { LOBBY_STATE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { timelineWorld } from './support/timeline-world.js'

/** The owner turns the lobby on 20 s into the call. @example mock.useScenario('moderator-turns-lobby-on') */
export const moderatorTurnsLobbyOn = defineScenario({
  name: 'moderator-turns-lobby-on',
  description:
    'A group call with 3 peers whose owner turns the lobby on after 20 s (for 10 minutes): the plain members are taken out of the call and the viewer, a plain member, gets 412 until the timer lifts it.',
  token: 'lobbylater',
  world: (faker) =>
    timelineWorld(faker, { token: 'lobbylater', peers: 3, inCall: true }, [
      { at: 20_000, kind: 'lobby', state: LOBBY_STATE.NON_MODERATORS, liftsAfter: 600 },
    ]),
})
