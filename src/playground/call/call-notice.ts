import { h, replaceChildren, type Child } from '../ui/dom.js'
import { icon, type IconName } from '../ui/icons.js'
import type { CallSession, CallState } from './call-session.js'
import { viewOf } from './call-view.js'

/**
 * The card that takes the stage when there is no call grid to show: joining, the lobby screen,
 * the read-only notice, not found, the password form, a session conflict, a left conversation.
 * Hidden while the grid is up.
 * @example
 * const notice = createCallNotice(session)
 * notice.update(session.state)
 */
export function createCallNotice(session: CallSession) {
  const element = h('section', { class: 'notice', 'aria-live': 'polite', tabindex: '-1' })
  let shown = ''

  const retry = (label: string) => button(label, () => void session.open(session.state.token))
  const cards: Record<string, (state: CallState) => Child[]> = {
    connecting: () => [spinner(), h('h2', {}, 'Joining the conversation…')],
    lobby: (state) => [
      icon('hourglass', 48),
      h('h2', {}, 'You are currently waiting in the lobby'),
      lobbyTimerText(state.room?.lobbyTimer ?? 0),
      h('p', { class: 'notice-detail' }, 'Talk answers 412 to the call endpoints until a moderator lifts the lobby.'),
      retry('Check again'),
    ],
    'read-only': (state) => [
      icon('lock', 48),
      h('h2', {}, state.room?.readOnly === 1 ? 'This conversation is read-only' : 'Calls are not available here'),
      h(
        'p',
        { class: 'notice-detail' },
        state.room?.readOnly === 1
          ? 'Nobody can take part in its call. Talk answers 403 to the call endpoints.'
          : 'Talk answers 403 to the call endpoints: calls are disabled on this server, or the conversation is locked.',
      ),
    ],
    'no-peers': () => [
      icon('alert', 48),
      h('h2', {}, 'The call is out of reach'),
      h('p', { class: 'notice-detail' }, 'Talk answered 404 to the peer list: you are not a participant.'),
      retry('Try again'),
    ],
    'not-found': () => [
      icon('alert', 48),
      h('h2', {}, 'Conversation not found'),
      h(
        'p',
        { class: 'notice-detail' },
        'Talk answered 404: it does not exist, or you are not one of its participants.',
      ),
      retry('Try again'),
    ],
    forbidden: () => [icon('lock', 48), h('h2', {}, 'You may not join this conversation'), retry('Try again')],
    unreachable: () => [
      icon('alert', 48),
      h('h2', {}, 'Talk could not be reached'),
      h('p', { class: 'notice-detail' }, 'Joining the conversation failed; see the request journal.'),
      retry('Try again'),
    ],
    conflict: () => [
      icon('alert', 48),
      h('h2', {}, 'You are in this call in another window'),
      h('p', { class: 'notice-detail' }, 'Talk answered 409: this client already has a session in the call.'),
      button('Join here', () => void session.joinHere()),
    ],
    left: () => [
      h('h2', {}, 'You left the conversation'),
      h('p', { class: 'notice-detail' }, 'Without a Talk session, POST, PUT and DELETE /call answer 404.'),
      retry('Join the conversation'),
    ],
    password: (state) => passwordForm(session, state.passwordRejected),
  }

  return {
    element,
    update(state: CallState) {
      const view = viewOf(state)
      let card = ''
      if (state.phase !== 'joined') card = state.phase
      else if (view.inLobby) card = 'lobby'
      else if (state.peersStatus === 403) card = 'read-only'
      else if (state.peersStatus === 404) card = 'no-peers'
      element.hidden = card === ''
      element.dataset.card = card
      // Redrawing a card would throw away what the user is typing or where focus is.
      const key = `${card}:${state.passwordRejected}:${state.room?.readOnly}`
      if (key === shown) return
      shown = key
      const hadFocus = element.contains(document.activeElement)
      if (card) replaceChildren(element, h('div', { class: 'notice-card' }, ...cards[card]!(state)))
      // A redrawn card keeps the keyboard where it was: on its field or button.
      if (hadFocus) (element.querySelector<HTMLElement>('input, button') ?? element).focus()
    },
  }
}

function passwordForm(session: CallSession, rejected: boolean): Child[] {
  const input = h('input', {
    id: 'room-password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    'aria-invalid': rejected ? 'true' : 'false',
    'aria-describedby': rejected ? 'room-password-error' : undefined,
  })
  const form = h(
    'form',
    { class: 'password-form' },
    h('label', { for: 'room-password' }, 'Password'),
    input,
    rejected && h('p', { id: 'room-password-error', class: 'field-error' }, 'Wrong password (Talk answered 403).'),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Join'),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void session.submitPassword(input.value)
  })
  return [icon('lock', 48), h('h2', {}, 'This conversation is protected by a password'), form]
}

function lobbyTimerText(lobbyTimer: number): Child {
  if (!lobbyTimer) return null
  const when = new Date(lobbyTimer * 1000).toUTCString().replace(' GMT', ' UTC')
  return h('p', { class: 'notice-when' }, `This meeting is scheduled for ${when}`)
}

function spinner(): HTMLElement {
  return h('span', { class: 'spinner', 'aria-hidden': 'true' })
}

function button(label: string, onclick: () => void, iconName?: IconName): HTMLElement {
  return h('button', { type: 'button', class: 'btn btn-primary', onclick }, iconName && icon(iconName), label)
}
