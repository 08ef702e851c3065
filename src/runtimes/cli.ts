#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'

// The bin of `talk-call-mock`: `talk-call-mock serve --port 4010`.
const stopped = new Promise((resolve) => {
  process.once('SIGINT', resolve)
  process.once('SIGTERM', resolve)
  // `npx talk-call-mock serve` runs under npm, which exits on SIGTERM without passing it on: once
  // the process that started the bin is gone (the bin is re-parented), stop as if signalled.
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) resolve(undefined)
  }, 250).unref()
})
const code = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  error: (line) => console.error(line),
  stopped,
})
// Exit even if something (a handler's timer) still holds the event loop.
process.exit(code)
