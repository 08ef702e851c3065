import { overlays, type TalkMock } from '../../index.js'
import { h } from '../ui/dom.js'
import type { PanelActions } from './panel-actions.js'

/**
 * Network overlays (slow, flaky, offline) as checkboxes, laid over whatever runs.
 * @example
 * const toggles = createOverlayToggles(mock, actions)
 */
export function createOverlayToggles(mock: TalkMock<string>, actions: PanelActions) {
  const boxes = overlays.map((overlay) => {
    const name = overlay.name
    const box = h('input', { type: 'checkbox', value: overlay.name, id: `overlay-${overlay.name}` })
    box.addEventListener('change', () => {
      void actions.setOverlays(boxes.filter((entry) => entry.box.checked).map((entry) => entry.name))
    })
    const label = h(
      'label',
      { class: 'check-option', for: box.id },
      box,
      h('span', {}, h('strong', {}, overlay.name), ' ', h('span', { class: 'muted' }, overlay.description)),
    )
    return { box, label, name }
  })
  const element = h(
    'fieldset',
    { class: 'overlay-toggles' },
    h('legend', { class: 'visually-hidden' }, 'Network overlays'),
    ...boxes.map(({ label }) => label),
  )
  return {
    element,
    update() {
      const active = mock.scenario.overlays
      for (const { box, name } of boxes) box.checked = active.includes(name)
    },
  }
}
