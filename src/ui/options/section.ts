/** What every options section is given: kept apart from Options.tsx so sections import it without a cycle. */
import type { Settings } from '../../settings/settings';

export interface SectionProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}
