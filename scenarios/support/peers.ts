import type { Faker } from '@faker-js/faker'
import { CALL_FLAG, PARTICIPANT_TYPE } from '../../src/constants.js'
import type { WorldJson } from '../../src/world/world-json.js'

type UserJson = NonNullable<WorldJson['users']>[number]
type AttendeeJson = NonNullable<NonNullable<WorldJson['conversations']>[number]['attendees']>[number]

const { IN_CALL, WITH_AUDIO, WITH_VIDEO } = CALL_FLAG
/** A mix of what people in a real call have on: camera and mic, mic only, muted, camera only. */
const FLAG_MIX = [IN_CALL | WITH_AUDIO | WITH_VIDEO, IN_CALL | WITH_AUDIO, IN_CALL, IN_CALL | WITH_VIDEO]

/**
 * Makes `count` users with faker names and their attendee rows; with `inCall` each has a live
 * session in the call with flags from a realistic mix, else a session outside the call. The
 * first one owns the conversation. The last `silent` of them stopped pinging when the world
 * starts, so they drop out of the call 30 s later; the world keeps the others alive.
 * @example
 * const { users, attendees } = buildPeers(faker, 4, { inCall: true })
 */
export function buildPeers(
  faker: Faker,
  count: number,
  options: { inCall: boolean; idPrefix?: string; silent?: number },
): { users: UserJson[]; attendees: AttendeeJson[] } {
  const users: UserJson[] = []
  const attendees: AttendeeJson[] = []
  for (let index = 0; index < count; index++) {
    const id = `${options.idPrefix ?? 'peer'}${index + 1}`
    users.push({ id, displayName: faker.person.fullName(), status: 'online' })
    attendees.push({
      actorId: id,
      participantType: index === 0 ? PARTICIPANT_TYPE.OWNER : PARTICIPANT_TYPE.USER,
      sessions: [
        {
          inCall: options.inCall ? FLAG_MIX[index % FLAG_MIX.length]! : 0,
          ...(index >= count - (options.silent ?? 0) && { liveness: 'silent' as const }),
        },
      ],
    })
  }
  return { users, attendees }
}

/**
 * The viewer every member scenario uses: the user `alice`, with a faker name.
 * @example
 * const users = [viewerUser(faker), ...peers.users]
 */
export function viewerUser(faker: Faker): UserJson {
  return { id: 'alice', displayName: faker.person.fullName(), status: 'online' }
}
