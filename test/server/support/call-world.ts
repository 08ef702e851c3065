import { CONVERSATION_TYPE, PARTICIPANT_TYPE, type World } from '../../../src/index.js'

/** Where Talk's v4 API lives below a server's base URL. */
export const API = '/ocs/v2.php/apps/spreed/api/v4'

/**
 * A public conversation `abc123` with Alice (owner) and Bob as attendees; requests without
 * credentials act as an anonymous guest.
 */
export async function setupCallWorld(world: World): Promise<void> {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.PUBLIC, name: 'Daily' })
  await world.addAttendee('abc123', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('abc123', { actorId: 'bob', participantType: PARTICIPANT_TYPE.USER })
  world.viewer = null
}

/** The `name=value` part of a response's client cookie, for sending it back. */
export function clientCookieOf(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('talk_mock_client='))
  return cookie?.split(';')[0]
}
