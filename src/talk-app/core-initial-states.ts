import { describeCapabilities, SERVER_VERSION } from '../nextcloud/capabilities.js'
import type { User } from '../world/schemas.js'
import type { World } from '../world/world.js'
import type { InitialState } from './initial-state.js'

/** The primary colour of Nextcloud's default theme, which the mock's stylesheet uses too. */
const PRIMARY = '#00679e'

/**
 * The initial states Nextcloud's layout gives every page besides the app's: `core/capabilities`
 * (what `GET /ocs/v2.php/cloud/capabilities` reports to the same caller; Talk reads its
 * configuration only from here), `core/config` (the server's configuration for scripts, as
 * core's `JSConfigHelper` provides it) and `theming/data` (the instance's name and colours).
 * @example
 * describeCoreInitialStates(world, world.users.get('alice')).map((s) => `${s.app}-${s.key}`) // ['core-capabilities', 'core-config', 'theming-data']
 */
export function describeCoreInitialStates(world: World, user: User | undefined): InitialState[] {
  const { capabilities } = describeCapabilities(world, { loggedIn: user !== undefined, user })
  return [
    { app: 'core', key: 'capabilities', value: capabilities },
    {
      app: 'core',
      key: 'config',
      value: {
        session_lifetime: 86400,
        session_keepalive: true,
        auto_logout: false,
        version: `${SERVER_VERSION.string}.0`,
        versionstring: SERVER_VERSION.string,
        enable_avatars: true,
        lost_password_link: null,
        // The capabilities say `mod-rewrite-working: false`: routes keep their `/index.php`.
        modRewriteWorking: false,
        'sharing.maxAutocompleteResults': 25,
        'sharing.minSearchStringLength': 0,
        blacklist_files_regex: '\\.(part|filepart)$',
      },
    },
    {
      app: 'theming',
      key: 'data',
      value: {
        name: 'Nextcloud',
        slogan: 'a safe home for all your data',
        url: 'https://nextcloud.com',
        imprintUrl: '',
        privacyUrl: '',
        primaryColor: PRIMARY,
        backgroundColor: PRIMARY,
        defaultPrimaryColor: PRIMARY,
        defaultBackgroundColor: PRIMARY,
        inverted: false,
        cacheBuster: '0',
        enabledThemes: ['default'],
      },
    },
  ]
}
