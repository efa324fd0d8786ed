import { el } from './dom.ts';

/**
 * Non-blocking messages for readers (a broken data file, a link naming an unknown place), in a
 * polite live region. Each can be dismissed; none blocks the map. `remove` clears them and their
 * timers.
 */
export class Notices {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly root: HTMLElement) {
    root.setAttribute('role', 'status');
    root.setAttribute('aria-live', 'polite');
  }

  /** Shows a message; info fades after `timeoutMs`, errors stay until dismissed. */
  show(message: string, kind: 'info' | 'error' = 'info', timeoutMs = kind === 'error' ? 0 : 20_000): void {
    if ([...this.root.children].some((c) => c.firstChild?.textContent === message)) return;
    const notice = el('div', `notice notice--${kind}`);
    const text = el('p', 'notice__text', message);
    const close = el('button', 'notice__close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => {
      notice.remove();
    });
    notice.append(text, close);
    this.root.append(notice);
    if (timeoutMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        notice.remove();
      }, timeoutMs);
      this.timers.add(timer);
    }
  }

  /** Removes every message and its timer. */
  remove(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.root.replaceChildren();
  }
}
