import { parseArgs } from 'node:util'
import { TalkMockError } from '../../errors.js'
import type { ClockMode } from '../../world/clock.js'

/**
 * The command line of `talk-call-mock`, read and checked.
 * @example
 * const options: CliOptions = { help: false, port: 4010, host: '127.0.0.1', overlays: [], clock: 'running', quiet: false }
 */
export interface CliOptions {
  help: boolean
  port: number
  host: string
  scenario?: string
  /** The app's own conversation token: the scenario's story conversation takes it. */
  token?: string
  overlays: string[]
  /** Path of a JSON file describing the world. */
  world?: string
  seed?: number
  /** `running` (default): server times follow real time; `still`: only moved by hand. */
  clock: ClockMode
  /** How fast a running clock goes (and timelines unfold): 1 is real time. */
  speed?: number
  quiet: boolean
  /** A spreed checkout with Talk's frontend built: its UI is served from the mock. */
  talkApp?: string
}

const ACTION = 'read the command line'
const SEE_HELP = 'Run `talk-call-mock --help` for the options.'

/**
 * Reads `talk-call-mock serve [options]`. Bad input throws a one-line `TalkMockError`.
 * @example
 * parseCliOptions(['serve', '--port', '0', '--seed', '7']) // { port: 0, seed: 7, host: '127.0.0.1', ... }
 */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const { values, positionals } = readArgs(argv)
  if (values.help) return { help: true, port: 4010, host: '127.0.0.1', overlays: [], clock: 'running', quiet: false }
  const [command, ...extra] = positionals
  if (command === undefined)
    throw new TalkMockError(ACTION, 'no command given', `Start it with \`talk-call-mock serve\`. ${SEE_HELP}`)
  if (command !== 'serve')
    throw new TalkMockError(ACTION, `unknown command "${command}"`, `The command is \`serve\`. ${SEE_HELP}`)
  if (extra.length > 0) throw new TalkMockError(ACTION, `unexpected argument "${extra[0]}"`, SEE_HELP)
  return {
    help: false,
    port: values.port === undefined ? 4010 : readInteger('--port', values.port, 0, 65535),
    host: values.host ?? '127.0.0.1',
    scenario: values.scenario,
    token: values.token,
    overlays: (values.overlays ?? [])
      .flatMap((list) => list.split(','))
      .map((name) => name.trim())
      .filter(Boolean),
    world: values.world,
    seed: values.seed === undefined ? undefined : readInteger('--seed', values.seed, -(2 ** 53 - 1), 2 ** 53 - 1),
    clock: readClock(values.clock),
    speed: values.speed === undefined ? undefined : readSpeed(values.speed),
    quiet: values.quiet ?? false,
    talkApp: values['talk-app'],
  }
}

function readClock(text: string | undefined): ClockMode {
  if (text === undefined || text === 'running' || text === 'still') return text ?? 'running'
  throw new TalkMockError(
    ACTION,
    `--clock "${text}" is not a clock mode`,
    `Use --clock running or --clock still. ${SEE_HELP}`,
  )
}

function readSpeed(text: string): number {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN
  if (!(value > 0 && value <= 1000)) {
    throw new TalkMockError(ACTION, `--speed "${text}" is not a speed above 0, up to 1000`, SEE_HELP)
  }
  return value
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        scenario: { type: 'string' },
        token: { type: 'string' },
        overlays: { type: 'string', multiple: true },
        world: { type: 'string' },
        seed: { type: 'string' },
        clock: { type: 'string' },
        speed: { type: 'string' },
        quiet: { type: 'boolean' },
        'talk-app': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--prot'..."); keep its first sentence.
    const reason = (error as Error).message.split('. ')[0]!.replace(/\.$/, '')
    throw new TalkMockError(ACTION, reason, SEE_HELP)
  }
}

function readInteger(flag: string, text: string, min: number, max: number): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN
  if (!(value >= min && value <= max)) {
    throw new TalkMockError(ACTION, `${flag} "${text}" is not a whole number from ${min} to ${max}`, SEE_HELP)
  }
  return value
}
