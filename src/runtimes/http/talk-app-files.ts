import { existsSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { TalkMockError } from '../../errors.js'

/** The folders of a spreed checkout Talk's page loads files from, under `/apps/spreed/`. */
const SERVED = /^\/apps\/spreed\/((?:js|css|img)\/[^?#]+)$/

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.tflite': 'application/octet-stream',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Checks a `--talk-app` folder at start: it must be a spreed checkout whose frontend was built
 * (`js/talk-main.js`). Returns its absolute path; throws a `TalkMockError` that says how to build
 * it otherwise.
 * @example
 * const root = checkTalkApp('../spreed') // '/home/me/spreed'
 */
export function checkTalkApp(folder: string): string {
  const root = resolve(folder)
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new TalkMockError(
      `serve --talk-app ${folder}`,
      `${root} is no folder`,
      'Pass the folder of a spreed checkout.',
    )
  }
  if (!existsSync(join(root, 'js', 'talk-main.js'))) {
    throw new TalkMockError(
      `serve --talk-app ${folder}`,
      `${join(root, 'js', 'talk-main.js')} does not exist: Talk's frontend is not built there`,
      'Build it in that spreed checkout with `npm ci && npm run dev` (or `npm run watch`), then start again.',
    )
  }
  return root
}

/**
 * Serves a file of the Talk checkout's `js/`, `css/` and `img/` for a `GET`/`HEAD` below
 * `/apps/spreed/`, as Nextcloud's web server serves an app's static files (its content type,
 * revalidated on each load so a rebuild shows at once) and returns the status sent; `undefined`
 * for any other request.
 * @example
 * const status = await serveTalkAppFile(root, url, incoming, outgoing, corsHeaders(incoming)) // undefined: not a file
 */
export async function serveTalkAppFile(
  root: string,
  url: URL,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  extraHeaders: Readonly<Record<string, string>>,
): Promise<number | undefined> {
  const match = SERVED.exec(url.pathname)
  if (!match || (incoming.method !== 'GET' && incoming.method !== 'HEAD')) return undefined
  let relative: string
  try {
    relative = decodeURIComponent(match[1]!)
  } catch {
    return undefined
  }
  const file = resolve(root, relative)
  if (!file.startsWith(root + sep) || relative.includes('\0')) return undefined
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return undefined
  const modified = info.mtime.toUTCString()
  const headers = {
    ...extraHeaders,
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'last-modified': modified,
  }
  if (incoming.headers['if-modified-since'] === modified) {
    outgoing.writeHead(304, headers).end()
    return 304
  }
  const body = await readFile(file)
  outgoing.writeHead(200, { ...headers, 'content-length': body.length })
  outgoing.end(incoming.method === 'HEAD' ? undefined : body)
  return 200
}
