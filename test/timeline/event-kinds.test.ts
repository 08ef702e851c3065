import { expect, it } from 'vitest'
import { PERMISSION } from '../../src/constants.js'
import { poll } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'
import { callPeers, polledPeers, TOKEN, useLiveCall } from './support.js'

const live = useLiveCall()

it('lets a peer join the conversation and the call at its time, seen by GET /call and the poll', async () => {
  const mock = await live.start([{ at: 15_000, kind: 'join', actor: 'bob', flags: 3 }])
  await mock.clock.advance(14_000)
  expect(await callPeers()).toEqual(['mod'])
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  expect(await polledPeers()).toEqual({ mod: 1, bob: 3 })
})

it('runs the events due on a move in order, each at its own time', async () => {
  const mock = await live.start([
    { at: 5_000, kind: 'join', actor: 'bob', flags: 7 },
    { at: 10_000, kind: 'flags', actor: 'bob', flags: 3 },
  ])
  await mock.clock.advance(20_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  const bob = mock.world.findAttendee(TOKEN, 'users', 'bob')!
  expect(bob.lastJoinedCall).toBe(mock.world.timeline.start / 1000 + 5)
  expect(mock.clock.now()).toBe(mock.world.timeline.start + 20_000)
})

it('changes a peer’s flags, its microphone off', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 7 },
    { at: 2_000, kind: 'flags', actor: 'bob', flags: 5 },
  ])
  await mock.clock.advance(1_000)
  expect(await polledPeers()).toEqual({ mod: 1, bob: 7 })
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  expect(await polledPeers()).toEqual({ mod: 1, bob: 5 })
})

it('lets a peer leave the call and then the conversation', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob' },
    { at: 2_000, kind: 'leave-call', actor: 'bob' },
    { at: 3_000, kind: 'leave', actor: 'bob' },
  ])
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['mod'])
  expect(await polledPeers()).toEqual({ mod: 1, bob: 0 })
  await mock.clock.advance(1_000)
  expect(await polledPeers()).toEqual({ mod: 1 })
})

it('lets a silent peer drop out of the call 30 s after it stopped pinging', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 10_000, kind: 'silent', actor: 'bob' },
  ])
  await mock.clock.advance(30_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  await mock.clock.advance(11_000)
  expect(await callPeers()).toEqual(['mod'])
  // The poll lists sessions seen within 40 s.
  await mock.clock.advance(10_000)
  expect(await polledPeers()).toEqual({ mod: 1 })
})

it('brings a peer back with a new session after it dropped out', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 2_000, kind: 'silent', actor: 'bob' },
    { at: 45_000, kind: 'return', actor: 'bob', flags: 7 },
  ])
  await mock.clock.advance(2_000)
  const first = (await talkFetch('GET', `/call/${TOKEN}`)).data as Array<{ actorId: string; sessionId: string }>
  const before = first.find((peer) => peer.actorId === 'bob')!.sessionId
  await mock.clock.advance(30_000)
  expect(await polledPeers()).toEqual({ mod: 1, bob: 3 })
  await mock.clock.advance(13_000)
  const peers = (await talkFetch('GET', `/call/${TOKEN}`)).data as Array<{ actorId: string; sessionId: string }>
  const bob = peers.filter((peer) => peer.actorId === 'bob')
  expect(bob).toHaveLength(1)
  expect(bob[0]!.sessionId).not.toBe(before)
  expect(await polledPeers()).toEqual({ mod: 1, bob: 7 })
})

it('lets a guest join the public conversation and the call', async () => {
  const mock = await live.start([{ at: 1_000, kind: 'guest-join', guest: 'visitor', flags: 3 }])
  await mock.clock.advance(1_000)
  const peers = (await talkFetch('GET', `/call/${TOKEN}`)).data as Array<{ actorType: string }>
  expect(peers.map((peer) => peer.actorType).sort()).toEqual(['guests', 'users'])
  const { users } = await poll(TOKEN)
  expect(users.filter((user) => user.actorType === 'guests').map((user) => user.inCall)).toEqual([3])
})

it('lets the moderator end the call for everyone', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob' },
    { at: 5_000, kind: 'end-call', by: 'mod' },
  ])
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })).status).toBe(200)
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['alice', 'bob', 'mod'])
  await mock.clock.advance(4_000)
  expect(await callPeers()).toEqual([])
  expect(await polledPeers()).toEqual({ mod: 0, bob: 0 })
  expect(((await talkFetch('GET', `/room/${TOKEN}`)).data as { hasCall: boolean }).hasCall).toBe(false)
})

it('lets a moderator without a session end the call, opening the conversation for it', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob' },
    { at: 2_000, kind: 'promote', by: 'mod', actor: 'bob' },
    { at: 3_000, kind: 'end-call', by: 'carol' },
    { at: 4_000, kind: 'end-call', by: 'bob' },
  ])
  await mock.clock.advance(3_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual([])
  expect(mock.timeline.view().events.map((event) => event.outcome)).toEqual(['done', 'done', 'done', 'done'])
})

it('locks the conversation mid-call: everyone leaves the call and the call answers 403', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob' },
    { at: 2_000, kind: 'read-only', by: 'mod', state: 1 },
  ])
  await mock.clock.advance(1_000)
  expect(await callPeers()).toEqual(['bob', 'mod'])
  await mock.clock.advance(1_000)
  expect((await talkFetch('GET', `/call/${TOKEN}`)).status).toBe(403)
  expect(await polledPeers()).toEqual({ mod: 0, bob: 0 })
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })).status).toBe(403)
})

it('turns the lobby on: members leave the call and get 412, the moderator stays', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob' },
    { at: 2_000, kind: 'lobby', by: 'mod', state: 1, liftsAfter: 60 },
  ])
  await mock.clock.advance(2_000)
  expect(await polledPeers()).toEqual({ mod: 1, bob: 0 })
  expect((await talkFetch('GET', `/call/${TOKEN}`)).status).toBe(412)
  // The lobby timer stays as Talk has it: checked when read, no event of its own.
  await mock.clock.advance(60_000)
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })).status).toBe(200)
})

it('turns the lobby off again', async () => {
  const mock = await live.start([{ at: 1_000, kind: 'lobby', by: 'mod', state: 0 }], { lobbyState: 1 })
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })).status).toBe(412)
  await mock.clock.advance(1_000)
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })).status).toBe(200)
})

it('promotes and demotes a peer, its permissions following in the poll', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 2_000, kind: 'promote', by: 'mod', actor: 'bob' },
    { at: 3_000, kind: 'demote', by: 'mod', actor: 'bob' },
  ])
  const permissionsOfBob = async () => {
    const { users } = await poll(TOKEN)
    return users.find((user) => user.actorId === 'bob')?.participantPermissions
  }
  await mock.clock.advance(1_000)
  const plain = await permissionsOfBob()
  await mock.clock.advance(1_000)
  expect(mock.world.findAttendee(TOKEN, 'users', 'bob')!.participantType).toBe(2)
  const promoted = await permissionsOfBob()
  expect(promoted).not.toBe(plain)
  await mock.clock.advance(1_000)
  expect(mock.world.findAttendee(TOKEN, 'users', 'bob')!.participantType).toBe(3)
  expect(await permissionsOfBob()).toBe(plain)
})

it('changes the default permissions, seen by the conversation and the poll', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 2_000, kind: 'permissions', by: 'mod', permissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL },
  ])
  await mock.clock.advance(1_000)
  const before = (await poll(TOKEN)).users.find((user) => user.actorId === 'bob')?.participantPermissions
  await mock.clock.advance(1_000)
  const after = (await poll(TOKEN)).users.find((user) => user.actorId === 'bob')?.participantPermissions
  expect(before).not.toBe(PERMISSION.CUSTOM | PERMISSION.JOIN_CALL)
  expect(after).toBe(PERMISSION.CUSTOM | PERMISSION.JOIN_CALL)
  const room = (await talkFetch('GET', `/room/${TOKEN}`)).data as { defaultPermissions: number }
  expect(room.defaultPermissions).toBe(PERMISSION.CUSTOM | PERMISSION.JOIN_CALL)
})

it('journals a refused event as a timeline entry and goes on', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'read-only', by: 'bob', state: 1 },
    { at: 2_000, kind: 'join', actor: 'carol', flags: 3 },
  ])
  await mock.clock.advance(2_000)
  const view = mock.timeline.view()
  expect(view.events.map((event) => [event.outcome, event.result?.status])).toEqual([
    ['failed', 403],
    ['done', 200],
  ])
  const entries = await mock.journal.entries('timeline')
  expect(entries.map((entry) => `${entry.method} ${entry.path.replace(/.*\/api\/v4/, '')} ${entry.status}`)).toEqual([
    `PUT /room/${TOKEN}/read-only 403`,
    `POST /room/${TOKEN}/participants/active 200`,
    `POST /call/${TOKEN} 200`,
  ])
  expect(await callPeers()).toEqual(['carol', 'mod'])
  expect((await mock.journal.entries('talk')).every((entry) => !entry.path.includes('read-only'))).toBe(true)
})

it('acts as a user whose id is not Latin-1', async () => {
  const mock = await live.start([{ at: 1_000, kind: 'join', actor: 'bob', flags: 3 }])
  await mock.world.addUser({ id: 'jörg-李', displayName: 'Jörg' })
  await mock.world.addAttendee(TOKEN, { actorId: 'jörg-李' })
  await mock.timeline.add([{ at: 2_000, kind: 'join', actor: 'jörg-李', flags: 3 }])
  await mock.clock.advance(2_000)
  expect(await callPeers()).toEqual(['bob', 'jörg-李', 'mod'])
})
