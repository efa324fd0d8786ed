/**
 * Saves a blob as a file named `fileName`, through a hidden link with `download` (the blob: URL is
 * the page's own, so the CSP allows it), and frees the URL after.
 */
export function downloadBlob(blob: Blob, fileName: string, host: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
