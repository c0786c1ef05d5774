import { describe, expect, it } from 'vitest';
import { parseDeclaredRefresh } from '../../src/audit/axe/declared-refresh.js';
import { pageNavigatesFindings } from '../../src/audit/axe/page-navigates.js';

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

  it('reports a refresh the document declares even when no navigation was seen, once with the one seen', () => {
    const declaredOnly = pageNavigatesFindings([], undefined, location, ['https://example.org/']);
    expect(declaredOnly.map((finding) => [finding.ruleId, finding.impact, finding.message])).toEqual([
      ['page-navigates', 'serious', expect.stringContaining('https://example.org/')],
    ]);
    const both = pageNavigatesFindings([{ url: 'https://example.org/', resourceType: 'document', navigation: 'page' }], undefined, location, ['https://example.org/']);
    expect(both).toEqual(declaredOnly);
  });

  it('reports nothing for a page that neither navigated nor declares a refresh', () => {
    expect(pageNavigatesFindings([], undefined, location, [])).toEqual([]);
  });
});
