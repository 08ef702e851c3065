// A page that talks to the mock with what Talk's web client uses: @nextcloud/axios (request
// token header, CSRF retry), @nextcloud/router and @nextcloud/capabilities (initial state).
import axios from '@nextcloud/axios'
import { getCapabilities } from '@nextcloud/capabilities'
import { generateOcsUrl } from '@nextcloud/router'
import { startTalkMock } from '../../../src/runtimes/browser.js'
import { startSignaling } from '../support/internal-signaling-client.js'

const { mock } = await startTalkMock({ initialState: true, nextcloudRoutes: true, quiet: true })
Object.assign(window, { talk: { axios, generateOcsUrl, getCapabilities, mock, startSignaling } })
document.body.dataset.ready = 'true'
