import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './test.ts';
import type { Page } from '@playwright/test';
import { expectHash, openApp, waitForMap } from './helpers.ts';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url)), 'utf8');

async function openArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Open an article' }).click();
  await expect(page.getByRole('dialog', { name: 'Open an article' })).toBeVisible();
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Show on the map' }).click();
}

test('a pasted story replaces the article, its places are buttons, and one opens the right popup', async ({ page }) => {
  const gazetteer: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/gazetteer-')) gazetteer.push(r.url());
  });
  await openApp(page);
  expect(gazetteer, 'the gazetteer waits for the dialog').toEqual([]);
  await openArticle(page, fixture('multi.txt'));
  await expect(page.getByRole('dialog', { name: 'Open an article' })).toBeHidden();
  expect(gazetteer).toHaveLength(1);
  const article = page.locator('article#article');
  await expect(article.locator('h2')).toHaveText('Shelling near Jermuk and Goris, Armenia says');
  await expect(article).toContainText('Places found automatically: check them.');
  await expect(article.locator('p[id^="p"]')).toHaveCount(3);
  await expect(article.locator('#p1 button.mention')).toHaveText(['Armenia', 'Jermuk', 'Goris', 'Kapan', 'Baku', 'Lachin', 'Kalbajar']);
  await expectHash(page, 'story', 'pasted');
  await expectHash(page, 't', '2022-09-13');

  await article.locator('#p3').getByRole('button', { name: 'Vardenis' }).click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('.atlas-popup__title').first()).toHaveText('Vardenis');
  await expect(popup).toContainText('In the article');
  await expect(popup.locator('.atlas-popup__quote[data-paragraph="3"]')).toBeVisible();
  await expectHash(page, 'sel', 'clashes-2022/vardenis');
});

test('the pasted story is still there after a reload, and the link opens it in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await openArticle(page, fixture('multi.txt'));
  await expect(page.locator('article#article h2')).toHaveText('Shelling near Jermuk and Goris, Armenia says');
  await expectHash(page, 'st', /^[A-Za-z0-9_$-]{100,}$/);
  const url = page.url();

  await page.reload();
  await waitForMap(page);
  await expect(page.locator('article#article h2')).toHaveText('Shelling near Jermuk and Goris, Armenia says');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForMap(other);
  await expect(other.locator('article#article h2')).toHaveText('Shelling near Jermuk and Goris, Armenia says');
  await expect(other.locator('#p1 button.mention')).toHaveCount(7);
  await expect(other.locator('#p2').getByRole('button', { name: 'Sotk' })).toBeVisible();
  await fresh.close();
});

test('markup and script in a pasted text render as text, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await openArticle(page, fixture('hostile.txt'));
  const article = page.locator('article#article');
  await expect(article.locator('h2')).toContainText('<img src=x onerror=alert(1)> in Goris');
  await expect(article.locator('#p1')).toContainText("<script>alert('x')</script>");
  await expect(article.locator('#p2')).toContainText('<a href="javascript:alert(4)">Kapan</a>');
  expect(await article.locator('img, script, svg, a').count()).toBe(0);
  await article.locator('#p1').getByRole('button', { name: 'Goris' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText("<script>alert('x')</script>");
  expect(await page.locator('.maplibregl-popup img, .maplibregl-popup script').count()).toBe(0);
  // Nothing can have fired by now: the popup drew the text after every handler would have run.
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('bad input gets a message in the dialog, and the text stays', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an article' });
  await page.getByRole('button', { name: 'Show on the map' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Paste the text of an article first, or choose a file.');
  await page.getByLabel('Article text').fill('A recipe\n\nMix flour and water, then bake for an hour.');
  await page.getByRole('button', { name: 'Show on the map' }).click();
  await expect(dialog.getByRole('status')).toContainText('found no places it knows');
  await expect(page.getByLabel('Article text')).toHaveValue(/Mix flour/);
  await page.getByLabel('Article text').fill('x'.repeat(200_001));
  await page.getByRole('button', { name: 'Show on the map' }).click();
  await expect(dialog.getByRole('status')).toContainText('longer than 200,000 characters');
  await expect(page.locator('article#article h2')).toContainText('Kremlin says Putin');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a story file with targets the map lacks drops them, with a notice', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open an article' }).click();
  const story = {
    id: 'file',
    title: 'A file',
    outlet: 'Desk',
    agencies: [],
    date: '2021-05-12',
    paragraphs: [
      {
        n: 1,
        text: 'Troops crossed near Goris and Atlantis.',
        mentions: [
          { text: 'Goris', target: 'places/goris' },
          { text: 'Atlantis', target: 'atlantis/1' },
        ],
      },
    ],
  };
  await page.locator('input[type=file]').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.locator('article#article h2')).toHaveText('A file');
  await expect(page.locator('#p1 button.mention')).toHaveText(['Goris']);
  await expect(page.locator('#notices')).toContainText('1 link in that file named places the map does not have');
  await expectHash(page, 't', '2021-05-12');
});

test('a damaged story link says so, and the map still works', async ({ page }) => {
  await openApp(page, '#story=pasted&st=N4IglgJiBcIBIDMBOB9A9gWwQQwOYJQGdiBzEAXyA');
  await expect(page.locator('#article')).toContainText('Sorry: the story in this link is damaged');
  await page.locator('.maplibregl-canvas').click({ position: { x: 400, y: 300 } });
  await expect(page.locator('.layer-panel')).toBeVisible();
});

test('a story too long for a link: Copy link says so and offers the story as a file', async ({ page }) => {
  // About 60 KB of text that compresses poorly: words from a fixed pseudo-random sequence.
  let seed = 7;
  const word = (): string => {
    let w = '';
    for (let i = 0; i < 3 + (seed % 6); i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += String.fromCharCode(97 + (seed % 26));
    }
    return w;
  };
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${String(i + 1)} near Goris: ${Array.from({ length: 150 }, word).join(' ')}.`);
  await openApp(page);
  await openArticle(page, `Title: A long report from Goris\nDate: 2022-09-14\n\n${paragraphs.join('\n\n')}`);
  await expect(page.locator('article#article h2')).toHaveText('A long report from Goris');
  await expectHash(page, 'story', 'pasted');
  await expectHash(page, 'st', null);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.share-control [role=status]')).toContainText('This story is too long for a link');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download story (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pasted-2022-09-14-[a-z0-9]+\.json$/);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as { title: string; paragraphs: unknown[] };
  expect([saved.title, saved.paragraphs.length]).toEqual(['A long report from Goris', 60]);
});
