import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { appSources, BROWSER_RUNTIME, buildApp } from '../harness/browser-apps.js'
import { defaultCallAnswer } from '../harness/default-answer.js'
import { round } from '../harness/figures.js'
import { median } from '../harness/interleave.js'
import type { BenchRow } from '../harness/row.js'
import { serveStatic } from '../harness/static-server.js'

/** Flags for Debian's Chromium in a container, as the browser tests use them. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
]

function findChromium(): string | undefined {
  const candidates = process.env.CHROME_PATH
    ? [process.env.CHROME_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path) => existsSync(path))
}

/**
 * Time from navigation start to the first mocked `GET /call` answered, in headless Chromium:
 * the production build of a call page that starts `talk-call-mock/browser` (scenario
 * `default`) against the same page with a plain msw worker and one static handler answering
 * the same bytes. Each load is a fresh browser context (a first visit: the service worker
 * registers); the pages take turns.
 * @example
 * const [figure] = await browserLoadRow.run(context)
 */
export const browserLoadRow: BenchRow = {
  id: 'browser-load',
  title: 'Page load to the first mocked GET /call in headless Chromium',
  unavailable(context) {
    if (!existsSync(join(context.root, BROWSER_RUNTIME))) return `no ${BROWSER_RUNTIME} in this checkout`
    if (!findChromium()) return 'no Chromium (set CHROME_PATH or install /usr/bin/chromium)'
    return undefined
  },
  async run(context) {
    const answer = await defaultCallAnswer()
    const sources = appSources(answer)
    context.log('building the two pages')
    const apps = {
      msw: await buildApp(context, 'load-msw', sources.withMsw),
      mock: await buildApp(context, 'load-mock', sources.withMock),
    }
    const workerScript = join(context.root, 'public/mockServiceWorker.js')
    const sites = {
      msw: await serveStatic(apps.msw.dir, workerScript),
      mock: await serveStatic(apps.mock.dir, workerScript),
    }
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    try {
      const rounds = context.quick ? 3 : 12
      const times = { msw: [] as number[], mock: [] as number[] }
      for (const name of ['msw', 'mock'] as const) await loadPage(browser, sites[name].url, answer) // warm-up
      context.log(`${rounds} loads of each page`)
      for (let turn = 0; turn < rounds; turn++) {
        const order = turn % 2 === 0 ? (['msw', 'mock'] as const) : (['mock', 'msw'] as const)
        for (const name of order) times[name].push(await loadPage(browser, sites[name].url, answer))
      }
      await loadPage(browser, sites.mock.url, answer)
      const onDemand = apps.mock.files.filter((file) => !file.initial).map((file) => `/${file.name}`)
      return [
        {
          id: 'browser-load',
          what: 'page load to the first mocked `GET /call` answered, headless Chromium',
          comparedWith: 'the same page with a plain msw worker and one static handler',
          value: round(median(times.mock.map((ms, turn) => ms / times.msw[turn]!)), 3),
          unit: 'ratio',
          goal: { max: 1.3 },
          details: {
            baselineUs: round(median(times.msw) * 1000, 0),
            subjectUs: round(median(times.mock) * 1000, 0),
            rounds,
            mockScripts: scriptsOfLastLoad.join(', '),
            onDemandChunksFetched: onDemand.filter((name) => scriptsOfLastLoad.includes(name)).length,
          },
        },
      ]
    } finally {
      await browser.close()
      await Promise.all([sites.msw.close(), sites.mock.close()])
    }
  },
}

/** Scripts of the last page load of the mock's page, so the report shows what it fetched. */
const scriptsOfLastLoad: string[] = []

/** Loads a page in a fresh context; milliseconds from navigation start to the answer. */
async function loadPage(browser: Browser, url: string, expectedBody: string): Promise<number> {
  const page = await (await browser.newContext()).newPage()
  scriptsOfLastLoad.length = 0
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptsOfLastLoad.push(new URL(request.url()).pathname)
  })
  try {
    await page.goto(url)
    await page.waitForFunction(() => '__benchAnswered' in window, null, {
      timeout: 30_000,
    })
    const { answered, body } = await page.evaluate(() => {
      const found = window as unknown as { __benchAnswered: number; __benchBody: string }
      return { answered: found.__benchAnswered, body: found.__benchBody }
    })
    if (body !== expectedBody) throw new Error(`${url} was answered other bytes than the mock's`)
    return answered
  } finally {
    await page.context().close()
  }
}
