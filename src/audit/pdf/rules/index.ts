import type { PdfRule } from '../pdf-rule.js';
import { annotationTabOrder } from './annotation-tab-order.js';
import { dcTitle } from './dc-title.js';
import { displayDocTitle } from './display-doc-title.js';
import { documentLanguage } from './document-language.js';
import { embeddedFonts } from './embedded-fonts.js';
import { figureAlt } from './figure-alt.js';
import { headingNesting } from './heading-nesting.js';
import { imageFigure } from './image-figure.js';
import { linkContents } from './link-contents.js';
import { marked } from './marked.js';
import { metadataStream } from './metadata-stream.js';
import { structParentEntry } from './struct-parent-entry.js';
import { structTreeRoot } from './struct-tree-root.js';
import { uaIdentifier } from './ua-identifier.js';
import { untaggedContent } from './untagged-content.js';
import { tableKids } from './table-kids.js';
import { tableRowParent } from './table-row-parent.js';
import { tableHeadParent } from './table-head-parent.js';
import { tableBodyParent } from './table-body-parent.js';
import { tableFootParent } from './table-foot-parent.js';
import { tableHeaderCellParent } from './table-header-cell-parent.js';
import { tableDataCellParent } from './table-data-cell-parent.js';
import { tableRowKids } from './table-row-kids.js';
import { tableHeadCount } from './table-head-count.js';
import { tableFootCount } from './table-foot-count.js';
import { tableFootBody } from './table-foot-body.js';
import { tableHeadBody } from './table-head-body.js';
import { tableCaptionPosition } from './table-caption-position.js';
import { listItemParent } from './list-item-parent.js';
import { listBodyParent } from './list-body-parent.js';
import { listKids } from './list-kids.js';
import { listItemKids } from './list-item-kids.js';
import { tocItemParent } from './toc-item-parent.js';
import { tocKids } from './toc-kids.js';
import { tocCaptionFirst } from './toc-caption-first.js';
import { tableHeadKids } from './table-head-kids.js';
import { tableBodyKids } from './table-body-kids.js';
import { tableFootKids } from './table-foot-kids.js';
import { tableCaptionCount } from './table-caption-count.js';
import { listCaptionFirst } from './list-caption-first.js';
import { outlineLanguage } from './outline-language.js';
import { actualTextLanguage } from './actual-text-language.js';
import { altLanguage } from './alt-language.js';
import { expansionLanguage } from './expansion-language.js';
import { annotationLanguage } from './annotation-language.js';
import { fieldTooltipLanguage } from './field-tooltip-language.js';
import { languageTag } from './language-tag.js';
import { spanActualTextLanguage } from './span-actual-text-language.js';
import { spanAltLanguage } from './span-alt-language.js';
import { spanExpansionLanguage } from './span-expansion-language.js';
import { metadataLanguage } from './metadata-language.js';
import { uaPart } from './ua-part.js';
import { uaPartPrefix } from './ua-part-prefix.js';
import { uaAmdPrefix } from './ua-amd-prefix.js';
import { uaCorrPrefix } from './ua-corr-prefix.js';
import { artifactInContent } from './artifact-in-content.js';
import { contentInArtifact } from './content-in-artifact.js';
import { suspects } from './suspects.js';
import { roleMappedToStandard } from './role-mapped-to-standard.js';
import { circularRoleMap } from './circular-role-map.js';
import { standardTypeRemapped } from './standard-type-remapped.js';
import { headingKids } from './heading-kids.js';
import { headingHMixed } from './heading-h-mixed.js';
import { headingHnMixed } from './heading-hn-mixed.js';
import { formulaAlt } from './formula-alt.js';
import { noteId } from './note-id.js';
import { noteIdUnique } from './note-id-unique.js';
import { optionalContentName } from './optional-content-name.js';
import { optionalContentAs } from './optional-content-as.js';
import { embeddedFileNames } from './embedded-file-names.js';
import { dynamicXfa } from './dynamic-xfa.js';
import { accessibilityPermission } from './accessibility-permission.js';
import { referenceXObjects } from './reference-xobjects.js';
import { fileHeader } from './file-header.js';
import { annotationTagged } from './annotation-tagged.js';
import { annotationDescription } from './annotation-description.js';
import { fieldDescription } from './field-description.js';
import { trapNet } from './trap-net.js';
import { widgetForm } from './widget-form.js';
import { linkTagged } from './link-tagged.js';
import { mediaClipType } from './media-clip-type.js';
import { mediaClipAlt } from './media-clip-alt.js';
import { fileAttachmentNames } from './file-attachment-names.js';
import { printerMark } from './printer-mark.js';
import { cidSystemInfo } from './cid-system-info.js';
import { cidToGidMap } from './cid-to-gid-map.js';
import { cmapEmbedded } from './cmap-embedded.js';
import { cmapWMode } from './cmap-wmode.js';
import { cmapReferences } from './cmap-references.js';
import { truetypeEncoding } from './truetype-encoding.js';
import { symbolicTruetypeEncoding } from './symbolic-truetype-encoding.js';
import { unicodeMapping } from './unicode-mapping.js';
import { unicodeValues } from './unicode-values.js';
import { notdefGlyph } from './notdef-glyph.js';
import { tableCellOverlap } from './table-cell-overlap.js';
import { tableColumnRows } from './table-column-rows.js';
import { tableRowColumns } from './table-row-columns.js';
import { tableRowWidth } from './table-row-width.js';
import { tableHeaderScope } from './table-header-scope.js';
import { tableHeadersKnown } from './table-headers-known.js';
import { formXObjectReuse } from './form-xobject-reuse.js';
import { cidSet } from './cid-set.js';
import { formElementKids } from './form-element-kids.js';
import { truetypeCmap } from './truetype-cmap.js';
import { symbolicTruetypeCmap } from './symbolic-truetype-cmap.js';
import { glyphPresent } from './glyph-present.js';
import { type1CharSet } from './type1-charset.js';
import { glyphWidths } from './glyph-widths.js';

/** Every PDF rule, in report order (by clause of ISO 14289-1). */
export const PDF_RULES: readonly PdfRule[] = [
  uaIdentifier,
  marked,
  untaggedContent,
  metadataStream,
  dcTitle,
  displayDocTitle,
  structTreeRoot,
  structParentEntry,
  documentLanguage,
  figureAlt,
  imageFigure,
  headingNesting,
  annotationTabOrder,
  linkContents,
  embeddedFonts,
  tableKids,
  tableRowParent,
  tableHeadParent,
  tableBodyParent,
  tableFootParent,
  tableHeaderCellParent,
  tableDataCellParent,
  tableRowKids,
  tableHeadCount,
  tableFootCount,
  tableFootBody,
  tableHeadBody,
  tableCaptionPosition,
  listItemParent,
  listBodyParent,
  listKids,
  listItemKids,
  tocItemParent,
  tocKids,
  tocCaptionFirst,
  tableHeadKids,
  tableBodyKids,
  tableFootKids,
  tableCaptionCount,
  listCaptionFirst,
  outlineLanguage,
  actualTextLanguage,
  altLanguage,
  expansionLanguage,
  annotationLanguage,
  fieldTooltipLanguage,
  languageTag,
  spanActualTextLanguage,
  spanAltLanguage,
  spanExpansionLanguage,
  metadataLanguage,
  uaPart,
  uaPartPrefix,
  uaAmdPrefix,
  uaCorrPrefix,
  artifactInContent,
  contentInArtifact,
  suspects,
  roleMappedToStandard,
  circularRoleMap,
  standardTypeRemapped,
  headingKids,
  headingHMixed,
  headingHnMixed,
  formulaAlt,
  noteId,
  noteIdUnique,
  optionalContentName,
  optionalContentAs,
  embeddedFileNames,
  dynamicXfa,
  accessibilityPermission,
  referenceXObjects,
  fileHeader,
  annotationTagged,
  annotationDescription,
  fieldDescription,
  trapNet,
  widgetForm,
  linkTagged,
  mediaClipType,
  mediaClipAlt,
  fileAttachmentNames,
  printerMark,
  cidSystemInfo,
  cidToGidMap,
  cmapEmbedded,
  cmapWMode,
  cmapReferences,
  truetypeEncoding,
  symbolicTruetypeEncoding,
  unicodeMapping,
  unicodeValues,
  notdefGlyph,
  tableCellOverlap,
  tableColumnRows,
  tableRowColumns,
  tableRowWidth,
  tableHeaderScope,
  tableHeadersKnown,
  formXObjectReuse,
  cidSet,
  formElementKids,
  truetypeCmap,
  symbolicTruetypeCmap,
  glyphPresent,
  type1CharSet,
  glyphWidths,
];
