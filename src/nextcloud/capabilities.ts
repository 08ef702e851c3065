import { START_CALLS } from '../constants.js'
import { canUserEnableSip, isSipConfigured } from '../rules/sip-dial-in.js'
import type { User } from '../world/schemas.js'
import type { World } from '../world/world.js'

/** The Nextcloud server version the mock reports. @example SERVER_VERSION.string // '32.0.0' */
export const SERVER_VERSION = { major: 32, minor: 0, micro: 0, string: '32.0.0', edition: '', extendedSupport: false }

/** The Talk version the mock's field set and rules follow. @example TALK_VERSION // '22.0.0' */
export const TALK_VERSION = '22.0.0'

/**
 * The Talk features the mock serves (names from Talk's `Capabilities::FEATURES`), so a client
 * that checks one finds the endpoint and fields it stands for. It grows as features land.
 * @example
 * TALK_FEATURES.includes('signaling-v3') // true
 */
export const TALK_FEATURES = [
  'audio',
  'video',
  'conversation-v4',
  'guest-signaling',
  'guest-display-names',
  'multi-room-users',
  'last-room-activity',
  'no-ping',
  'in-call-flags',
  'conversation-call-flags',
  'notification-levels',
  'locked-one-to-one-rooms',
  'read-only-rooms',
  'listable-rooms',
  'webinary-lobby',
  'start-call-flag',
  'force-mute',
  'raise-hand',
  'room-description',
  'signaling-v3',
  'publishing-permissions',
  'notification-calls',
  'conversation-permissions',
  'silent-call',
  'send-call-notification',
  'sip-support-dialout',
  'single-conversation-status',
  'mention-permissions',
  'download-call-participants',
  'recording-v1',
  'recording-consent',
  'session-state',
  'call-notification-state-api',
  'sip-support',
  'sip-support-nopin',
  'federation-v1',
  'federation-v2',
  'chat-v2',
  'chat-replies',
  'chat-read-status',
  'chat-permission',
  'chat-get-context',
  'chat-keep-notifications',
  'chat-reference-id',
  'silent-send',
  'silent-send-state',
  'rich-object-list-media',
] as const

/** Features that describe this server only, never a federated conversation's (`LOCAL_FEATURES`). */
const LOCAL_FEATURES = ['listable-rooms']

const SUPPORTED_REACTIONS = ['❤️', '🎉', '👏', '👋', '👍', '👎', '🔥', '😂', '🤩', '🤔', '😲', '😥']

/**
 * The capabilities document (`GET /ocs/v2.php/cloud/capabilities` data): the server version, the
 * `core` part and Talk's `spreed` part as a server with internal signaling and the world's
 * settings reports them. Guests get them too (Talk's capabilities are public); some values
 * depend on being logged in, as on a real server.
 * @example
 * describeCapabilities(world, { loggedIn: true }).capabilities.spreed.config.call.enabled
 */
export function describeCapabilities(world: World, caller: { loggedIn: boolean; user?: User }) {
  const { settings } = world
  return {
    version: SERVER_VERSION,
    capabilities: {
      core: { pollinterval: 60, 'webdav-root': 'remote.php/webdav', 'mod-rewrite-working': false },
      spreed: {
        features: [...TALK_FEATURES],
        'features-local': LOCAL_FEATURES,
        config: {
          attachments: caller.loggedIn ? { allowed: true, folder: '/Talk' } : { allowed: false },
          call: {
            enabled: settings.startCalls !== START_CALLS.NOBODY,
            'breakout-rooms': false,
            recording: settings.recording !== 'unavailable',
            'recording-consent': settings.recordingConsent,
            'supported-reactions': SUPPORTED_REACTIONS,
            'predefined-backgrounds': [],
            'can-upload-background': false,
            'sip-enabled': isSipConfigured(world),
            'sip-dialout-enabled': settings.sipDialOut !== 'unavailable',
            // Talk asks only the SIP groups here, whether or not the bridge is configured.
            'can-enable-sip': caller.user !== undefined && canUserEnableSip(world, caller.user),
            'start-without-media': false,
            'max-duration': 0,
            'blur-virtual-background': false,
          },
          chat: {
            'max-length': 32000,
            'read-privacy': 0,
            'has-translation-providers': false,
            'typing-privacy': 0,
            'summary-threshold': 100,
          },
          // The mock serves no endpoint to create conversations.
          conversations: { 'can-create': false },
          federation: {
            enabled: settings.federation !== 'disabled',
            'incoming-enabled': settings.federation !== 'disabled',
            'outgoing-enabled': settings.federation !== 'disabled',
            'only-trusted-servers': true,
          },
          previews: { 'max-gif-size': 3145728 },
          signaling: { 'session-ping-limit': 200 },
        },
        'config-local': {
          attachments: ['allowed', 'folder'],
          call: ['predefined-backgrounds', 'can-upload-background', 'start-without-media', 'blur-virtual-background'],
          chat: ['read-privacy', 'has-translation-providers', 'typing-privacy', 'summary-threshold'],
          conversations: ['can-create'],
          federation: ['enabled', 'incoming-enabled', 'outgoing-enabled', 'only-trusted-servers'],
          previews: ['max-gif-size'],
          signaling: ['session-ping-limit', 'hello-v2-token-key'],
        },
        version: TALK_VERSION,
      },
    },
  }
}
