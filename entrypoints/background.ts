import { registerAnalyze } from '@/src/background/analyze';
import { registerBadge } from '@/src/background/badge';
import { registerCommands } from '@/src/background/commands';
import { registerDismissedExpiry } from '@/src/background/dismissed';
import { registerGuesses } from '@/src/background/guesses';
import { registerPopup } from '@/src/background/popup';
import { registerWelcome } from '@/src/background/welcome';

export default defineBackground(() => {
  registerBadge();
  registerAnalyze();
  registerCommands();
  registerDismissedExpiry();
  registerGuesses();
  registerPopup();
  registerWelcome();
});
