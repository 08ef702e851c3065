import { LOBBY_STATE } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** When the clock starts (2026-01-01 10:00 UTC) and when the lobby lifts, 5 minutes later. */
const START = Date.UTC(2026, 0, 1, 10, 0, 0)
const LIFTS_AT = START / 1000 + 5 * 60

/** A lobby with a timer: 412 until the clock passes it, then open. @example mock.clock.advance(5 * 60_000) */
export const lobbyTimer = defineScenario({
  name: 'lobby-timer',
  description: 'The lobby lifts itself at 10:05 (5 minutes of clock): 412 until then, then the call opens.',
  token: 'webinar',
  world: (faker) => ({
    ...memberWorld(faker, {
      token: 'webinar',
      peers: 2,
      inCall: true,
      conversation: { lobbyState: LOBBY_STATE.NON_MODERATORS, lobbyTimer: LIFTS_AT },
    }),
    clock: START,
  }),
})
