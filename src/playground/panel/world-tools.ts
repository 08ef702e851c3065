import { CALL_FLAG, type TalkMock } from '../../index.js'
import { h } from '../ui/dom.js'
import type { PanelActions } from './panel-actions.js'

const GUEST = '\u0000guest'

/**
 * Tools on the world: who the page acts as, the seed, the clock (move it to make silent peers
 * stale or a lobby timer pass), a reset, and a one-line summary of what the world holds.
 * @example
 * const tools = createWorldTools(mock, actions)
 */
export function createWorldTools(mock: TalkMock<string>, actions: PanelActions) {
  const viewer = h('select', { id: 'acting-as' })
  viewer.addEventListener('change', () => void actions.actAs(viewer.value === GUEST ? null : viewer.value))
  const seed = h('input', { id: 'seed', type: 'number', step: '1', inputmode: 'numeric', required: true })
  const seedForm = h(
    'form',
    { class: 'field' },
    h('label', { for: 'seed' }, 'Seed'),
    h('div', { class: 'field-controls' }, seed, h('button', { type: 'submit', class: 'btn btn-small' }, 'Apply')),
  )
  seedForm.addEventListener('submit', (event) => {
    event.preventDefault()
    void actions.applySeed(Number(seed.value))
  })
  const time = h('output', { id: 'world-clock', class: 'clock' })
  const reset = h(
    'button',
    { type: 'button', class: 'btn btn-small', onclick: () => void actions.reset() },
    'Reset scenario',
  )
  const summary = h('p', { class: 'world-summary muted' })
  const clockButton = (label: string, ms: number, title: string) =>
    h('button', { type: 'button', class: 'btn btn-small', title, onclick: () => void actions.moveClock(ms) }, label)
  const element = h(
    'div',
    { class: 'world-tools' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'acting-as' }, 'Acting as'),
      h('div', { class: 'field-controls' }, viewer),
    ),
    seedForm,
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'field-label' }, 'Clock'),
      h(
        'div',
        { class: 'field-controls' },
        time,
        // Talk keeps a session in the call while it pinged within the last 30 s: 31 s drops the silent ones.
        clockButton('+31 s', 31_000, 'Peers that did not ping for 30 s go stale'),
        clockButton('+5 min', 300_000, 'Long enough for the lobby timer of lobby-timer'),
      ),
    ),
    h('div', { class: 'field' }, h('span', { class: 'field-label' }), h('div', { class: 'field-controls' }, reset)),
    summary,
  )
  let userKey = ''
  const showTime = () => {
    const mode = mock.clock.mode === 'running' ? 'running' : 'still'
    time.textContent = `${new Date(mock.clock.now()).toISOString().slice(0, 19).replace('T', ' ')} UTC`
    time.dataset.mode = mode
    time.title =
      mode === 'running' ? 'The clock follows real time (?talk-clock=still stops it)' : 'The clock moves only when told'
  }
  // A running clock moves between answers too; the panel shows it tick.
  setInterval(showTime, 1000)

  return {
    element,
    update() {
      const world = mock.world
      const users = world.users.all()
      // Rebuilt only when the users change, so an open list is not pulled from under the user.
      const key = users.map((user) => `${user.id}:${user.displayName}`).join('|')
      if (key !== userKey) {
        userKey = key
        viewer.replaceChildren(
          ...users.map((user) =>
            h('option', { value: user.id }, user.displayName ? `${user.displayName} (${user.id})` : user.id),
          ),
          h('option', { value: GUEST }, 'An anonymous guest'),
        )
      }
      viewer.value = world.viewer ?? GUEST
      if (document.activeElement !== seed) seed.value = String(mock.scenario.seed)
      const custom = mock.scenario.name === 'custom'
      seed.disabled = custom
      reset.setAttribute('aria-disabled', String(custom))
      reset.title = custom ? 'An imported world has no scenario to reset to: import the file again.' : ''
      showTime()
      const sessions = world.conversations.all().flatMap((room) => world.sessionsIn(room.token))
      const inCall = sessions.filter((session) => session.inCall & CALL_FLAG.IN_CALL).length
      const rooms = world.conversations.all().length
      summary.textContent = `${count(users.length, 'user')} · ${count(rooms, 'conversation')} · ${count(sessions.length, 'session')}, ${inCall} in a call`
    },
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
