import { storyProblems, type Story } from './model.ts';

/** Fetches a story by URL and checks its shape; throws an Error with a reader-facing message. */
export async function loadStory(url: string): Promise<Story> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('the article could not be downloaded');
  }
  if (!response.ok) throw new Error(`the article could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error('the article file is not valid JSON');
  }
  const problems = storyProblems(json);
  if (problems.length > 0) throw new Error(`the article file is malformed: ${problems.slice(0, 3).join('; ')}`);
  return json as Story;
}
