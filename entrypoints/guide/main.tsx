import { render } from 'preact';

import '@/src/ui/shared/theme.css';
import '@/src/ui/shared/page.css';

import { settingsItem } from '@/src/settings/settings';
import { claimsDatabase } from '@/src/ui/shared/database';
import { applyScheme } from '@/src/ui/shared/scheme';

import { Guide } from './Guide';

void settingsItem.getValue().then(s => applyScheme(document.documentElement, s.scheme));
render(<Guide database={claimsDatabase} />, document.getElementById('app')!);
