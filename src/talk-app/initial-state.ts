import { encodePhpJson } from '../ocs/php-json.js'

/**
 * One initial state a Nextcloud page carries for its scripts: `IInitialState::provideInitialState(key, value)`
 * of an app.
 * @example
 * const state: InitialState = { app: 'spreed', key: 'call_enabled', value: true }
 */
export interface InitialState {
  app: string
  key: string
  value: unknown
}

/**
 * The hidden input Nextcloud's layout writes for an initial state: id `initial-state-APP-KEY`,
 * value the base64 of PHP's `json_encode` (slashes as `\/`, non-ASCII as `\uXXXX`, so the text is
 * ASCII and `atob` reads it), as `@nextcloud/initial-state`'s `loadState` decodes it.
 * @example
 * renderInitialState({ app: 'spreed', key: 'call_enabled', value: true })
 * // '<input type="hidden" id="initial-state-spreed-call_enabled" value="dHJ1ZQ==">'
 */
export function renderInitialState(state: InitialState): string {
  const id = `initial-state-${state.app}-${state.key}`.replace(/[^\w-]/g, '')
  return `<input type="hidden" id="${id}" value="${btoa(encodePhpJson(state.value))}">`
}
