import { render } from 'preact';
import { browser } from 'wxt/browser';

import '@/src/ui/shared/theme.css';
import '@/src/ui/shared/page.css';

import { settingsItem } from '@/src/settings/settings';
import { applyScheme } from '@/src/ui/shared/scheme';
import { getShortcuts, openShortcutsPage } from '@/src/ui/shared/shortcuts';
import { Welcome } from '@/src/ui/welcome/Welcome';

void settingsItem.getValue().then(settings => {
  applyScheme(document.documentElement, settings.scheme);
  render(
    <Welcome
      style={settings.style}
      shortcuts={getShortcuts}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openShortcutSettings={openShortcutsPage}
      guideUrl={browser.runtime.getURL('/guide.html')}
    />,
    document.getElementById('app')!,
  );
});
