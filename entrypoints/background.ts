import { registerAnalyze } from '@/src/background/analyze';
import { registerBadge } from '@/src/background/badge';
import { registerCommands } from '@/src/background/commands';

export default defineBackground(() => {
  registerBadge();
  registerAnalyze();
  registerCommands();
});
