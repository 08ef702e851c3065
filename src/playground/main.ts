import { startTalkMock } from '../runtimes/browser.js'
import { createCallFailedDialog } from './call/call-failed-dialog.js'
import { createCallScreen } from './call/call-screen.js'
import { createCallSession } from './call/call-session.js'
import { createTalkClient, describeFailure } from './call/talk-client.js'
import { installShortcuts } from './call/shortcuts.js'
import { createControlPanel } from './panel/control-panel.js'
import { createPanelActions } from './panel/panel-actions.js'
import { writeScenarioToUrl } from './panel/playground-url.js'
import { h } from './ui/dom.js'
import { createToasts } from './ui/toasts.js'

const callHost = document.querySelector<HTMLElement>('#call')!
const panelHost = document.querySelector<HTMLElement>('#panel')!
const toasts = createToasts(document.body)

try {
  const { mock } = await startTalkMock({ quiet: true })
  writeScenarioToUrl(mock.scenario)
  const dialog = createCallFailedDialog(document.body)
  let inFlight = 0
  const talk = createTalkClient((delta) => {
    inFlight += delta
    screen.setBusy(inFlight > 0)
  })
  const flagsOf = (token: string) =>
    new Map(mock.world.sessionsIn(token).map((session) => [session.sessionId, session.inCall]))
  const session = createCallSession(talk, {
    onCallFailed: (answer) => dialog.show(answer),
    onFailure: (action, answer) => toasts.show(`${action} failed: ${describeFailure(answer)}`),
    flagsOf,
  })
  const screen = createCallScreen(callHost, session)
  createControlPanel(panelHost, mock, createPanelActions(mock, session, toasts))
  installShortcuts(session)
  // The URL follows the scenario and overlays, whoever changed them. A new world (a switch from
  // the panel or a control route, a reset, an import) reopens the scenario's conversation; a
  // world this tab exported while in a call takes its session up again.
  let shownWorld = mock.world
  mock.subscribe(() => {
    writeScenarioToUrl(mock.scenario)
    if (mock.world !== shownWorld) {
      shownWorld = mock.world
      void session.open(mock.scenario.token, { resume: true })
    }
    // The clock and the panel change what the screen shows without a new call state.
    screen.update()
  })
  document.body.dataset.ready = 'true'
  await session.open(mock.scenario.token, { resume: true })
} catch (error) {
  callHost.replaceChildren(
    h(
      'div',
      { class: 'notice' },
      h(
        'div',
        { class: 'notice-card' },
        h('h2', {}, 'The mock did not start'),
        h('p', { class: 'notice-detail' }, error instanceof Error ? error.message : String(error)),
      ),
    ),
  )
  throw error
}
