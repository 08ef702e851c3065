import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { scenarios } from '../../src/index.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const rows = readme.split('\n').map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))

// What each scenario answers is in the generated scenario reference (test/docs); the README's
// short table must still name every scenario with the token its story is under.
it.each(scenarios.map((scenario) => [scenario.name, scenario.token]))(
  'lists %s in the README under its token %s',
  (name, token) => {
    const cells = rows.find((row) => row[1] === `\`${name}\``)
    expect(cells, `README.md has no scenario row for ${name}`).toBeDefined()
    expect(cells![2]).toBe(`\`${token}\``)
  },
)

it('lists no scenario the catalogue lacks', () => {
  const listed = rows.filter((row) => row.length === 5 && /^`[a-z0-9-]+`$/.test(row[1]!) && /^`\w+`$/.test(row[2]!))
  expect(listed.map((row) => row[1]!.slice(1, -1)).sort()).toEqual(scenarios.map((scenario) => scenario.name).sort())
})
