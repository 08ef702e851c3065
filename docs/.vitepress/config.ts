import { defineConfig } from 'vitepress'

// GitHub Pages serves a project site under /<repository>/: `DOCS_BASE=/talk-call-mock/ npm run docs:build`.
const base = process.env.DOCS_BASE ?? '/'

const guide = [
  {
    text: 'Getting started',
    items: [
      { text: 'Overview', link: '/guide/' },
      { text: 'Install', link: '/guide/install' },
      { text: 'In the browser', link: '/guide/browser' },
      { text: 'The standalone server', link: '/guide/standalone-server' },
    ],
  },
  {
    text: 'Concepts',
    items: [
      { text: 'The world', link: '/guide/world' },
      { text: 'The viewer', link: '/guide/viewer' },
      { text: 'Clients and sessions', link: '/guide/clients-and-sessions' },
      { text: 'The clock and timelines', link: '/guide/clock-and-timelines' },
      { text: 'Internal signaling', link: '/guide/signaling' },
      { text: 'Chat', link: '/guide/chat' },
      { text: 'Scenarios and overlays', link: '/guide/scenarios-and-overlays' },
      { text: 'Worlds as JSON', link: '/guide/world-json' },
      { text: 'Control routes', link: '/guide/control-routes' },
      { text: 'The journal', link: '/guide/journal' },
      { text: 'The conversation object', link: '/guide/conversation-object' },
      { text: 'Talk’s API as served', link: '/guide/talk-api' },
      { text: 'A Nextcloud page', link: '/guide/nextcloud-page' },
      { text: 'Talk’s UI on the mock', link: '/guide/talk-ui' },
      { text: 'Live media', link: '/guide/live-media' },
    ],
  },
]

const recipes = [
  {
    text: 'Recipes',
    items: [
      { text: 'Overview', link: '/recipes/' },
      { text: 'Vue', link: '/recipes/vue' },
      { text: 'React', link: '/recipes/react' },
      { text: 'Storybook 8 and 10', link: '/recipes/storybook' },
      { text: 'Vitest', link: '/recipes/vitest' },
      { text: 'Node tests', link: '/recipes/node' },
      { text: 'Jest', link: '/recipes/jest' },
      { text: 'Playwright', link: '/recipes/playwright' },
      { text: 'Mobile and desktop clients', link: '/recipes/http-clients' },
    ],
  },
]

const reference = [
  {
    text: 'Reference',
    items: [
      { text: 'Overview', link: '/reference/' },
      { text: 'Endpoints', link: '/reference/endpoints' },
      { text: 'Scenarios', link: '/reference/scenarios' },
      { text: 'Timeline events', link: '/reference/timeline' },
      { text: 'Control routes', link: '/reference/control-routes' },
      { text: 'Command line', link: '/reference/cli' },
      { text: 'API', link: '/reference/api/' },
    ],
  },
  {
    text: 'More',
    items: [
      { text: 'Troubleshooting', link: '/troubleshooting' },
      { text: 'Divergences', link: '/divergences' },
      { text: 'Performance', link: '/performance' },
      { text: 'Reliability', link: '/reliability' },
      { text: 'Changelog', link: '/changelog' },
    ],
  },
]

const contributing = [
  {
    text: 'Contributing',
    items: [
      { text: 'Development', link: '/contributing/' },
      { text: 'The playground', link: '/contributing/playground' },
      { text: 'Code blocks', link: '/contributing/code-blocks' },
    ],
  },
]

export default defineConfig({
  title: 'talk-call-mock',
  description: 'A faithful mock of the Nextcloud Talk call API for MSW: browser, Storybook, Node tests, HTTP.',
  base,
  cleanUrls: true,
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/', activeMatch: '/guide/' },
      { text: 'Recipes', link: '/recipes/', activeMatch: '/recipes/' },
      { text: 'Reference', link: '/reference/', activeMatch: '/reference/' },
      { text: 'Troubleshooting', link: '/troubleshooting' },
    ],
    sidebar: {
      '/guide/': guide,
      '/recipes/': recipes,
      '/reference/': reference,
      '/troubleshooting': reference,
      '/divergences': reference,
      '/performance': reference,
      '/reliability': reference,
      '/changelog': reference,
      '/contributing/': contributing,
    },
    search: { provider: 'local' },
    outline: [2, 3],
  },
})
