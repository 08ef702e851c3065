import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/** The story's token names no conversation: 404. @example mock.useScenario('not-found') */
export const notFound = defineScenario({
  name: 'not-found',
  description: 'The conversation does not exist (deleted, or a wrong link): everything answers 404.',
  token: 'deleted',
  world: (faker) => memberWorld(faker, { token: 'elsewhere', peers: 1 }),
})
