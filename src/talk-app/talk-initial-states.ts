import { SERVER_DEFAULT_PERMISSIONS, START_CALLS } from '../constants.js'
import type { User } from '../world/schemas.js'
import type { World } from '../world/world.js'
import type { InitialState } from './initial-state.js'

/** Talk's default for how many videos its grid shows (`grid_videos_limit`). */
const GRID_VIDEOS_LIMIT = 19
/** `Participant::PRIVACY_PUBLIC`: read and typing status shared. */
const PRIVACY_PUBLIC = 0
/** `FileInfo::SPACE_UNLIMITED`: a folder without a quota. */
const SPACE_UNLIMITED = -3

/**
 * The initial states Talk's page handler gives its bundle (spreed's `TInitialState`): the shared
 * ones (calls enabled from the world's `startCalls`, internal signaling, SIP dial-in info, grid
 * limits, federation, the server's default permissions), then those of a logged-in user or of a
 * guest, in the order Talk provides them.
 * @example
 * describeTalkInitialStates(world, world.users.get('alice')).find((s) => s.key === 'call_enabled')?.value // true
 */
export function describeTalkInitialStates(world: World, user: User | undefined): InitialState[] {
  const { settings } = world
  const shared: Record<string, unknown> = {
    call_enabled: settings.startCalls !== START_CALLS.NOBODY,
    // The mock is Talk without a signaling server: internal signaling, as the signaling settings say.
    signaling_mode: 'internal',
    // The signaling settings' `sipDialinInfo` too: the world keeps no dial-in text.
    sip_dialin_info: '',
    grid_videos_limit: GRID_VIDEOS_LIMIT,
    grid_videos_limit_enforced: false,
    federation_enabled: settings.federation !== 'disabled',
    default_permissions: settings.defaultPermissions || SERVER_DEFAULT_PERMISSIONS,
  }
  const own: Record<string, unknown> = user
    ? {
        // The capabilities say `can-create: false`: the mock serves no endpoint that creates one.
        start_conversations: false,
        circles_enabled: false,
        guests_accounts_enabled: false,
        read_status_privacy: PRIVACY_PUBLIC,
        typing_privacy: PRIVACY_PUBLIC,
        play_sounds: true,
        force_enable_blur_filter: '',
        user_group_ids: user.groups,
        attachment_folder: '/Talk',
        attachment_folder_free_space: SPACE_UNLIMITED,
        enable_matterbridge: false,
      }
    : {
        start_conversations: false,
        circles_enabled: false,
        read_status_privacy: PRIVACY_PUBLIC,
        typing_privacy: PRIVACY_PUBLIC,
        attachment_folder: '',
        attachment_folder_free_space: '',
        enable_matterbridge: false,
        play_sounds: false,
      }
  return Object.entries({ ...shared, ...own }).map(([key, value]) => ({ app: 'spreed', key, value }))
}
