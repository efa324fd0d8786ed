import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../vite.config.ts';
import { openApp, waitForMap } from './helpers.ts';
import { expect, test } from './test.ts';

test('the production build carries the strict Content-Security-Policy as a meta tag', async ({ page }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBe(CSP);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  const html = readFileSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), 'utf8');
  // Nothing inline for the policy to refuse: no inline script or style, no style attribute.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style\b|\sstyle="/);
});

test('the policy is enforced, and the suite notices a violation', async ({ page, csp }) => {
  await openApp(page);
  // An inline script and an inline style attribute, as injected markup would bring them.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    document.body.setAttribute('style', 'outline: 9px solid red');
    await new Promise((r) => setTimeout(r, 0));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => csp.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  csp.splice(0); // expected: the automatic check must not fail this test
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the explorer works with no network: reload, the article, the map, layer toggles, a layer not yet loaded, and a pasted article', async ({
    context,
    page,
  }) => {
    await openApp(page);
    // The service worker has installed and precached everything once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((resolve) => {
          registration.active?.addEventListener('statechange', () => {
            if (registration.active?.state === 'activated') resolve();
          });
        });
      }
    });
    // No network at all: the page's requests and the service worker's own are refused.
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await expect(page.locator('.article h2')).toBeVisible();
    await expect(page.locator('.mention').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-geodata', 'idle');
    const box = page.getByRole('checkbox', { name: /held/i }).first();
    await box.uncheck();
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(box).toBeChecked();
    // A layer the first view did not load (the villages, 1.7 MB), read from the cache alone.
    const villages = page.getByRole('checkbox', { name: /Villages of the border/ });
    await villages.check();
    await expect(page.locator('html')).toHaveAttribute('data-geodata', 'idle');
    // A pasted article: the dialog's linker chunk and the gazetteer come from the cache too.
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByLabel('Article text').fill('Shelling near Goris\n\nArmenia said Azerbaijani forces shelled Goris and Kapan overnight.');
    await page.getByRole('button', { name: 'Show on the map' }).click();
    await expect(page.locator('article#article h2')).toHaveText('Shelling near Goris');
    await expect(page.locator('article#article button.mention', { hasText: 'Kapan' })).toBeVisible();
    // Every layer file came from the service worker's cache: no layer reports an error.
    await expect(page.locator('.layer-panel__error:visible, .notice--error')).toHaveCount(0);
    expect(refused, 'requests that reached the (absent) network').toEqual([]);
  });
});
