/** Highlight style and colour scheme. */
import type { ColourScheme, HighlightStyle } from '../../settings/settings';
import { RadioGroup } from './RadioGroup';
import type { SectionProps } from './section';

const STYLES: { value: HighlightStyle; label: string }[] = [
  { value: 'background', label: 'Background colour' },
  { value: 'underline', label: 'Underline' },
];
const SCHEMES: { value: ColourScheme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection({ settings, onChange }: SectionProps) {
  return (
    <section aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <RadioGroup
        legend="Highlight style"
        name="style"
        value={settings.style}
        choices={STYLES}
        onChange={style => onChange({ ...settings, style })}
      />
      <RadioGroup
        legend="Colour scheme (cards, popup and these pages)"
        name="scheme"
        value={settings.scheme}
        choices={SCHEMES}
        onChange={scheme => onChange({ ...settings, scheme })}
      />
    </section>
  );
}
