/**
 * The page's polite live region: one sentence at a time about what just changed. The region is
 * in the page from the start (a region added late is often not heard); `remove` empties it.
 */
export class Announcer {
  constructor(private readonly root: HTMLElement) {
    root.setAttribute('role', 'status');
    root.setAttribute('aria-live', 'polite');
    root.setAttribute('aria-atomic', 'true');
  }

  /** Replaces what the region says. */
  say(text: string): void {
    this.root.textContent = text;
  }

  remove(): void {
    this.root.textContent = '';
  }
}
