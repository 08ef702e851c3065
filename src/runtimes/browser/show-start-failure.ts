/** The attribute the notice carries, for a test or a style sheet to find it. @example document.querySelector(`[${NOTICE_ATTRIBUTE}]`) */
export const NOTICE_ATTRIBUTE = 'data-talk-mock-notice'

/**
 * Shows why the mock failed to start in the page itself (the `TalkMockError`'s message, e.g. a
 * misspelt `?talk-scenario=`), on top of whatever the app mounts, with a button that dismisses
 * it: the console alone leaves a blank page unexplained. Styled inline, so no app style is needed
 * and none leaks in.
 * @example
 * showStartFailure(error, document)
 */
export function showStartFailure(error: unknown, page: Document): HTMLElement {
  const notice = page.createElement('div')
  notice.setAttribute(NOTICE_ATTRIBUTE, '')
  notice.setAttribute('role', 'alert')
  notice.style.cssText =
    'position:fixed;z-index:2147483647;left:16px;right:16px;bottom:16px;display:flex;gap:12px;align-items:flex-start;' +
    'padding:12px 16px;border-radius:8px;background:#fff4f4;color:#5c0011;border:1px solid #d4380d;' +
    'font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2);white-space:pre-wrap;'
  const text = page.createElement('div')
  text.style.flex = '1'
  text.textContent = `The Talk mock did not start. ${error instanceof Error ? error.message : String(error)}`
  const dismiss = page.createElement('button')
  dismiss.type = 'button'
  dismiss.textContent = '×'
  dismiss.setAttribute('aria-label', 'Dismiss')
  dismiss.style.cssText = 'border:0;background:none;font-size:20px;line-height:1;cursor:pointer;color:inherit;'
  dismiss.addEventListener('click', () => notice.remove())
  notice.append(text, dismiss)
  // The body may not be parsed yet when a module script in the head fails this early.
  if (page.body) page.body.append(notice)
  else page.addEventListener('DOMContentLoaded', () => page.body.append(notice), { once: true })
  return notice
}
