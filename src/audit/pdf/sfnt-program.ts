import * as fontkit from 'fontkit';
import { cffTable, glyphsByName } from './cff-program.js';
import type { FontProgram } from './font-program.js';

/** A 'cmap' subtable as fontkit decodes it (formats 0, 4, 6, 12; fontkit's table objects are untyped). */
interface CmapSubtable {
  version: number;
  codeMap?: ArrayLike<number> & { get?(index: number): number };
  segCount?: number;
  startCode?: Indexed;
  endCode?: Indexed;
  idDelta?: Indexed;
  idRangeOffset?: Indexed;
  glyphIndexArray?: Indexed;
  firstCode?: number;
  glyphIndices?: Indexed;
  nGroups?: number;
  groups?: { get(index: number): { startCharCode: number; endCharCode: number; glyphID: number } };
}

interface Indexed {
  get(index: number): number;
}

/**
 * A TrueType or OpenType program (/FontFile2, /FontFile3 /OpenType), read with fontkit: glyph count, 'cmap'
 * subtables, advance widths from 'hmtx' scaled from unitsPerEm to thousandths of the em, and, for a CFF-based
 * OpenType program, the glyph names or CIDs of its CFF table. Undefined when fontkit cannot read it.
 */
export function readSfntProgram(program: Uint8Array): FontProgram | undefined {
  let font: fontkit.Font;
  let cmapTables: Array<{ platformID: number; encodingID: number; table: CmapSubtable }>;
  let scale: number;
  let glyphCount: number;
  try {
    const created = fontkit.create(Buffer.from(program.buffer, program.byteOffset, program.byteLength));
    if (!('numGlyphs' in created)) return undefined;
    font = created as fontkit.Font;
    // 'maxp' and 'head' are required tables: a program without them is not judged.
    glyphCount = font.numGlyphs;
    scale = 1000 / font.unitsPerEm;
    if (!Number.isInteger(glyphCount) || !Number.isFinite(scale)) return undefined;
    cmapTables = (font as unknown as { cmap?: { tables?: typeof cmapTables } }).cmap?.tables ?? [];
  } catch {
    return undefined;
  }
  const tables = font as unknown as Record<string, unknown>;
  const fact: FontProgram = {
    format: 'sfnt',
    glyphCount,
    cmap: (platform, encoding) => {
      const subtable = cmapTables.find((table) => table.platformID === platform && table.encodingID === encoding)?.table;
      return subtable ? (code) => lookup(subtable, code) : undefined;
    },
    width: (glyph) => {
      if (glyph < 0 || glyph >= glyphCount) return undefined;
      try {
        return font.getGlyph(glyph).advanceWidth * scale;
      } catch {
        return undefined;
      }
    },
  };
  let cff: ReturnType<typeof cffTable>;
  try {
    cff = (tables['CFF '] ?? undefined) as ReturnType<typeof cffTable>;
  } catch {
    cff = undefined;
  }
  if (cff && !cff.isCIDFont) fact.glyphByName = glyphsByName(cff, glyphCount);
  return fact;
}

/** The glyph a subtable maps a code to (0: none), as ISO/IEC 14496-22 5.2.1 defines each format. */
function lookup(cmap: CmapSubtable, code: number): number {
  try {
    switch (cmap.version) {
      case 0:
        return (cmap.codeMap?.get ? cmap.codeMap.get(code) : cmap.codeMap?.[code]) ?? 0;
      case 4: {
        let low = 0;
        let high = (cmap.segCount ?? 0) - 1;
        while (low <= high) {
          const mid = (low + high) >> 1;
          if (code < cmap.startCode!.get(mid)) high = mid - 1;
          else if (code > cmap.endCode!.get(mid)) low = mid + 1;
          else {
            const rangeOffset = cmap.idRangeOffset!.get(mid);
            if (rangeOffset === 0) return (code + cmap.idDelta!.get(mid)) & 0xffff;
            const glyph = cmap.glyphIndexArray!.get(rangeOffset / 2 + (code - cmap.startCode!.get(mid)) - (cmap.segCount! - mid)) ?? 0;
            return glyph === 0 ? 0 : (glyph + cmap.idDelta!.get(mid)) & 0xffff;
          }
        }
        return 0;
      }
      case 6:
        return cmap.glyphIndices!.get(code - cmap.firstCode!) ?? 0;
      case 12: {
        for (let index = 0; index < (cmap.nGroups ?? 0); index += 1) {
          const group = cmap.groups!.get(index);
          if (code >= group.startCharCode && code <= group.endCharCode) return group.glyphID + (code - group.startCharCode);
        }
        return 0;
      }
      default:
        return 0;
    }
  } catch {
    return 0;
  }
}
