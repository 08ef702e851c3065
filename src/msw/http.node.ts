import type { http as Http } from 'msw'

/** The subpath that holds `http` without graphql: msw 2 `msw/core/http`, msw 3 `msw/http`. */
const SUBPATHS = ['msw/core/http', 'msw/http']

/**
 * msw's `http` for Node, from the app's own msw without loading its root entry: on msw 2 the
 * root loads graphql (about 60 ms more at import). Only `msw/package.json` and the root are in
 * both majors, so it asks for the subpath of each major in turn (see `majors.ts`).
 * @example
 * import { http } from '#msw-http'
 */
export const http: typeof Http = await importHttp()

async function importHttp(): Promise<typeof Http> {
  for (const subpath of SUBPATHS) {
    try {
      // The specifier is a variable: each major lacks one of them, so none may be resolved ahead.
      const module = (await import(/* @vite-ignore */ subpath)) as { http: typeof Http }
      return module.http
    } catch (error) {
      if (!isMissingSubpath(error)) throw error
    }
  }
  // Neither path: not msw 2 or 3 (or no msw at all); the root names the problem best.
  return ((await import('msw')) as { http: typeof Http }).http
}

function isMissingSubpath(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || code === 'ERR_MODULE_NOT_FOUND'
}
