/** What goes into the PDF's XMP metadata stream (the same facts as the Info dictionary). */
export interface XmpFields {
  title: string;
  /** BCP 47 tag of the document; also the `xml:lang` of the title and description. */
  language: string;
  creators: readonly string[];
  description?: string;
  subjects: readonly string[];
  /** `pdf:Keywords`: the subjects as one string, as in the Info dictionary. */
  keywords?: string;
  publisher?: string;
  identifier?: string;
  rights?: string;
  /** XMP dates (`2023-06-15T00:00:00Z`). */
  created?: string;
  modified?: string;
  creatorTool: string;
  producer: string;
}

const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
} as const;

/** Room for editors to update the packet in place, as the XMP specification recommends. */
const PADDING = `${' '.repeat(99)}\n`.repeat(20);

/**
 * A complete XMP packet (UTF-8 text) with Dublin Core, XMP basic, Adobe PDF properties and the
 * PDF/UA identification (`pdfuaid:part` 1). All text is XML-escaped.
 */
export function buildXmpPacket(fields: XmpFields): string {
  const lang = attribute(fields.language || 'x-default');
  const properties = [
    simple('dc:format', 'application/pdf'),
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(fields.title)}</rdf:li>` +
      (fields.language ? `<rdf:li xml:lang="${lang}">${text(fields.title)}</rdf:li>` : '') +
      '</rdf:Alt></dc:title>',
    list('dc:creator', 'rdf:Seq', fields.creators),
    fields.description === undefined
      ? ''
      : `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(fields.description)}</rdf:li></rdf:Alt></dc:description>`,
    list('dc:language', 'rdf:Bag', fields.language ? [fields.language] : []),
    list('dc:subject', 'rdf:Bag', fields.subjects),
    list('dc:publisher', 'rdf:Bag', fields.publisher === undefined ? [] : [fields.publisher]),
    fields.identifier === undefined ? '' : simple('dc:identifier', fields.identifier),
    fields.rights === undefined
      ? ''
      : `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${text(fields.rights)}</rdf:li></rdf:Alt></dc:rights>`,
    fields.created === undefined ? '' : simple('xmp:CreateDate', fields.created),
    fields.modified === undefined ? '' : simple('xmp:ModifyDate', fields.modified),
    fields.modified === undefined ? '' : simple('xmp:MetadataDate', fields.modified),
    simple('xmp:CreatorTool', fields.creatorTool),
    simple('pdf:Producer', fields.producer),
    fields.keywords === undefined ? '' : simple('pdf:Keywords', fields.keywords),
    simple('pdfuaid:part', '1'),
  ].filter((property) => property !== '');
  const declarations = Object.entries(NAMESPACES)
    .filter(([prefix]) => prefix !== 'rdf')
    .map(([prefix, uri]) => `\n      xmlns:${prefix}="${uri}"`)
    .join('');
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    `  <rdf:RDF xmlns:rdf="${NAMESPACES.rdf}">\n` +
    `    <rdf:Description rdf:about=""${declarations}>\n` +
    properties.map((property) => `      ${property}\n`).join('') +
    '    </rdf:Description>\n' +
    '  </rdf:RDF>\n' +
    '</x:xmpmeta>\n' +
    PADDING +
    '<?xpacket end="w"?>'
  );
}

function simple(name: string, value: string): string {
  return `<${name}>${text(value)}</${name}>`;
}

function list(name: string, container: 'rdf:Seq' | 'rdf:Bag', values: readonly string[]): string {
  if (values.length === 0) return '';
  const items = values.map((value) => `<rdf:li>${text(value)}</rdf:li>`).join('');
  return `<${name}><${container}>${items}</${container}></${name}>`;
}

/** Character data: escaped, with the characters XML 1.0 forbids removed. */
function text(value: string): string {
  return withoutForbiddenCharacters(value).replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

function attribute(value: string): string {
  return withoutForbiddenCharacters(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function withoutForbiddenCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
