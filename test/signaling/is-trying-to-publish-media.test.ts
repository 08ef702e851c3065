import { describe, expect, it } from 'vitest'
import { isTryingToPublishMedia } from '../../src/signaling/is-trying-to-publish-media.js'

const sdp = (...lines: string[]) => ['v=0', ...lines].join('\r\n')

describe('isTryingToPublishMedia', () => {
  it('sees a section of the media that sends or receives and sends', () => {
    expect(isTryingToPublishMedia(sdp('m=audio 9 UDP 111', 'a=sendrecv'), 'audio')).toBe(true)
    expect(isTryingToPublishMedia(sdp('m=audio 9 UDP 111', 'a=sendonly'), 'audio')).toBe(true)
    expect(isTryingToPublishMedia(sdp('m=audio 9 UDP 111', 'a=recvonly'), 'audio')).toBe(false)
  })

  it('looks only at sections of the media asked about', () => {
    expect(
      isTryingToPublishMedia(sdp('m=audio 9 UDP 111', 'a=sendrecv', 'm=video 9 UDP 96', 'a=inactive'), 'video'),
    ).toBe(false)
  })

  it('takes the session direction for a section without one, and sendrecv without any', () => {
    expect(isTryingToPublishMedia(sdp('a=recvonly', 'm=video 9 UDP 96'), 'video')).toBe(false)
    expect(isTryingToPublishMedia(sdp('a=sendonly', 'm=video 9 UDP 96'), 'video')).toBe(true)
    expect(isTryingToPublishMedia(sdp('m=video 9 UDP 96'), 'video')).toBe(true)
  })

  it('counts a sending direction line even when another follows it in the section, as Talk does', () => {
    expect(isTryingToPublishMedia(sdp('m=audio 9 UDP 111', 'a=sendrecv', 'a=recvonly'), 'audio')).toBe(true)
  })
})
