import * as lzString from 'lz-string';
import { cleanStory } from './clean.ts';
import type { Story } from './model.ts';

/**
 * A story carried in a link: its JSON, compressed with lz-string into characters a URL keeps as
 * they are. A link over `MAX_PAYLOAD` characters is too long to share reliably (chat apps and mail
 * clients cut them), so the story is offered as a file instead.
 */
export const MAX_PAYLOAD = 16_000;

// lz-string is CommonJS: Node gives its functions as the default export, bundlers as named ones.
const lz = (lzString as unknown as { default?: typeof lzString }).default ?? lzString;

/**
 * The story, compressed for a link. lz-string's "+" becomes "_": readers of links such as
 * URLSearchParams take a "+" for a space.
 */
export function encodeStory(story: Story): string {
  return lz.compressToEncodedURIComponent(JSON.stringify(story)).replace(/\+/g, '_');
}

/**
 * The story a link carries, checked. Throws an Error with a reader-facing message when the link
 * was cut or altered.
 */
export function decodeStory(payload: string): { story: Story; dropped: number } {
  let json: unknown;
  try {
    const text = lz.decompressFromEncodedURIComponent(payload.replace(/_/g, '+'));
    if (!text) throw new Error('empty');
    json = JSON.parse(text) as unknown;
    return cleanStory(json);
  } catch {
    throw new Error('the story in this link is damaged or was cut short');
  }
}
