import { setupServer } from 'msw/node'
import { format, resolveConfig } from 'prettier'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { onUnhandled } from '../../src/msw/majors.js'
import { renderCli } from './render-cli.js'
import { renderControlRoutes } from './render-control-routes.js'
import { renderEndpoints } from './render-endpoints.js'
import { renderScenarios } from './render-scenarios.js'
import { renderTimeline } from './render-timeline.js'

// The reference pages of the documentation site are generated from the code; this test renders
// them again and fails when a committed page no longer matches (`-u` rewrites them).
const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

const PAGES = '../../docs/reference/'

async function formatted(markdown: string): Promise<string> {
  const config = await resolveConfig(new URL(`${PAGES}index.md`, import.meta.url))
  return format(markdown, { ...config, parser: 'markdown' })
}

it.each([
  ['endpoints.md', renderEndpoints],
  ['timeline.md', renderTimeline],
  ['control-routes.md', renderControlRoutes],
  ['cli.md', renderCli],
])('docs/reference/%s matches the code', async (page, render) => {
  await expect(await formatted(render())).toMatchFileSnapshot(`${PAGES}${page}`)
})

// Thirty scenarios built and probed in turn, six requests each: far more than one test's default 5 s.
it('docs/reference/scenarios.md matches what each scenario answers', { timeout: 60_000 }, async () => {
  await expect(await formatted(await renderScenarios(server))).toMatchFileSnapshot(`${PAGES}scenarios.md`)
})
