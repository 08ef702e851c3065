import type { http as Http } from 'msw'

/**
 * msw's `http` for Node, from the app's own msw without loading its root entry: on msw 2 the
 * root loads graphql (about 60 ms more at import). The subpath without graphql differs by major
 * (msw 2 `msw/core/http`, msw 3 `msw/http`; see `majors.ts`): msw 2's is asked for first, so the
 * `npm test` setup pays nothing for the choice, and msw 3's when that subpath is not there.
 * @example
 * import { http } from '#msw-http'
 */
export const http: typeof Http = await importHttp()

async function importHttp(): Promise<typeof Http> {
  // Variable specifiers: each major lacks the other's subpath, so neither may be resolved ahead.
  const [msw2, msw3] = ['msw/core/http', 'msw/http']
  try {
    return ((await import(/* @vite-ignore */ msw2)) as { http: typeof Http }).http
  } catch (missing) {
    try {
      return ((await import(/* @vite-ignore */ msw3)) as { http: typeof Http }).http
    } catch {
      // Neither major's subpath: no msw, or neither msw 2 nor 3. The first failure says which.
      throw missing
    }
  }
}
