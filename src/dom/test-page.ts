/**
 * For the DOM layer's browser tests: puts HTML into the live test page
 * through DOMParser (parsed, then adopted), never through innerHTML, and
 * gives it back.
 */
export function mount(html: string, doc: Document = document): HTMLElement {
  const host = doc.createElement('div');
  host.id = 'test-page';
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  for (const n of [...parsed.head.childNodes, ...parsed.body.childNodes]) host.append(doc.importNode(n, true));
  doc.body.append(host);
  return host;
}

/** Removes everything `mount` added. */
export function unmountAll(doc: Document = document): void {
  for (const el of doc.querySelectorAll('#test-page')) el.remove();
}
