import type { OverlayName, TalkMock, WorldJson } from '../../index.js'
import type { CallSession } from '../call/call-session.js'
import type { Toasts } from '../ui/toasts.js'

/**
 * What the control panel does to the mock. The call screen follows a new world by itself (see
 * main.ts); a new viewer reopens the conversation, a moved clock refreshes the peers. Failures
 * become toasts.
 * @example
 * const actions = createPanelActions(mock, session, toasts)
 * await actions.switchScenario('lobby-active')
 */
export function createPanelActions(mock: TalkMock<string>, session: CallSession, toasts: Toasts) {
  const attempt = async (work: () => Promise<unknown> | unknown) => {
    try {
      await work()
    } catch (error) {
      toasts.show(error instanceof Error ? error.message : String(error))
    }
  }
  return {
    switchScenario: (name: string) => attempt(() => mock.useScenario(name)),
    setOverlays: (overlays: OverlayName[]) => attempt(() => mock.setOverlays(overlays)),
    applySeed: (seed: number) => attempt(() => mock.useScenario(mock.scenario.name, { seed })),
    /** The active scenario afresh under the app's token (`null`: under its own). */
    applyToken: (token: string | null) => attempt(() => mock.useScenario(mock.scenario.name, { token })),
    /** Leaves as the old viewer (as closing the tab would), then opens the conversation as the new one. */
    actAs: (viewer: string | null) =>
      attempt(async () => {
        if (session.state.phase === 'joined') await session.leaveConversation()
        mock.viewer = viewer
        await session.reopen(mock.scenario.token)
      }),
    moveClock: (ms: number) =>
      attempt(async () => {
        await mock.clock.advance(ms)
        await session.refreshPeers()
      }),
    /** Moves the clock to the timeline's next event and runs it; the grid follows through signaling. */
    step: () =>
      attempt(async () => {
        await mock.clock.step()
        await session.refreshPeers()
      }),
    togglePlay: () => (mock.clock.playing ? mock.clock.pause() : mock.clock.play()),
    setSpeed: (speed: number) => attempt(() => (mock.clock.speed = speed)),
    /** A fresh world of the active scenario (same seed and overlays) and an empty journal. */
    reset: () =>
      attempt(async () => {
        if (mock.scenario.name === 'custom')
          throw new Error('An imported world has no scenario to reset to: import the file again, or pick a scenario.')
        mock.journal.clear()
        await mock.useScenario(mock.scenario.name)
      }),
    importWorld: (world: WorldJson, fileName: string) =>
      attempt(async () => {
        await mock.load(world)
        toasts.show(`Loaded the world from ${fileName}`, 'info')
      }),
    clearJournal: () => mock.journal.clear(),
    toast: (message: string, kind: 'error' | 'info' = 'error') => toasts.show(message, kind),
  }
}

/** What the control panel does. @example const actions: PanelActions = createPanelActions(mock, session, toasts) */
export type PanelActions = ReturnType<typeof createPanelActions>
