// What Talk's `Signaling.Internal` does over HTTP (src/utils/signaling.js), for test pages: a
// poll loop that polls again at once after every answer and stops on 404 and 409, and a send
// queue posted as `{messages: JSON text}`. It runs in the page, on @nextcloud/axios.
import type { AxiosInstance } from '@nextcloud/axios'
import type { generateOcsUrl as GenerateOcsUrl } from '@nextcloud/router'

/** One answer of the poll loop, as the test reads it back. */
export interface PollAnswer {
  status: number
  users: Array<{ sessionId: string; inCall: number; actorId: string }>
  messages: Array<Record<string, unknown>>
}

/** Starts polling `token` until stopped or answered 404/409. */
export function startSignaling(
  axios: AxiosInstance,
  generateOcsUrl: typeof GenerateOcsUrl,
  token: string,
  sessionId: string,
) {
  const url = generateOcsUrl('apps/spreed/api/v3/signaling/{token}', { token })
  const answers: PollAnswer[] = []
  const waiters: Array<{ count: number; resolve: () => void }> = []
  const answered = (answer: PollAnswer) => {
    answers.push(answer)
    for (const waiter of waiters.filter((waiter) => answers.length > waiter.count)) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }
  const errors: string[] = []
  const controller = new AbortController()
  let stopped = false
  const loop = async () => {
    while (!stopped) {
      try {
        const { data, status } = await axios.get(url, { signal: controller.signal })
        answered(read(status, data.ocs.data))
      } catch (error) {
        const response = (error as { response?: { status: number; data: { ocs: { data: unknown } } } }).response
        if (!response) {
          if (!stopped) errors.push(String(error))
          return
        }
        answered(read(response.status, response.data.ocs.data))
        if (response.status === 404 || response.status === 409) return
      }
    }
  }
  const done = loop()
  return {
    answers,
    /** What ended the loop without an answer (a network error). */
    errors,
    done,
    /** Resolves once the loop has more than `count` answers. */
    answersPast(count: number): Promise<void> {
      if (answers.length > count) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    send(fn: Record<string, unknown>) {
      const messages = JSON.stringify([{ ev: 'message', fn: JSON.stringify(fn), sessionId }])
      return axios.post(url, { messages })
    },
    stop() {
      stopped = true
      controller.abort()
    },
  }
}

function read(status: number, data: unknown): PollAnswer {
  const entries = data as Array<{ type: string; data: unknown }>
  const users = (entries.find((entry) => entry.type === 'usersInRoom')?.data ?? []) as PollAnswer['users']
  const messages = entries
    .filter((entry) => entry.type === 'message')
    .map((entry) => JSON.parse(entry.data as string) as Record<string, unknown>)
  return { status, users, messages }
}
