/**
 * What the glyph rules (7.21.4.1-t02, 7.21.4.2-t01, 7.21.5-t01) read of an embedded font program, whatever its format
 * (TrueType/OpenType, bare CFF, Type 1): its glyphs, how codes reach them, and their advance widths.
 */
export interface FontProgram {
  format: 'sfnt' | 'cff' | 'type1';
  glyphCount: number;
  /** Glyph index of each glyph name (Type 1 and name-keyed CFF programs); undefined when the program names no glyphs. */
  glyphByName?: ReadonlyMap<string, number>;
  /** Glyph index of a CID in a CID-keyed CFF program (undefined: the program has no glyph for it). */
  glyphOfCid?(cid: number): number | undefined;
  /** The program's 'cmap' subtable for (platform, encoding): code → glyph index (0: none); undefined when it has none. */
  cmap?(platform: number, encoding: number): ((code: number) => number) | undefined;
  /** Glyph names by code of the program's own encoding (Type 1 programs), when it has one. */
  builtinEncoding?: ReadonlyMap<number, string>;
  /** A glyph's advance width in thousandths of the em (the unit of /Widths); undefined when it cannot be read. */
  width(glyph: number): number | undefined;
}
