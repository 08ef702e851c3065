import type { TalkMock } from '../../index.js'
import { h, replaceChildren } from '../ui/dom.js'
import { describeEvent, formatOffset } from './describe-event.js'
import type { PanelActions } from './panel-actions.js'

const SPEEDS = [0.5, 1, 2, 4, 10]

/**
 * The world's timeline: where the clock stands in it, each event with its time and whether it
 * ran (done, failed) or comes next, and play / pause / step with a speed.
 * @example
 * const timeline = createTimelineView(mock, actions)
 */
export function createTimelineView(mock: TalkMock<string>, actions: PanelActions) {
  const position = h('output', { id: 'timeline-position', class: 'timeline-position' })
  const play = h('button', {
    type: 'button',
    class: 'btn btn-small',
    id: 'timeline-play',
    onclick: () => actions.togglePlay(),
  })
  const step = h(
    'button',
    { type: 'button', class: 'btn btn-small', id: 'timeline-step', onclick: () => void actions.step() },
    'Step',
  )
  const speed = h(
    'select',
    { id: 'timeline-speed', 'aria-label': 'Speed' },
    ...SPEEDS.map((value) => h('option', { value: String(value) }, `${value}×`)),
  )
  speed.addEventListener('change', () => actions.setSpeed(Number(speed.value)))
  const list = h('ol', { class: 'timeline-list', 'aria-label': 'Timeline events' })
  const empty = h('p', { class: 'muted timeline-empty' }, 'This world has no timeline: it stands still unless you act.')
  const element = h(
    'div',
    { class: 'timeline' },
    h('div', { class: 'timeline-tools' }, position, play, step, speed),
    empty,
    list,
  )

  // A playing clock moves between changes too: the position follows it.
  setInterval(() => {
    if (mock.clock.playing) position.textContent = formatOffset(mock.clock.now() - mock.world.timeline.start)
  }, 1000)

  return {
    element,
    update() {
      const view = mock.timeline.view()
      position.textContent = formatOffset(view.elapsed)
      play.textContent = view.playing ? 'Pause' : 'Play'
      play.setAttribute('aria-pressed', String(view.playing))
      step.setAttribute('aria-disabled', String(view.next === null))
      if (document.activeElement !== speed) speed.value = String(view.speed)
      empty.hidden = view.events.length > 0
      element.dataset.next = view.next === null ? '' : String(view.next)
      replaceChildren(
        list,
        ...view.events.map((event) =>
          h(
            'li',
            {
              class: `timeline-event timeline-${event.outcome}${event.index === view.next ? ' timeline-next' : ''}`,
              'data-outcome': event.outcome,
              title: event.result ? `HTTP ${event.result.status}` : '',
            },
            h('span', { class: 'timeline-at' }, formatOffset(event.at)),
            h('span', { class: 'timeline-what' }, describeEvent(event)),
            h('span', { class: 'timeline-state' }, event.index === view.next ? 'next' : event.outcome),
          ),
        ),
      )
    },
  }
}
