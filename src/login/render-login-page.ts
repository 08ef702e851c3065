import { escapeHtml } from '../html/escape-html.js'
import type { World } from '../world/world.js'
import { THEME_STYLESHEET } from '../theme/theme-route.js'

/**
 * The mock's login page: one button per user of the world and one for a guest, posting to
 * `/index.php/login`, which sets the login cookie and goes on to `redirectUrl`. `notice` says why
 * the page is shown again (an unknown user).
 * @example
 * renderLoginPage(world, '/index.php/apps/spreed/', 'There is no user "bob" in this world.')
 */
export function renderLoginPage(world: World, redirectUrl: string, notice?: string): string {
  const buttons = world.users
    .all()
    .map(
      (user) =>
        `<button type="submit" name="user" value="${escapeHtml(user.id)}">${escapeHtml(user.displayName || user.id)} <small>${escapeHtml(user.id)}</small></button>`,
    )
  buttons.push('<button type="submit" name="user" value="" class="guest">Guest <small>not logged in</small></button>')
  return `<!DOCTYPE html>
<html lang="en" data-locale="en">
<head>
<meta charset="utf-8">
<title>Login – Nextcloud (talk-call-mock)</title>
<link rel="stylesheet" href="${THEME_STYLESHEET}">
</head>
<body id="body-login">
<main class="guest-box login-box">
<h1>Log in to the mock</h1>
<p>Each browser logs in on its own: two browsers can be two users of the same world.</p>
${notice === undefined ? '' : `<p class="warning">${escapeHtml(notice)}</p>\n`}<form method="post" action="/index.php/login">
<input type="hidden" name="redirect_url" value="${escapeHtml(redirectUrl)}">
${buttons.join('\n')}
</form>
</main>
</body>
</html>
`
}
