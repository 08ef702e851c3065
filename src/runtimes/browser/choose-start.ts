import type { SavedTab } from './tab-storage.js'
import type { UrlChoice } from './url-choice.js'

/**
 * How a tab's mock starts: from a scenario (when `scenario` is set it overrides the app's own
 * choice), with these overlays and seed, and, when `restore` is set, the saved world on top.
 * @example
 * const plan: StartPlan = { scenario: 'default', overlays: [], seed: 1, restore: saved }
 */
export interface StartPlan {
  scenario?: string
  /** The app's own token the mock is created with. */
  token?: string
  overlays?: string[]
  seed?: number
  restore?: SavedTab
}

/**
 * Decides how a tab's mock starts. The URL wins when it names another scenario, seed or app
 * token than the tab saved (a fresh world then, under the URL's token, or else the saved
 * tab's); otherwise the saved world comes back with its token (and the URL's overlays if it
 * names any); with nothing saved (or saved from a scenario the catalogue no longer has), the
 * URL's choice or else the app's defaults apply.
 * @example
 * chooseStart({ scenario: 'guest' }, readSavedTab(sessionStorage), ['default', 'guest']) // a fresh `guest` unless the tab was in it
 */
export function chooseStart(url: UrlChoice, found: SavedTab | undefined, catalogue: readonly string[]): StartPlan {
  const saved = found && (found.scenario === 'custom' || catalogue.includes(found.scenario)) ? found : undefined
  const urlDiffers =
    (url.scenario !== undefined && url.scenario !== saved?.scenario) ||
    (url.seed !== undefined && url.seed !== saved?.seed) ||
    (url.token !== undefined && url.token !== saved?.token)
  if (!saved) return { ...url }
  // A tab that changes scenario keeps the app token it was given (a link dropping it must not lose it).
  if (urlDiffers) return { ...url, token: url.token ?? saved.token }
  return {
    scenario: saved.scenario === 'custom' ? undefined : saved.scenario,
    token: saved.token,
    overlays: url.overlays ?? saved.overlays,
    seed: saved.seed,
    restore: saved,
  }
}
