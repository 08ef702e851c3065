import { describe, expect, it, vi } from 'vitest'
import { createTalkMock } from '../../src/index.js'
import { chooseStart } from '../../src/runtimes/browser/choose-start.js'
import { restoreSavedTab } from '../../src/runtimes/browser/restore-saved-tab.js'
import { keepTabSaved, readSavedTab, TAB_STORAGE_KEY, type SavedTab } from '../../src/runtimes/browser/tab-storage.js'
import { readUrlChoice } from '../../src/runtimes/browser/url-choice.js'
import { pollOwnMessage } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

/** sessionStorage's interface over a Map, for Node. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}

/** A storage that refuses values past `quota` characters, as a full sessionStorage does. */
function smallStorage(quota: number): Storage {
  const storage = memoryStorage()
  const setItem = storage.setItem.bind(storage)
  storage.setItem = (key, value) => {
    if (String(value).length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    setItem(key, value)
  }
  return storage
}

const catalogue = ['default', 'lobby-active', 'guest']
const saved: SavedTab = { version: 2, scenario: 'default', overlays: ['slow'], seed: 3, world: { viewer: null } }

describe('readUrlChoice', () => {
  it('reads the scenario, overlays and seed from the page URL', () => {
    expect(readUrlChoice('http://x/?talk-scenario=guest&talk-overlays=slow,%20flaky&talk-seed=7')).toEqual({
      scenario: 'guest',
      overlays: ['slow', 'flaky'],
      seed: 7,
    })
  })

  it('reads the app token from the page URL', () => {
    expect(readUrlChoice('http://x/call/abc123?talk-scenario=lobby-active&talk-token=abc123')).toEqual({
      scenario: 'lobby-active',
      token: 'abc123',
    })
  })

  it('reads the speed of the clock from the page URL', () => {
    expect(readUrlChoice('http://x/?talk-clock=running&talk-speed=4')).toEqual({ clock: 'running', speed: 4 })
  })

  it('leaves out what the URL does not name, and reads an empty overlay list as none', () => {
    expect(readUrlChoice('http://x/?other=1')).toEqual({})
    expect(readUrlChoice('http://x/?talk-overlays=')).toEqual({ overlays: [] })
  })
})

describe('chooseStart', () => {
  it('brings the saved world back when the URL names no other scenario', () => {
    expect(chooseStart({}, saved, catalogue)).toEqual({
      scenario: 'default',
      overlays: ['slow'],
      seed: 3,
      restore: saved,
    })
    expect(chooseStart({ scenario: 'default', overlays: [] }, saved, catalogue)).toMatchObject({
      overlays: [],
      restore: saved,
    })
  })

  it('starts the URL scenario afresh when it differs from the saved one', () => {
    expect(chooseStart({ scenario: 'lobby-active' }, saved, catalogue)).toEqual({ scenario: 'lobby-active' })
    expect(chooseStart({ scenario: 'default', seed: 9 }, saved, catalogue)).toEqual({ scenario: 'default', seed: 9 })
  })

  it('starts afresh under the URL token when it differs from the saved one, in the saved scenario', () => {
    const mine = { ...saved, token: 'abc123' }
    expect(chooseStart({ token: 'xyz789' }, mine, catalogue)).toEqual({ token: 'xyz789' })
    expect(chooseStart({ token: 'abc123' }, mine, catalogue)).toMatchObject({ token: 'abc123', restore: mine })
  })

  it('keeps the saved app token when the URL names none, switching scenario or not', () => {
    const mine = { ...saved, token: 'abc123' }
    expect(chooseStart({}, mine, catalogue)).toMatchObject({ scenario: 'default', token: 'abc123', restore: mine })
    expect(chooseStart({ scenario: 'guest' }, mine, catalogue)).toEqual({ scenario: 'guest', token: 'abc123' })
  })

  it('ignores a saved scenario the catalogue no longer has', () => {
    expect(chooseStart({}, { ...saved, scenario: 'gone' }, catalogue)).toEqual({})
  })

  it('restores an imported world without naming a scenario', () => {
    expect(chooseStart({}, { ...saved, scenario: 'custom' }, catalogue)).toMatchObject({
      scenario: undefined,
      restore: { scenario: 'custom' },
    })
  })
})

describe('readSavedTab', () => {
  it('reads what keepTabSaved wrote, and nothing from another version or broken JSON', async () => {
    const storage = memoryStorage()
    const mock = createTalkMock({ scenario: 'guest', seed: 4 })
    await mock.ready
    keepTabSaved(mock, storage)
    expect(readSavedTab(storage)).toMatchObject({ version: 2, scenario: 'guest', seed: 4, overlays: [] })
    storage.setItem(TAB_STORAGE_KEY, JSON.stringify({ ...readSavedTab(storage), version: 0 }))
    expect(readSavedTab(storage)).toBeUndefined()
    storage.setItem(TAB_STORAGE_KEY, '{"version":1,')
    expect(readSavedTab(storage)).toBeUndefined()
  })
})

describe('keepTabSaved', () => {
  const { mock } = useTalkMock({ scenario: 'default' })

  it('writes the world after every answered request, not only on unload', async () => {
    await mock.reset()
    const storage = memoryStorage()
    const stop = keepTabSaved(mock, storage)
    await talkFetch('POST', '/room/groupcall/participants/active')
    await talkFetch('POST', '/call/groupcall', { body: { flags: 3 } })
    await Promise.resolve()
    const viewer = readSavedTab(storage)!.world.conversations![0]!.attendees!.find((a) => a.actorId === 'alice')
    expect(viewer?.sessions?.[0]?.inCall).toBe(3)

    stop()
    await talkFetch('PUT', '/call/groupcall', { body: { flags: 1 } })
    await Promise.resolve()
    const after = readSavedTab(storage)!.world.conversations![0]!.attendees!.find((a) => a.actorId === 'alice')
    expect(after?.sessions?.[0]?.inCall).toBe(3)
  })

  it('does not write the world again for signaling polls', async () => {
    await mock.reset()
    const storage = memoryStorage()
    const joined = await talkFetch('POST', '/room/groupcall/participants/active')
    const { sessionId } = joined.data as { sessionId: string }
    let writes = 0
    const counting = {
      ...storage,
      setItem: (key: string, value: string) => void (writes++, storage.setItem(key, value)),
    }
    const stop = keepTabSaved(mock, counting as Storage)
    const written = writes
    for (let i = 0; i < 3; i++) expect((await pollOwnMessage('groupcall', sessionId)).messages).toHaveLength(1)
    await Promise.resolve()
    expect(writes).toBe(written)
    await talkFetch('POST', '/call/groupcall', { body: { flags: 3 } })
    await Promise.resolve()
    expect(writes).toBe(written + 1)
    stop()
  })

  it('gives back a world that restores under its scenario name, with the session still usable', async () => {
    await mock.reset()
    const storage = memoryStorage()
    const stop = keepTabSaved(mock, storage)
    await talkFetch('POST', '/room/groupcall/participants/active')
    await talkFetch('POST', '/call/groupcall', { body: { flags: 7 } })
    await Promise.resolve()
    stop()

    await mock.useScenario('empty')
    await restoreSavedTab(mock, readSavedTab(storage)!)
    expect(mock.scenario).toMatchObject({ name: 'default', token: 'groupcall' })
    expect((await talkFetch('PUT', '/call/groupcall', { body: { flags: 1 } })).status).toBe(200)
    expect((await talkFetch('GET', '/call/groupcall')).data).toHaveLength(5)
  })

  it('saves the app token and restores the world under it into a mock made with the saved token', async () => {
    const tokened = createTalkMock({ scenario: 'lobby-active', token: 'abc123' })
    await tokened.ready
    const storage = memoryStorage()
    keepTabSaved(tokened, storage)()
    const found = readSavedTab(storage)!
    expect(found).toMatchObject({ scenario: 'lobby-active', token: 'abc123' })

    const plan = chooseStart({}, found, catalogue)
    const restored = createTalkMock<string>({ scenario: plan.scenario, token: plan.token })
    await restoreSavedTab(restored, plan.restore!)
    expect(restored.scenario).toMatchObject({ name: 'lobby-active', token: 'abc123', appToken: 'abc123' })
    expect(restored.dump()).toEqual(tokened.dump())
  })

  it('saves the timeline with what ran of it after each event, and restores it to go on', async () => {
    await mock.useScenario('peers-join-over-time')
    const storage = memoryStorage()
    const stop = keepTabSaved(mock, storage)
    await mock.clock.advance(15_000)
    await Promise.resolve()
    stop()
    const events = readSavedTab(storage)!.world.timeline as { events: Array<{ result?: unknown }> }
    expect(events.events.map((event) => event.result !== undefined)).toEqual([true, false, false, false])

    await mock.useScenario('empty')
    await restoreSavedTab(mock, readSavedTab(storage)!)
    expect(mock.scenario.name).toBe('peers-join-over-time')
    expect((await talkFetch('GET', '/call/fillingup')).data).toHaveLength(2)
    await mock.clock.advance(15_000)
    expect((await talkFetch('GET', '/call/fillingup')).data).toHaveLength(3)
  })

  it('reports a world too big for the storage once, forgets the older one and keeps serving', async () => {
    await mock.useScenario('empty')
    const storage = smallStorage(1_000)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const stop = keepTabSaved(mock, storage)
    expect(readSavedTab(storage)?.scenario).toBe('empty')

    await mock.useScenario('default')
    await Promise.resolve()
    expect(storage.getItem(TAB_STORAGE_KEY)).toBeNull()
    await talkFetch('POST', '/room/groupcall/participants/active')
    expect((await talkFetch('POST', '/call/groupcall', { body: { flags: 3 } })).status).toBe(200)
    await Promise.resolve()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[talk-mock\] Failed to keep the world for this tab: it is [\d.]+ MB of JSON, more than/),
      expect.any(DOMException),
    )

    await mock.useScenario('empty')
    await Promise.resolve()
    expect(readSavedTab(storage)?.scenario).toBe('empty')
    stop()
    warn.mockRestore()
  })

  it('starts fresh when the saved world cannot be loaded any more', async () => {
    const fresh = createTalkMock({ scenario: 'guest' })
    await fresh.ready
    const broken: SavedTab = { ...saved, scenario: 'guest', world: { viewer: 'nobody' } }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await restoreSavedTab(fresh, broken)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Failed to restore the world/), expect.any(Error))
    warn.mockRestore()
    expect(fresh.scenario).toMatchObject({ name: 'guest', viewer: null })
    await expect(fresh.ready).resolves.toBeUndefined()
  })
})
