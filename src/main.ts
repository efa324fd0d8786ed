import './styles.css';
import './a11y.css';
import './tools.css';
import { connectOffline } from './app/offline.ts';
import { startApp } from './app/start.ts';

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}

startApp({
  map: byId('map'),
  layers: byId('layers'),
  timeline: byId('timeline'),
  article: byId('article'),
  notices: byId('notices'),
  tools: byId('tools'),
  announcer: byId('announcer'),
  mapText: byId('map-text-host'),
})
  .catch((err: unknown) => {
    console.error(err);
    const root = document.getElementById('notices');
    if (root) {
      const p = document.createElement('p');
      p.className = 'notice notice--error';
      p.textContent = 'The atlas could not start in this browser. Reloading the page may help.';
      root.append(p);
    }
  })
  // Once the first view is drawn (or has failed), so the service worker's precache downloads never
  // compete with it.
  .finally(() => {
    connectOffline(byId('notices'));
  });
