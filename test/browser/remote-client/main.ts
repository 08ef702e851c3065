// A page of a Nextcloud whose Talk is the standalone mock server (Vite proxies /ocs and
// /index.php to it): what a Nextcloud page carries, @nextcloud/axios with the tab header the
// newest Talk client sends, and the internal signaling client.
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'
import { startSignaling } from '../support/internal-signaling-client.js'

Object.assign(window, { _oc_webroot: '' })
const tab = sessionStorage.getItem('tab') ?? crypto.randomUUID().replace(/-/g, '')
sessionStorage.setItem('tab', tab)
axios.defaults.headers['x-nextcloud-talk-session-tab-id'] = tab
Object.assign(window, { talk: { axios, generateOcsUrl, startSignaling, tab } })
document.body.dataset.ready = 'true'
