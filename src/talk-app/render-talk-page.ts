import { escapeHtml } from '../html/escape-html.js'
import { MOCK_REQUEST_TOKEN } from '../nextcloud/request-token.js'
import { THEME_STYLESHEET } from '../theme/theme-route.js'
import type { User } from '../world/schemas.js'
import type { World } from '../world/world.js'
import { describeCoreInitialStates } from './core-initial-states.js'
import { renderInitialState } from './initial-state.js'
import { renderNextcloudGlobals } from './nextcloud-globals.js'
import { describeTalkInitialStates } from './talk-initial-states.js'

/**
 * Where Talk's page loads its bundle from (`Util::addScript('spreed', 'talk-main')`); the
 * standalone server serves it from the `--talk-app` checkout.
 * @example
 * `<script defer src="${TALK_MAIN_SCRIPT}">`
 */
export const TALK_MAIN_SCRIPT = '/apps/spreed/js/talk-main.js'

/**
 * The page Talk's bundle boots from, as Nextcloud renders Talk's `index` template: the user
 * layout for a user (`<head data-user data-user-displayname data-requesttoken>`, `#body-user`, a
 * header with the mock's login links), the public layout for a guest (`#body-public`, no
 * `data-user`); the initial states of core, theming and Talk as hidden inputs, `#skip-actions`,
 * `#content` for Talk to mount on, the `OC` globals, Talk's icons stylesheet and `talk-main.js`.
 * @example
 * renderTalkPage(world, world.users.get('alice'))
 */
export function renderTalkPage(world: World, user: User | undefined): string {
  const states = [...describeCoreInitialStates(world, user), ...describeTalkInitialStates(world, user)]
  const config = states.find((state) => state.app === 'core' && state.key === 'config')?.value
  const displayName = user ? user.displayName || user.id : ''
  const globals = renderNextcloudGlobals({
    user: user ? { uid: user.id, displayName } : null,
    requestToken: MOCK_REQUEST_TOKEN,
    config,
  })
  const head = user
    ? `<head data-user="${escapeHtml(user.id)}" data-user-displayname="${escapeHtml(displayName)}" data-requesttoken="${MOCK_REQUEST_TOKEN}">`
    : `<head data-requesttoken="${MOCK_REQUEST_TOKEN}">`
  const who = user ? `${escapeHtml(displayName)} <small>(${escapeHtml(user.id)})</small>` : 'Guest'
  return `<!DOCTYPE html>
<html class="ng-csp" data-placeholder-focus="false" lang="en" data-locale="en" translate="no">
${head}
<meta charset="utf-8">
<title>Talk – Nextcloud (talk-call-mock)</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<link rel="stylesheet" href="${THEME_STYLESHEET}">
<link rel="stylesheet" href="/apps/spreed/css/icons.css">
<script>${globals}</script>
<script defer src="${TALK_MAIN_SCRIPT}"></script>
</head>
<body id="${user ? 'body-user' : 'body-public'}" data-themes="default">
${states.map(renderInitialState).join('\n')}
<div id="skip-actions"></div>
<header id="header">
<div class="logo">Nextcloud <small>talk-call-mock</small></div>
<div class="user-menu"><span class="user">${who}</span><a href="/index.php/login?redirect_url=${encodeURIComponent('/index.php/apps/spreed/')}">Switch user</a><a href="/index.php/logout">Log out</a></div>
</header>
<main id="content" class="app-spreed"></main>
</body>
</html>
`
}
