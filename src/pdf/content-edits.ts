/**
 * A change to a content stream at operation boundaries (see `ContentOperation`): the bytes from
 * `from` to `to` (an empty range for a pure insertion) become `text`.
 */
export interface ContentEdit {
  from: number;
  to: number;
  text: string;
}

/** An insertion of `text` at byte offset `at`. */
export function insertion(at: number, text: string): ContentEdit {
  return { from: at, to: at, text };
}

/**
 * The stream's bytes with `edits` made, the original bytes copied unchanged around them. Edits must
 * not overlap; insertions at the same offset keep the order they are given in.
 */
export function editContent(bytes: Uint8Array, edits: readonly ContentEdit[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    parts.push(bytes.subarray(from, edit.from), encoder.encode(edit.text));
    from = Math.max(from, edit.to);
  }
  parts.push(bytes.subarray(from));
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
