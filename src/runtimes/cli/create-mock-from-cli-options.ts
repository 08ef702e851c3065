import { TalkMockError } from '../../errors.js'
import { createTalkMock, type TalkMock } from '../../scenario/create-talk-mock.js'
import type { CliOptions } from './parse-cli-options.js'

/**
 * Builds the mock the command line asks for. Today it honours `--seed`; `--scenario`,
 * `--overlays` and `--world` are read but refused with a one-line `TalkMockError` until the
 * scenario registry is wired in here.
 * @example
 * const mock = await createMockFromCliOptions({ seed: 7, overlays: [] })
 */
export async function createMockFromCliOptions(
  options: Pick<CliOptions, 'scenario' | 'overlays' | 'world' | 'seed'>,
): Promise<TalkMock> {
  const pending: Array<[string, boolean]> = [
    ['--scenario', options.scenario !== undefined],
    ['--overlays', options.overlays.length > 0],
    ['--world', options.world !== undefined],
  ]
  for (const [flag, given] of pending) {
    if (given) {
      throw new TalkMockError(`use ${flag}`, 'it is not yet available in this version', `Start without ${flag}.`)
    }
  }
  const mock = createTalkMock({ seed: options.seed })
  await mock.ready
  return mock
}
