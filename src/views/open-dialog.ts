import { el } from './dom.ts';

export interface OpenDialogHandlers {
  /** The dialog opened: a good moment to fetch what linking needs. */
  onOpen: () => void;
  /** Show this text on the map; resolves to a message for the reader when it cannot be, else null. */
  onText: (text: string, date: string | null) => Promise<string | null>;
  /** Show this story file (JSON text); resolves to a message when it cannot be, else null. */
  onStoryFile: (json: string) => Promise<string | null>;
}

/** Largest file accepted, in bytes. */
export const MAX_FILE = 2_000_000;

/**
 * "Open an article": a modal dialog with a text box labelled "Article text", an optional date, a
 * file chooser that also takes a dropped `.txt` or story `.json`, and "Show on the map". Messages go
 * in a live region inside the dialog; the text stays in the box whatever goes wrong. `remove` takes
 * the button and dialog out and drops their listeners.
 */
export class OpenDialog {
  readonly button: HTMLButtonElement;
  readonly element: HTMLDialogElement;
  private readonly text: HTMLTextAreaElement;
  private readonly date: HTMLInputElement;
  private readonly file: HTMLInputElement;
  private readonly submit: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly message: HTMLElement;
  private busy = false;

  constructor(private readonly handlers: OpenDialogHandlers) {
    this.button = el('button', 'open-button', 'Open an article');
    this.button.type = 'button';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.addEventListener('click', this.open);

    this.element = el('dialog', 'open-dialog');
    this.element.setAttribute('aria-labelledby', 'open-dialog-title');
    const form = el('form', 'open-dialog__form');
    form.method = 'dialog';
    const title = el('h2', 'open-dialog__title', 'Open an article');
    title.id = 'open-dialog-title';
    const intro = el(
      'p',
      'open-dialog__intro',
      'Paste a news story about the conflict. The atlas finds the places it names and ties them to the map. The text stays in your browser.',
    );
    this.text = el('textarea', 'open-dialog__text');
    this.text.id = 'open-dialog-text';
    this.text.rows = 10;
    this.text.spellcheck = false;
    this.text.placeholder = 'Title: …\nDate: 2022-09-13\n\nFirst paragraph…\n\nSecond paragraph…';
    const textLabel = el('label', 'open-dialog__label', 'Article text');
    textLabel.htmlFor = this.text.id;
    const help = el(
      'p',
      'open-dialog__help',
      'Optional first lines: Title:, Date:, Source:, Outlet:, then a blank line. Paragraphs are separated by blank lines.',
    );
    help.id = 'open-dialog-help';
    this.text.setAttribute('aria-describedby', help.id);

    this.date = el('input', 'open-dialog__date');
    this.date.type = 'date';
    this.date.id = 'open-dialog-date';
    const dateLabel = el('label', 'open-dialog__label', 'Date of the article (optional: else the date the text gives, or today)');
    dateLabel.htmlFor = this.date.id;

    this.file = el('input', 'open-dialog__file');
    this.file.type = 'file';
    this.file.id = 'open-dialog-file';
    this.file.accept = '.txt,.json,text/plain,application/json';
    const fileLabel = el('label', 'open-dialog__label', 'Or choose a .txt file or a story .json file (or drop one here)');
    fileLabel.htmlFor = this.file.id;
    this.file.addEventListener('change', this.onFile);

    this.message = el('p', 'open-dialog__message');
    this.message.setAttribute('role', 'status');
    this.message.setAttribute('aria-live', 'polite');

    const buttons = el('div', 'open-dialog__buttons');
    this.submit = el('button', 'open-dialog__submit', 'Show on the map');
    this.submit.type = 'button';
    this.submit.addEventListener('click', this.onSubmit);
    this.cancel = el('button', 'open-dialog__cancel', 'Cancel');
    this.cancel.type = 'button';
    this.cancel.addEventListener('click', this.close);
    buttons.append(this.submit, this.cancel);

    form.append(title, intro, textLabel, this.text, help, dateLabel, this.date, fileLabel, this.file, this.message, buttons);
    this.element.append(form);
    this.element.addEventListener('dragover', this.onDragOver);
    this.element.addEventListener('drop', this.onDrop);
  }

  readonly open = (): void => {
    this.say('');
    if (!this.element.open) this.element.showModal();
    this.text.focus();
    this.handlers.onOpen();
  };

  readonly close = (): void => {
    if (this.element.open) this.element.close();
    this.button.focus();
  };

  /** Takes the button and the dialog out of the page and removes their listeners. */
  remove(): void {
    this.button.removeEventListener('click', this.open);
    this.file.removeEventListener('change', this.onFile);
    this.submit.removeEventListener('click', this.onSubmit);
    this.cancel.removeEventListener('click', this.close);
    this.element.removeEventListener('dragover', this.onDragOver);
    this.element.removeEventListener('drop', this.onDrop);
    if (this.element.open) this.element.close();
    this.button.remove();
    this.element.remove();
  }

  private say(text: string, error = false): void {
    this.message.textContent = text;
    this.message.classList.toggle('is-error', error);
  }

  private async run(task: () => Promise<string | null>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.submit.disabled = true;
    this.say('Finding the places…');
    try {
      const problem = await task();
      if (problem === null) this.close();
      else this.say(problem, true);
    } catch (err: unknown) {
      this.say(`Sorry: ${err instanceof Error ? err.message : 'something went wrong'}.`, true);
    } finally {
      this.busy = false;
      this.submit.disabled = false;
    }
  }

  private readonly onSubmit = (): void => {
    const text = this.text.value;
    if (text.trim() === '') {
      this.say('Paste the text of an article first, or choose a file.', true);
      this.text.focus();
      return;
    }
    void this.run(() => this.handlers.onText(text, this.date.value === '' ? null : this.date.value));
  };

  private readonly onFile = (): void => {
    const file = this.file.files?.[0];
    if (file) void this.read(file);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent): void => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void this.read(file);
  };

  // A .json file is shown at once; a text goes into the box, to be checked and shown.
  private async read(file: File): Promise<void> {
    if (file.size > MAX_FILE) {
      this.say(`That file is ${Math.round(file.size / 1000).toLocaleString('en-GB')} KB; the atlas takes files up to ${MAX_FILE / 1_000_000} MB.`, true);
      return;
    }
    const content = await file.text();
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      await this.run(() => this.handlers.onStoryFile(content));
      return;
    }
    this.text.value = content;
    this.say(`Read ${file.name}. Press “Show on the map”.`);
    this.submit.focus();
  }
}
