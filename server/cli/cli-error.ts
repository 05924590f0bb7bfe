/** An expected CLI failure: printed as one line, exit code 2 for usage mistakes, 1 otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Throw a usage error (exit code 2). */
export function usage(message: string): never {
  throw new CliError(message, 2);
}
