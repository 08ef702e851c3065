/**
 * The mock's own stylesheet for the pages it renders (Talk's page, the login and password pages):
 * the CSS variables Nextcloud's default light theme gives apps (colours, radii, sizes Talk's and
 * `@nextcloud/vue`'s components read), the header bar and the boxes of the guest pages. Written
 * for the mock; close enough that Talk looks as it does in Nextcloud.
 * @example
 * answer.body = THEME_CSS
 */
export const THEME_CSS = `:root {
  --color-primary: #00679e;
  --color-primary-text: #ffffff;
  --color-primary-hover: #3285b1;
  --color-primary-light: #e5eff5;
  --color-primary-light-text: #00293f;
  --color-primary-light-hover: #dbe4ea;
  --color-primary-element: #00679e;
  --color-primary-element-hover: #1a76a7;
  --color-primary-element-text: #ffffff;
  --color-primary-element-light: #e5eff5;
  --color-primary-element-light-hover: #dbe4ea;
  --color-primary-element-light-text: #00293f;
  --color-main-background: #ffffff;
  --color-main-background-rgb: 255, 255, 255;
  --color-main-background-translucent: rgba(255, 255, 255, 0.97);
  --color-main-background-blur: rgba(255, 255, 255, 0.8);
  --color-background-hover: #f5f5f5;
  --color-background-dark: #ededed;
  --color-background-darker: #dbdbdb;
  --color-placeholder-light: #e6e6e6;
  --color-placeholder-dark: #cccccc;
  --color-main-text: #222222;
  --color-text-maxcontrast: #6b6b6b;
  --color-text-light: #222222;
  --color-text-lighter: #6b6b6b;
  --color-error: #db0606;
  --color-error-hover: #df2525;
  --color-error-text: #c20505;
  --color-warning: #a37200;
  --color-warning-text: #7f5900;
  --color-success: #2d7b41;
  --color-success-text: #286c39;
  --color-info: #0071ad;
  --color-border: #ededed;
  --color-border-dark: #dbdbdb;
  --color-border-maxcontrast: #7d7d7d;
  --color-loading-light: #cccccc;
  --color-loading-dark: #444444;
  --color-box-shadow: rgba(77, 77, 77, 0.5);
  --color-box-shadow-rgb: 77, 77, 77;
  --font-face: system-ui, -apple-system, 'Segoe UI', Roboto, Oxygen-Sans, Cantarell, Ubuntu, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
  --default-font-size: 15px;
  --font-size-small: 13px;
  --default-line-height: 1.5;
  --border-width-input: 1px;
  --border-width-input-focused: 2px;
  --border-radius: 3px;
  --border-radius-small: 4px;
  --border-radius-element: 8px;
  --border-radius-large: 10px;
  --border-radius-rounded: 28px;
  --border-radius-pill: 100px;
  --border-radius-container: 12px;
  --border-radius-container-large: 16px;
  --default-clickable-area: 34px;
  --clickable-area-large: 48px;
  --clickable-area-small: 24px;
  --default-grid-baseline: 4px;
  --header-height: 50px;
  --header-menu-item-height: 44px;
  --navigation-width: 300px;
  --sidebar-min-width: 300px;
  --sidebar-max-width: 500px;
  --body-container-radius: 12px;
  --body-container-margin: 8px;
  --body-height: calc(100% - env(safe-area-inset-bottom) - var(--header-height) - var(--body-container-margin));
  --animation-quick: 100ms;
  --animation-slow: 300ms;
  --background-invert-if-dark: no;
  --background-invert-if-bright: invert(100%);
  --primary-invert-if-bright: no;
  --primary-invert-if-dark: invert(100%);
  --color-background-plain: #00679e;
  --color-background-plain-text: #ffffff;
  --image-background: none;
}
html, body { margin: 0; height: 100%; }
body {
  font-family: var(--font-face);
  font-size: var(--default-font-size);
  line-height: var(--default-line-height);
  color: var(--color-main-text);
  background-color: var(--color-background-plain);
}
#skip-actions { position: absolute; top: 0; left: 0; }
#header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  height: var(--header-height);
  padding: 0 12px;
  box-sizing: border-box;
  color: var(--color-background-plain-text);
}
#header .logo { font-weight: bold; letter-spacing: 0.02em; }
#header .user-menu { display: flex; gap: 12px; align-items: center; }
#header a { color: inherit; }
#content {
  position: relative;
  display: flex;
  overflow: hidden;
  box-sizing: border-box;
  height: var(--body-height);
  margin: 0 var(--body-container-margin) var(--body-container-margin);
  border-radius: var(--body-container-radius);
  background-color: var(--color-main-background);
}
#body-public #content { height: calc(100% - var(--header-height)); }
.guest-box {
  max-width: 420px;
  margin: 12vh auto 0;
  padding: 24px;
  border-radius: var(--border-radius-large);
  background-color: var(--color-main-background);
  box-shadow: 0 0 10px var(--color-box-shadow);
}
.guest-box h1 { margin-top: 0; font-size: 20px; }
.guest-box form { display: flex; flex-direction: column; gap: 8px; }
.guest-box button, .guest-box input[type='password'], .guest-box input[type='submit'] {
  min-height: var(--default-clickable-area);
  padding: 4px 12px;
  border: var(--border-width-input) solid var(--color-border-maxcontrast);
  border-radius: var(--border-radius-element);
  background: var(--color-main-background);
  color: var(--color-main-text);
  font: inherit;
  text-align: left;
  cursor: pointer;
}
.guest-box button:hover { background-color: var(--color-primary-element-light); }
.guest-box button small { color: var(--color-text-maxcontrast); margin-left: 6px; }
.guest-box .guest { font-style: italic; }
.guest-box .warning { color: var(--color-error-text); }
.guest-box .warning-info { color: var(--color-text-maxcontrast); }
`
