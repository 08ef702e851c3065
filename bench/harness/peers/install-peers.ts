import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * The mock servers `--peers` measures, pinned to versions that run on Node 20 (Prism 5.15 and
 * later want Node 24). The `wiremock` package ships WireMock's standalone JAR and runs it with
 * the machine's `java`; nothing downloads at install or run time. msw is the repo's version,
 * for @mswjs/http-middleware (its peer).
 * @example
 * const version = PEER_PACKAGES['json-server'] // '0.17.4'
 */
export const PEER_PACKAGES: Record<string, string> = {
  wiremock: '3.13.2',
  '@stoplight/prism-cli': '5.14.2',
  'json-server': '0.17.4',
  '@mockoon/cli': '9.9.0',
  '@mswjs/http-middleware': '0.10.3',
  msw: '2.15.0',
}

/**
 * The scratch folder outside the repo the peers are installed in, `$TMPDIR/talk-call-mock-peers`
 * (kept between runs).
 * @example
 * const dir = peersDir() // '/tmp/talk-call-mock-peers'
 */
export function peersDir(): string {
  return join(tmpdir(), 'talk-call-mock-peers')
}

/**
 * Installs the peers into `peersDir()` with npm unless the installed versions are already the
 * pinned ones, and Java 17 from Debian when no `java` is on the PATH (as root, with apt-get);
 * returns the folder.
 * @example
 * const dir = await installPeers(context.log)
 */
export async function installPeers(log: (message: string) => void): Promise<string> {
  const dir = peersDir()
  await mkdir(dir, { recursive: true })
  if (!installed(dir)) {
    log(`installing ${Object.keys(PEER_PACKAGES).join(', ')} into ${dir}`)
    const manifest = { name: 'talk-call-mock-peers', private: true, dependencies: PEER_PACKAGES }
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: dir, maxBuffer: 16 << 20 })
  }
  if (!onPath('java')) {
    log("no java on PATH: installing Debian's openjdk-17-jre-headless")
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    await run('apt-get', ['update'], { env, maxBuffer: 16 << 20 })
    await run('apt-get', ['install', '-y', '--no-install-recommends', 'openjdk-17-jre-headless'], {
      env,
      maxBuffer: 16 << 20,
    })
  }
  return dir
}

/** Whether every pinned package is in `dir/node_modules` at its pinned version. */
function installed(dir: string): boolean {
  return Object.entries(PEER_PACKAGES).every(([name, version]) => {
    const manifest = join(dir, 'node_modules', name, 'package.json')
    return (
      existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === version
    )
  })
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)))
}
