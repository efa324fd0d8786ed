// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OpenDialog } from '../../../src/views/open-dialog.ts';

type OnText = (text: string, date: string | null) => Promise<string | null>;

function setUp(onText = vi.fn<OnText>(() => Promise.resolve(null))) {
  const onStoryFile = vi.fn<(json: string) => Promise<string | null>>(() => Promise.resolve(null));
  const onOpen = vi.fn();
  const dialog = new OpenDialog({ onOpen, onText, onStoryFile });
  document.body.replaceChildren(dialog.button, dialog.element);
  const q = <T extends HTMLElement>(selector: string, type: new () => T): T => {
    const node = dialog.element.querySelector(selector);
    if (!(node instanceof type)) throw new Error(`no ${selector}`);
    return node;
  };
  return { dialog, onOpen, onText, onStoryFile, q };
}
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('OpenDialog', () => {
  it('the button opens it, names it, and starts what linking needs', () => {
    const { dialog, onOpen } = setUp();
    dialog.button.click();
    expect(dialog.element.open).toBe(true);
    expect(dialog.element.getAttribute('aria-labelledby')).toBe('open-dialog-title');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('has a text box labelled "Article text", a date and a file chooser', () => {
    const { q } = setUp();
    const text = q('#open-dialog-text', HTMLTextAreaElement);
    expect(document.querySelector(`label[for="${text.id}"]`)?.textContent).toBe('Article text');
    expect(q('#open-dialog-date', HTMLInputElement).type).toBe('date');
    expect(q('#open-dialog-file', HTMLInputElement).accept).toContain('.json');
  });

  it('empty text gets a message, not a call', () => {
    const { dialog, onText, q } = setUp();
    dialog.open();
    q('.open-dialog__submit', HTMLButtonElement).click();
    expect(onText).not.toHaveBeenCalled();
    expect(q('.open-dialog__message', HTMLElement).textContent).toBe('Paste the text of an article first, or choose a file.');
  });

  it('Show on the map passes the text and the date, and closes on success', async () => {
    const { dialog, onText, q } = setUp();
    dialog.open();
    q('#open-dialog-text', HTMLTextAreaElement).value = 'Title: T\n\nIn Goris.';
    q('#open-dialog-date', HTMLInputElement).value = '2022-09-13';
    q('.open-dialog__submit', HTMLButtonElement).click();
    await settle();
    expect(onText).toHaveBeenCalledWith('Title: T\n\nIn Goris.', '2022-09-13');
    expect(dialog.element.open).toBe(false);
  });

  it('a problem stays in the dialog, as text, with the text box as it was', async () => {
    const { dialog, q } = setUp(vi.fn<OnText>(() => Promise.resolve('No <b>places</b> found.')));
    dialog.open();
    q('#open-dialog-text', HTMLTextAreaElement).value = 'A recipe';
    q('.open-dialog__submit', HTMLButtonElement).click();
    await settle();
    const message = q('.open-dialog__message', HTMLElement);
    expect([message.textContent, message.classList.contains('is-error'), message.querySelector('b')]).toEqual(['No <b>places</b> found.', true, null]);
    expect(dialog.element.open).toBe(true);
    expect(q('#open-dialog-text', HTMLTextAreaElement).value).toBe('A recipe');
  });

  it('remove takes the button and the dialog out and stops listening', () => {
    const { dialog, onOpen } = setUp();
    const button = dialog.button;
    dialog.remove();
    button.click();
    expect(document.body.contains(dialog.element)).toBe(false);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
