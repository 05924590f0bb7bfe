// An email address that, when its table column is narrow, breaks after the @ before anywhere else.
import { h } from '../ui/dom.ts';

/** Use to show an email in a table cell: "name@" and "example.org" can go on two lines. */
export function emailText(email: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const at = email.lastIndexOf('@');
  if (at < 0) fragment.append(email);
  else fragment.append(email.slice(0, at + 1), h('wbr'), email.slice(at + 1));
  return fragment;
}
