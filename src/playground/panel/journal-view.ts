import type { JournalEntry, TalkMock } from '../../index.js'
import { OCS_BASE } from '../call/talk-client.js'
import { h, replaceChildren } from '../ui/dom.js'
import { prettyJson } from '../ui/pretty-json.js'
import type { PanelActions } from './panel-actions.js'

/**
 * The request journal, newest first: method, path, status and time of each Talk request, each
 * one expanding to the bodies sent and answered; the signaling polls and messages apart, behind
 * their own switch, and the timeline's requests behind theirs. Entries are added and dropped one by one, so an expanded entry stays open
 * while the list grows.
 * @example
 * const journal = createJournalView(mock, actions)
 * mock.subscribe(journal.refresh)
 */
export function createJournalView(mock: TalkMock<string>, actions: PanelActions) {
  const list = h('ol', { class: 'journal-list', 'aria-label': 'Talk requests, newest first' })
  const empty = h('p', { class: 'muted journal-empty' }, 'No Talk requests yet.')
  const showTalk = h('input', { type: 'radio', name: 'journal-kind', id: 'journal-talk', value: 'talk', checked: true })
  const showSignaling = h('input', { type: 'radio', name: 'journal-kind', id: 'journal-signaling', value: 'signaling' })
  const showChat = h('input', { type: 'radio', name: 'journal-kind', id: 'journal-chat', value: 'chat' })
  const showTimeline = h('input', { type: 'radio', name: 'journal-kind', id: 'journal-timeline', value: 'timeline' })
  const shown = new Map<number, HTMLLIElement>()
  const clear = () => {
    actions.clearJournal()
    void refresh()
  }
  const element = h(
    'div',
    { class: 'journal' },
    h(
      'div',
      { class: 'journal-tools' },
      h(
        'fieldset',
        { class: 'journal-kinds' },
        h('legend', { class: 'visually-hidden' }, 'Show'),
        h('label', { class: 'check-option', for: 'journal-talk' }, showTalk, 'Talk requests'),
        h('label', { class: 'check-option', for: 'journal-signaling' }, showSignaling, 'Signaling'),
        h('label', { class: 'check-option', for: 'journal-chat' }, showChat, 'Chat polls'),
        h('label', { class: 'check-option', for: 'journal-timeline' }, showTimeline, 'Timeline'),
      ),
      h('button', { type: 'button', class: 'btn btn-small', onclick: clear }, 'Clear'),
    ),
    empty,
    list,
  )
  const applyFilter = () => {
    const choice = [showSignaling, showChat, showTimeline].find((input) => input.checked)
    const kind = (choice?.value ?? 'talk') as 'talk' | 'signaling' | 'chat' | 'timeline'
    let visible = 0
    for (const item of shown.values()) {
      item.hidden = item.dataset.kind !== kind
      if (!item.hidden) visible++
    }
    empty.hidden = visible > 0
    empty.textContent = {
      talk: 'No Talk requests yet.',
      signaling: 'No signaling yet.',
      chat: 'No chat polls yet.',
      timeline: 'No timeline events yet.',
    }[kind]
  }
  showTalk.addEventListener('change', applyFilter)
  showSignaling.addEventListener('change', applyFilter)
  showTimeline.addEventListener('change', applyFilter)
  showChat.addEventListener('change', applyFilter)

  let running: Promise<void> | undefined
  let again = false
  // Reading the journal is async; changes that arrive meanwhile are folded into one more read.
  async function refresh(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        draw(await mock.journal.entries())
      } while (again)
    })()
    await running
    running = undefined
  }
  function draw(entries: JournalEntry[]) {
    const ids = new Set(entries.map((entry) => entry.id))
    for (const [id, item] of shown) {
      if (ids.has(id)) continue
      item.remove()
      shown.delete(id)
    }
    for (const entry of entries) {
      if (shown.has(entry.id)) continue
      const item = renderEntry(entry)
      shown.set(entry.id, item)
      list.prepend(item)
    }
    applyFilter()
    list.dataset.count = String(entries.length)
  }

  return { element, refresh }
}

function renderEntry(entry: JournalEntry): HTMLLIElement {
  const path = entry.path.startsWith(OCS_BASE) ? entry.path.slice(OCS_BASE.length) : entry.path
  const statusClass = entry.status === 0 ? 'status-error' : `status-${Math.floor(entry.status / 100)}xx`
  const duration = entry.durationMs < 1 ? '<1 ms' : `${Math.round(entry.durationMs)} ms`
  const item = h('li', { class: 'journal-entry', 'data-method': entry.method, 'data-kind': entry.kind })
  replaceChildren(
    item,
    h(
      'details',
      {},
      h(
        'summary',
        { title: entry.path },
        h('span', { class: `method method-${entry.method.toLowerCase()}` }, entry.method),
        h('span', { class: 'journal-path' }, path),
        h('span', { class: `status ${statusClass}` }, entry.status === 0 ? 'failed' : String(entry.status)),
        h('span', { class: 'duration' }, duration),
      ),
      h(
        'div',
        { class: 'journal-bodies' },
        h('p', { class: 'journal-meta' }, `${entry.path} · world time ${new Date(entry.time).toISOString()}`),
        entry.requestBody && h('h3', {}, 'Sent'),
        entry.requestBody && h('pre', { class: 'code' }, prettyJson(entry.requestBody)),
        h('h3', {}, 'Answered'),
        h('pre', { class: 'code' }, entry.responseBody ? prettyJson(entry.responseBody) : '(no body)'),
      ),
    ),
  )
  return item
}
