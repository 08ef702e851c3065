import { h } from '../ui/dom.js'
import { icon } from '../ui/icons.js'
import type { CallSession, CallState } from './call-session.js'
import { viewOf } from './call-view.js'

/**
 * The call's toolbar: microphone and camera toggles, join or leave the call, end it for everyone
 * and start or stop a recording (moderators), the recording-consent checkbox, the switch that
 * requires consent (moderators), leave the conversation. Where Talk would disable
 * a button the playground keeps it usable and says why, so the server's answer can be seen.
 * @example
 * const controls = createCallControls(session)
 */
export function createCallControls(session: CallSession) {
  const mic = toggle('Microphone', () => void session.toggle('audio'))
  const camera = toggle('Camera', () => void session.toggle('video'))
  const join = h(
    'button',
    { type: 'button', class: 'btn btn-join', onclick: () => void session.joinCall() },
    icon('phone'),
    'Join call',
  )
  const leave = h(
    'button',
    { type: 'button', class: 'btn btn-leave', onclick: () => void session.leaveCall(false) },
    icon('callEnd'),
    'Leave call',
  )
  const endAll = h(
    'button',
    { type: 'button', class: 'btn btn-danger-ghost', onclick: () => void session.leaveCall(true) },
    'End call for everyone',
  )
  const consentBox = h('input', { type: 'checkbox', id: 'recording-consent' })
  consentBox.addEventListener('change', () => session.setConsent(consentBox.checked))
  const consent = h(
    'label',
    { class: 'consent', for: 'recording-consent' },
    consentBox,
    'I consent to this call being recorded',
  )
  const record = h('button', {
    type: 'button',
    class: 'btn btn-ghost btn-record',
    onclick: () => void session.toggleRecording(),
  })
  const requireBox = h('input', { type: 'checkbox', id: 'require-recording-consent' })
  requireBox.addEventListener('change', () => void session.toggleRequiredConsent())
  const requireConsent = h(
    'label',
    { class: 'consent', for: 'require-recording-consent' },
    requireBox,
    'Require recording consent',
  )
  const leaveRoom = h(
    'button',
    { type: 'button', class: 'btn btn-ghost', onclick: () => void session.leaveConversation() },
    'Leave conversation',
  )
  const hint = h('p', { class: 'controls-hint', id: 'controls-hint' })
  const status = h('p', { class: 'controls-status', role: 'status' })

  const element = h(
    'footer',
    { class: 'controls', 'aria-label': 'Call controls' },
    h(
      'div',
      { class: 'controls-row' },
      h('div', { class: 'controls-media' }, mic, camera),
      h('div', { class: 'controls-call' }, join, leave, endAll, record),
      h('div', { class: 'controls-aside' }, consent, requireConsent, leaveRoom),
    ),
    hint,
    status,
  )

  return {
    element,
    update(state: CallState) {
      const view = viewOf(state)
      const joined = state.phase === 'joined'
      const busy = state.action !== undefined
      element.hidden = !joined
      setToggle(mic, state.audio, 'mic', 'micOff')
      setToggle(camera, state.video, 'video', 'videoOff')
      swap(join, leave, view.inCall)
      endAll.hidden = !(view.inCall && view.moderator)
      consent.hidden = !view.consentAsked || view.inCall
      consentBox.checked = state.consent
      // Talk offers both to moderators only: recording while in the call, the switch any time.
      const recording = view.room?.callRecording ?? 0
      record.hidden = !(view.inCall && view.moderator)
      record.textContent = recording >= 1 && recording <= 4 ? 'Stop recording' : 'Start recording'
      requireConsent.hidden = !view.moderator
      requireBox.checked = view.room?.recordingConsent === 1
      // aria-disabled, not disabled: a disabled button drops the keyboard focus. The session ignores
      // a second action while one runs anyway.
      for (const control of [mic, camera, join, leave, endAll, record, leaveRoom])
        control.setAttribute('aria-disabled', String(busy))
      const hints = [
        !view.inCall &&
          view.joinBlockedBy &&
          `Talk disables “Join call” here: ${view.joinBlockedBy}. Press it anyway to see Talk's answer.`,
        !view.mayPublishAudio && 'You have no permission to publish audio: Talk strips the microphone flag.',
        !view.mayPublishVideo && 'You have no permission to publish video: Talk strips the camera flag.',
      ].filter(Boolean)
      hint.textContent = hints.join(' ')
      hint.hidden = hints.length === 0
      join.setAttribute('aria-describedby', hints.length ? 'controls-hint' : '')
      status.textContent = state.action ?? ''
      element.setAttribute('aria-busy', String(busy))
    },
    /** Puts the keyboard on whichever of join and leave is shown. */
    focusCallButton() {
      const shown = join.hidden ? leave : join
      shown.focus()
    },
  }
}

function toggle(label: string, onclick: () => void): HTMLButtonElement {
  return h('button', {
    type: 'button',
    class: 'btn btn-round',
    'aria-pressed': 'false',
    'aria-label': label,
    title: label,
    onclick,
  })
}

function setToggle(button: HTMLButtonElement, on: boolean, onIcon: 'mic' | 'video', offIcon: 'micOff' | 'videoOff') {
  if (button.getAttribute('aria-pressed') === String(on) && button.firstChild) return
  button.setAttribute('aria-pressed', String(on))
  button.classList.toggle('btn-off', !on)
  button.replaceChildren(icon(on ? onIcon : offIcon))
}

/** Shows one of two buttons, moving focus along when the hidden one had it. */
function swap(first: HTMLButtonElement, second: HTMLButtonElement, showSecond: boolean) {
  const [shown, hidden] = showSecond ? [second, first] : [first, second]
  const hadFocus = document.activeElement === hidden
  hidden.hidden = true
  shown.hidden = false
  if (hadFocus) shown.focus()
}
