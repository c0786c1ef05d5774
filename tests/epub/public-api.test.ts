import { expect, it } from 'vitest';

it('src/epub exports buildEpub and buildAuditBackedEpub and nothing else at run time', async () => {
  expect(Object.keys(await import('../../src/epub/index.js')).sort()).toEqual(['buildAuditBackedEpub', 'buildEpub']);
});
