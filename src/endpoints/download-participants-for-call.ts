// GET /ocs/v2.php/apps/spreed/api/v4/call/{token}/download?format=csv (call-download-participants-for-call)
// 200 text/csv attachment of everyone who joined since the call started (not OCS-wrapped);
// 400 with an empty body when no call runs, nobody joined it, or `format` is not csv;
// 403 not a moderator; 404 not a participant. No CSRF check (a plain browser link).
import { textAnswer } from '../door/plain-answer.js'
import { checkRequirements } from '../rules/check-requirements.js'
import type { Attendee } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { encodePhpCsvLine } from '../ocs/php-csv.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeDownloadDisposition } from './download-file-name.js'

/**
 * Downloads the list of who joined the running call, for moderators.
 * @example
 * window.open(`/ocs/v2.php/apps/spreed/api/v4/call/${token}/download?format=csv`)
 */
export const downloadParticipantsForCall = defineEndpoint({
  operationId: 'call-download-participants-for-call',
  method: 'GET',
  path: '/call/{token}/download',
  apiVersions: ['v4'],
  csrf: false,
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { moderator: true })
    if ('outcome' in checked) return checked.outcome
    const { conversation, attendee } = checked.participant
    const callStart = conversation.activeSince ?? 0
    if (callStart === 0) return textAnswer(400, null)
    const joined = world.attendees
      .inGroup(conversation.token)
      .filter((candidate) => candidate.lastJoinedCall >= callStart)
      .sort((a, b) => a.id - b.id)
    if (joined.length === 0 || (params.get('format') ?? 'csv') !== 'csv') return textAnswer(400, null)

    const header = encodePhpCsvLine(['name', 'email', 'type', 'identifier'])
    const rows = joined.map((row) => encodePhpCsvLine(describeRow(world, row).map(escapeFormula)))
    const timezone = attendee.actorType === 'users' ? (world.users.get(attendee.actorId)?.timezone ?? 'UTC') : 'UTC'
    return {
      status: 200,
      headers: {
        'content-type': 'text/csv',
        'content-disposition': describeDownloadDisposition(conversation.name, timezone, world.clock.now()),
      },
      body: header + rows.join(''),
    }
  },
})

function describeRow(world: World, attendee: Attendee): string[] {
  let email = ''
  if (attendee.actorType === 'emails') email = attendee.invitedCloudId
  if (attendee.actorType === 'users') email = world.users.get(attendee.actorId)?.email ?? ''
  return [attendee.displayName, email, attendee.actorType, attendee.actorId]
}

// Spreadsheets run cells starting with these as formulas; Talk defuses them with a quote.
function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
