/** Applies the colour-scheme setting to a page: `system` defers to prefers-color-scheme in theme.css. */
import type { ColourScheme } from '../../settings/settings';

export function applyScheme(root: HTMLElement, scheme: ColourScheme): void {
  if (scheme === 'system') delete root.dataset.scheme;
  else root.dataset.scheme = scheme;
}
