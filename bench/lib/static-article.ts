import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The yardstick for "the article first" (issue 15): a plain static page holding the same article,
 * the `<article>` the app's build put in its index.html, with the app's stylesheets and nothing
 * else (no script). Returns the page's HTML; throws when the build's page has no article in it.
 */
export function staticArticleHtml(appIndexHtml: string): string {
  const article = /<article id="article"[\s\S]*?<\/article>/.exec(appIndexHtml)?.[0];
  if (!article || !article.includes('id="p1"')) throw new Error("the app's index.html holds no prerendered article (no #p1)");
  const styles = appIndexHtml.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(appIndexHtml)?.[0] ?? '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    ${csp}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Bench: the article as a static page</title>
    ${styles.join('\n    ')}
  </head>
  <body>
    <div class="app"><main class="app__main">${article}</main></div>
  </body>
</html>
`;
}

/** Writes `static-article.html` beside the app's index.html (the bench's own copy of the build). */
export function writeStaticArticle(distApp: string): string {
  const file = join(distApp, 'static-article.html');
  writeFileSync(file, staticArticleHtml(readFileSync(join(distApp, 'index.html'), 'utf8')));
  return file;
}
