/** Focus helpers for the card: where focus is (through shadow roots), and giving it back. */

/** The focused element, looking inside open shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function restoreFocus(el: Element | null): void {
  if (el && el.isConnected && el !== document.body && typeof (el as HTMLElement).focus === 'function') {
    (el as HTMLElement).focus({ preventScroll: true });
  } else {
    (document.activeElement as HTMLElement | null)?.blur?.();
  }
}

/** Keys typed here belong to the page (form fields, editors). */
export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}
