import { escapeXml } from '../../markup/escape.js';
import type { ArticleMetadata } from '../../model/metadata.js';
import { safeHref } from '../../sanitize/url-policy.js';
import type { AccessibilityMetadata } from '../accessibility-metadata.js';
import type { Manifest, ManifestItem } from '../manifest.js';
import type { PackageDates } from '../package-dates.js';

export interface PackageSource {
  metadata: ArticleMetadata;
  language: string;
  dates: PackageDates;
  accessibility: AccessibilityMetadata;
  manifest: Manifest;
  /** Identifier of the print edition whose page breaks the book carries (`source-of` pagination). */
  paginationSource?: string;
  /** The narration's package metadata, when the book reads aloud. */
  mediaOverlays?: MediaOverlayMetadata;
}

/** EPUB 3 Media Overlays metadata: each overlay's duration and the total (`media:duration`), narrator, highlight class. */
export interface MediaOverlayMetadata {
  /** Full clock values (`0:01:02.345`) by SMIL manifest item id. */
  durations: ReadonlyArray<{ id: string; duration: string }>;
  total: string;
  narrator: string;
  activeClass: string;
}

const PUBLICATION_ID = 'publication-id';
const PAGINATION_SOURCE_ID = 'pagination-source';

/** The package document (`content.opf`): Dublin Core and accessibility metadata, manifest, spine. */
export function renderPackageDocument(source: PackageSource): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="${PUBLICATION_ID}" xml:lang="${escapeXml(source.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${[...dublinCore(source), ...accessibilityMetas(source.accessibility), ...mediaOverlayMetas(source.mediaOverlays), `<meta name="cover" content="${source.manifest.coverImageId}"/>`].join('\n')}
</metadata>
<manifest>
${source.manifest.items.map(manifestItem).join('\n')}
</manifest>
<spine toc="ncx">
${source.manifest.spine.map((id) => `<itemref idref="${id}"/>`).join('\n')}
</spine>
</package>
`;
}

function dublinCore({ metadata, language, dates, paginationSource }: PackageSource): string[] {
  const creators = metadata.authors.map((author) => author.trim()).filter(Boolean);
  return [
    element('dc:identifier', metadata.identifier, { id: PUBLICATION_ID }),
    element('dc:title', metadata.title),
    element('dc:language', language),
    ...creators.flatMap((creator, index) => [
      element('dc:creator', creator, { id: `creator-${index + 1}` }),
      element('meta', 'aut', { refines: `#creator-${index + 1}`, property: 'role', scheme: 'marc:relators' }),
    ]),
    ...optional('dc:publisher', metadata.publisher?.name),
    ...optional('dc:date', dates.published?.w3cdtf),
    ...optional('dc:description', metadata.description),
    ...metadata.subjects.flatMap((subject) => optional('dc:subject', subject)),
    // URLs from the metadata pass the one URL policy here too: a reading system may show them as links.
    ...optional('dc:rights', metadata.license && [metadata.license.name, safeHref(metadata.license.url)].filter(Boolean).join(' — ')),
    ...optional('dc:source', safeHref(metadata.sourceUrl)),
    ...(paginationSource
      ? [
          element('dc:source', paginationSource, { id: PAGINATION_SOURCE_ID }),
          element('meta', 'pagination', { refines: `#${PAGINATION_SOURCE_ID}`, property: 'source-of' }),
        ]
      : []),
    element('meta', dates.modified, { property: 'dcterms:modified' }),
  ];
}

function accessibilityMetas(accessibility: AccessibilityMetadata): string[] {
  const property = (name: string) => (value: string) => element('meta', value, { property: name });
  const { conformance } = accessibility;
  return [
    ...accessibility.accessModes.map(property('schema:accessMode')),
    ...accessibility.accessModesSufficient.map(property('schema:accessModeSufficient')),
    ...accessibility.features.map(property('schema:accessibilityFeature')),
    ...accessibility.hazards.map(property('schema:accessibilityHazard')),
    property('schema:accessibilitySummary')(accessibility.summary),
    ...(conformance
      ? [
          element('meta', conformance.conformsTo, { property: 'dcterms:conformsTo', id: 'conformance' }),
          element('meta', conformance.certifiedBy, { property: 'a11y:certifiedBy', refines: '#conformance' }),
        ]
      : []),
  ];
}

function mediaOverlayMetas(overlays: MediaOverlayMetadata | undefined): string[] {
  if (!overlays) return [];
  return [
    ...overlays.durations.map(({ id, duration }) => element('meta', duration, { property: 'media:duration', refines: `#${id}` })),
    element('meta', overlays.total, { property: 'media:duration' }),
    element('meta', overlays.narrator, { property: 'media:narrator' }),
    element('meta', overlays.activeClass, { property: 'media:active-class' }),
  ];
}

function manifestItem(item: ManifestItem): string {
  const properties = item.properties.length > 0 ? ` properties="${item.properties.join(' ')}"` : '';
  const overlay = item.mediaOverlay ? ` media-overlay="${escapeXml(item.mediaOverlay)}"` : '';
  return `<item id="${item.id}" href="${escapeXml(item.href)}" media-type="${escapeXml(item.mediaType)}"${properties}${overlay}/>`;
}

/** An element when the value is there and not blank; nothing otherwise. */
function optional(name: string, value: string | undefined | false): string[] {
  return value && value.trim() ? [element(name, value.trim())] : [];
}

function element(name: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
  const serialized = Object.entries(attributes)
    .map(([attribute, value]) => ` ${attribute}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${serialized}>${escapeXml(text)}</${name}>`;
}
