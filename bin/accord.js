#!/usr/bin/env node
// The admin command line (`npx accord …`): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
