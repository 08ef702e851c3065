import type { TalkMock } from '../../index.js'
import { h } from '../ui/dom.js'
import type { PanelActions } from './panel-actions.js'

/**
 * The scenario switcher: one radio per scenario of the catalogue, with what it reproduces.
 * Choosing one switches at once (fresh world, same seed and overlays) without a reload.
 * @example
 * const picker = createScenarioPicker(mock, actions)
 */
export function createScenarioPicker(mock: TalkMock<string>, actions: PanelActions) {
  const radios = mock.scenarios.map((scenario) => {
    const token = h('code', { class: 'scenario-token' }, scenario.token)
    const radio = h('input', { type: 'radio', name: 'scenario', value: scenario.name, id: `scenario-${scenario.name}` })
    radio.addEventListener('change', () => radio.checked && void actions.switchScenario(scenario.name))
    const option = h(
      'label',
      { class: 'scenario-option', for: radio.id },
      radio,
      h(
        'span',
        { class: 'scenario-text' },
        h('span', { class: 'scenario-name' }, scenario.name, token),
        h('span', { class: 'scenario-description' }, scenario.description),
      ),
    )
    return { radio, option, token, own: scenario.token }
  })
  const custom = h('p', { class: 'panel-note' }, 'Showing a world imported from a file.')
  const element = h(
    'fieldset',
    { class: 'scenario-picker' },
    h('legend', { class: 'visually-hidden' }, 'Scenario'),
    custom,
    h('div', { class: 'scenario-list' }, ...radios.map(({ option }) => option)),
  )

  return {
    element,
    update() {
      const active = mock.scenario.name
      const { appToken } = mock.scenario
      for (const { radio, token, own } of radios) {
        radio.checked = radio.value === active
        // Under the app's token every story answers there: the list says so.
        token.textContent = appToken ?? own
        token.title = appToken === null ? '' : `Served under the app token (its own: ${own})`
      }
      custom.hidden = active !== 'custom'
    },
  }
}
