/** What `h` accepts as a child: nodes, text, and nothing (skipped). @example const children: Child[] = ['Hi', null] */
export type Child = Node | string | number | null | undefined | false

type AttributeValue = string | number | boolean | null | undefined | ((event: Event) => void)

/**
 * Creates an element: attributes (`onclick` and friends become listeners, `true` an empty
 * attribute, `false`/`null`/`undefined` none) and children.
 * @example
 * h('button', { type: 'button', class: 'btn', onclick: () => join() }, 'Join call')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else if (value === true) element.setAttribute(name, '')
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value))
  }
  element.append(...children.filter(isPresent).map((child) => (typeof child === 'number' ? String(child) : child)))
  return element
}

/**
 * Replaces an element's children.
 * @example
 * replaceChildren(list, ...items)
 */
export function replaceChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(
    ...children.filter(isPresent).map((child) => (typeof child === 'number' ? String(child) : child)),
  )
}

function isPresent(child: Child): child is Node | string | number {
  return child !== null && child !== undefined && child !== false
}
