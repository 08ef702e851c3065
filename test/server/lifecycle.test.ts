import { describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, TalkMockError } from '../../src/runtimes/http-server.js'
import { API } from './support/call-world.js'

describe('starting and stopping the server', () => {
  it('listens on a free port of 127.0.0.1 when asked for port 0', async () => {
    const server = await createTalkServer({ mock: createTalkMock(), port: 0 })
    try {
      expect(server.port).toBeGreaterThan(0)
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
      const response = await fetch(`${server.url}${API}/call/abc123`, { headers: { 'OCS-APIRequest': 'true' } })
      expect(response.status).toBe(404)
    } finally {
      await server.close()
    }
  })

  it('rejects a port in use with one clear line', async () => {
    const first = await createTalkServer({ mock: createTalkMock(), port: 0 })
    try {
      const second = createTalkServer({ mock: createTalkMock(), port: first.port })
      await expect(second).rejects.toThrow(TalkMockError)
      await expect(second).rejects.toThrow(
        `[talk-mock] Failed to start the server: 127.0.0.1:${first.port} is already in use.`,
      )
    } finally {
      await first.close()
    }
  })

  it('rejects a port number out of range', async () => {
    await expect(createTalkServer({ mock: createTalkMock(), port: 70000 })).rejects.toThrow(/port 70000 is not a port/)
  })

  it('frees the port on close, even with a keep-alive connection open', async () => {
    const server = await createTalkServer({ mock: createTalkMock(), port: 0 })
    // fetch keeps the connection open for the next request.
    expect((await fetch(`${server.url}/status.php`)).status).toBe(404)
    await server.close()

    await expect(fetch(`${server.url}/status.php`)).rejects.toThrow(TypeError)
    const again = await createTalkServer({ mock: createTalkMock(), port: server.port })
    expect(again.port).toBe(server.port)
    await again.close()
  })
})
