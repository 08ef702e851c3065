import { READ_ONLY } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { timelineWorld } from './support/timeline-world.js'

/** The owner locks the conversation 30 s into the call. @example mock.useScenario('locked-mid-call') */
export const lockedMidCall = defineScenario({
  name: 'locked-mid-call',
  description:
    'A group call with 3 peers whose owner locks the conversation (read-only) after 30 s: everyone leaves the call and the call endpoints answer 403 from then on.',
  token: 'lockingcall',
  world: (faker) =>
    timelineWorld(faker, { token: 'lockingcall', peers: 3, inCall: true }, [
      { at: 30_000, kind: 'read-only', state: READ_ONLY.READ_ONLY },
    ]),
})
