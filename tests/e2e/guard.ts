import { expect, type Page } from '@playwright/test';
import { TRAP_HOST, unsafeMarkup } from '../support/xss.ts';

/** What a page did that it should not have: dialogs, uncaught errors, requests to other hosts. */
export interface Guard {
  dialogs: string[];
  errors: string[];
  foreign: string[];
}

/**
 * Watches a page for any sign that hostile input ran: a dialog (dismissed and recorded), an
 * uncaught error, a request to `xss.invalid` or any host but the preview server's (answered 204 so
 * nothing waits on it).
 */
export async function guard(page: Page): Promise<Guard> {
  const seen: Guard = { dialogs: [], errors: [], foreign: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.route(
    (url) => url.hostname !== '127.0.0.1' || url.hostname.endsWith(TRAP_HOST),
    (route) => {
      seen.foreign.push(route.request().url());
      return route.fulfill({ status: 204, body: '' });
    },
  );
  return seen;
}

/** Nothing ran: no dialog, no page error, no foreign request, no `window.__xss`, no prototype pollution, no markup a payload made. */
export async function expectNothingRan(page: Page, seen: Guard): Promise<void> {
  const inPage = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    polluted: ({} as Record<string, unknown>).polluted,
  }));
  expect(inPage).toEqual({ xss: undefined, polluted: undefined });
  expect(await page.evaluate(unsafeMarkup, 'body')).toEqual([]);
  expect(seen).toEqual({ dialogs: [], errors: [], foreign: [] });
}

/**
 * Sets the hash in the page, as a reader editing the link does, and waits for the app's hashchange
 * handler to have run (or half a second, when the hash did not change).
 */
export async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          resolve();
        };
        window.addEventListener('hashchange', done, { once: true });
        setTimeout(done, 500);
        window.location.hash = h;
      }),
    hash,
  );
}
