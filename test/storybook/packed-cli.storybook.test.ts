import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The fixture app of `npm run test:storybook` installed the packed talk-call-mock beside its own
// msw: its bin (`npx talk-call-mock serve`) must run on that msw, under this Node.
const app = resolve(dirname(process.env.TALK_MOCK_STORYBOOK_STATIC ?? '.'))
const API = '/ocs/v2.php/apps/spreed/api/v4'

describe(`the packed bin in the fixture app (${app})`, () => {
  let child: ChildProcessWithoutNullStreams | undefined
  afterAll(() => child?.kill('SIGTERM'))

  it("gets no msw of its own: the app's is the only one", () => {
    expect(existsSync(join(app, 'node_modules/msw/package.json'))).toBe(true)
    expect(existsSync(join(app, 'node_modules/talk-call-mock/node_modules/msw'))).toBe(false)
  })

  it("serves the default scenario's call over a real socket", async () => {
    const bin = join(app, 'node_modules/talk-call-mock/dist/lib/cli.js')
    child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--quiet'], { cwd: app })
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child!.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
        if (match) resolve(match[1]!)
      })
      child!.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child!.once('exit', (code) => reject(new Error(`the bin exited (${code}): ${out}`)))
    })
    const response = await fetch(`${url}${API}/call/groupcall`, {
      headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { ocs: { data: unknown[] } }).ocs.data).toHaveLength(4)
  })
})
