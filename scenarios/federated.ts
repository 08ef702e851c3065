import { defineScenario } from '../src/mock/define-scenario.js'
import { memberWorld } from './support/member-world.js'

/**
 * A conversation hosted on another Nextcloud, with a call running there.
 * @example mock.useScenario('federated')
 */
export const federated = defineScenario({
  name: 'federated',
  description:
    'A federated conversation (remoteServer https://remote.example.org, remoteToken remotecall1) with a call running on the remote: the call endpoints answer through Talk\'s proxy (422 while settings.federation is "unreachable").',
  token: 'fedcall',
  world: (faker) =>
    memberWorld(faker, {
      token: 'fedcall',
      peers: 2,
      inCall: true,
      conversation: { remoteServer: 'https://remote.example.org', remoteToken: 'remotecall1' },
      settings: { federation: 'enabled' },
    }),
})
