import { el } from './dom.ts';

/** What a reader is told when a link names something this map does not have. */
export function notOnMapMessage(ref: string): string {
  return `This link points to “${ref}”, which is not on this map. Showing the map without it.`;
}

/** A button a notice offers beside its text. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

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

  /**
   * Shows a message; info fades after `timeoutMs` (0: stays), errors stay until dismissed. An
   * `action` adds a button beside the text (e.g. "Reload").
   */
  show(message: string, kind: 'info' | 'error' = 'info', timeoutMs = kind === 'error' ? 0 : 20_000, action?: NoticeAction): void {
    if ([...this.root.children].some((c) => c instanceof HTMLElement && c.dataset.message === message)) return;
    const notice = el('div', `notice notice--${kind}`);
    notice.dataset.message = message;
    const text = el('p', 'notice__text', message);
    if (action) {
      const button = el('button', 'notice__action', action.label);
      button.type = 'button';
      button.addEventListener('click', () => {
        action.run();
      });
      text.append(' ', button);
    }
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
