import { PNG } from 'pngjs';

/** A box of pixels, edges included. */
export interface InkBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CoverInk {
  width: number;
  height: number;
  /** Runs of rows holding dark text pixels (the cover's ink, #1e2430), top to bottom: one a line of text. */
  textLines: InkBox[];
  /** The same for the accent colour (#9a3324): the band and the rule. */
  accentBlocks: InkBox[];
}

/**
 * Where a cover has ink, read from its PNG by scanning rows and columns (layout, not pixels): a text pixel is
 * a dark neutral one, an accent pixel a dark red one, the paper neither. Rows closer than `gap` are one line,
 * so that accents and descenders stay with their line.
 */
export function coverInk(png: Uint8Array, gap = 6): CoverInk {
  const image = PNG.sync.read(Buffer.from(png));
  const text = (r: number, g: number, b: number) => r < 120 && g < 120 && b < 130 && Math.abs(r - b) < 60;
  const accent = (r: number, g: number, b: number) => r > 110 && r - g > 60 && r - b > 60;
  return { width: image.width, height: image.height, textLines: boxes(image, text, gap), accentBlocks: boxes(image, accent, gap) };
}

function boxes(image: PNG, matches: (r: number, g: number, b: number) => boolean, gap: number): InkBox[] {
  const found: InkBox[] = [];
  let current: InkBox | undefined;
  for (let y = 0; y < image.height; y += 1) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < image.width; x += 1) {
      const at = (y * image.width + x) * 4;
      if (!matches(image.data[at] ?? 255, image.data[at + 1] ?? 255, image.data[at + 2] ?? 255)) continue;
      if (left < 0) left = x;
      right = x;
    }
    if (left < 0) continue;
    if (current && y - current.bottom <= gap) {
      current.bottom = y;
      current.left = Math.min(current.left, left);
      current.right = Math.max(current.right, right);
    } else {
      current = { top: y, bottom: y, left, right };
      found.push(current);
    }
  }
  return found;
}
