// Development and tests: the worker thread loads the TypeScript sources through tsx, as
// bin/fazhi.js does for the main thread. The build runs checker-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./checker-worker.ts', import.meta.url).href);
