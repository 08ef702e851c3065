import type { Contender } from '../harness/rounds.js'
import type { Figure } from '../harness/row.js'
import type { Compare } from './server.js'

/**
 * The `--peers` figures of the server row: the mock's throughput over each peer's, measured in
 * the same rounds; against a warmed WireMock the goal is 1.5 times.
 * @example
 * figures.push(...peerFigures(contenders, compare))
 */
export function peerFigures(contenders: Contender[], compare: Compare): Figure[] {
  return contenders
    .filter((contender) => contender.label !== undefined)
    .map((peer) => {
      const goal = peer.id === 'wiremock' ? { min: 1.5 } : undefined
      const figure = compare(`server-vs-${peer.id}`, 'the same (`--peers`)', peer.id, peer.label!, goal)
      return { ...figure, details: { ...figure.details, baselineBytes: peer.bytes ?? 'unknown' } }
    })
}
