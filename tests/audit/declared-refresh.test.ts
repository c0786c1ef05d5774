import { describe, expect, it } from 'vitest';
import { parseDeclaredRefresh } from '../../src/audit/axe/declared-refresh.js';
import { pageNavigatesFindings } from '../../src/audit/axe/page-navigates.js';
import { SITE_ORIGIN, siteUrl } from '../../src/browser/in-memory-site.js';

const BASE = 'https://colophon.invalid/EPUB/chapter.xhtml';

/**
 * A `<meta http-equiv="refresh">`'s content read as the HTML standard's shared declarative refresh steps read it:
 * the audit reports where a refresh with no delay sends the page from what the document declares, not only from
 * the navigation Chromium may or may not have asked for before axe ended.
 */
describe('parseDeclaredRefresh', () => {
  it.each([
    ['0', { seconds: 0, url: BASE }],
    ['  5  ', { seconds: 5, url: BASE }],
    ['.5', { seconds: 0, url: BASE }],
    ['0.9; url=next.xhtml', { seconds: 0, url: 'https://colophon.invalid/EPUB/next.xhtml' }],
    ['0;url=https://example.org', { seconds: 0, url: 'https://example.org/' }],
    ['0, URL = "https://example.org/a b"', { seconds: 0, url: 'https://example.org/a%20b' }],
    ["0; Url='https://example.org/q'ignored", { seconds: 0, url: 'https://example.org/q' }],
    ['0 https://example.org/bare', { seconds: 0, url: 'https://example.org/bare' }],
    ["0; 'https://example.org/quoted'", { seconds: 0, url: 'https://example.org/quoted' }],
    // "ur" then no "l": the whole rest is the address, as written (relative here).
    ['0; urn', { seconds: 0, url: 'https://colophon.invalid/EPUB/urn' }],
    ['3;url=/top', { seconds: 3, url: 'https://colophon.invalid/top' }],
  ])('%j → %j', (content, expected) => {
    expect(parseDeclaredRefresh(content, BASE)).toEqual(expected);
  });

  it.each(['', 'url=https://example.org', 'soon', '0x; url=https://example.org', '0; url=http://[bad'])('%j is no refresh', (content) => {
    expect(parseDeclaredRefresh(content, BASE)).toBeUndefined();
  });
});

describe('page-navigates from a declared refresh', () => {
  const location = { file: 'page.html' };
  const entry = 'index.html';
  const messages = (findings: readonly { ruleId: string; impact: string; message: string }[]) => findings.map((finding) => [finding.ruleId, finding.impact, finding.message]);

  it('reports a refresh the document declares even when no navigation was seen, once with the one seen', () => {
    const declaredOnly = pageNavigatesFindings({ blocked: [], lost: undefined, location, declared: ['https://example.org/'], entry });
    expect(messages(declaredOnly)).toEqual([['page-navigates', 'serious', expect.stringContaining('navigate by itself to https://example.org/;')]]);
    const both = pageNavigatesFindings({ blocked: [{ url: 'https://example.org/', resourceType: 'document', navigation: 'page' }], lost: undefined, location, declared: ['https://example.org/'], entry });
    expect(both).toEqual(declaredOnly);
  });

  it('names a target in the audited files by its path, and the page itself as itself (not by the browser’s internal address)', () => {
    const findings = pageNavigatesFindings({ blocked: [], lost: undefined, location, declared: [siteUrl('index.html'), siteUrl('EPUB/chapter 2.xhtml')], entry });
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('navigate by itself to itself (it reloads);'),
      expect.stringContaining('navigate by itself to EPUB/chapter 2.xhtml;'),
    ]);
    expect(findings.map((finding) => finding.message).join(' ')).not.toContain(SITE_ORIGIN);
  });

  it('reports nothing for a page that neither navigated nor declares a refresh', () => {
    expect(pageNavigatesFindings({ blocked: [], lost: undefined, location, declared: [], entry })).toEqual([]);
  });
});
