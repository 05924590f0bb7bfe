// A form that calls the server sends one request per intent: a double click on its button, or
// Enter pressed twice, must not file the same comment or decision twice.

/**
 * Use in place of a 'submit' listener for a form that calls the server: `send` runs on submit
 * (default prevented), and further submits are ignored until its promise settles.
 */
export function onSubmitOnce(form: HTMLFormElement, send: () => Promise<unknown>): void {
  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    void send().finally(() => {
      busy = false;
      form.removeAttribute('aria-busy');
    });
  });
}
