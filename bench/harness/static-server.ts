import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/**
 * Serves a built app's folder on 127.0.0.1 (a free port), with `/mockServiceWorker.js` from
 * `workerScript`, as a static host would.
 * @example
 * const site = await serveStatic(app.dir, join(root, 'public/mockServiceWorker.js')); await site.close()
 */
export async function serveStatic(dir: string, workerScript: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file =
      path === '/mockServiceWorker.js' ? workerScript : join(dir, normalize(path === '/' ? '/index.html' : path))
    readFile(file).then(
      (content) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        response.end(content)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
