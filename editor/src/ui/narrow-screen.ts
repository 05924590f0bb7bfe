// Tablets: below this width the outline and the side panels sit above and below the text,
// folded. The same width as the stylesheet's tablet rules (app.css).
const NARROW = '(max-width: 980px)';

/**
 * Use for a part that folds on tablets: calls `setOpen` now (open on wide screens, folded on
 * narrow ones) and again whenever the width crosses the line, as when a tablet is turned.
 * Returns the function that stops following the width.
 */
export function openOnWideScreens(setOpen: (open: boolean) => void): () => void {
  const narrow = window.matchMedia(NARROW);
  const onWidth = (event: MediaQueryListEvent): void => setOpen(!event.matches);
  setOpen(!narrow.matches);
  narrow.addEventListener('change', onWidth);
  return () => narrow.removeEventListener('change', onWidth);
}
