/** Issue 28, item 14: "Reset settings" on the fatal screen keeps no copy of a key. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showFatalScreen } from '../../src/app/fatal';

describe('the fatal screen’s reset', () => {
  const realLocation = window.location;
  afterEach(() => {
    Object.defineProperty(window, 'location', { value: realLocation, configurable: true });
    localStorage.clear();
  });

  it('sets the settings aside, removes the key, and leaves no copy of it anywhere', () => {
    const reload = vi.fn();
    Object.defineProperty(window, 'location', {
      value: { ...realLocation, reload },
      configurable: true,
    });
    localStorage.setItem('parley.settings', '{"theme":"dark"}');
    localStorage.setItem('parley.apiKey', 'sk-secret-123');
    localStorage.setItem('parley.apiKey.previous', 'sk-older-secret');
    const root = document.createElement('div');
    document.body.append(root);
    showFatalScreen(root, new Error('boom'));
    root.querySelector<HTMLButtonElement>('button')!.click();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('parley.settings.previous')).toBe('{"theme":"dark"}');
    const everything = Object.keys(localStorage)
      .map((k) => localStorage.getItem(k))
      .join(' ');
    expect(everything).not.toContain('secret');
    root.remove();
  });
});
