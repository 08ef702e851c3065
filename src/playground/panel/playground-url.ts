import type { ActiveScenario } from '../../index.js'
import { URL_PARAM } from '../../runtimes/browser/url-choice.js'

/**
 * Puts the active scenario, app token, overlays and seed into the page URL (without a reload or a history
 * entry), so the address can be shared and a reload opens the same thing. A world imported from
 * a file has no name to put there.
 * @example
 * writeScenarioToUrl(mock.scenario)
 */
export function writeScenarioToUrl(scenario: ActiveScenario): void {
  const url = new URL(location.href)
  const params = url.searchParams
  if (scenario.name === 'custom') params.delete(URL_PARAM.SCENARIO)
  else params.set(URL_PARAM.SCENARIO, scenario.name)
  if (scenario.appToken !== null) params.set(URL_PARAM.TOKEN, scenario.appToken)
  else params.delete(URL_PARAM.TOKEN)
  if (scenario.overlays.length > 0) params.set(URL_PARAM.OVERLAYS, scenario.overlays.join(','))
  else params.delete(URL_PARAM.OVERLAYS)
  if (scenario.seed !== 1) params.set(URL_PARAM.SEED, String(scenario.seed))
  else params.delete(URL_PARAM.SEED)
  if (url.href !== location.href) history.replaceState(history.state, '', url)
}
