import { readFile } from 'node:fs/promises'
import { TalkMockError } from '../../errors.js'
import { createTalkMock } from '../../index.js'
import type { TalkMock } from '../../mock/talk-mock-types.js'
import type { WorldJson } from '../../world/world-json.js'
import type { OverlayName } from '../../mock/overlays.js'
import type { CliOptions } from './parse-cli-options.js'

/**
 * Builds the mock the command line asks for: a scenario of the catalogue (default `default`) or
 * a world from a JSON file, with the app's token, a seed, overlays and a clock (running unless told otherwise). Anything wrong is a one-line
 * `TalkMockError` (unknown scenario with the known names, unreadable or bad world file).
 * @example
 * const mock = await createMockFromCliOptions({ scenario: 'lobby-active', seed: 7, overlays: ['slow'] })
 */
export async function createMockFromCliOptions(
  options: Pick<CliOptions, 'scenario' | 'overlays' | 'world' | 'seed'> &
    Partial<Pick<CliOptions, 'clock' | 'token' | 'speed'>>,
): Promise<TalkMock<string>> {
  if (options.scenario !== undefined && options.world !== undefined) {
    throw new TalkMockError('start', '--scenario and --world both name a world', 'Give one of them.')
  }
  if (options.token !== undefined && options.world !== undefined) {
    throw new TalkMockError(
      'start',
      '--token names the story conversation of a scenario, and --world names its own tokens',
      'Give --token with --scenario (or none, for default), or write the token into the world file.',
    )
  }
  const world = options.world === undefined ? undefined : await readWorld(options.world)
  const mock = createTalkMock<string>({
    scenario: options.scenario,
    token: options.token,
    world,
    seed: options.seed,
    // Any words of the command line: the mock checks them and names the known ones.
    overlays: options.overlays as OverlayName[],
    clock: options.clock ?? 'running',
    speed: options.speed,
  })
  await mock.ready
  return mock
}

async function readWorld(file: string): Promise<WorldJson> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new TalkMockError(`read --world ${file}`, (error as Error).message, 'Check the path.')
  }
  try {
    return JSON.parse(text) as WorldJson
  } catch (error) {
    throw new TalkMockError(`read --world ${file}`, `it is not JSON (${(error as Error).message})`, 'Fix the file.')
  }
}
