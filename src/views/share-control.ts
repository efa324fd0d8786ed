import type { IControl } from 'maplibre-gl';
import { el } from './dom.ts';

/** A story too long to travel in a link: what Copy link offers instead. */
export interface LongStory {
  /** The link's length if it carried the story, in characters. */
  length: number;
  /** The story file's name and text. */
  fileName: string;
  json: () => string;
}

/**
 * A "Copy link" map control. Copies the page URL (the hash holds the whole view) with the
 * Clipboard API; where that is refused, shows the link in a text field, selected, to copy by hand.
 * When the story on the page is too long for a link (`longStory`), it says so and offers the
 * story as a file. With `embedCode`, a second button, "Copy embed code", copies an `<iframe>`
 * snippet of the view the same way.
 */
export class ShareControl implements IControl {
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private field: HTMLInputElement | null = null;
  private status: HTMLElement | null = null;
  private download: HTMLButtonElement | null = null;
  private embed: HTMLButtonElement | null = null;

  constructor(
    private readonly longStory: () => LongStory | null = () => null,
    private readonly embedCode: (() => string) | null = null,
  ) {}

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
    const download = el('button', 'share-control__download', 'Download story (.json)');
    download.type = 'button';
    download.hidden = true;
    download.addEventListener('click', this.onDownload);
    this.download = download;
    container.append(button);
    if (this.embedCode) {
      const embed = el('button', 'share-control__button share-control__embed', 'Copy embed code');
      embed.type = 'button';
      embed.title = 'Copy an <iframe> that shows this view in another page';
      embed.addEventListener('click', this.onEmbed);
      this.embed = embed;
      container.append(embed);
    }
    container.append(field, download, status);
    this.container = container;
    this.button = button;
    this.field = field;
    this.status = status;
    return container;
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onClick);
    this.download?.removeEventListener('click', this.onDownload);
    this.embed?.removeEventListener('click', this.onEmbed);
    this.container?.remove();
    this.container = this.button = this.field = this.status = this.download = this.embed = null;
  }

  private readonly onClick = (): void => {
    const long = this.longStory();
    if (long && this.download) {
      this.download.hidden = false;
      this.download.focus();
      this.say(`This story is too long for a link (${Math.round(long.length / 1000).toLocaleString('en-GB')} KB): download it and share the file.`, 0);
      return;
    }
    void this.copy(window.location.href, 'Link copied', 'Link to this view');
  };

  private readonly onEmbed = (): void => {
    if (this.embedCode) void this.copy(this.embedCode(), 'Embed code copied', 'Embed code for this view');
  };

  private readonly onDownload = (): void => {
    const long = this.longStory();
    if (!long) return;
    const url = URL.createObjectURL(new Blob([long.json()], { type: 'application/json' }));
    const a = el('a');
    a.href = url;
    a.download = long.fileName;
    a.hidden = true;
    this.container?.append(a);
    a.click();
    a.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  };

  private async copy(text: string, copied: string, fieldLabel: string): Promise<void> {
    try {
      // Absent outside secure contexts, whatever the DOM types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      this.say(copied);
      if (this.field) this.field.hidden = true;
    } catch {
      this.showField(text, fieldLabel);
    }
  }

  private showField(text: string, label: string): void {
    if (!this.field) return;
    this.field.setAttribute('aria-label', label);
    this.field.value = text;
    this.field.hidden = false;
    this.field.focus();
    this.field.select();
    this.say('Press Ctrl+C (⌘C) to copy');
  }

  /** Says `text` in the status line, for `ms` (0: until the next message). */
  private say(text: string, ms = 4000): void {
    if (!this.status) return;
    this.status.textContent = text;
    if (ms > 0) {
      setTimeout(() => {
        if (this.status?.textContent === text) this.status.textContent = '';
      }, ms);
    }
  }
}
