/** Frames per second of every synthetic video. */
export const FRAME_RATE = 15

/**
 * One timer that redraws every synthetic video at `FRAME_RATE` (one timer for all, not one per
 * peer; it stops when nothing is left to draw).
 * @example
 * const stop = ticker.add((frame) => draw(frame))
 */
export class FrameTicker {
  readonly #drawers = new Set<(frame: number) => void>()
  #timer: ReturnType<typeof setInterval> | undefined
  #frame = 0

  /** Draws with `drawer` at every frame; returns the removal. @example const stop = ticker.add(draw) */
  add(drawer: (frame: number) => void): () => void {
    this.#drawers.add(drawer)
    drawer(this.#frame)
    this.#timer ??= setInterval(() => this.#tick(), 1000 / FRAME_RATE)
    return () => {
      this.#drawers.delete(drawer)
      if (this.#drawers.size === 0 && this.#timer !== undefined) {
        clearInterval(this.#timer)
        this.#timer = undefined
      }
    }
  }

  #tick(): void {
    this.#frame++
    for (const drawer of this.#drawers) drawer(this.#frame)
  }
}
