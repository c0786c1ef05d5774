import { describe, expect, it } from 'vitest';
import type { EpubPackage } from '../../src/audit/epub/read-epub-package.js';
import { EPUB_RULES } from '../../src/audit/epub/rules/index.js';

/** A package that every EPUB rule passes; each case below breaks one thing. */
function cleanPackage(): EpubPackage {
  return {
    files: new Map(),
    opfPath: 'OEBPS/content.opf',
    version: '3.0',
    dublinCore: new Map([['title', ['Titre']], ['language', ['fr']]]),
    properties: new Map([
      ['schema:accessMode', ['textual', 'visual']],
      ['schema:accessModeSufficient', ['textual']],
      ['schema:accessibilityFeature', ['structuralNavigation']],
      ['schema:accessibilityHazard', ['none']],
      ['schema:accessibilitySummary', ['Résumé.']],
    ]),
    manifest: [],
    spine: [],
  };
}

function failing(epub: EpubPackage): string[] {
  return EPUB_RULES.filter((rule) => rule.check(epub).length > 0).map((rule) => rule.id);
}

describe('EPUB package rules', () => {
  it('a clean package: nothing to report', () => {
    expect(failing(cleanPackage())).toEqual([]);
  });

  it.each([
    ['epub-lang', (epub: EpubPackage) => epub.dublinCore.delete('language')],
    ['epub-title', (epub: EpubPackage) => epub.dublinCore.set('title', [''])],
    ['metadata-accessmode', (epub: EpubPackage) => epub.properties.delete('schema:accessMode')],
    ['metadata-accessmode', (epub: EpubPackage) => epub.properties.set('schema:accessMode', ['text'])],
    ['metadata-accessmodesufficient', (epub: EpubPackage) => epub.properties.delete('schema:accessModeSufficient')],
    ['metadata-accessibilityfeature', (epub: EpubPackage) => epub.properties.delete('schema:accessibilityFeature')],
    ['metadata-accessibilityhazard', (epub: EpubPackage) => epub.properties.set('schema:accessibilityHazard', ['dangerous'])],
    ['metadata-accessibilitysummary', (epub: EpubPackage) => epub.properties.delete('schema:accessibilitySummary')],
  ])('%s fails when broken', (ruleId, breakIt) => {
    const epub = cleanPackage();
    breakIt(epub);
    expect(failing(epub)).toEqual([ruleId]);
  });
});
