// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageTitle, titleFromPage } from './router.ts';

/** A page body as the views draw it. */
function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('tab titles', () => {
  it('puts the most specific part first and the app last, once', () => {
    expect(pageTitle(['Users'])).toBe('Users — Accord');
    expect(pageTitle(['Members', 'Referral standard'])).toBe(
      'Members — Referral standard — Accord',
    );
    expect(pageTitle([])).toBe('Accord');
    expect(pageTitle(['  A\n  title ', '', 'A title'])).toBe('A title — Accord');
    expect(pageTitle(['Sign in to Accord'])).toBe('Sign in to Accord');
    // Only the word, not a longer one that starts with it.
    expect(pageTitle(['Accordance rules'])).toBe('Accordance rules — Accord');
  });

  it('reads a page without its own title off its heading and current section', () => {
    const draft = page(
      '<main><h1>Referral <span class="slug">referral</span></h1>' +
        '<nav><a href="#">Draft</a></nav></main>',
    );
    draft.querySelector('a')?.setAttribute('aria-current', 'page');
    expect(titleFromPage(draft)).toEqual(['Referral ', 'Draft']);
    const releases = page(
      '<main><h1>Releases of Referral</h1><nav><a aria-current="page">Releases</a></nav></main>',
    );
    expect(titleFromPage(releases)).toEqual(['Releases of Referral']);
    expect(pageTitle(titleFromPage(page('<main><p>No heading</p></main>')))).toBe('Accord');
  });
});
