// Runs the TypeScript checker through tsx, so it works before the first build.
import {register} from 'tsx/esm/api';
register();
await import('./wordlist-check.ts');
