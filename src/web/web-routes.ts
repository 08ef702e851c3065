/**
 * The web routes of Nextcloud the mock serves beside the APIs: Talk's pages, the mock's login,
 * the theme stylesheet and the avatars. Tested on a path (or, as msw tests it, origin and path).
 * @example
 * WEB_ROUTES.test('/index.php/apps/spreed/') // true
 */
export const WEB_ROUTES =
  /\/index\.php\/(?:apps\/spreed(?:\/|\/not-found|\/duplicate-session)?|call\/[^/]+|log(?:in|out)|apps\/theming\/theme\/default\.css|avatar\/(?:guest\/)?[^/]+\/[^/]+(?:\/dark)?)$/
