import { TalkMockError } from '../../errors.js'
import { createTalkServer } from '../http-server.js'
import { createMockFromCliOptions } from './create-mock-from-cli-options.js'
import { describeServer, formatLogLine } from './describe-server.js'
import { HELP } from './help.js'
import { parseCliOptions } from './parse-cli-options.js'

/**
 * Where the CLI writes, and what stops it.
 * @example
 * const io: CliIo = { out: console.log, error: console.error, stopped: waitForSignal() }
 */
export interface CliIo {
  out(line: string): void
  error(line: string): void
  /** Resolves when the server should stop (SIGINT/SIGTERM). */
  stopped: Promise<unknown>
}

/**
 * Runs `talk-call-mock` and resolves with its exit code: 0 after a clean stop, 2 for bad
 * options or a server that cannot start (explained in one line).
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), io)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliOptions(argv)
    if (options.help) {
      io.out(HELP)
      return 0
    }
    const mock = await createMockFromCliOptions(options)
    const server = await createTalkServer({
      mock,
      port: options.port,
      host: options.host,
      talkApp: options.talkApp,
      onRequest: options.quiet ? undefined : (entry) => io.out(formatLogLine(entry)),
    })
    io.out(describeServer(server.url, mock.scenario, options.talkApp).join('\n'))
    await io.stopped
    await server.close()
    io.out('talk-call-mock stopped')
    return 0
  } catch (error) {
    if (!(error instanceof TalkMockError)) throw error
    io.error(error.message)
    return 2
  }
}
