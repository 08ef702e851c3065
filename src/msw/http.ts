/**
 * msw's `http` for bundlers (browser, Storybook): the root entry, the one path both majors export.
 * A bundler keeps only `http` of it, so msw 2's graphql costs nothing here. Node gets
 * `http.node.ts` instead (see `majors.ts` for what each msw major needs).
 * @example
 * import { http } from '#msw-http'
 * http.all(/\/ocs\//, () => new Response(null, { status: 404 }))
 */
export { http } from 'msw'
