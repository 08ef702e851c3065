import { defineScenario } from '../src/mock/define-scenario.js'

/** Nothing at all: the base of worlds built with `setup`. @example createTalkMock({ scenario: 'empty' }) */
export const emptyScenario = defineScenario({
  name: 'empty',
  description: 'An empty world (no users, no conversations); the viewer is an anonymous guest.',
  token: 'nothing',
  world: {},
})
