/**
 * Reaching claims from the keyboard: every command has a key the browser
 * really binds (Chromium refuses keys it reserves, leaving "Not set").
 */
import { expect, test } from './fixtures';

test('every keyboard command gets its default key in Chromium', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.filter(c => c.name !== '_execute_action').map(c => [c.name, c.shortcut]));
  expect(keys).toEqual({
    'next-claim': 'Alt+Shift+J',
    'previous-claim': 'Alt+Shift+K',
    'toggle-highlights': 'Alt+Shift+G',
  });
});
