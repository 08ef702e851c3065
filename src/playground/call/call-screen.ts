import { h } from '../ui/dom.js'
import { createCallControls } from './call-controls.js'
import { createCallHeader } from './call-header.js'
import { createCallNotice } from './call-notice.js'
import type { CallSession } from './call-session.js'
import { viewOf } from './call-view.js'
import { createParticipantGrid } from './participant-grid.js'

/**
 * The Talk-like call screen: a progress bar while requests run, the conversation header, the
 * stage (participant grid, or the card for the lobby, read-only, not found, ...) and the toolbar.
 * @example
 * const screen = createCallScreen(main, session)
 * screen.setBusy(true)
 */
export function createCallScreen(host: HTMLElement, session: CallSession) {
  const progress = h('div', { class: 'progress', hidden: true, 'aria-hidden': 'true' })
  const header = createCallHeader()
  const notice = createCallNotice(session)
  const grid = createParticipantGrid()
  const controls = createCallControls(session)
  const stage = h('div', { class: 'stage' }, notice.element, grid.element)
  host.append(progress, header.element, stage, controls.element)

  const update = () => {
    const state = session.state
    const focusInNotice = notice.element.contains(document.activeElement)
    header.update(state)
    notice.update(state)
    grid.update(state)
    grid.element.hidden = !notice.element.hidden || state.phase !== 'joined' || viewOf(state).inLobby
    controls.update(state)
    // The card that had the keyboard went away (joined after a password, say): the call button takes it.
    if (focusInNotice && notice.element.hidden && !controls.element.hidden) controls.focusCallButton()
    host.dataset.phase = state.phase
  }
  session.subscribe(update)
  update()

  return {
    /** Redraws (the flags in the world may have changed without a new state). */
    update,
    /** Shows that requests are on their way. */
    setBusy(busy: boolean) {
      progress.hidden = !busy
      host.setAttribute('aria-busy', String(busy))
    },
  }
}
