import type { Impact } from '../../../model/finding.js';
import type { EpubPackage } from '../read-epub-package.js';
import { DAISY_KB, DISCOVERY_METADATA_URL, type EpubRule, type EpubViolation } from '../epub-rule.js';

/** The values of a discovery property (`schema:accessMode`…), as Ace reads them: non-empty, refining nothing. */
export function discoveryValues(epub: EpubPackage, property: string): string[] {
  return epub.properties.get(`schema:${property}`) ?? [];
}

/**
 * A rule that a schema.org discovery property is declared (Ace: `metadata-accessmode`…): serious when
 * EPUB Accessibility requires it, moderate when it recommends it.
 */
export function discoveryPresenceRule(property: string, impact: Impact): EpubRule {
  const name = `schema:${property}`;
  return {
    id: `metadata-${property.toLowerCase()}`,
    impact,
    help: `Add <meta property="${name}"> to the package metadata (EPUB Accessibility 1.1, discovery metadata).`,
    helpUrl: DISCOVERY_METADATA_URL,
    check: (epub) => (discoveryValues(epub, property).length > 0 ? [] : [{ message: `The package declares no ${name}.` }]),
  };
}

/**
 * A rule that every value of a discovery property is in its schema.org vocabulary (Ace: `metadata-accessmode-invalid`…,
 * minor). `sets`: values are comma-separated sets (accessModeSufficient). `extra`: further checks of the same rule.
 */
export function discoveryVocabularyRule(
  property: string,
  vocabulary: ReadonlySet<string>,
  options: { sets?: boolean; extra?: (values: string[]) => EpubViolation[] } = {},
): EpubRule {
  const name = `schema:${property}`;
  return {
    id: `metadata-${property.toLowerCase()}-invalid`,
    impact: 'minor',
    help: `Give ${name} only values of the schema.org vocabulary (spelled as it spells them).`,
    helpUrl: `${DAISY_KB}metadata/schema.org/${property}.html`,
    check: (epub) => {
      const values = discoveryValues(epub, property);
      const invalid = values.flatMap((value) => (options.sets ? setProblems(name, value, vocabulary) : vocabulary.has(value) ? [] : [notInVocabulary(name, value)]));
      return [...invalid.map((message) => ({ message })), ...(options.extra?.(values) ?? [])];
    },
  };
}

function notInVocabulary(name: string, value: string): string {
  return `${name} has the value "${value}", which is not in the schema.org vocabulary.`;
}

/** What is wrong with one accessModeSufficient set: members that are not access modes, an access mode repeated, or nothing in it. */
function setProblems(name: string, value: string, vocabulary: ReadonlySet<string>): string[] {
  const members = value.split(',').map((member) => member.trim()).filter((member) => member.length > 0);
  if (members.length === 0) return [`${name} has an empty set "${value}".`];
  const unknown = members.filter((member) => !vocabulary.has(member)).map((member) => notInVocabulary(name, member));
  if (unknown.length > 0) return unknown;
  return new Set(members).size === members.length ? [] : [`${name} repeats an access mode in the set "${value}".`];
}
