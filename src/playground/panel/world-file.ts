import type { TalkMock, WorldJson } from '../../index.js'
import { h } from '../ui/dom.js'
import type { PanelActions } from './panel-actions.js'

/**
 * The world as a JSON file: download it, copy it, or load one (`mock.load`), so a state reached
 * by clicking can be kept, shared, or turned into a scenario.
 * @example
 * const file = createWorldFile(mock, actions)
 */
export function createWorldFile(mock: TalkMock<string>, actions: PanelActions) {
  const text = () => `${JSON.stringify(mock.dump(), null, 2)}\n`
  const download = () => {
    const { name, seed } = mock.scenario
    const link = h('a', {
      href: URL.createObjectURL(new Blob([text()], { type: 'application/json' })),
      download: `talk-world-${name}-seed${seed}.json`,
    })
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 0)
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text())
      actions.toast('The world JSON is on the clipboard', 'info')
    } catch (error) {
      actions.toast(`Could not copy the world: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const picker = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-hidden': 'true',
  })
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0]
    picker.value = ''
    if (!file) return
    let world: WorldJson
    try {
      world = JSON.parse(await file.text()) as WorldJson
    } catch (error) {
      return actions.toast(`${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
    }
    await actions.importWorld(world, file.name)
  })

  const element = h(
    'div',
    { class: 'button-row' },
    h('button', { type: 'button', class: 'btn btn-small', onclick: download }, 'Export JSON'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => void copy() }, 'Copy'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => picker.click() }, 'Import…'),
    picker,
  )
  return { element }
}
