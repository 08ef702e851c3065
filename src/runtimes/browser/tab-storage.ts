import type { TalkMock } from '../../mock/talk-mock-types.js'
import type { WorldJson } from '../../world/world-json.js'

/**
 * The sessionStorage key under which a tab keeps its mock. The version changes whenever the saved
 * shape does, so an old tab never feeds a new mock something it cannot read.
 * @example
 * sessionStorage.removeItem(TAB_STORAGE_KEY) // forget this tab's world
 */
export const TAB_STORAGE_KEY = 'talk-call-mock:tab:v2'

/**
 * What a tab keeps across reloads: the active scenario, the app's token (if one is set; tabs
 * saved before it existed have none), overlays, seed, and the world itself.
 * @example
 * const saved: SavedTab = { version: 2, scenario: 'default', token: 'abc123', overlays: [], seed: 1, world: mock.dump() }
 */
export interface SavedTab {
  /** 2 since worlds carry timelines (which events ran). */
  version: 2
  scenario: string
  /** The app's own token the tab's stories are under. */
  token?: string
  overlays: string[]
  seed: number
  world: WorldJson
}

/**
 * The tab's saved mock, or `undefined` when there is none or it cannot be read (another
 * version, hand-edited, cut short).
 * @example
 * const saved = readSavedTab(sessionStorage)
 */
export function readSavedTab(storage: Storage): SavedTab | undefined {
  let saved: unknown
  try {
    saved = JSON.parse(storage.getItem(TAB_STORAGE_KEY) ?? 'null')
  } catch {
    return undefined
  }
  if (!saved || typeof saved !== 'object') return undefined
  const { version, scenario, token, overlays, seed, world } = saved as Partial<SavedTab>
  const readable =
    version === 2 &&
    typeof scenario === 'string' &&
    (token === undefined || typeof token === 'string') &&
    Array.isArray(overlays) &&
    typeof seed === 'number' &&
    world !== null &&
    typeof world === 'object'
  return readable ? (saved as SavedTab) : undefined
}

/**
 * Keeps the tab's saved mock up to date: writes it now and after every change the mock reports
 * (requests answered, switches, loads, clock moves; not signaling polls), several changes in one
 * task written once.
 * A world too big for the tab's storage is reported once; the tab then goes on without saving
 * that world (a reload starts from the scenario again) and saves again once another world is
 * loaded. Returns the function that stops it.
 * @example
 * const stop = keepTabSaved(mock, sessionStorage)
 */
export function keepTabSaved(mock: TalkMock<string>, storage: Storage): () => void {
  let pending = false
  let warned = false
  // The world that did not fit: dumping it again after every request would cost for nothing.
  let tooBig: object | undefined
  const write = () => {
    pending = false
    const world = mock.world
    if (world === tooBig) return
    const { name, appToken, overlays, seed } = mock.scenario
    const token = appToken ?? undefined
    const text = JSON.stringify({
      version: 2,
      scenario: name,
      token,
      overlays,
      seed,
      world: mock.dump(),
    } satisfies SavedTab)
    try {
      storage.setItem(TAB_STORAGE_KEY, text)
      tooBig = undefined
    } catch (error) {
      tooBig = world
      // What was saved before is an older world: a reload must not bring it back.
      storage.removeItem(TAB_STORAGE_KEY)
      if (!warned) console.warn(describeFullStorage(text.length), error)
      warned = true
    }
  }
  write()
  return mock.subscribe((change) => {
    // Polls come every few seconds and change only pings: the next real change saves those too.
    if (pending || change === 'signaling') return
    pending = true
    queueMicrotask(write)
  })
}

function describeFullStorage(chars: number): string {
  const size = `${(chars / (1024 * 1024)).toFixed(1)} MB`
  return (
    `[talk-mock] Failed to keep the world for this tab: it is ${size} of JSON, more than the tab's storage takes. ` +
    'The mock goes on serving it, unsaved: a reload starts from the scenario again. Load a smaller world to save again.'
  )
}
