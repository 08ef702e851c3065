/**
 * What each msw major needs: the one place that says it. The package runs on the app's own msw
 * (a peer dependency, `^2.15.0 || ^3.0.5`); where the majors differ:
 *
 * | topic                   | msw 2                                   | msw 3                                     |
 * | ----------------------- | --------------------------------------- | ----------------------------------------- |
 * | `http` without graphql  | `msw/core/http` (the root loads graphql) | `msw/http` (`msw/core/http` is gone)      |
 * |                         | -> `#msw-http` (`http.ts` for bundlers; `http.node.ts` for Node: 2's, else 3's) |
 * | unhandled requests      | `onUnhandledRequest`                     | `onUnhandledFrame` (`onUnhandledRequest` is ignored) |
 * |                         | -> `onUnhandled` names both                                                       |
 * | handler disposal        | none                                     | `handler.dispose()` on `close()`, `resetHandlers()`, story switches |
 * |                         | -> the handlers are made by the app's `http`, so they are that major's own          |
 * | worker script protocol  | msw 2's `mockServiceWorker.js`           | msw 3's (a different protocol)            |
 * |                         | -> the app's `npx msw init` writes its major's script; the package ships none.      |
 * |                         |    Mixed, the next navigation hangs: msw 2's page says `CLIENT_CLOSED` on unload, |
 * |                         |    msw 3's worker waits for `CLIENT_CLOSE`, so it keeps the closed page as its     |
 * |                         |    client and sends it the navigation request, which nobody answers.              |
 * | module format, Node     | ESM and CJS, Node >= 18                  | ESM only, Node >= 22.12                   |
 * |                         | -> the package is ESM only and loads msw with `import`                              |
 *
 * The rest the package takes of msw is the same in both: `setupServer` (the Node runtime),
 * `setupWorker` and `HttpResponse` (the browser and Storybook runtimes). The standalone server
 * takes nothing of msw: it hands Node's requests to the mock's plain door (`mock.answer`).
 * @example
 * worker.start({ ...onUnhandled('bypass') })
 */
export type UnhandledStrategy = 'bypass' | 'warn' | 'error'

/**
 * The option that tells msw what to do with a request no handler answers, under the name of
 * either major: msw 2 reads `onUnhandledRequest`, msw 3 `onUnhandledFrame`, each ignores the other.
 * @example
 * server.listen(onUnhandled('error'))
 */
export function onUnhandled(strategy: UnhandledStrategy): {
  onUnhandledRequest: UnhandledStrategy
  onUnhandledFrame: UnhandledStrategy
} {
  return { onUnhandledRequest: strategy, onUnhandledFrame: strategy }
}
