import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { appSources, BROWSER_RUNTIME, buildApp } from '../harness/browser-apps.js'
import { defaultCallAnswer } from '../harness/default-answer.js'
import { round } from '../harness/figures.js'
import type { BenchRow, Figure } from '../harness/row.js'

/**
 * What `talk-call-mock/browser` adds to an app's production build (vite, gzip): a call page
 * that starts the mock against the same page with `msw/browser` and one handler; and an app
 * that loads the mock only under `import.meta.env.DEV` against the same app without it.
 * @example
 * const figures = await browserBundleRow.run(context)
 */
export const browserBundleRow: BenchRow = {
  id: 'browser-bundle',
  title: 'Browser bundle sizes (vite production builds)',
  unavailable: (context) =>
    existsSync(join(context.root, BROWSER_RUNTIME)) ? undefined : `no ${BROWSER_RUNTIME} in this checkout`,
  async run(context) {
    const sources = appSources(await defaultCallAnswer())
    context.log('building four apps')
    const withMock = await buildApp(context, 'with-mock', sources.withMock)
    const withMsw = await buildApp(context, 'with-msw', sources.withMsw)
    const devOnly = await buildApp(context, 'dev-only', sources.devOnly)
    const plain = await buildApp(context, 'plain', sources.plain)
    const figures: Figure[] = [
      {
        id: 'browser-bundle-added',
        what: 'browser bundle of an app that starts the mock with `talk-call-mock/browser` (vite build, gzip; the JS it loads to start)',
        comparedWith: 'the same app with `msw/browser` and one handler',
        value: round((withMock.initialGzipBytes - withMsw.initialGzipBytes) / 1024, 1),
        unit: 'KB',
        goal: { max: 150 },
        details: {
          mockInitialGzipBytes: withMock.initialGzipBytes,
          mswInitialGzipBytes: withMsw.initialGzipBytes,
          mockInitialBytes: withMock.initialBytes,
          mswInitialBytes: withMsw.initialBytes,
          files: withMock.files
            .map((file) => `${file.name} ${file.gzipBytes}${file.initial ? '' : ' (on demand)'}`)
            .join(', '),
        },
      },
      {
        id: 'browser-bundle-added-all',
        what: 'the same build counted whole, with the chunks loaded on demand (faker, for worlds that make up names)',
        comparedWith: 'the same app with `msw/browser` and one handler',
        value: round((withMock.gzipBytes - withMsw.gzipBytes) / 1024, 1),
        unit: 'KB',
        details: { mockGzipBytes: withMock.gzipBytes, mswGzipBytes: withMsw.gzipBytes },
      },
      {
        id: 'browser-dev-only',
        what: 'production build of an app that loads the mock only under `import.meta.env.DEV`',
        comparedWith: 'the same app without the mock',
        value: devOnly.bytes - plain.bytes,
        unit: 'bytes',
        goal: { max: 0 },
        details: { devOnlyBytes: devOnly.bytes, plainBytes: plain.bytes, devOnlyFiles: devOnly.files.length },
      },
    ]
    return figures
  },
}
