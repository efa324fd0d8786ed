import type { IControl } from 'maplibre-gl';
import { el } from './dom.ts';

/**
 * A "Copy link" map control. Copies the page URL (the hash holds the whole view) with the
 * Clipboard API; where that is refused, shows the link in a text field, selected, to copy by hand.
 */
export class ShareControl implements IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private field: HTMLInputElement | null = null;
  private status: HTMLElement | null = null;

  onAdd(): HTMLElement {
    const container = el('div', 'maplibregl-ctrl maplibregl-ctrl-group share-control');
    const button = el('button', 'share-control__button', 'Copy link');
    button.type = 'button';
    button.title = 'Copy a link to this view';
    button.addEventListener('click', this.onClick);
    const status = el('span', 'share-control__status');
    status.setAttribute('role', 'status');
    const field = el('input', 'share-control__field');
    field.type = 'text';
    field.readOnly = true;
    field.hidden = true;
    field.setAttribute('aria-label', 'Link to this view');
    container.append(button, field, status);
    this.container = container;
    this.button = button;
    this.field = field;
    this.status = status;
    return container;
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onClick);
    this.container?.remove();
    this.container = this.button = this.field = this.status = null;
  }

  private readonly onClick = (): void => {
    void this.copy();
  };

  private async copy(): Promise<void> {
    const url = window.location.href;
    try {
      // Absent outside secure contexts, whatever the DOM types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      this.say('Link copied');
      if (this.field) this.field.hidden = true;
    } catch {
      this.showField(url);
    }
  }

  private showField(url: string): void {
    if (!this.field) return;
    this.field.value = url;
    this.field.hidden = false;
    this.field.focus();
    this.field.select();
    this.say('Press Ctrl+C (⌘C) to copy');
  }

  private say(text: string): void {
    if (!this.status) return;
    this.status.textContent = text;
    setTimeout(() => {
      if (this.status?.textContent === text) this.status.textContent = '';
    }, 4000);
  }
}
