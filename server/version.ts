import pkg from '../package.json' with { type: 'json' };

/** The running Accord version, as published in package.json. */
export const version: string = pkg.version;
