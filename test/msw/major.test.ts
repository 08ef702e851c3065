import { describe, expect, it } from 'vitest'
import { http } from '#msw-http'

// `npm test` runs on the repo's msw 2, `npm run test:msw3` on msw 3: this file says which one
// the run used, and fails if the suites did not get the msw they were meant to.
describe('the msw the suites run on', () => {
  it('is the major the run asked for, and the core takes its http from it', async () => {
    const { default: manifest } = (await import('msw/package.json', { with: { type: 'json' } })) as {
      default: { version: string }
    }
    const { http: rootHttp } = await import('msw')
    console.info(`msw ${manifest.version} on Node ${process.version}`)
    expect(manifest.version.split('.')[0]).toBe(process.env.TALK_MOCK_MSW_MAJOR ?? '2')
    expect(http).toBe(rootHttp)
  })
})
