import type { Contender } from '../harness/rounds.js'
import type { Figure } from '../harness/row.js'

/**
 * Builds the figure "the mock's throughput over `baseline`'s": the median of the per-round
 * ratios, with both medians in requests per second.
 * @example
 * const figure = compare('server-throughput', what, 'bare', 'bare node:http', { min: 0.25 })
 */
export type Compare = (
  id: string,
  what: string,
  baseline: string,
  comparedWith: string,
  goal?: Figure['goal'],
) => Figure

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
