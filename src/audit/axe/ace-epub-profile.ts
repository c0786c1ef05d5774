/**
 * Ace by DAISY's axe configuration for EPUB content documents (node_modules/@daisy/ace-core/lib/scripts/ace-axe.js and
 * the axe build it runs, @daisy/axe-core-for-ace), applied to Colophon's axe-core so that an EPUB audit reports what Ace
 * reports, under the same ids:
 *
 * - the rule set: Ace runs every rule axe enables, best-practice ones too (aria-allowed-role, landmark-unique…), so an
 *   EPUB's default tags are WCAG 2.0/2.1/2.2 A and AA plus best-practice (`EPUB_AXE_TAGS` in audit-epub.ts);
 * - four rules Ace turns off for EPUB (below): a book's cover or title page has no landmarks, headings or skip links to give;
 * - landmark-one-main as in Ace's build: it forbids a second main landmark and asks for none (a navigation document has none);
 * - aria-allowed-role with DPUB-ARIA roles allowed where Ace's build allows them: doc-biblioentry and doc-endnote (roles
 *   DPUB-ARIA 1.1 deprecated) on any element that takes any role, as before axe-core 4.12 tied them to list items.
 *
 * Ace's own rules of its axe build, pagebreak-label and epub-type-has-matching-role, are EPUB rules in
 * src/audit/epub/rules/ (axe-core has neither).
 */
/** axe rules Ace turns off for EPUB (ace-axe.js: `bypass`, `region`, `page-has-heading-one`, `landmark-complementary-is-top-level`). */
export const ACE_DISABLED_RULES: readonly string[] = ['bypass', 'region', 'page-has-heading-one', 'landmark-complementary-is-top-level'];

/** The deprecated DPUB-ARIA roles Ace's axe build allows wherever the element allows any role. */
export const ACE_ALLOWED_DEPRECATED_DPUB_ROLES: readonly string[] = ['doc-biblioentry', 'doc-endnote'];

/**
 * Script evaluated in the page (through DevTools, after axe and before `axe.run`) that configures axe as Ace does.
 * A string, not a function: what runs in the page is exactly this text, whatever a bundler does to functions.
 */
export const ACE_EPUB_AXE_SETUP = `(() => {
  const axe = window.axe;
  const allowedAnywhere = ${JSON.stringify(ACE_ALLOWED_DEPRECATED_DPUB_ROLES)};
  axe.configure({
    rules: [{ id: 'landmark-one-main', all: [{ id: 'page-no-duplicate-main', options: { selector: "main:not([role]), [role='main']" } }], any: [], none: [] }],
    checks: [{
      id: 'aria-allowed-role',
      evaluate: function (node, options, virtualNode) {
        const aria = axe.commons.aria;
        const allowImplicit = options && options.allowImplicit !== undefined ? options.allowImplicit : true;
        const unallowed = aria.getElementUnallowedRoles(virtualNode, allowImplicit)
          .filter((role) => !(allowedAnywhere.includes(role) && aria.isAriaRoleAllowedOnElement(virtualNode, role)));
        if (unallowed.length === 0) return true;
        this.data(unallowed);
        return axe.commons.dom.isVisibleToScreenReaders(virtualNode) ? false : undefined;
      },
    }],
  });
  return true;
})()`;

/** axe.run's `rules` option for an EPUB content document: Ace's four rules off. */
export function aceRuleSwitches(): Record<string, { enabled: boolean }> {
  return Object.fromEntries(ACE_DISABLED_RULES.map((rule) => [rule, { enabled: false }]));
}
