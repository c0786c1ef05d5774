import { expect, it } from 'vitest';

it('src/epub exports buildEpub, buildAuditBackedEpub and renderOwnCover, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../src/epub/index.js')).sort()).toEqual(['buildAuditBackedEpub', 'buildEpub', 'renderOwnCover']);
});
