import { expect, it } from 'vitest'
import { createTalkMock } from '../../src/index.js'

it('keeps one mock.clock for the mock’s life, acting on the world that serves now', async () => {
  const mock = createTalkMock({ scenario: 'default' })
  await mock.ready
  const clock = mock.clock
  await clock.advance(1000)
  await mock.useScenario('lobby-active')
  expect(mock.clock).toBe(clock)
  expect(clock.now()).toBe(mock.world.clock.now())
  const before = mock.world.clock.now()
  await clock.advance(5000)
  // A clock held across the switch moves the new world by what it is told, from where that world stands.
  expect(mock.world.clock.now() - before).toBe(5000)
})

it('acts on the world built by reset, after the old world was moved', async () => {
  const mock = createTalkMock({ scenario: 'default' })
  await mock.ready
  const clock = mock.clock
  await clock.advance(1000)
  await mock.reset()
  const before = mock.world.clock.now()
  expect(clock.now()).toBe(before)
  await clock.set(before + 2000)
  expect(mock.world.clock.now()).toBe(before + 2000)
})
