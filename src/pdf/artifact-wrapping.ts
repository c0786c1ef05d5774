import { editContent, insertion, type ContentEdit } from './content-edits.js';
import { parseContentStream, type ContentOperation } from './content-stream.js';
import { PATH_CONSTRUCTION, beginsMarkedContent, markedContentOf, paintKind } from './marked-content.js';

const OPEN_ARTIFACT = '/Artifact BMC\n';
const CLOSE_ARTIFACT = '\nEMC\n';

export interface WrappedContent {
  bytes: Uint8Array;
  /** How many `/Artifact` sequences were added (0: the stream is returned unchanged). */
  artifacts: number;
}

/**
 * Wraps every mark that Chromium left outside any marked-content sequence (page background,
 * running head, page number, borders drawn by the page box) in `/Artifact BMC … EMC`, as PDF/UA
 * wants of content that is not part of the structure tree. The original bytes are copied; only the
 * two operators are inserted, and only where the syntax allows them:
 * - never inside a path object (the artifact opens before the path's first construction operator),
 * - never across a text object boundary: a text object with no marked content of its own is wrapped
 *   whole; inside one that has some, the artifact opens and closes within BT … ET,
 * - never around or across a tagged sequence (one with an MCID): an open artifact closes before it;
 *   sequences that tag nothing (Chromium's `/Span <</ActualText …>>` in a running head) go inside,
 * - never across the end of an enclosing sequence: the artifact closes before that EMC.
 * Sequences Chromium opened stay exactly as they are, also where they span q/Q.
 */
export function wrapUntaggedContent(bytes: Uint8Array): WrappedContent {
  const insertions = artifactInsertions(parseContentStream(bytes));
  if (insertions.length === 0) return { bytes, artifacts: 0 };
  return { bytes: editContent(bytes, insertions), artifacts: countArtifacts(insertions) };
}

/** How many artifact sequences `artifactInsertions` opens. */
export function countArtifacts(insertions: readonly ContentEdit[]): number {
  return insertions.filter((edit) => edit.text === OPEN_ARTIFACT).length;
}

/** Our open artifact: how many of the stream's own sequences enclose it, and whether it is inside a text object. */
interface OpenArtifact {
  depth: number;
  inText: boolean;
}

/** The insertions (`/Artifact BMC`, `EMC`) that make a parsed stream's untagged marks artifacts; see `wrapUntaggedContent`. */
export function artifactInsertions(operations: readonly ContentOperation[]): ContentEdit[] {
  const insertions: ContentEdit[] = [];
  /** The stream's own open sequences: does each tag its content (MCID) or make it an artifact? */
  const sequences: boolean[] = [];
  let artifact: OpenArtifact | undefined;
  let inText = false;
  let pathStart: number | undefined;
  const covered = (): boolean => artifact !== undefined || sequences.includes(true);
  const open = (at: number): void => {
    insertions.push(insertion(at, OPEN_ARTIFACT));
    artifact = { depth: sequences.length, inText };
  };
  /** Closes our artifact if it is the innermost sequence (always so in practice). */
  const close = (at: number): void => {
    if (artifact?.depth !== sequences.length) return;
    insertions.push(insertion(at, CLOSE_ARTIFACT));
    artifact = undefined;
  };

  operations.forEach((operation, index) => {
    const { operator } = operation;
    if (beginsMarkedContent(operation)) {
      const covering = coversContent(operation);
      if (covering) close(operation.start);
      sequences.push(covering);
    } else if (operator === 'EMC') {
      close(operation.start);
      sequences.pop();
    } else if (operator === 'BT') {
      const text = textObjectAt(operations, index);
      if (artifact && !text.wrappable) close(operation.start);
      else if (!covered() && text.wrappable && text.paints) open(operation.start);
      inText = true;
    } else if (operator === 'ET') {
      inText = false;
      if (artifact?.inText) close(operation.start);
    } else if (PATH_CONSTRUCTION.has(operator)) {
      pathStart ??= operation.start;
    } else if (operator === 'n' || paintKind(operator) === 'path') {
      if (operator !== 'n' && !covered()) open(pathStart ?? operation.start);
      pathStart = undefined;
    } else if (paintKind(operator) && !covered()) {
      open(operation.start);
    }
  });
  const last = operations.at(-1);
  if (last && artifact) insertions.push(insertion(last.end, CLOSE_ARTIFACT));
  return insertions;
}

/** A sequence with an MCID is tagged content, an /Artifact one is an artifact; others (`/Span <</ActualText …>>`) are neither. */
function coversContent(operation: ContentOperation): boolean {
  const sequence = markedContentOf(operation);
  return sequence.mcid !== undefined || sequence.tag === 'Artifact';
}

/**
 * Whether the text object opened at `index` can go whole into an artifact (it holds no tagged or
 * artifact sequence, and closes every sequence it opens), and whether it shows text at all.
 */
function textObjectAt(operations: readonly ContentOperation[], index: number): { wrappable: boolean; paints: boolean } {
  let wrappable = true;
  let paints = false;
  let balance = 0;
  for (let at = index + 1; at < operations.length; at += 1) {
    const operation = operations[at];
    if (!operation || operation.operator === 'ET') break;
    if (beginsMarkedContent(operation)) {
      balance += 1;
      if (coversContent(operation)) wrappable = false;
    } else if (operation.operator === 'EMC' && --balance < 0) wrappable = false;
    if (paintKind(operation.operator)) paints = true;
  }
  return { wrappable: wrappable && balance === 0, paints };
}
