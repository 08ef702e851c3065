/**
 * The CSRF token the mock hands out (`GET /index.php/csrftoken`, and a page's
 * `data-requesttoken` with the browser runtime's `initialState`). The mock's CSRF check takes
 * any `requesttoken`, as it cannot tell a stale one from a fresh one.
 * @example
 * fetch(url, { headers: { requesttoken: MOCK_REQUEST_TOKEN } })
 */
export const MOCK_REQUEST_TOKEN = 'talk-call-mock:requesttoken'
