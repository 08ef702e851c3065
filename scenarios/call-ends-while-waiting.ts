import { defineScenario } from '../src/mock/define-scenario.js'
import { timelineWorld } from './support/timeline-world.js'

/** The owner ends the call for everyone 20 s in. @example mock.useScenario('call-ends-while-waiting') */
export const callEndsWhileWaiting = defineScenario({
  name: 'call-ends-while-waiting',
  description:
    'A group call with 3 peers that the owner ends for everyone after 20 s, while the viewer (a member) is still deciding to join: then GET /call lists nobody and the conversation has no call.',
  token: 'endingcall',
  world: (faker) =>
    timelineWorld(faker, { token: 'endingcall', peers: 3, inCall: true }, [{ at: 20_000, kind: 'end-call' }]),
})
