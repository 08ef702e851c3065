import { describeCapabilities } from '../../nextcloud/capabilities.js'
import { MOCK_REQUEST_TOKEN } from '../../nextcloud/request-token.js'
import { encodePhpJson } from '../../ocs/php-json.js'
import type { TalkMock } from '../../mock/talk-mock-types.js'

const CAPABILITIES_STATE = 'initial-state-core-capabilities'

/**
 * Puts what a Nextcloud page carries for its scripts into this page, as the server renders it:
 * the capabilities as the `core`/`capabilities` initial state (a hidden input holding base64
 * JSON, read by `@nextcloud/capabilities`) and the CSRF token as `<head data-requesttoken>`
 * (read by `@nextcloud/auth` and so `@nextcloud/axios`), and the webroot `@nextcloud/router`
 * reads (`_oc_webroot`, unless the page set one). Talk's web client reads capabilities only from
 * there, never over HTTP. They describe the world's viewer at the time of the call.
 * @example
 * provideInitialState(mock, document)
 */
export function provideInitialState(mock: TalkMock<string>, page: Document): void {
  const capabilities = describeCapabilities(mock.world, {
    loggedIn: mock.world.viewer !== null,
    user: mock.world.viewer === null ? undefined : mock.world.users.get(mock.world.viewer),
  }).capabilities
  let input = page.getElementById(CAPABILITIES_STATE) as HTMLInputElement | null
  if (!input) {
    input = page.createElement('input')
    input.type = 'hidden'
    input.id = CAPABILITIES_STATE
    page.body.append(input)
  }
  // PHP's json_encode escapes non-ASCII characters, so the base64 text decodes with `atob`.
  input.value = btoa(encodePhpJson(capabilities))
  // @nextcloud/initial-state keeps what it read once; a fresh value must not meet an old copy.
  const view = page.defaultView as (Window & { _nc_initial_state?: Map<string, unknown>; _oc_webroot?: string }) | null
  view?._nc_initial_state?.delete(`#${CAPABILITIES_STATE}`)
  page.head.dataset.requesttoken = MOCK_REQUEST_TOKEN
  // Nextcloud names its webroot; without it @nextcloud/router guesses one from the page's path.
  if (view && view._oc_webroot === undefined) view._oc_webroot = ''
}
