import type { TalkMock } from '../../index.js'
import { h } from '../ui/dom.js'
import { TOKEN_PATTERN } from '../../world/token-rules.js'
import type { PanelActions } from './panel-actions.js'

/**
 * The app's own token: the conversation token every scenario's story is served under (as
 * `?talk-token=` or `createTalkMock({ token })` sets it). Empty gives the scenarios their own.
 * @example
 * const field = createTokenField(mock, actions)
 */
export function createTokenField(mock: TalkMock<string>, actions: PanelActions) {
  const input = h('input', {
    id: 'app-token',
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    pattern: TOKEN_PATTERN,
    title: "4 to 30 characters of a-z and 0-9, as Talk's tokens",
  })
  const note = h('p', { class: 'panel-note', id: 'app-token-note' })
  const form = h(
    'form',
    { class: 'field' },
    h('label', { for: 'app-token' }, 'App token'),
    h('div', { class: 'field-controls' }, input, h('button', { type: 'submit', class: 'btn btn-small' }, 'Apply')),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const token = input.value.trim()
    void actions.applyToken(token === '' ? null : token)
  })
  return {
    element: h('div', { class: 'token-field' }, form, note),
    update() {
      const { name, token, appToken } = mock.scenario
      const own = mock.scenarios.find((scenario) => scenario.name === name)?.token
      if (document.activeElement !== input) input.value = appToken ?? ''
      input.placeholder = own ?? token
      input.disabled = name === 'custom'
      note.textContent =
        appToken === null
          ? `The story is under its own token "${token}". Set one to serve every scenario under your app's.`
          : `Every scenario's story is served under "${appToken}"${own && own !== appToken ? ` (this one's own: "${own}")` : ''}.`
    },
  }
}
