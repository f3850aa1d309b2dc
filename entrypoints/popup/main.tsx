import { render } from 'preact';

import '@/src/ui/shared/theme.css';
import '@/src/ui/popup/popup.css';

import { createConnector, resolveTabId } from '@/src/ui/popup/connector';
import { Popup } from '@/src/ui/popup/Popup';

void resolveTabId().then(tabId => {
  render(<Popup source={createConnector(tabId)} />, document.getElementById('app')!);
});
