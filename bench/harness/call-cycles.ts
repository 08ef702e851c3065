/** What the load clients saw: requests sent, the answers that were not the expected 200, and a few of them. */
export interface CycleResult {
  requests: number
  unexpected: number
  examples: string[]
}

const STEPS = [
  { method: 'POST', path: (token: string) => `/room/${token}/participants/active` },
  { method: 'POST', path: (token: string) => `/call/${token}`, body: { flags: 3 } },
  { method: 'PUT', path: (token: string) => `/call/${token}`, body: { flags: 7 } },
  { method: 'DELETE', path: (token: string) => `/call/${token}` },
  { method: 'DELETE', path: (token: string) => `/room/${token}/participants/active` },
] as const

/**
 * Runs `clients` concurrent clients (each its own user and client cookie) through join
 * conversation -> join call -> update flags -> leave call -> leave conversation, `cycles` times
 * each, counting every answer other than 200 (a lost session shows as a 404 of the flags update).
 * @example
 * const result = await runCallCycles(`${url}/ocs/v2.php/apps/spreed/api/v4`, 'loadcall', { clients: 60, cycles: 100 })
 */
export async function runCallCycles(
  api: string,
  token: string,
  options: { clients: number; cycles: number; users: (index: number) => string },
): Promise<CycleResult> {
  const result: CycleResult = { requests: 0, unexpected: 0, examples: [] }
  const client = async (index: number) => {
    const headers = {
      'OCS-APIRequest': 'true',
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${options.users(index)}:x`).toString('base64')}`,
      Cookie: `talk_mock_client=load-${index}`,
    }
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      for (const step of STEPS) {
        const body = 'body' in step ? JSON.stringify(step.body) : undefined
        let status = 0
        try {
          const response = await fetch(`${api}${step.path(token)}`, { method: step.method, headers, body })
          await response.arrayBuffer()
          status = response.status
        } catch {
          status = 0
        }
        result.requests++
        if (status !== 200) {
          result.unexpected++
          if (result.examples.length < 5) result.examples.push(`${step.method} ${step.path(token)} ${status}`)
        }
      }
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)))
  return result
}
