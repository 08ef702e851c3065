// An app's src/main.ts as the README's browser quick start writes it: the app mounts even when the
// mock failed to start.
import { startTalkMock } from '../../../src/runtimes/browser.js'

async function enableMocking() {
  await startTalkMock({ token: 'abc123', quiet: true })
}

function mountApp() {
  const app = document.createElement('main')
  app.id = 'app'
  app.textContent = 'The app is mounted.'
  document.body.append(app)
  document.body.dataset.ready = 'true'
}

enableMocking()
  .catch((error: unknown) => console.error(error))
  .then(mountApp)
