import { describe, expect, it } from 'vitest';
import { curlApostrophes, frenchSpacing } from '../../src/document/typography.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typography', () => {
  it('curls straight apostrophes between letters only', () => {
    expect(curlApostrophes("l'OTAN d’un 'mot'")).toBe("l’OTAN d’un 'mot'");
  });

  it('puts no-break spaces where French wants them', () => {
    expect(frenchSpacing('Source : OTAN')).toBe(`Source${NBSP}: OTAN`);
    expect(frenchSpacing('Vraiment ? Oui ! Bon ; fin')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Bon${NNBSP}; fin`);
    expect(frenchSpacing('« continue de faire la différence »')).toBe(`«${NBSP}continue de faire la différence${NBSP}»`);
    expect(frenchSpacing('4 200 soldats')).toBe(`4${NNBSP}200 soldats`);
  });

  it('leaves times, URLs and years alone', () => {
    expect(frenchSpacing('à 7:30 sur https://exemple.fr en 1999')).toBe('à 7:30 sur https://exemple.fr en 1999');
  });
});
