import { HttpResponse, http } from 'msw'
import type { SetupServer } from 'msw/node'
import { CLIENT_COOKIE } from '../../src/rules/caller.js'

/**
 * Forgets the client cookie msw's own cookie store kept for `origin`. msw keeps the cookies of
 * answers made with its `HttpResponse` (the browser and Storybook runtimes' `cookieResponse`) for
 * the whole process and sends them with later requests to that origin, so a file that made such
 * answers clears them after itself: the files of the Node project share a process. msw has no
 * call for it; an answer through `server` (still listening) that expires the cookie does it.
 * @example
 * afterAll(async () => {
 *   await forgetMswCookies(server, 'https://cloud.example.com')
 *   server.close()
 * })
 */
export async function forgetMswCookies(server: SetupServer, origin: string): Promise<void> {
  const expire = `${CLIENT_COOKIE}=; Path=/; Max-Age=0`
  server.use(
    http.get(`${origin}/__forget-cookies`, () => new HttpResponse(null, { headers: { 'Set-Cookie': expire } })),
  )
  await fetch(`${origin}/__forget-cookies`)
}
