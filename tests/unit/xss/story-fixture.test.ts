import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyProblems } from '../../../src/story/model.ts';
import { hostileStory } from '../../support/hostile-story.ts';
import { PAYLOADS } from '../../support/xss.ts';

const FILE = path.resolve(import.meta.dirname, '../../fixtures/stories/xss-hostile.json');

describe('the hostile fixture story', () => {
  it('is hostileStory(PAYLOADS): every payload in a paragraph (REGEN=1 rewrites it)', () => {
    const expected = `${JSON.stringify(hostileStory(PAYLOADS), null, 1)}\n`;
    if (process.env.REGEN === '1') writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('has the shape of a story, and its settings are bundled in the test build', async () => {
    expect(storyProblems(JSON.parse(readFileSync(FILE, 'utf8')) as unknown)).toEqual([]);
    // Imported here, so that REGEN=1 can rewrite a file the bundler cannot read.
    const { bundledStory } = await import('../../../src/story/registry.ts');
    expect(bundledStory('xss-hostile')?.settings.events).toHaveLength(2);
  });
});
