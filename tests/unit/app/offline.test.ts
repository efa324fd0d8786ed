// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { connectOffline, UPDATE_MESSAGE } from '../../../src/app/offline.ts';
import { registered, updates } from './pwa-register.stub.ts';

describe('connectOffline', () => {
  beforeEach(() => {
    registered.splice(0);
    updates.splice(0);
    document.body.replaceChildren();
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  });

  it('registers the service worker at once, and shows nothing until a new version is ready', () => {
    const root = document.createElement('div');
    connectOffline(root);
    expect(registered).toHaveLength(1);
    expect(registered[0]?.immediate).toBe(true);
    expect(root.textContent).toBe('');
  });

  it('a new version waits: the reader is told, and only the Reload button swaps it in', () => {
    const root = document.createElement('div');
    connectOffline(root);
    registered[0]?.onNeedRefresh?.();
    expect(root.querySelector('.notice__text')?.textContent).toBe(`${UPDATE_MESSAGE} Reload`);
    expect(updates).toEqual([]);
    const button = root.querySelector<HTMLButtonElement>('.notice__action');
    expect(button?.textContent).toBe('Reload');
    button?.click();
    expect(updates).toEqual([true]);
  });

  it('the notice stays until the reader acts on it (no timeout), and is shown once', () => {
    const root = document.createElement('div');
    connectOffline(root);
    registered[0]?.onNeedRefresh?.();
    registered[0]?.onNeedRefresh?.();
    expect(root.querySelectorAll('.notice')).toHaveLength(1);
  });

  it('does nothing where service workers are unavailable', () => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    const root = document.createElement('div');
    connectOffline(root);
    expect(registered).toEqual([]);
  });
});
