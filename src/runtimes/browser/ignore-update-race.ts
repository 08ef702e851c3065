/**
 * Keeps a page free of the one error msw's start leaves uncaught when a page of the same origin
 * navigates to another: the page left says `CLIENT_CLOSED` as it unloads, and msw's worker script
 * (`mockServiceWorker.js`) unregisters itself once it sees no other client, which it can decide
 * while the next page is not a client yet. If that lands between the next page's msw finding the
 * registration and calling `registration.update()` (which msw does not catch), the update rejects
 * with "Failed to update a ServiceWorker for scope (...) with script (.../mockServiceWorker.js):
 * Not found". The page is still controlled by that worker, which serves it until it closes, and
 * the next navigation registers the worker afresh: the rejection is noise, so it is marked
 * handled here. Any other rejection is left alone.
 * @example
 * const stopIgnoring = ignoreUpdateRace(window, '/mockServiceWorker.js')
 */
export function ignoreUpdateRace(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, workerUrl: string) {
  const script = new URL(workerUrl, location.href).href
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason
    if (!(reason instanceof TypeError)) return
    if (!reason.message.startsWith('Failed to update a ServiceWorker') || !reason.message.includes(script)) return
    event.preventDefault()
  }
  target.addEventListener('unhandledrejection', onRejection)
  return () => target.removeEventListener('unhandledrejection', onRejection)
}
