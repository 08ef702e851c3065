import type { TalkMock } from '../../index.js'
import { h, type Child } from '../ui/dom.js'
import { createJournalView } from './journal-view.js'
import { createOverlayToggles } from './overlay-toggles.js'
import type { PanelActions } from './panel-actions.js'
import { createScenarioPicker } from './scenario-picker.js'
import { createTokenField } from './token-field.js'
import { createTimelineView } from './timeline-view.js'
import { createWorldFile } from './world-file.js'
import { createWorldTools } from './world-tools.js'

/**
 * The control panel beside the call screen: scenario (and the app token it is served under),
 * network overlays, world (viewer, seed, clock, reset, JSON file), the timeline and the request
 * journal. It follows every change of the mock.
 * @example
 * createControlPanel(document.querySelector('#panel')!, mock, actions)
 */
export function createControlPanel(host: HTMLElement, mock: TalkMock<string>, actions: PanelActions) {
  const picker = createScenarioPicker(mock, actions)
  const token = createTokenField(mock, actions)
  const toggles = createOverlayToggles(mock, actions)
  const tools = createWorldTools(mock, actions)
  const file = createWorldFile(mock, actions)
  const journal = createJournalView(mock, actions)
  const timeline = createTimelineView(mock, actions)

  host.append(
    h(
      'div',
      { class: 'panel-head' },
      h('p', { class: 'panel-title' }, 'Talk call mock'),
      h(
        'p',
        { class: 'panel-status' },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        'Served by a service worker',
      ),
    ),
    section('scenario', 'Scenario', token.element, picker.element),
    section('network', 'Network', toggles.element),
    section('world', 'World', tools.element, file.element),
    section('timeline', 'Timeline', timeline.element),
    section('journal', 'Requests', journal.element),
  )

  let scheduled = false
  const update = () => {
    scheduled = false
    picker.update()
    token.update()
    toggles.update()
    tools.update()
    timeline.update()
    void journal.refresh()
  }
  // Every answered request notifies; one redraw per frame is plenty.
  mock.subscribe(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(update)
  })
  update()
}

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'panel-section', 'aria-labelledby': `panel-${id}` },
    h('h2', { id: `panel-${id}` }, title),
    ...children,
  )
}
