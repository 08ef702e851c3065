import type { Scenario } from '../src/mock/define-scenario.js'
import { deepFreeze } from '../src/world/world-image.js'
import type { WorldJson } from '../src/world/world-json.js'
import { audioOnlyPermissions } from './audio-only-permissions.js'
import { callEndsWhileWaiting } from './call-ends-while-waiting.js'
import { callsDisabled } from './calls-disabled.js'
import { cannotStartCall } from './cannot-start-call.js'
import { crowdedCall } from './crowded-call.js'
import { defaultScenario } from './default.js'
import { emptyScenario } from './empty.js'
import { federated } from './federated.js'
import { flakyPeer } from './flaky-peer.js'
import { formerOneToOne } from './former-one-to-one.js'
import { guest } from './guest.js'
import { lobbyActive } from './lobby-active.js'
import { lobbyModerator } from './lobby-moderator.js'
import { lobbyTimer } from './lobby-timer.js'
import { lockedMidCall } from './locked-mid-call.js'
import { moderatorTurnsLobbyOn } from './moderator-turns-lobby-on.js'
import { noCall } from './no-call.js'
import { notAParticipant } from './not-a-participant.js'
import { notFound } from './not-found.js'
import { notJoined } from './not-joined.js'
import { noteToSelf } from './note-to-self.js'
import { oneToOne } from './one-to-one.js'
import { password } from './password.js'
import { peersJoinOverTime } from './peers-join-over-time.js'
import { PREBUILT_SEED, prebuiltWorlds } from './prebuilt-worlds.js'
import { readOnly } from './read-only.js'
import { recordingConsent } from './recording-consent.js'
import { recordingFails } from './recording-fails.js'
import { recordingRunning } from './recording-running.js'
import { sessionConflict } from './session-conflict.js'
import { sipDialIn } from './sip-dial-in.js'

/**
 * A catalogue entry: the scenario with its prebuilt world for the default seed, when it has
 * one, parsed when first used and deep-frozen (so every mock of the process can share the
 * image of its build).
 */
function withPrebuiltWorld<Name extends string>(scenario: Scenario<Name>): Scenario<Name> {
  const text = prebuiltWorlds[scenario.name]
  if (text === undefined) return scenario
  let world: WorldJson | undefined
  const prebuilt = {
    seed: PREBUILT_SEED,
    get world(): WorldJson {
      return (world ??= deepFreeze(JSON.parse(text) as WorldJson))
    },
  }
  // Not enumerable: a copy made to change the scenario (`{ ...entry, world }`) must not keep it.
  return Object.defineProperty({ ...scenario }, 'prebuilt', { value: prebuilt, enumerable: false })
}

// The one list of the catalogue, `as const`: the names' union below is read from it.
const builtIn = [
  defaultScenario,
  noCall,
  lobbyActive,
  lobbyModerator,
  lobbyTimer,
  readOnly,
  notFound,
  notAParticipant,
  notJoined,
  cannotStartCall,
  callsDisabled,
  recordingConsent,
  recordingRunning,
  recordingFails,
  guest,
  password,
  oneToOne,
  formerOneToOne,
  noteToSelf,
  crowdedCall,
  audioOnlyPermissions,
  sessionConflict,
  sipDialIn,
  federated,
  peersJoinOverTime,
  callEndsWhileWaiting,
  lockedMidCall,
  moderatorTurnsLobbyOn,
  flakyPeer,
  emptyScenario,
] as const

/**
 * The name of a built-in scenario (`'default' | 'no-call' | 'lobby-active' | ...`), so a typo is a
 * type error wherever a name is taken.
 * @example
 * const name: ScenarioName = 'lobby-active'
 */
export type ScenarioName = (typeof builtIn)[number]['name']

/**
 * The scenario catalogue, in the order the playground lists it. Function scenarios come with
 * their world for the default seed worked out ahead of time (see prebuilt-worlds.ts).
 * @example
 * scenarios.map((scenario) => scenario.name)
 */
export const scenarios: readonly Scenario<ScenarioName>[] = builtIn.map(withPrebuiltWorld)
