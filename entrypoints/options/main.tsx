import { render } from 'preact';

import '@/src/ui/shared/theme.css';
import '@/src/ui/shared/page.css';
import '@/src/ui/options/options.css';

import { Options } from '@/src/ui/options/Options';
import { createOptionsSource } from '@/src/ui/options/source';
import { claimsDatabase } from '@/src/ui/shared/database';

render(<Options source={createOptionsSource()} database={claimsDatabase} />, document.getElementById('app')!);
