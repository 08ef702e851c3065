import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { MAX_BODY_BYTES } from '../../src/runtimes/http/read-body.js'
import { API, setupCallWorld } from './support/call-world.js'

const MiB = 1024 * 1024

/**
 * Sends a request with a `Content-Length` body of `size` bytes in slow chunks, and tells what
 * the client saw: the answer, whether it came before the body was all sent, and any socket error.
 */
function uploadSlowly(url: string, size: number): Promise<{ answer: string; early: boolean; error?: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    let answer = ''
    let sent = 0
    let early = false
    let error: string | undefined
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${API}/call/abc123 HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOCS-APIRequest: true\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
      )
      const chunk = Buffer.alloc(128 * 1024, 0x20)
      const next = () => {
        if (sent >= size || socket.destroyed) return
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent))
        sent += piece.length
        socket.write(piece, () => setTimeout(next, 2))
      }
      next()
    })
    const done = () => resolve({ answer, early, error })
    socket.on('data', (data: Buffer) => {
      if (answer === '' && sent < size) early = true
      answer += data.toString()
      // A whole answer on a connection kept alive: this client is done with it.
      if (isWhole(answer)) socket.end(done)
    })
    socket.on('error', (cause: Error) => (error = cause.message))
    socket.on('close', done)
  })
}

/** Whether `answer` holds a whole HTTP answer (head and as many body bytes as it announces). */
function isWhole(answer: string): boolean {
  const headEnd = answer.indexOf('\r\n\r\n')
  if (headEnd < 0) return false
  const length = Number(/content-length: (\d+)/i.exec(answer.slice(0, headEnd))?.[1] ?? 0)
  return Buffer.byteLength(answer) - headEnd - 4 >= length
}

describe('an oversized upload', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  let server: TalkServer

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it('gets its 413 once the body was read and dropped, never a reset', async () => {
    const { answer, early, error } = await uploadSlowly(server.url, 2 * MiB)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect([early, error]).toEqual([false, undefined])
  })

  it('gets 413 every time through fetch', async () => {
    const body = 'x'.repeat(2 * MiB)
    const statuses = []
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}${API}/call/abc123`, { method: 'POST', body })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([413, 413, 413, 413, 413])
  })

  it('is cut off after a cap, so a huge upload cannot hold the server', async () => {
    const { answer } = await uploadSlowly(server.url, MAX_BODY_BYTES * 1024)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
  })
})
