import { describe, expect, it } from 'vitest'
import { createTalkMock, TalkMockError, type TalkMockOptions } from '../../src/index.js'

/** Expects `run` to throw a TalkMockError of the mock's format whose message names `option`. */
function expectRefused(run: () => unknown, option: string) {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(TalkMockError)
  expect((thrown as Error).message).toMatch(/^\[talk-mock\] Failed to create the mock: .+\. .+/)
  expect((thrown as Error).message).toContain(option)
}

describe('createTalkMock refuses options it cannot use', () => {
  it.each([
    ['apiVersions', 42],
    ['apiVersions', 'v4'],
    ['apiVersions', ['v9']],
    ['apiVersions', []],
    ['cookieResponse', 5],
    ['setup', 'x'],
    ['scenarios', 'x'],
    ['scenarios', [{ name: 'half' }]],
    ['scenario', 7],
    ['world', 'x'],
    ['overlays', 'slow'],
    ['clockStart', '2026-01-01'],
  ])('throws a TalkMockError naming %s for %j', (option, value) => {
    expectRefused(() => createTalkMock({ [option]: value } as TalkMockOptions), option)
  })

  it.each([[null], [5], ['x'], [[]]])('throws a TalkMockError for options %j that are no object', (options) => {
    expectRefused(() => createTalkMock(options as unknown as TalkMockOptions), 'options')
  })

  it('takes every documented option', async () => {
    const mock = createTalkMock({
      scenario: 'default',
      seed: 2,
      overlays: [],
      apiVersions: ['v1', 'v4'],
      clockStart: 0,
      cookieResponse: (body, init) => new Response(body, init),
    })
    await expect(mock.ready).resolves.toBeUndefined()
  })
})

describe('promise-returning methods report errors as rejections', () => {
  it.each([[null], [undefined], ['x'], [3], [[]]])(
    'rejects load(%j) with a TalkMockError and keeps the world',
    async (world) => {
      const mock = createTalkMock({ scenario: 'default' })
      await mock.ready
      let loading: Promise<void> | undefined
      expect(() => (loading = mock.load(world as never))).not.toThrow()
      await expect(loading).rejects.toThrow(/\[talk-mock\] Failed to load the world: .*no world/)
      expect(mock.scenario.name).toBe('default')
      expect(mock.world.conversations.get('groupcall')).toBeDefined()
    },
  )

  it('rejects load with an unknown scenario name instead of throwing', async () => {
    const mock = createTalkMock({ scenario: 'default' })
    await mock.ready
    let loading: Promise<void> | undefined
    // @ts-expect-error -- a name the types refuse, as a JavaScript caller may pass it: the run-time check answers
    expect(() => (loading = mock.load({}, { scenario: 'nope' }))).not.toThrow()
    await expect(loading).rejects.toThrow(TalkMockError)
    expect(mock.scenario.name).toBe('default')
  })
})

describe('mock.answer refuses what is no plain request', () => {
  const url = new URL('https://cloud.example.com/ocs/v2.php/apps/spreed/api/v4/call/groupcall')
  const plain = { method: 'GET', url, headers: { 'ocs-apirequest': 'true' }, body: '', cookies: {} }

  it.each([
    ['url', { ...plain, url: url.href }],
    ['method', { ...plain, method: undefined }],
    ['headers', { ...plain, headers: undefined }],
    ['body', { ...plain, body: undefined }],
    ['cookies', { ...plain, cookies: undefined }],
    ['request', null],
  ])('rejects with a TalkMockError naming %s', async (field, request) => {
    const mock = createTalkMock({ scenario: 'default' })
    await mock.ready
    let answering: Promise<unknown> | undefined
    expect(() => (answering = mock.answer(request as never))).not.toThrow()
    await expect(answering).rejects.toThrow(TalkMockError)
    await expect(answering).rejects.toThrow(
      new RegExp(`^\\[talk-mock\\] Failed to answer a plain request: .*${field}.*\\. .+`),
    )
  })

  it('answers a plain request', async () => {
    const mock = createTalkMock({ scenario: 'default' })
    await mock.ready
    expect((await mock.answer(plain)).status).toBe(200)
  })
})
