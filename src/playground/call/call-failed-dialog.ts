import { h } from '../ui/dom.js'
import { icon } from '../ui/icons.js'
import { prettyJson } from '../ui/pretty-json.js'
import type { OcsAnswer } from './talk-client.js'

// The messages of Talk's CallFailedDialog.vue, chosen by `ocs.meta.statuscode`.
const STATUS_ERRORS: Record<number, string> = {
  400: 'Recording consent is required',
  403: 'This conversation is read-only',
  404: 'Conversation not found or not joined',
  412: "Lobby is still active and you're not a moderator",
}

/**
 * The message Talk's CallFailedDialog shows for a failed join of the call: by OCS status code,
 * else the answer's `data.error`, else a plea to reload.
 * @example
 * callFailedMessage({ status: 412, text: '', ocs: { meta: { status: 'failure', statuscode: 412 }, data: null } })
 */
export function callFailedMessage(answer: OcsAnswer): string {
  const known = STATUS_ERRORS[answer.ocs?.meta.statuscode ?? -1]
  if (known) return known
  const error = (answer.ocs?.data as { error?: unknown } | null | undefined)?.error
  return typeof error === 'string' && error !== '' ? error : 'Please try to reload the page'
}

/**
 * The "Connection failed" dialog: modal, closed by its button or Escape, giving focus back to
 * where it was. It also shows what Talk answered, which the real dialog does not.
 * @example
 * const dialog = createCallFailedDialog(document.body)
 * dialog.show(answer)
 */
export function createCallFailedDialog(host: HTMLElement) {
  const message = h('p', { id: 'call-failed-message', class: 'dialog-message' })
  const note = h('p', { class: 'dialog-note' })
  const raw = h('pre', { class: 'code' })
  const close = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Close')
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'call-failed-title', 'aria-describedby': 'call-failed-message' },
    h('div', { class: 'dialog-icon' }, icon('alert', 40)),
    h('h2', { id: 'call-failed-title' }, 'Connection failed'),
    message,
    note,
    h('details', { class: 'dialog-details' }, h('summary', {}, 'What Talk answered'), raw),
    h('form', { method: 'dialog', class: 'dialog-actions' }, close),
  )
  let returnFocus: HTMLElement | null = null
  dialog.addEventListener('close', () => returnFocus?.focus())
  host.append(dialog)
  return {
    element: dialog,
    show(answer: OcsAnswer) {
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null
      message.textContent = callFailedMessage(answer)
      const error = (answer.ocs?.data as { error?: unknown } | null | undefined)?.error
      const byStatus = STATUS_ERRORS[answer.ocs?.meta.statuscode ?? -1] !== undefined
      // Talk picks the message by status alone, so a 400 "type" reads as a consent problem.
      note.textContent =
        byStatus && typeof error === 'string'
          ? `Talk's dialog picks this by status code; the answer's error is "${error}".`
          : ''
      note.hidden = note.textContent === ''
      raw.textContent = `HTTP ${answer.status}\n${prettyJson(answer.text)}`
      if (!dialog.open) dialog.showModal()
      close.focus()
    },
  }
}
