// A field with a `pattern`: the browser's own refusal ("Please match the requested format")
// does not say what the format is. Ours does, in the same bubble.

/** Use on an input with a `pattern` attribute: `message` says what it accepts. */
export function explainPattern(input: HTMLInputElement, message: string): HTMLInputElement {
  const check = (): void => {
    input.setCustomValidity('');
    if (input.validity.patternMismatch) input.setCustomValidity(message);
  };
  input.addEventListener('input', check);
  input.addEventListener('invalid', check);
  return input;
}
