import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer } from '../../src/runtimes/http-server.js'
import { API } from './support/call-world.js'
import { scenarios } from '../../scenarios/index.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { bin: Record<string, string> }
// Built into a folder of its own, so the run leaves the repository's dist/ as it was: with the
// package.json (`#msw-http` resolves through its `imports`) and the repository's node_modules (msw).
let build = ''
let bin = ''

interface Run {
  child: ChildProcessWithoutNullStreams
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

const running: Run[] = []

/** Starts the built CLI the way `npx talk-call-mock` does. */
function runCli(...args: string[]): Run {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const run = { child, stdout: () => stdout, stderr: () => stderr, exited }
  running.push(run)
  return run
}

/** Resolves with the first match of `pattern` in the CLI's output. */
function waitFor(run: Run, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(run.stdout())
      if (match) {
        run.child.stdout.off('data', check)
        resolve(match)
      }
    }
    run.child.stdout.on('data', check)
    void run.exited.then(() => reject(new Error(`the CLI exited first:\n${run.stdout()}${run.stderr()}`)))
    check()
  })
}

describe('talk-call-mock (the CLI)', () => {
  beforeAll(async () => {
    // The bin is built JavaScript: bundle it as `npm pack` (prepack) does; the types are not needed here.
    build = mkdtempSync(join(tmpdir(), 'talk-call-mock-cli-'))
    bin = join(build, pkg.bin['talk-call-mock']!)
    copyFileSync(`${root}package.json`, join(build, 'package.json'))
    symlinkSync(`${root}node_modules`, join(build, 'node_modules'), 'dir')
    await promisify(execFile)(
      process.execPath,
      [
        `${root}node_modules/vite/bin/vite.js`,
        'build',
        '--config',
        'vite.lib.config.ts',
        '--outDir',
        join(build, 'dist/lib'),
        '--emptyOutDir',
      ],
      { cwd: root },
    )
  }, 120_000)
  afterAll(() => build && rmSync(build, { recursive: true, force: true }))
  afterEach(() => {
    for (const run of running.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL')
  })

  it('prints its usage with --help and exits 0', async () => {
    const run = runCli('--help')
    expect(await run.exited).toBe(0)
    expect(run.stdout()).toMatch(/^Usage: talk-call-mock serve \[options\]/)
    for (const option of ['--port', '--host', '--scenario', '--token', '--overlays', '--world', '--seed', '--quiet']) {
      expect(run.stdout()).toContain(option)
    }
  })

  it('lists every scenario of the registry with --help, one line each, and suggests --clock still for tests', async () => {
    const run = runCli('serve', '--help')
    expect(await run.exited).toBe(0)
    const lines = run.stdout().split('\n')
    for (const { name, description } of scenarios) {
      const line = lines.find((candidate) => candidate.startsWith(`  ${name} `))
      expect(line, name).toBeDefined()
      // The line's words are the description's first words (cut, with an ellipsis, where it is long).
      const shown = line!
        .slice(2 + name.length)
        .trim()
        .replace(/…$/, '')
      expect(description.startsWith(shown), `${name}: ${shown}`).toBe(true)
      expect(line!.length).toBeLessThanOrEqual(100)
    }
    expect(run.stdout()).toMatch(/For tests[^\n]*\n?[^\n]*--clock still/)
    expect(run.stdout()).toMatch(/talk-call-mock serve [^\n]*--clock still/)
  })

  it('serves the mock, logs each request and exits 0 on SIGTERM', async () => {
    const run = runCli('serve', '--port', '0', '--seed', '7')
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    expect(run.stdout()).toContain(`${url}/__talk-mock/scenario`)

    const response = await fetch(`${url}${API}/call/abc123?format=json`, { headers: { 'OCS-APIRequest': 'true' } })
    expect(response.status).toBe(404)
    await waitFor(run, new RegExp(`^GET ${API}/call/abc123\\?format=json 404 \\d+ms$`, 'm'))

    run.child.kill('SIGTERM')
    expect(await run.exited).toBe(0)
    await expect(fetch(`${url}/status.php`)).rejects.toThrow(TypeError)
  })

  it('exits 0 on SIGINT and logs nothing per request with --quiet', async () => {
    const run = runCli('serve', '--port', '0', '--quiet')
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    expect((await fetch(`${url}/status.php`)).status).toBe(404)
    run.child.kill('SIGINT')
    expect(await run.exited).toBe(0)
    expect(run.stdout()).not.toContain('/status.php')
  })

  it('explains a port in use in one line and exits 2', async () => {
    const other = await createTalkServer({ mock: createTalkMock(), port: 0 })
    try {
      const run = runCli('serve', '--port', String(other.port))
      expect(await run.exited).toBe(2)
      expect(run.stderr()).toBe(
        `[talk-mock] Failed to start the server: 127.0.0.1:${other.port} is already in use. ` +
          'Stop what runs there or pick another port (--port).\n',
      )
    } finally {
      await other.close()
    }
  })

  it('starts in the scenario, seed and overlays it is given and names its story', async () => {
    const run = runCli('serve', '--port', '0', '--scenario', 'lobby-active', '--seed', '3', '--overlays', 'slow')
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    await waitFor(run, /story {6}conversation "webinar", viewer user "alice"/)
    expect(run.stdout()).toMatch(/scenario {3}lobby-active \(seed 3, overlays slow\)/)
    const active = (await (await fetch(`${url}/__talk-mock/scenario`)).json()) as Record<string, unknown>
    expect(active).toMatchObject({ name: 'lobby-active', seed: 3, overlays: ['slow'] })
  })

  it('serves the scenario under the app token given with --token, over a real socket', async () => {
    const run = runCli('serve', '--port', '0', '--scenario', 'lobby-active', '--token', 'abc123', '--quiet')
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    await waitFor(run, /story {6}conversation "abc123", viewer user "alice"/)
    const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
    const call = (token: string) => fetch(`${url}${API}/call/${token}`, { method: 'POST', headers })
    await fetch(`${url}${API}/room/abc123/participants/active`, { method: 'POST', headers })
    expect((await call('abc123')).status).toBe(412)
    expect((await call('webinar')).status).toBe(404)
  })

  it('explains a colliding, a bad or a non-numeric SIP token in one line and exits 2', async () => {
    const taken = runCli('serve', '--port', '0', '--scenario', 'not-found', '--token', 'elsewhere')
    const bad = runCli('serve', '--port', '0', '--token', 'ABC')
    const sip = runCli('serve', '--port', '0', '--scenario', 'sip-dial-in', '--token', 'abc123')
    expect([await taken.exited, await bad.exited, await sip.exited]).toEqual([2, 2, 2])
    expect(taken.stderr()).toBe(
      '[talk-mock] Failed to create the mock: token "elsewhere" is another conversation\'s in this scenario. ' +
        'Pick another token (the scenario\'s story conversation is "deleted").\n',
    )
    expect(bad.stderr()).toMatch(/^\[talk-mock\] Failed to create the mock: token "ABC" is not a Talk token .*\n$/)
    expect(sip.stderr()).toMatch(/^\[talk-mock\] Failed to create the mock: SIP dial-in is on .*digits.*\n$/)
  })

  it('starts from a world file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'talk-cli-')), 'world.json')
    writeFileSync(file, JSON.stringify({ viewer: null, conversations: [{ token: 'fromfile', type: 3 }] }))
    const run = runCli('serve', '--port', '0', '--world', file)
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    const world = (await (await fetch(`${url}/__talk-mock/world`)).json()) as { conversations: { token: string }[] }
    expect(world.conversations.map((conversation) => conversation.token)).toEqual(['fromfile'])
  })

  it('explains an unknown scenario or a bad world file in one line and exits 2', async () => {
    const unknown = runCli('serve', '--port', '0', '--scenario', 'lobbby')
    const missing = runCli('serve', '--port', '0', '--world', '/nonexistent/world.json')
    expect([await unknown.exited, await missing.exited]).toEqual([2, 2])
    expect(unknown.stderr()).toMatch(
      /^\[talk-mock\] Failed to create the mock: there is no scenario "lobbby"\. Use one of: default, .*\n$/,
    )
    expect(missing.stderr()).toMatch(/^\[talk-mock\] Failed to read --world \/nonexistent\/world\.json: .*\n$/)
    expect(unknown.stderr().split('\n')).toHaveLength(2)
  })

  it('plays its running clock at the --speed given, and rejects a bad one', async () => {
    const run = runCli('serve', '--port', '0', '--scenario', 'peers-join-over-time', '--speed', '4')
    const [, url] = await waitFor(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    const clock = (await (await fetch(`${url}/__talk-mock/clock`)).json()) as Record<string, unknown>
    expect(clock).toMatchObject({ mode: 'running', playing: true, speed: 4 })
    const bad = runCli('serve', '--port', '0', '--speed', 'fast')
    expect(await bad.exited).toBe(2)
    expect(bad.stderr()).toMatch(/--speed "fast" is not a speed above 0, up to 1000\. .*\n$/)
  })

  it('rejects an unknown option and a bad port in one line with exit code 2', async () => {
    const unknown = runCli('serve', '--prot', '4010')
    const badPort = runCli('serve', '--port', 'http')
    expect([await unknown.exited, await badPort.exited]).toEqual([2, 2])
    expect(unknown.stderr()).toMatch(/^\[talk-mock\] Failed to read the command line: Unknown option '--prot'\. .*\n$/)
    expect(badPort.stderr()).toMatch(/--port "http" is not a whole number from 0 to 65535\. .*\n$/)
  })
})
