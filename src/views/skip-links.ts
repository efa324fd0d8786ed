/**
 * Wires the page's skip links. The hash is the app's state, so a link must not change it: each
 * link's click is taken over, `open` runs (the text twin opens itself), and focus moves to the
 * target. `targets` maps a link's `href` (`#article`) to what opens and focuses it.
 */
export function connectSkipLinks(root: ParentNode, targets: Record<string, () => void>): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.skip-link')];
  const onClick = (e: MouseEvent): void => {
    const link = e.currentTarget;
    if (!(link instanceof HTMLAnchorElement)) return;
    const go = targets[link.getAttribute('href') ?? ''];
    if (!go) return;
    e.preventDefault();
    go();
  };
  for (const link of links) link.addEventListener('click', onClick);
  return () => {
    for (const link of links) link.removeEventListener('click', onClick);
  };
}

/** Focuses an element that is not focusable by itself (a region, a heading), without a Tab stop. */
export function focusRegion(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}
