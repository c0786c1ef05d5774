import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/epub/palette-png.js';

/** A width × height RGBA raster painted by `colour(x, y)`. */
function raster(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]) {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) pixels.set(colour(x, y), (y * width + x) * 4);
  return { width, height, pixels };
}

describe('palettePng: an indexed-colour PNG of a raster with few colours', () => {
  it('decodes to exactly the RGBA it was given, translucent pixels, repeated and changing rows included', async () => {
    const image = raster(37, 29, (x, y) => (y < 5 || y > 20 ? [250, 247, 240, 255] : x % 3 === 0 ? [30, 36, 48, 255] : (x + y) % 5 === 0 ? [154, 51, 36, 128] : [250, 247, 240, 255]));
    const png = await palettePng(image);
    expect(png).toBeDefined();
    const decoded = PNG.sync.read(Buffer.from(png!));
    expect([decoded.width, decoded.height]).toEqual([37, 29]);
    expect(Buffer.compare(decoded.data, Buffer.from(image.pixels))).toBe(0);
    // Colour type 3 (indexed), 8 bits, with a tRNS chunk for the translucent entry.
    expect([png![24], png![25]]).toEqual([8, 3]);
    expect(Buffer.from(png!).includes('tRNS')).toBe(true);
  });

  it('writes no tRNS chunk for an opaque raster, and the same bytes every time', async () => {
    const image = raster(16, 16, (x) => (x < 8 ? [0, 0, 0, 255] : [255, 255, 255, 255]));
    const [first, second] = [await palettePng(image), await palettePng(image)];
    expect(Buffer.from(first!).includes('tRNS')).toBe(false);
    expect(Buffer.compare(Buffer.from(first!), Buffer.from(second!))).toBe(0);
  });

  it('declines a raster with more than 256 colours (the caller encodes it in full colour)', async () => {
    expect(await palettePng(raster(16, 16, (x, y) => [x, y, 0, 255]))).toBeDefined();
    expect(await palettePng(raster(17, 16, (x, y) => [x, y, 1, 255]))).toBeUndefined();
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(palettePng({ width: 2, height: 2, pixels: new Uint8Array(12) })).rejects.toThrow(RangeError);
  });
});
