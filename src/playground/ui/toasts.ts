import { h } from './dom.js'
import { icon } from './icons.js'

/** How long a toast stays before it leaves by itself, in milliseconds. */
const TOAST_LIFETIME_MS = 8000

/**
 * Shows short messages in a corner: failures (announced at once) and confirmations (announced
 * politely). Each can be closed with its button; it also leaves by itself.
 * @example
 * const toasts = createToasts(document.body)
 * toasts.show('The world was copied', 'info')
 */
export function createToasts(host: HTMLElement) {
  const region = h('div', { class: 'toasts', role: 'region', 'aria-label': 'Notifications' })
  host.append(region)
  return {
    show(message: string, kind: 'error' | 'info' = 'error'): HTMLElement {
      const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss' }, icon('close', 16))
      const toast = h(
        'div',
        { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
        h('span', { class: 'toast-text' }, message),
        close,
      )
      const remove = () => toast.remove()
      close.addEventListener('click', remove)
      setTimeout(remove, TOAST_LIFETIME_MS)
      region.append(toast)
      return toast
    },
  }
}

/** The toasts of the page. @example const toasts: Toasts = createToasts(document.body) */
export type Toasts = ReturnType<typeof createToasts>
