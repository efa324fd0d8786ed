import gazetteerUrl from '../../geodata/gazetteer.json?url';
import { indexGazetteer, type GazetteerIndex } from './gazetteer.ts';

let pending: Promise<GazetteerIndex> | null = null;

/**
 * The gazetteer, fetched from the page's own origin the first time it is asked for and indexed
 * once. A failure is not kept, so asking again retries.
 */
export function loadGazetteer(url: string = gazetteerUrl): Promise<GazetteerIndex> {
  pending ??= fetchIndex(url).catch((err: unknown) => {
    pending = null;
    throw err;
  });
  return pending;
}

async function fetchIndex(url: string): Promise<GazetteerIndex> {
  return indexGazetteer(await fetchGazetteerFile(url));
}

/**
 * The gazetteer file as parsed JSON, not yet checked or indexed: search indexes it together with
 * the map layers' own features, in an index of its own, so the linker's stays as the file makes it.
 */
export async function fetchGazetteerFile(url: string = gazetteerUrl): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('the place-name index could not be downloaded');
  }
  if (!response.ok) throw new Error(`the place-name index could not be loaded (HTTP ${response.status})`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error('the place-name index is not valid JSON');
  }
}
