// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../src/views/notices.ts';

afterEach(() => vi.useRealTimers());

function setUp(): { root: HTMLElement; notices: Notices } {
  const root = document.createElement('div');
  return { root, notices: new Notices(root) };
}

describe('Notices', () => {
  it('is a polite live region, and shows each message once, as text', () => {
    const { root, notices } = setUp();
    expect(root.getAttribute('aria-live')).toBe('polite');
    notices.show('Could not load <b>x</b>', 'error');
    notices.show('Could not load <b>x</b>', 'error');
    expect(root.querySelectorAll('.notice')).toHaveLength(1);
    expect(root.querySelector('.notice--error .notice__text')?.textContent).toBe('Could not load <b>x</b>');
    expect(root.querySelector('b')).toBeNull();
  });

  it('info fades after its time; errors stay until dismissed', () => {
    vi.useFakeTimers();
    const { root, notices } = setUp();
    notices.show('info', 'info', 1000);
    notices.show('error', 'error');
    vi.advanceTimersByTime(1000);
    expect([...root.querySelectorAll('.notice__text')].map((n) => n.textContent)).toEqual(['error']);
    root.querySelector<HTMLButtonElement>('.notice__close')?.click();
    expect(root.childElementCount).toBe(0);
  });

  it('remove clears every message and its timer', () => {
    vi.useFakeTimers();
    const { root, notices } = setUp();
    notices.show('one', 'info', 1000);
    notices.remove();
    expect(root.childElementCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
