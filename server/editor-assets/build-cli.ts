/** `npm run build:editor`: build the browser editor into editor/dist. */
import { buildEditor } from './build.ts';

try {
  await buildEditor();
  console.log('editor built into editor/dist');
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
