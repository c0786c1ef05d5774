/** The standard structure types of ISO 32000-1, 14.8.4 (PDF 1.7), which PDF/UA-1 builds on. */
export const STANDARD_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

export interface RoleMapping {
  /** The standard type the type stands for; undefined when its mapping never reaches one. */
  standardType?: string;
  /** Following /RoleMap from the type comes back to a type already met (`/LI /LI` included). */
  circular: boolean;
  /** The type is standard and /RoleMap maps it anyway. */
  remapped: boolean;
}

/**
 * Follows /RoleMap from `type` to a standard type. A standard type stands for itself (remapping one is
 * pdfua-7.1-t07's finding, and the element still means its standard type); a non-standard type is mapped, possibly
 * through other non-standard types, until a standard one (veraPDF's rules 7.1-t05 and 7.1-t06).
 */
export function roleMapping(type: string, roleMap: ReadonlyMap<string, string>): RoleMapping {
  const remapped = STANDARD_TYPES.has(type) && roleMap.has(type);
  const seen = new Set<string>([type]);
  let standardType: string | undefined = STANDARD_TYPES.has(type) ? type : undefined;
  let circular = false;
  for (let at = roleMap.get(type); at !== undefined; at = roleMap.get(at)) {
    if (seen.has(at)) {
      circular = true;
      break;
    }
    seen.add(at);
    if (standardType === undefined && STANDARD_TYPES.has(at)) standardType = at;
    if (STANDARD_TYPES.has(at)) break;
  }
  return { ...(standardType !== undefined && { standardType }), circular, remapped };
}
