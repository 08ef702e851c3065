import type { http as Http } from 'msw'

/**
 * msw's `http` for Node, from the app's own msw without loading its root entry: on msw 2 the
 * root loads graphql (about 60 ms more at import). The subpath without graphql differs by major
 * (msw 2 `msw/core/http`, msw 3 `msw/http`; see `majors.ts`), and `msw/package.json` is in both,
 * so the installed version picks it.
 * @example
 * import { http } from '#msw-http'
 */
export const http: typeof Http = await importHttp()

async function importHttp(): Promise<typeof Http> {
  const manifest = (await import('msw/package.json', { with: { type: 'json' } })) as { default: { version: string } }
  const major = Number(manifest.default.version.split('.')[0])
  // A variable specifier: each major lacks the other's subpath, so neither may be resolved ahead.
  const subpath = major === 2 ? 'msw/core/http' : 'msw/http'
  return ((await import(/* @vite-ignore */ subpath)) as { http: typeof Http }).http
}
