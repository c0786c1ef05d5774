import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningService, startService } from '../../src/service/serve.js';
import { DEFAULT_LIMITS, type ServiceLimits, type ServiceOptions } from '../../src/service/service-options.js';
import { testBrowserPath } from '../support/browser.js';

/** A service on a free loopback port with a store folder of its own. */
export async function startTestService(overrides: Partial<Omit<ServiceOptions, 'limits'>> & { limits?: Partial<ServiceLimits> } = {}): Promise<RunningService & { store: string; dispose(): Promise<void> }> {
  const store = mkdtempSync(join(tmpdir(), 'colophon-store-'));
  const service = await startService({
    host: '127.0.0.1',
    port: 0,
    executablePath: testBrowserPath(),
    storeDir: store,
    ...overrides,
    limits: { ...DEFAULT_LIMITS, concurrency: 1, shutdownGraceMs: 5000, ...overrides.limits },
  });
  return {
    ...service,
    store,
    async dispose() {
      await service.close();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

export const MARKDOWN_ARTICLE = `---
title: A short article
language: en
date: 2026-11-30
---

The harbour reopened on Monday after two years of works.

![A drawing of the new quay.](quay.svg "The new quay. (Drawing: City)")

Boats came back the same morning.
`;

export const QUAY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#357"/></svg>';

/** A multipart body: the article, its images and the options. */
export function buildForm(article: { name: string; text: string }, files: Record<string, string | Uint8Array> = {}, options?: unknown): FormData {
  const form = new FormData();
  form.append('article', new Blob([article.text]), article.name);
  for (const [name, body] of Object.entries(files)) form.append('files', new Blob([typeof body === 'string' ? body : new Uint8Array(body)]), name);
  if (options !== undefined) form.append('options', JSON.stringify(options));
  return form;
}
