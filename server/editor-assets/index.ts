export { mountEditorAssets } from './serve.ts';
export { buildEditor, editorBuildState, ensureEditorBuilt } from './build.ts';
export type { EditorBuildState, EnsureResult } from './build.ts';
export { editorDistDir, editorRoot } from './paths.ts';
