/** The story a link without a `story` key opens (a file of `stories/`, less `.json`). */
export const DEFAULT_STORY_ID = '2022-09-13';
