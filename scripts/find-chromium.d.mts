/** Finds a Chromium: $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own browser. */
export function findChromium(env?: NodeJS.ProcessEnv): { path: string; from: string } | null;
/** Flags for headless Chromium on this kind of machine (root, closed network, SwiftShader WebGL). */
export const CHROMIUM_ARGS: string[];
