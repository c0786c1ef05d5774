import { describe, expect, it } from 'vitest';
import { artifactInsertions, wrapUntaggedContent } from '../../src/pdf/artifact-wrapping.js';
import { editContent, insertion } from '../../src/pdf/content-edits.js';
import { parseContentStream } from '../../src/pdf/content-stream.js';
import { nestedOrder } from '../../src/pdf/page-content-rewrite.js';
import { softHyphenEdits } from '../../src/pdf/soft-hyphen-text.js';

const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const text = (data: Uint8Array): string => Buffer.from(data).toString('latin1');

/** The two passes one after the other, each parsing the stream the previous one wrote (what `finishPdf` used to do). */
function sequential(content: string): string {
  const wrapped = wrapUntaggedContent(bytes(content)).bytes;
  return text(editContent(wrapped, softHyphenEdits(parseContentStream(wrapped)).edits));
}

/** One parse, both edit lists against the original bytes (what `rewritePageContents` does a page). */
function combined(content: string): string {
  const operations = parseContentStream(bytes(content));
  return text(editContent(bytes(content), nestedOrder(artifactInsertions(operations), softHyphenEdits(operations).edits)));
}

/** The opening and closing operators in order, checking that every EMC closes something. */
function nesting(content: string): string[] {
  const trail: string[] = [];
  let depth = 0;
  for (const { operator, operands } of parseContentStream(bytes(content))) {
    if (operator === 'BMC' || operator === 'BDC') {
      depth += 1;
      trail.push(`${operands[0]?.kind === 'name' ? operands[0].value : '?'}(`);
    } else if (operator === 'EMC') {
      depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
      trail.push(')');
    }
  }
  expect(depth).toBe(0);
  return trail;
}

const SOFT_HYPHEN = '/Span <</ActualText <FEFF00AD>>> BDC <0001> Tj EMC';

describe('one pass over a page: artifacts and soft hyphens together', () => {
  it('gives the same stream as the two passes, where a line breaks in tagged text', () => {
    const content = `/P <</MCID 0>> BDC BT <0002> Tj ${SOFT_HYPHEN} ET BT <0003> Tj ET EMC\nq 0 0 10 10 re f Q`;
    expect(combined(content)).toBe(sequential(content));
    expect(combined(content)).toContain('/Span <</ActualText ()>> BDC\nBT <0003> Tj ET\nEMC');
    expect(combined(content)).toContain('/Artifact BMC\n0 0 10 10 re f');
  });

  it('gives the same stream as the two passes for an untagged running head broken at a soft hyphen', () => {
    // The artifact opens at the first BT and closes at the stream's end, where the hyphen's span closes too.
    const content = `BT <0002> Tj ${SOFT_HYPHEN} ET BT <0003> Tj ET`;
    const result = combined(content);
    expect(result).toBe(sequential(content));
    expect(nesting(result)).toEqual(['Artifact(', 'Span(', ')', 'Span(', ')', ')']);
  });

  it('puts the soft-hyphen span inside an artifact opening or closing at the same offset, whatever order the lists come in', () => {
    const artifact = [insertion(0, '/Artifact BMC\n'), insertion(9, '\nEMC\n')];
    const span = [insertion(0, '/Span <</ActualText ()>> BDC\n'), insertion(9, '\nEMC\n')];
    const content = 'BT (-) Tj ET';
    for (const [outer, inner] of [
      [artifact, span],
      [[...artifact].reverse(), [...span].reverse()],
    ]) {
      const result = text(editContent(bytes(content), nestedOrder(outer ?? [], inner ?? [])));
      expect(result.startsWith('/Artifact BMC\n/Span <</ActualText ()>> BDC\nBT')).toBe(true);
    }
    // Given in the other order, the span would open first and the artifact's EMC would close it.
    const careless = text(editContent(bytes(content), [...span, ...artifact]));
    expect(careless.startsWith('/Span')).toBe(true);
  });
});
