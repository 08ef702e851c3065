const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' }

/**
 * Text made safe for HTML content and quoted attributes, as PHP's `htmlspecialchars` (Nextcloud's
 * `p()`) writes it with `ENT_QUOTES`.
 * @example
 * escapeHtml('Zoë <b>') // 'Zoë &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}
