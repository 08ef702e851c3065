// A page whose client holds a call with the mock's simulated peers over WebRTC, as Talk's web
// client does (internal signaling, @nextcloud/axios).
import axios from '@nextcloud/axios'
import { startTalkMock } from '../../../src/runtimes/browser.js'
import { framesAdvance, joinWithWebRtc } from '../support/webrtc-talk-client.js'

const { mock } = await startTalkMock({ initialState: true, nextcloudRoutes: true, quiet: true })
Object.assign(window, { talk: { axios, mock, joinWithWebRtc, framesAdvance } })
document.body.dataset.ready = 'true'
