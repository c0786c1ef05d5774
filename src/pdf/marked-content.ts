import type { ContentOperand, ContentOperation } from './content-stream.js';

/**
 * What the content operators mean for tagging (ISO 32000-1, 14.6 and 14.8): which operations put
 * marks on the page ("content items", in veraPDF's words), and which marked-content sequence each one
 * sits in. A mark is tagged when an enclosing sequence has an MCID (the structure tree points at
 * it), and an artifact when an enclosing sequence is `/Artifact`.
 */

export type PaintKind = 'text' | 'path' | 'image' | 'xobject' | 'shading';

const TEXT_SHOWING = ['Tj', 'TJ', "'", '"'];
/** `n` ends a path without painting it (a clipping path): it marks nothing, so it is not content. */
const PATH_PAINTING = ['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'];
export const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** One lookup an operation (this runs for every operator of every page). */
const PAINT_KINDS = new Map<string, PaintKind>([
  ...TEXT_SHOWING.map((operator) => [operator, 'text'] as const),
  ...PATH_PAINTING.map((operator) => [operator, 'path'] as const),
  ['BI', 'image'],
  ['Do', 'xobject'],
  ['sh', 'shading'],
]);

/** The kind of mark an operation makes, or undefined for state, construction and marked-content operators. */
export function paintKind(operator: string): PaintKind | undefined {
  return PAINT_KINDS.get(operator);
}

export function beginsMarkedContent(operation: ContentOperation): boolean {
  return operation.operator === 'BMC' || operation.operator === 'BDC';
}

export interface MarkedContentSequence {
  tag: string;
  mcid?: number;
}

/** Looks up a named property list (`/Tag /P0 BDC`) in the resources' `/Properties`; returns its MCID. */
export type PropertyListMcid = (name: string) => number | undefined;

/** The tag and MCID a `BMC`/`BDC` opens. */
export function markedContentOf(operation: ContentOperation, namedMcid?: PropertyListMcid): MarkedContentSequence {
  const [tag, properties] = operation.operands;
  const sequence: MarkedContentSequence = { tag: tag?.kind === 'name' ? tag.value : '' };
  const mcid = operation.operator === 'BDC' ? mcidOf(properties, namedMcid) : undefined;
  if (mcid !== undefined) sequence.mcid = mcid;
  return sequence;
}

function mcidOf(properties: ContentOperand | undefined, namedMcid?: PropertyListMcid): number | undefined {
  if (properties?.kind === 'dict') {
    const mcid = properties.entries.get('MCID');
    return mcid?.kind === 'number' ? mcid.value : undefined;
  }
  if (properties?.kind === 'name') return namedMcid?.(properties.value);
  return undefined;
}

export interface UntaggedMark {
  kind: PaintKind;
  operator: string;
  /** Index of the operation in the stream. */
  index: number;
}

/** The marks that are neither inside an MCID sequence (tagged) nor inside an `/Artifact` sequence. */
export function untaggedMarks(operations: readonly ContentOperation[], namedMcid?: PropertyListMcid): UntaggedMark[] {
  const open: MarkedContentSequence[] = [];
  const marks: UntaggedMark[] = [];
  operations.forEach((operation, index) => {
    if (beginsMarkedContent(operation)) open.push(markedContentOf(operation, namedMcid));
    else if (operation.operator === 'EMC') open.pop();
    const kind = paintKind(operation.operator);
    if (kind && !open.some((sequence) => sequence.tag === 'Artifact' || sequence.mcid !== undefined)) {
      marks.push({ kind, operator: operation.operator, index });
    }
  });
  return marks;
}
