// POST /ocs/v2.php/apps/spreed/api/v1/recording/{token} (recording-start)
// 200 data null, the conversation's `callRecording` goes 3/4 (starting) and, a delay of the
// world's clock later, 1/2 (running) or 5 (failed, server setting `recording: 'failing'`);
// 400 {"error": "status"} for a status other than 1 and 2, "recording" while one runs or
// starts (a failed one may be restarted), "call" without a running call, "config" without a
// recording server; 401 anonymous guests (the route is not public); 403 not a moderator;
// 404 not a participant. Always `v1`, whatever the `apiVersions` option says.
// Left out: 400 "classified" (the mock's conversations carry no classification).
import { CALL_RECORDING } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { callRecordingOf, requestRecording } from '../rules/recording-state.js'
import { defineEndpoint } from './define-endpoint.js'
import { readRequiredInt } from './read-required-int.js'

const RECORDABLE: readonly number[] = [CALL_RECORDING.VIDEO, CALL_RECORDING.AUDIO]
const RESTARTABLE: readonly number[] = [CALL_RECORDING.NONE, CALL_RECORDING.FAILED]

/**
 * The moderator's record button: asks the recording server to record the running call.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v1/recording/${token}`, { method: 'POST', headers, body: JSON.stringify({ status: 1 }) })
 */
export const startRecording = defineEndpoint({
  operationId: 'recording-start',
  method: 'POST',
  path: '/recording/{token}',
  apiVersions: ['v1'],
  followsApiVersions: false,
  publicPage: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const status = readRequiredInt(params, 'status')
    if (typeof status !== 'number') return status
    const { conversation } = checked.participant
    if (!RECORDABLE.includes(status)) return controllerOutcome(400, { error: 'status' })
    if (!RESTARTABLE.includes(callRecordingOf(world, conversation)))
      return controllerOutcome(400, { error: 'recording' })
    if (conversation.activeSince === null) return controllerOutcome(400, { error: 'call' })
    if (world.settings.recording === 'unavailable') return controllerOutcome(400, { error: 'config' })
    await requestRecording(world, conversation, status)
    return controllerOutcome(200, null)
  },
})
