import { CALL_FLAG } from '../src/constants.js'
import { defineScenario } from '../src/mock/define-scenario.js'
import { timelineWorld } from './support/timeline-world.js'

const { IN_CALL, WITH_AUDIO, WITH_VIDEO } = CALL_FLAG

/** A call that fills up over a minute: one peer every 15 s. @example mock.useScenario('peers-join-over-time') */
export const peersJoinOverTime = defineScenario({
  name: 'peers-join-over-time',
  description:
    'A call that fills up: the owner is in it alone, and another peer joins every 15 s until five are in it after a minute; the viewer is a member who has not joined yet.',
  token: 'fillingup',
  world: (faker) =>
    timelineWorld(faker, { token: 'fillingup', peers: 5, inCall: true, waiting: 4 }, [
      { at: 15_000, kind: 'join', actor: 'peer2', flags: IN_CALL | WITH_AUDIO | WITH_VIDEO },
      { at: 30_000, kind: 'join', actor: 'peer3', flags: IN_CALL | WITH_AUDIO },
      { at: 45_000, kind: 'join', actor: 'peer4', flags: IN_CALL },
      { at: 60_000, kind: 'join', actor: 'peer5', flags: IN_CALL | WITH_VIDEO },
    ]),
})
