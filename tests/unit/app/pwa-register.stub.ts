// Stands in for vite-plugin-pwa's `virtual:pwa-register` in the unit tests (vite.config.ts aliases
// it): records the options the app registers with, and the calls to the update function.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export const registered: RegisterSWOptions[] = [];
export const updates: (boolean | undefined)[] = [];

export function registerSW(options: RegisterSWOptions = {}): (reload?: boolean) => Promise<void> {
  registered.push(options);
  return (reload) => {
    updates.push(reload);
    return Promise.resolve();
  };
}
