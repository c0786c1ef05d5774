import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBrowser } from '../../src/config/browser-location.js';
import { ColophonError } from '../../src/errors.js';

function fakeBinary(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
}

describe('locateBrowser: explicit, PUPPETEER_EXECUTABLE_PATH, system, puppeteer cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'colophon-browser-'));
  const explicit = fakeBinary(dir, 'explicit');
  const fromEnvironment = fakeBinary(dir, 'from-env');
  const system = fakeBinary(dir, 'system');
  const cache = join(dir, 'cache');
  mkdirSync(join(cache, 'chrome', 'linux-131.0', 'chrome-linux64'), { recursive: true });
  const cached = fakeBinary(join(cache, 'chrome', 'linux-131.0', 'chrome-linux64'), 'chrome');
  const environment = { PUPPETEER_EXECUTABLE_PATH: fromEnvironment };

  it('takes them in that order', () => {
    expect(locateBrowser({ explicit, environment, systemPaths: [system], puppeteerCache: cache })).toBe(explicit);
    expect(locateBrowser({ environment, systemPaths: [system], puppeteerCache: cache })).toBe(fromEnvironment);
    expect(locateBrowser({ environment: {}, systemPaths: [join(dir, 'absent'), system], puppeteerCache: cache })).toBe(system);
    expect(locateBrowser({ environment: {}, systemPaths: [], puppeteerCache: cache })).toBe(cached);
  });

  it('says how to get a browser when there is none', () => {
    const attempt = () => locateBrowser({ environment: {}, systemPaths: [], puppeteerCache: join(dir, 'empty-cache') });
    expect(attempt).toThrow(ColophonError);
    try {
      attempt();
    } catch (error) {
      expect((error as ColophonError).code).toBe('BROWSER_NOT_FOUND');
      expect((error as ColophonError).hint).toMatch(/apt-get install -y chromium/);
    }
  });

  it('refuses a named browser that does not exist instead of silently using another', () => {
    expect(() => locateBrowser({ explicit: join(dir, 'missing'), systemPaths: [system] })).toThrow(/does not exist/);
  });
});
