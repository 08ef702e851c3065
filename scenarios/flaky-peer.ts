import { CALL_FLAG } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { timelineWorld } from './support/timeline-world.js'

/** A peer whose connection drops and who comes back with a new session. @example mock.useScenario('flaky-peer') */
export const flakyPeer = defineScenario({
  name: 'flaky-peer',
  description:
    'A group call with 3 peers; the last one stops pinging after 10 s (so it drops out of the call 30 s later) and comes back with a new session after 60 s, muted.',
  token: 'flakypeer',
  world: (faker) =>
    timelineWorld(faker, { token: 'flakypeer', peers: 3, inCall: true }, [
      { at: 10_000, kind: 'silent', actor: 'peer3' },
      { at: 60_000, kind: 'return', actor: 'peer3', flags: CALL_FLAG.IN_CALL },
    ]),
})
