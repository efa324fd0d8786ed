import type { IControl } from 'maplibre-gl';
import { el } from './dom.ts';

/** What the export menu does; each may fail with an Error whose message is shown to the reader. */
export interface ExportActions {
  image: () => Promise<void>;
  data: () => Promise<void>;
  print: () => void;
}

/**
 * An "Export" map control: a disclosure button opening a short menu, "Download image (PNG)",
 * "Download data (GeoJSON)" and "Print…". A status line (a polite live region) says when a file is
 * being made and what went wrong, if anything. Escape closes the menu and returns focus to the
 * button.
 */
export class ExportControl implements IControl {
  private container: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private menu: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private readonly items: [HTMLButtonElement, () => void][] = [];

  constructor(private readonly actions: ExportActions) {}

  onAdd(): HTMLElement {
    const container = el('div', 'maplibregl-ctrl maplibregl-ctrl-group export-control');
    const toggle = el('button', 'export-control__toggle', 'Export');
    toggle.type = 'button';
    toggle.title = 'Download this view as a picture or as data, or print it';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'export-menu');
    toggle.addEventListener('click', this.onToggle);
    const menu = el('div', 'export-control__menu');
    menu.id = 'export-menu';
    menu.hidden = true;
    const status = el('span', 'export-control__status');
    status.setAttribute('role', 'status');
    this.container = container;
    this.toggle = toggle;
    this.menu = menu;
    this.status = status;
    this.item('Download image (PNG)', () => {
      this.run(this.actions.image, 'Drawing the picture…', 'Picture saved');
    });
    this.item('Download data (GeoJSON)', () => {
      this.run(this.actions.data, 'Collecting the features…', 'Data saved');
    });
    this.item('Print…', () => {
      this.close();
      this.actions.print();
    });
    container.append(toggle, menu, status);
    container.addEventListener('keydown', this.onKey);
    return container;
  }

  onRemove(): void {
    this.toggle?.removeEventListener('click', this.onToggle);
    this.container?.removeEventListener('keydown', this.onKey);
    for (const [button, handler] of this.items.splice(0)) button.removeEventListener('click', handler);
    this.container?.remove();
    this.container = this.toggle = this.menu = this.status = null;
  }

  private item(text: string, handler: () => void): void {
    const button = el('button', 'export-control__item', text);
    button.type = 'button';
    button.addEventListener('click', handler);
    this.items.push([button, handler]);
    this.menu?.append(button);
  }

  private run(action: () => Promise<void>, busy: string, done: string): void {
    this.close();
    this.say(busy);
    action().then(
      () => {
        this.say(done, 4000);
      },
      (error: unknown) => {
        this.say(error instanceof Error ? error.message : 'The file could not be made.', 0);
      },
    );
  }

  private readonly onToggle = (): void => {
    if (this.menu?.hidden) this.open();
    else this.close();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.menu?.hidden !== false) return;
    event.stopPropagation();
    this.close();
    this.toggle?.focus();
  };

  private open(): void {
    if (!this.menu || !this.toggle) return;
    this.menu.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    this.items[0]?.[0].focus();
  }

  private close(): void {
    if (!this.menu || !this.toggle) return;
    this.menu.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
  }

  /** Says `text` in the status line, for `ms` (0: until the next message). */
  private say(text: string, ms = 0): void {
    const status = this.status;
    if (!status) return;
    status.textContent = text;
    if (ms > 0)
      setTimeout(() => {
        if (status.textContent === text) status.textContent = '';
      }, ms);
  }
}
