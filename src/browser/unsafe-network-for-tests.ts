/**
 * TEST ONLY — never exported from src/index.ts. A launch option that switches the renderer's network
 * defences off, one layer or both, so that Colophon's security tests can show each layer holding alone
 * (tests/security/defence-in-depth.test.ts):
 * - `lockdownFlags: false`: Chromium starts without `NETWORK_LOCKDOWN_ARGS` (request interception alone);
 * - `requestBlocking: false`: every request outside the in-memory site is let through instead of refused,
 *   and navigations elsewhere are followed (the launch flags alone);
 * - both false: the sanitizer alone, and the control that Chromium, launched as Colophon launches it,
 *   does reach the tests' recording server.
 *
 * The key is a symbol: no options object read from data (JSON, YAML, command-line flags) can carry it,
 * and the package exports only src/index.ts, so a library user cannot import it either.
 */
export const UNSAFE_NETWORK_FOR_TESTS: unique symbol = Symbol('colophon.unsafeNetworkForTests');

export interface UnsafeNetwork {
  /** false: launch without `NETWORK_LOCKDOWN_ARGS`. */
  lockdownFlags: boolean;
  /** false: continue requests outside the site instead of refusing them. */
  requestBlocking: boolean;
}

export interface TestOnlyLaunchOptions {
  /** TEST ONLY: see `UNSAFE_NETWORK_FOR_TESTS`. */
  [UNSAFE_NETWORK_FOR_TESTS]?: Partial<UnsafeNetwork>;
}

/** The network defences launch options ask for: both, unless the test-only key switches one off. */
export function networkDefences(options: object): UnsafeNetwork {
  const asked = (options as TestOnlyLaunchOptions)[UNSAFE_NETWORK_FOR_TESTS];
  return { lockdownFlags: asked?.lockdownFlags !== false, requestBlocking: asked?.requestBlocking !== false };
}
