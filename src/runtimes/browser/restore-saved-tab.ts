import type { TalkMock } from '../../mock/talk-mock-types.js'
import type { SavedTab } from './tab-storage.js'

/**
 * Brings a tab's saved world back into a freshly created mock, under the name of the scenario it
 * was saved from. A saved world the mock can no longer read (the world format changed, or it was
 * edited by hand) is dropped with a warning, and the mock starts fresh instead.
 * @example
 * await restoreSavedTab(mock, readSavedTab(sessionStorage)!)
 */
export async function restoreSavedTab(mock: TalkMock<string>, saved: SavedTab): Promise<void> {
  try {
    await mock.load(saved.world, saved.scenario === 'custom' ? {} : { scenario: saved.scenario })
  } catch (error) {
    console.warn('[talk-mock] Failed to restore the world saved for this tab; starting fresh.', error)
    await mock.reset()
  }
}
