import { encodePhpJson } from '../ocs/php-json.js'

/**
 * What the page tells its script about the server and the user, for the `OC` globals.
 * @example
 * const page: GlobalsInput = { user: { uid: 'alice', displayName: 'Alice' }, requestToken: 'x', config: {} }
 */
export interface GlobalsInput {
  user: { uid: string; displayName: string } | null
  requestToken: string
  config: unknown
}

/**
 * The inline script that stands in for Nextcloud's core scripts on Talk's page: the globals
 * Talk and the `@nextcloud/*` packages read (`_oc_webroot`, `_oc_appswebroots`, `OC` with its URL
 * helpers, the current user, the share and permission constants, `OCP` and `OCA`), written for
 * the mock, with no webroot (routes keep `/index.php`, as the capabilities say).
 * @example
 * `<script>${renderNextcloudGlobals({ user: null, requestToken, config })}</script>`
 */
export function renderNextcloudGlobals(input: GlobalsInput): string {
  // PHP's json_encode escapes `/` and `<`, so the data cannot close the script element.
  const data = encodePhpJson(input)
  return `(function () {
  var page = ${data};
  var appsWebroots = { spreed: '/apps/spreed', files: '/apps/files', theming: '/apps/theming', dav: '/apps/dav' };
  var coreApps = ['', 'admin', 'log', 'core/search', 'core', '3rdparty'];
  function generateUrl(url, params) {
    var path = String(url).replace(/{([^{}]*)}/g, function (all, name) {
      return params && params[name] !== undefined ? encodeURIComponent(params[name]) : all;
    });
    return '/index.php' + (path.charAt(0) === '/' ? '' : '/') + path;
  }
  function filePath(app, type, file) {
    var base = coreApps.indexOf(app) !== -1 ? (app === '' ? '' : '/' + app) : appsWebroots[app] || '/apps/' + app;
    return base + (type ? '/' + type : '') + (file ? '/' + file : '');
  }
  window._oc_webroot = '';
  window._oc_appswebroots = appsWebroots;
  window._oc_isadmin = false;
  window._oc_debug = false;
  window.oc_current_user = page.user ? page.user.uid : false;
  window.oc_requesttoken = page.requestToken;
  window.OC = {
    webroot: '',
    appswebroots: appsWebroots,
    coreApps: coreApps,
    config: page.config,
    debug: false,
    requestToken: page.requestToken,
    theme: { name: 'Nextcloud', productName: 'Nextcloud', entity: 'Nextcloud' },
    isUserAdmin: function () { return false; },
    getCurrentUser: function () {
      return page.user ? { uid: page.user.uid, displayName: page.user.displayName } : { uid: false, displayName: null };
    },
    getLocale: function () { return 'en'; },
    getLanguage: function () { return 'en'; },
    generateUrl: generateUrl,
    linkTo: function (app, file) { return filePath(app, '', file); },
    filePath: filePath,
    imagePath: function (app, file) {
      return filePath(app, 'img', file.indexOf('.') === -1 ? file + '.svg' : file);
    },
    linkToOCS: function (service, version) {
      return '/ocs/v' + (version || 2) + '.php/' + (service ? service.replace(/\\/$/, '') + '/' : '');
    },
    MimeType: { getIconUrl: function () { return '/core/img/filetypes/file.svg'; } },
    Share: {
      SHARE_TYPE_USER: 0, SHARE_TYPE_GROUP: 1, SHARE_TYPE_LINK: 3, SHARE_TYPE_EMAIL: 4,
      SHARE_TYPE_REMOTE: 6, SHARE_TYPE_CIRCLE: 7, SHARE_TYPE_ROOM: 10,
    },
    PERMISSION_NONE: 0, PERMISSION_READ: 1, PERMISSION_UPDATE: 2, PERMISSION_CREATE: 4,
    PERMISSION_DELETE: 8, PERMISSION_SHARE: 16, PERMISSION_ALL: 31,
    PasswordConfirmation: {
      requiresPasswordConfirmation: function () { return false; },
      requirePasswordConfirmation: function (callback) { if (callback) callback(); },
    },
    Util: { humanFileSize: function (size) { return String(size) + ' B'; } },
    Plugins: { register: function () {}, attach: function () {}, detach: function () {} },
  };
  window.OCP = {
    Accessibility: { disableKeyboardShortcuts: function () { return false; } },
    AppConfig: { getValue: function () {}, setValue: function () {}, deleteKey: function () {} },
    Collaboration: { registerType: function () {} },
  };
  window.OCA = window.OCA || {};
})();`
}
