/** What a conversation's fallback avatar shows: several people, one person, or the wide world. */
export type ConversationIcon = 'group' | 'user' | 'public' | 'federation'

/** Shapes of the mock's own icons on a 500 × 500 canvas. */
const SHAPES: Record<ConversationIcon, string> = {
  user: '<circle cx="250" cy="190" r="80"/><path d="M110 400c0-80 63-130 140-130s140 50 140 130z"/>',
  group:
    '<circle cx="180" cy="200" r="60"/><circle cx="330" cy="200" r="60"/>' +
    '<path d="M70 380c0-60 50-100 110-100s110 40 110 100z"/><path d="M220 380c0-60 50-100 110-100s110 40 110 100z"/>',
  public:
    '<circle cx="250" cy="250" r="140" fill="none" stroke-width="28"/>' +
    '<path d="M110 250h280M250 110c-70 80-70 200 0 280M250 110c70 80 70 200 0 280" fill="none" stroke-width="22"/>',
  federation:
    '<circle cx="250" cy="250" r="140" fill="none" stroke-width="28"/><circle cx="250" cy="250" r="45"/>' +
    '<path d="M250 110v95M250 295v95M110 250h95M295 250h95" fill="none" stroke-width="22"/>',
}

/**
 * The avatar of a conversation without a picture of its own, drawn by the mock (Talk sends an icon
 * of its own for each kind): the icon in Nextcloud's blue on a pale tint of it (dark variant: on
 * dark grey), 512 pixels, SVG, as Talk's avatar route sends its icons.
 * @example
 * renderConversationIcon('group', false) // '<svg xmlns="http://www.w3.org/2000/svg" width="512" …'
 */
export function renderConversationIcon(icon: ConversationIcon, dark: boolean): string {
  const background = dark ? '#3b3b3b' : '#e5f2f9'
  const colour = dark ? '#4ca8de' : '#0082c9'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 500 500">` +
    `<rect width="500" height="500" fill="${background}"/>` +
    `<g fill="${colour}" stroke="${colour}">${SHAPES[icon]}</g></svg>\n`
  )
}
