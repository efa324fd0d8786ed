import type { CDPSession } from '@playwright/test';

/** The page's JS heap in use, in bytes, after three forced garbage collections (CDP). */
export async function gcHeap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((r) => setTimeout(r, 100));
  }
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}
