import { readFileSync } from 'node:fs'
import { setupServer } from 'msw/node'
import { onUnhandled } from '../../src/msw/majors.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { scenarios } from '../../src/index.js'
import { probeScenario } from '../support/probe-scenario.js'

const server = setupServer()
beforeAll(() => server.listen(onUnhandled('error')))
afterAll(() => server.close())

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

it.each(scenarios.map((scenario) => scenario.name))('states in the README what %s answers', async (name) => {
  const rows = readme.split('\n').map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))
  const cells = rows.find((row) => row[1] === `\`${name}\``)
  expect(cells, `README.md has no scenario row for ${name}`).toBeDefined()
  const probe = await probeScenario(server, name)
  const statuses = [probe.get, probe.joinUnjoined, probe.joinRoom, probe.join, probe.update, probe.leave].map(String)
  expect(cells!.slice(2, 3)).toEqual([`\`${probe.token}\``])
  expect(cells!.slice(4, 10)).toEqual(statuses)
})
