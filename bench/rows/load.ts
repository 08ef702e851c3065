import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, type WorldJson } from '../../src/index.js'
import { buildNodeEntry } from '../harness/build-entry.js'
import { runCallCycles } from '../harness/call-cycles.js'
import { round } from '../harness/figures.js'
import type { BenchRow, Figure } from '../harness/row.js'
import { startServerProcess } from '../harness/server-process.js'

const CLI = 'src/runtimes/cli.ts'
const OUT_DIR = 'dist/bench/load'
const CLIENTS = 60
const TOKEN = 'loadcall'
const API = '/ocs/v2.php/apps/spreed/api/v4'

const userOf = (index: number) => `user${index + 1}`

/** A group conversation with 60 members (one owner), nobody joined: every client may start the call. */
function loadWorld(): WorldJson {
  const indexes = Array.from({ length: CLIENTS }, (_, index) => index)
  return {
    clock: '2026-01-01T10:00:00Z',
    viewer: null,
    users: indexes.map((index) => ({ id: userOf(index), displayName: `User ${index + 1}` })),
    conversations: [
      {
        token: TOKEN,
        type: CONVERSATION_TYPE.GROUP,
        name: 'Load',
        attendees: indexes.map((index) => ({
          actorId: userOf(index),
          participantType: index === 0 ? PARTICIPANT_TYPE.OWNER : PARTICIPANT_TYPE.USER,
        })),
      },
    ],
  }
}

/** The resident set size of a process in KB (Linux /proc). */
async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN)
}

/**
 * The standalone server under a call load: 60 concurrent clients (own user, own client cookie)
 * each run join conversation -> join call (flags 3) -> update flags (7) -> leave call -> leave
 * conversation over and over. Counts answers other than 200 (a lost session is a 404 of the
 * update), the sessions left in the world afterwards, the journal after bodies just under
 * 1 MiB, and the server's RSS before and after (after a warm-up round, so the JIT and the first
 * allocations are in "before").
 * @example
 * const figures = await loadRow.run(context)
 */
export const loadRow: BenchRow = {
  id: 'load',
  title: 'Standalone server under 60 clients joining and leaving calls',
  unavailable: (context) =>
    existsSync(join(context.root, CLI)) ? undefined : `no ${CLI} in this checkout (the standalone server)`,
  async run(context) {
    context.log(`building ${CLI} into ${OUT_DIR}`)
    const cli = await buildNodeEntry(context, { entry: CLI, outDir: OUT_DIR, fileName: 'cli.js' })
    const worldFile = join(context.root, OUT_DIR, 'world.json')
    await mkdir(join(context.root, OUT_DIR), { recursive: true })
    await writeFile(worldFile, JSON.stringify(loadWorld()))
    const server = await startServerProcess([cli, 'serve', '--port', '0', '--quiet', '--world', worldFile], {})
    try {
      const api = `${server.url}${API}`
      // 5 requests a cycle: 100,000 requests in the full run, 6,000 in the quick one.
      const cycles = context.quick ? 20 : 333
      const warmUp = await runCallCycles(api, TOKEN, { clients: CLIENTS, cycles: 5, users: userOf })
      const rssBefore = await rssKb(server.pid)
      context.log(`${CLIENTS} clients, ${cycles} cycles each (RSS ${rssBefore} KB after the warm-up)`)
      const started = performance.now()
      const load = await runCallCycles(api, TOKEN, { clients: CLIENTS, cycles, users: userOf })
      const seconds = (performance.now() - started) / 1000
      const rssAfter = await rssKb(server.pid)
      const world = (await (await fetch(`${server.url}/__talk-mock/world`)).json()) as WorldJson
      const sessionsLeft = (world.conversations ?? [])
        .flatMap((conversation) => conversation.attendees ?? [])
        .reduce((sum, attendee) => sum + (attendee.sessions?.length ?? 0), 0)
      // Then bodies just under the 1 MiB limit: the journal keeps a prefix of each, so neither
      // its answer nor the server's memory grows with what clients send.
      const bigBodies = context.quick ? 40 : 200
      const pad = 'x'.repeat(1024 * 1024 - 1024)
      let bigUnexpected = 0
      for (let index = 0; index < bigBodies; index++) {
        const response = await fetch(`${api}/call/${TOKEN}`, {
          method: 'PUT',
          headers: {
            'OCS-APIRequest': 'true',
            'Content-Type': 'application/json',
            Authorization: `Basic ${btoa('user1:x')}`,
          },
          body: JSON.stringify({ flags: 7, pad }),
        })
        await response.arrayBuffer()
        // Nobody is in the call any more: Talk answers the update 404 (no session).
        if (response.status !== 404) bigUnexpected++
      }
      const journalBytes = (await (await fetch(`${server.url}/__talk-mock/journal`)).arrayBuffer()).byteLength
      const rssAfterBodies = await rssKb(server.pid)
      const unexpected = warmUp.unexpected + load.unexpected + bigUnexpected
      if (unexpected > 0) context.log(`unexpected answers, e.g. ${[...warmUp.examples, ...load.examples].join(', ')}`)
      const details = {
        clients: CLIENTS,
        requests: warmUp.requests + load.requests,
        seconds: round(seconds, 1),
        perSecond: round(load.requests / seconds, 0),
      }
      const what = `standalone server, ${CLIENTS} clients each joining, updating and leaving a call ${cycles} times`
      const figures: Figure[] = [
        {
          id: 'load-unexpected',
          what,
          comparedWith: 'none expected',
          value: unexpected,
          unit: 'count',
          goal: { max: 0 },
          details,
        },
        {
          id: 'load-sessions-left',
          what: 'sessions left in the world after the load',
          comparedWith: 'none expected',
          value: sessionsLeft,
          unit: 'count',
          goal: { max: 0 },
          details,
        },
        {
          id: 'load-journal',
          what: `GET /__talk-mock/journal after ${bigBodies} bodies just under 1 MiB`,
          comparedWith: 'the bodies sent',
          value: round(journalBytes / 1024, 0),
          unit: 'KB',
          goal: { max: 5 * 1024 },
          details: {
            bodies: bigBodies,
            sentKb: round((bigBodies * pad.length) / 1024, 0),
            rssAfterBodiesKb: rssAfterBodies,
          },
        },
        {
          id: 'load-rss',
          what: "the server's resident memory after the call load",
          comparedWith: 'its resident memory after the warm-up',
          value: round(rssAfter / rssBefore, 2),
          unit: 'ratio',
          goal: { max: 1.5 },
          details: { rssBeforeKb: rssBefore, rssAfterKb: rssAfter, ...details },
        },
        {
          id: 'load-rss-bodies',
          what: `the same after the ${bigBodies} bodies just under 1 MiB`,
          comparedWith: 'its resident memory after the warm-up',
          value: round(rssAfterBodies / rssBefore, 2),
          unit: 'ratio',
          goal: { max: 3 },
          details: {
            rssBeforeKb: rssBefore,
            rssAfterBodiesKb: rssAfterBodies,
            sentKb: round((bigBodies * pad.length) / 1024, 0),
          },
        },
      ]
      return figures
    } finally {
      await server.stop()
    }
  },
}
