import type { Impact } from '../../../model/finding.js';
import { DISCOVERY_METADATA_URL, type EpubRule } from '../epub-rule.js';

/** A rule that one schema.org discovery property is declared, and only with values of its vocabulary. */
export function discoveryMetadataRule(property: string, impact: Impact, vocabulary?: ReadonlySet<string>): EpubRule {
  const name = `schema:${property}`;
  return {
    id: `metadata-${property.toLowerCase()}`,
    impact,
    help: `Declare ${name} in the package metadata (EPUB Accessibility 1.1, discovery metadata).`,
    helpUrl: DISCOVERY_METADATA_URL,
    check: (epub) => {
      const values = (epub.properties.get(name) ?? []).filter((value) => value.length > 0);
      if (values.length === 0) return [`The package declares no ${name}.`];
      if (!vocabulary) return [];
      return values
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => !vocabulary.has(value))
        .map((value) => `${name} has the value "${value}", which is not in the schema.org vocabulary.`);
    },
  };
}

export const ACCESS_MODES = new Set(['auditory', 'chartOnVisual', 'chemOnVisual', 'colorDependent', 'diagramOnVisual', 'mathOnVisual', 'musicOnVisual', 'tactile', 'textOnVisual', 'textual', 'visual']);
