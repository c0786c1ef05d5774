/**
 * The glyphs a TrueType font program defines: glyph ids whose outline in 'glyf' is not empty (per 'loca'), read from
 * the table directory, 'head' (loca format), 'maxp' (glyph count) and 'loca'. Undefined when the program is not a
 * TrueType font this reader understands (then the rules that need it say nothing rather than guess).
 */
export function truetypeGlyphs(program: Uint8Array): Set<number> | undefined {
  try {
    const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
    const version = view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) return undefined;
    const tables = new Map<string, { offset: number; length: number }>();
    const count = view.getUint16(4);
    for (let at = 0; at < count; at += 1) {
      const record = 12 + at * 16;
      const tag = String.fromCharCode(program[record]!, program[record + 1]!, program[record + 2]!, program[record + 3]!);
      tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
    }
    const head = tables.get('head');
    const maxp = tables.get('maxp');
    const loca = tables.get('loca');
    if (!head || !maxp || !loca) return undefined;
    const longOffsets = view.getInt16(head.offset + 50) === 1;
    const glyphs = view.getUint16(maxp.offset + 4);
    const offsetOf = (gid: number): number => (longOffsets ? view.getUint32(loca.offset + gid * 4) : view.getUint16(loca.offset + gid * 2) * 2);
    const present = new Set<number>();
    for (let gid = 0; gid < glyphs; gid += 1) if (offsetOf(gid + 1) > offsetOf(gid)) present.add(gid);
    return present;
  } catch {
    return undefined;
  }
}

/**
 * The (platform, encoding) pairs of a TrueType font program's 'cmap' subtables; undefined when the program is not a
 * TrueType font this reader understands, [] when it has no 'cmap' table.
 */
export function truetypeCmaps(program: Uint8Array): Array<[platform: number, encoding: number]> | undefined {
  try {
    const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
    const version = view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) return undefined;
    const count = view.getUint16(4);
    for (let at = 0; at < count; at += 1) {
      const record = 12 + at * 16;
      if (String.fromCharCode(program[record]!, program[record + 1]!, program[record + 2]!, program[record + 3]!) !== 'cmap') continue;
      const offset = view.getUint32(record + 8);
      const subtables = view.getUint16(offset + 2);
      return Array.from({ length: subtables }, (_, index): [number, number] => [view.getUint16(offset + 4 + index * 8), view.getUint16(offset + 6 + index * 8)]);
    }
    return [];
  } catch {
    return undefined;
  }
}
