import { CALL_FLAG } from '../src/constants.js'
import { DEFAULT_CLOCK_START } from '../src/world/clock.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** How long before the world's start this browser's old session last polled signaling. @example CONFLICT_SILENT_FOR === 20 */
export const CONFLICT_SILENT_FOR = 20

/**
 * This browser already has a session in the call (a reload, a crash): joining without `force`
 * answers 409. @example mock.useScenario('session-conflict')
 */
export const sessionConflict = defineScenario({
  name: 'session-conflict',
  description: `This browser is in the call already (a reload or a crash ${CONFLICT_SILENT_FOR} s ago): joining without force answers 409 with that session; a forced join takes it over.`,
  token: 'groupcall',
  world: (faker) => {
    const world = memberWorld(faker, { token: 'groupcall', peers: 3, inCall: true })
    const viewer = world.conversations![0]!.attendees!.find((attendee) => attendee.actorId === 'alice')!
    viewer.sessions = [
      {
        // The client a browser is before it has a cookie, so its first join finds this session.
        clientId: 'implicit',
        inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO | CALL_FLAG.WITH_VIDEO,
        liveness: 'signaling',
        lastPing: Math.floor(DEFAULT_CLOCK_START / 1000) - CONFLICT_SILENT_FOR,
      },
    ]
    return world
  },
})
