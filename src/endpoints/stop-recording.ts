// DELETE /ocs/v2.php/apps/spreed/api/v1/recording/{token} (recording-stop)
// 200 data null: nothing happens without a recording; a running or starting one stops
// (`callRecording` 0); a failed one is unknown to the recording server and stays failed (5).
// 401 anonymous guests (the route is not public); 403 not a moderator; 404 not a participant.
// Always `v1`, whatever the `apiVersions` option says.
// Left out: 400 (Talk's only 400 here comes from a recording server that cannot be reached).
import { CALL_RECORDING } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { callRecordingOf, setCallRecording } from '../rules/recording-state.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * The moderator's stop button. `Divergence:` Talk waits for the recording server to report
 * `stopped` before `callRecording` goes to 0; the mock's recording server reports it at once.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/recording/${token}`, { method: 'DELETE', headers })
 */
export const stopRecording = defineEndpoint({
  operationId: 'recording-stop',
  method: 'DELETE',
  path: '/recording/{token}',
  apiVersions: ['v1'],
  followsApiVersions: false,
  publicPage: false,
  async handle({ world, caller, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const { conversation } = checked.participant
    const current = callRecordingOf(world, conversation)
    if (current === CALL_RECORDING.NONE) return controllerOutcome(200, null)
    // The recording server knows no failed recording, so Talk marks it failed again.
    await setCallRecording(
      world,
      conversation,
      current === CALL_RECORDING.FAILED ? CALL_RECORDING.FAILED : CALL_RECORDING.NONE,
    )
    return controllerOutcome(200, null)
  },
})
