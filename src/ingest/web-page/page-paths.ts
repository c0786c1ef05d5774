/** Each body element's place among its parent's elements in the page as saved, kept through removals, clones and extraction. */
const POSITION = 'data-colophon-at';

/** Stamps every body element with its position (`nth-child`) in the page as saved, before anything is removed. */
export function stampPagePositions(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const parent of [body, ...Array.from(body.querySelectorAll('*'))]) {
    Array.from(parent.children).forEach((child, index) => child.setAttribute(POSITION, String(index + 1)));
  }
}

/**
 * Where an element stood in the page as saved, as a CSS selector: from the nearest ancestor with a plain id
 * (`#story > article:nth-child(1) > video:nth-child(3)`), else from the body. Positions are those of the saved page,
 * not of the page after furniture was removed, so the selector finds the element in the file the user has.
 */
export function pagePath(element: Element): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const name = current.tagName.toLowerCase();
    if (name === 'body' || name === 'html') return ['body', ...steps].join(' > ');
    const id = current.getAttribute('id') ?? '';
    if (/^[A-Za-z][\w-]*$/.test(id)) return [`#${id}`, ...steps].join(' > ');
    const position = current.getAttribute(POSITION);
    steps.unshift(position ? `${name}:nth-child(${position})` : name);
  }
  return steps.join(' > ');
}

/** Takes the stamps off before the body is serialized (they are Colophon's, not the page's). */
export function removePagePositions(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(`[${POSITION}]`))) element.removeAttribute(POSITION);
  root.removeAttribute(POSITION);
}
