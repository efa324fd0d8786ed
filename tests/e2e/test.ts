import { test as base, expect } from '@playwright/test';

/** A Content-Security-Policy violation, as the page reported it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Playwright's `test`, with one automatic fixture: every page of the test's context reports its
 * `securitypolicyviolation` events, and the test fails if any came. So the whole browser suite
 * checks that the strict CSP of the production build is never broken, whatever the test does. A
 * test that means to cause a violation takes `csp`, checks it, and empties it.
 */
export const test = base.extend<{ csp: CspViolation[] }>({
  csp: [
    async ({ context }, use) => {
      const seen: CspViolation[] = [];
      await context.exposeBinding('__cspViolation', (_source, violation: CspViolation) => {
        seen.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __cspViolation: (v: CspViolation) => Promise<void> }).__cspViolation;
          void report({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${String(e.lineNumber)}`, sample: e.sample });
        });
      });
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
