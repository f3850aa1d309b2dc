#!/usr/bin/env node
// The `gutcheck` command. The CLI is TypeScript run through tsx's loader
// (registered in this process; worker threads register it themselves), so a
// clean checkout works after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
