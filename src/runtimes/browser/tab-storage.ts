import type { TalkMock } from '../../scenario/create-talk-mock.js'
import type { WorldJson } from '../../world/world-json.js'

/**
 * The sessionStorage key under which a tab keeps its mock. The version changes whenever the saved
 * shape does, so an old tab never feeds a new mock something it cannot read.
 * @example
 * sessionStorage.removeItem(TAB_STORAGE_KEY) // forget this tab's world
 */
export const TAB_STORAGE_KEY = 'talk-call-mock:tab:v1'

/**
 * What a tab keeps across reloads: the active scenario, overlays, seed, and the world itself.
 * @example
 * const saved: SavedTab = { version: 1, scenario: 'default', overlays: [], seed: 1, world: mock.dump() }
 */
export interface SavedTab {
  version: 1
  scenario: string
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
  const { version, scenario, overlays, seed, world } = saved as Partial<SavedTab>
  const readable =
    version === 1 &&
    typeof scenario === 'string' &&
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
 * Returns the function that stops it.
 * @example
 * const stop = keepTabSaved(mock, sessionStorage)
 */
export function keepTabSaved(mock: TalkMock, storage: Storage): () => void {
  let pending = false
  let warned = false
  const write = () => {
    pending = false
    const { name, overlays, seed } = mock.scenario
    const saved: SavedTab = { version: 1, scenario: name, overlays, seed, world: mock.dump() }
    try {
      storage.setItem(TAB_STORAGE_KEY, JSON.stringify(saved))
    } catch (error) {
      // A full storage must not break the mock; the tab just forgets its world on reload.
      if (!warned) console.warn('[talk-mock] Failed to keep the world for this tab:', error)
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
