import { registerSW } from 'virtual:pwa-register';
import { Notices } from '../views/notices.ts';

/** What a reader is told when a new version has been fetched in the background. */
export const UPDATE_MESSAGE = 'A new version is ready — reload to use it.';

/**
 * Registers the service worker that precaches the app, the MapLibre worker and every data file,
 * so a second visit works with no network. A new version waits: the reader is told it is ready
 * and chooses when to reload, so files never change under an open session. Registered from this
 * file, not an inline script, so the Content-Security-Policy stays strict. Its messages go in
 * `noticeRoot`, beside the app's own. Does nothing where service workers are unavailable (a file:
 * URL, some private modes); the dev server's stand-in registers nothing.
 */
export function connectOffline(noticeRoot: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const notices = new Notices(noticeRoot);
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      notices.show(UPDATE_MESSAGE, 'info', 0, {
        label: 'Reload',
        run: () => {
          void update(true);
        },
      });
    },
    onRegisterError: (error: unknown) => {
      // Offline use is a bonus: the page works without it, so this is only logged.
      console.warn('The offline copy could not be set up:', error);
    },
  });
}
