// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareControl } from '../../../src/views/share-control.ts';

afterEach(() => vi.unstubAllGlobals());

describe('ShareControl', () => {
  it('Copy link writes the page URL to the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const control = new ShareControl();
    const container = control.onAdd();
    container.querySelector<HTMLButtonElement>('button')?.click();
    await vi.waitFor(() => {
      expect(container.querySelector('[role=status]')?.textContent).toBe('Link copied');
    });
    expect(writeText).toHaveBeenCalledWith(window.location.href);
  });

  it('without a clipboard it shows the link in a field, selected', async () => {
    vi.stubGlobal('navigator', {});
    const control = new ShareControl();
    const container = control.onAdd();
    document.body.replaceChildren(container);
    container.querySelector<HTMLButtonElement>('button')?.click();
    const field = container.querySelector<HTMLInputElement>('input');
    await vi.waitFor(() => {
      expect(field?.hidden).toBe(false);
    });
    expect(field?.value).toBe(window.location.href);
    expect(container.querySelector('[role=status]')?.textContent).toBe('Press Ctrl+C (⌘C) to copy');
  });

  it('onRemove takes the control out and stops listening', () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const control = new ShareControl();
    const container = control.onAdd();
    document.body.replaceChildren(container);
    const button = container.querySelector<HTMLButtonElement>('button');
    control.onRemove();
    button?.click();
    expect(document.body.contains(container)).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('Copy embed code copies the snippet it is given, and only shows with one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(new ShareControl().onAdd().querySelectorAll('.share-control__embed')).toHaveLength(0);
    const container = new ShareControl(undefined, () => '<iframe title="x"></iframe>').onAdd();
    const embed = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy embed code');
    embed?.click();
    await vi.waitFor(() => {
      expect(container.querySelector('[role=status]')?.textContent).toBe('Embed code copied');
    });
    expect(writeText).toHaveBeenCalledWith('<iframe title="x"></iframe>');
  });
});
