/** The words of an element's class and id, split at spaces, `-`, `_` and case changes: `photo-credit adTop` → photo, credit, ad, top. */
export function classWords(element: Element): Set<string> {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return new Set(
    names
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter((word) => word !== ''),
  );
}
