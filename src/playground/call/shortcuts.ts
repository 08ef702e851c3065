import type { CallSession } from './call-session.js'

/**
 * Talk's keyboard shortcuts for the call: M toggles the microphone, V the camera. They stay out
 * of the way while the focus is in a field.
 * @example
 * installShortcuts(session)
 */
export function installShortcuts(session: CallSession): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
    const target = event.target as HTMLElement | null
    if (target?.closest('input, select, textarea, [contenteditable], dialog[open]')) return
    if (session.state.phase !== 'joined') return
    const key = event.key.toLowerCase()
    if (key === 'm') void session.toggle('audio')
    else if (key === 'v') void session.toggle('video')
  })
}
