import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser'
import { scenarios, type ScenarioName } from '../../scenarios/index.js'
import { createTalkMock } from '../index.js'
import type { TalkMock, TalkMockOptions } from '../mock/talk-mock-types.js'
import { chooseStart } from './browser/choose-start.js'
import { onUnhandled } from '../msw/majors.js'
import { forwardingCookieResponse } from './browser/forward-client-cookies.js'
import { restoreSavedTab } from './browser/restore-saved-tab.js'
import { keepTabSaved, readSavedTab } from './browser/tab-storage.js'
import { readUrlChoice } from './browser/url-choice.js'
import { provideInitialState } from './browser/provide-initial-state.js'
import { showStartFailure } from './browser/show-start-failure.js'
import type { ClockMode } from '../world/clock.js'
import { ignoreUpdateRace } from './browser/ignore-update-race.js'
import type { OverlayName } from '../mock/overlays.js'
import { linkToMock } from '../media/mock-link.js'
import { startPeerEngine } from '../media/peer-engine.js'

export * from '../index.js'
export { URL_PARAM, readUrlChoice, type UrlChoice } from './browser/url-choice.js'
export { TAB_STORAGE_KEY, type SavedTab } from './browser/tab-storage.js'

/**
 * Options of `startTalkMock`: those of `createTalkMock` (the app's defaults; the page URL and
 * the tab's saved state win over `scenario`, `token`, `overlays` and `seed`) and of the worker.
 * @example
 * await startTalkMock({ scenario: 'default', quiet: true })
 */
export interface StartTalkMockOptions<Name extends string = ScenarioName> extends TalkMockOptions<Name> {
  /** Keep scenario, overlays, seed and world for the tab across reloads (sessionStorage). Default true. */
  persist?: boolean
  /** Silence MSW's console line per mocked request. Default false. */
  quiet?: boolean
  /** More options for `worker.start()`; they win over the defaults (worker script `/mockServiceWorker.js`, unhandled requests pass through). */
  worker?: StartOptions
  /** The URL whose `?talk-scenario=`, `&talk-token=`, `&talk-overlays=`, `&talk-seed=`, `&talk-clock=` and `&talk-speed=` choose the start. Default: the page's. */
  url?: string | URL
  /**
   * Provide the page what a Nextcloud page carries for Talk's web client: the capabilities as
   * initial state and the CSRF token as `<head data-requesttoken>`. Default false.
   */
  initialState?: boolean
  /**
   * Make the simulated peers WebRTC endpoints for the page's clients: they answer and offer as
   * Talk's client does, and send a canvas video and a generated voice. Nothing is created before a
   * client of the page is in a call with them. Default true.
   */
  media?: boolean
}

/**
 * A mock served to the page by MSW's service worker.
 * @example
 * const { mock, worker, stop } = await startTalkMock()
 */
export interface TalkMockWorker<Name extends string = ScenarioName> {
  /** The same instance API as in Node: `useScenario`, `load`, `dump`, `reset`, `subscribe`, ... */
  mock: TalkMock<Name>
  worker: SetupWorker
  /** Stops serving and stops saving the tab's state (what is saved stays). */
  stop(): void
}

/**
 * Starts the Talk mock in the browser: builds it (from the page URL, else the tab's saved world,
 * else `options`) on a running clock (`clock: 'still'` or `?talk-clock=still` stops it),
 * registers the app's MSW worker (the `mockServiceWorker.js` that `npx msw init public/` writes
 * for the app's msw major) and keeps the tab's scenario and world in sessionStorage after every
 * change. Requests that are not Talk's pass through. Resolves once the worker intercepts requests.
 * When it cannot start (e.g. a misspelt `?talk-scenario=`), it rejects with the `TalkMockError`
 * and shows its message in the page, in a notice the user can dismiss: mount the app anyway
 * (`enableMocking().catch(console.error).then(mount)`), so the page is never blank.
 * @example
 * async function enableMocking() {
 *   if (!import.meta.env.DEV) return
 *   const { startTalkMock } = await import('talk-call-mock/browser')
 *   await startTalkMock({ scenario: 'default' })
 * }
 * enableMocking()
 *   .catch((error: unknown) => console.error(error))
 *   .then(() => createApp(App).mount('#app'))
 */
export async function startTalkMock<const Name extends string = ScenarioName>(
  options: StartTalkMockOptions<Name> = {},
): Promise<TalkMockWorker<Name>> {
  try {
    return await start(options)
  } catch (error) {
    showStartFailure(error, document)
    throw error
  }
}

async function start<Name extends string>(options: StartTalkMockOptions<Name>): Promise<TalkMockWorker<Name>> {
  const {
    persist = true,
    quiet = false,
    worker: workerOptions,
    url,
    initialState = false,
    media = true,
    ...mockOptions
  } = options
  const storage = persist ? sessionStorage : undefined
  const catalogue = (mockOptions.scenarios ?? scenarios).map((scenario) => scenario.name)
  const choice = readUrlChoice(url ?? location.href)
  const plan = chooseStart(choice, storage && readSavedTab(storage), catalogue)
  const mock = createTalkMock({
    cookieResponse: forwardingCookieResponse,
    // Server times must agree with the page's `Date.now()`, which Talk's client compares them with.
    clock: 'running',
    ...mockOptions,
    ...(choice.clock !== undefined && { clock: choice.clock as ClockMode }),
    ...(choice.speed !== undefined && { speed: choice.speed }),
    // A URL or a saved tab may name anything: `createTalkMock` checks the names at run time.
    ...(plan.scenario !== undefined && { scenario: plan.scenario as Name, world: undefined }),
    // A restored tab is under the token it saved, or none: its world names the tokens it had.
    ...((plan.token !== undefined || plan.restore) && { token: plan.token }),
    ...(plan.overlays !== undefined && { overlays: plan.overlays as OverlayName[] }),
    ...(plan.seed !== undefined && { seed: plan.seed }),
  })
  const building = plan.restore ? restoreSavedTab(mock, plan.restore) : mock.ready

  // The worker registers while the world builds (the handlers wait for the world on their own),
  // so a page pays for the longer of the two, not for both.
  const worker = setupWorker(...mock.handlers)
  const stopIgnoring = ignoreUpdateRace(window, workerOptions?.serviceWorker?.url ?? '/mockServiceWorker.js')
  const starting = worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Under both majors' names: msw 3 ignores `onUnhandledRequest` and would warn per request.
    ...onUnhandled('bypass'),
    quiet,
    ...workerOptions,
  })
  try {
    await Promise.all([building, starting])
  } catch (error) {
    // No world, or no worker: stop what did start, so nothing half-started keeps answering.
    await starting.then(
      () => worker.stop(),
      () => undefined,
    )
    throw error
  }
  if (initialState) provideInitialState(mock, document)
  const stopSaving = storage ? keepTabSaved(mock, storage) : () => undefined
  const stopMedia = media ? startPeerEngine(linkToMock(mock)) : () => undefined
  return {
    mock,
    worker,
    stop() {
      stopSaving()
      stopMedia()
      stopIgnoring()
      worker.stop()
    },
  }
}
