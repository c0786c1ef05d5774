/**
 * DPUB-ARIA roles Chromium's PDF tagging does not know: it tags a link with `role="doc-noteref"` or
 * `role="doc-backlink"` as NonStruct instead of Link (PDF/UA-1 7.18.5), and the list inside `role="doc-endnotes"`
 * as an L of NonStruct items (7.2). The print page drops these roles, which a PDF cannot carry anyway; the web page
 * and the EPUB keep them.
 */
export function rolesForPrint(articleHtml: string): string {
  return articleHtml.replace(/ role="doc-(noteref|backlink|endnotes|footnote)"/g, '');
}
