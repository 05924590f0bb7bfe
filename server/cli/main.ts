/**
 * The admin command line, `npx accord <command>` (bin/accord.js runs this through tsx).
 * Works on the database in DATA_DIR, like the server, and may run while it does.
 */
import { parseArgs } from 'node:util';
import type { Db } from '../db/open.ts';
import { CliError } from './cli-error.ts';
import * as commands from './commands.ts';
import { openData } from './open-data.ts';

const HELP = `Usage: accord <command>

  user add <email> --name <name> [--agency <code>] [--admin] [--password <pw>]
  user list
  user disable <email>
  user enable <email>
  user passwd <email> [--password <pw>]
  standard add <slug> --title <title> [--language <bcp47>]
  agency add <code> --name <name> [--kind government|ngo|international|other]
  grant <email> <standard-slug> <editor|reviewer|observer>
  revoke <email> <standard-slug>
  token create <email> [--name <name>]
  backup <file>

Without --password a random password is generated and printed once.
The database is $DATA_DIR/accord.sqlite (DATA_DIR defaults to ./data).`;

type Run = (db: Db, input: commands.CommandInput) => void | Promise<void>;

const TABLE: Record<string, Run> = {
  'user add': commands.userAdd,
  'user list': commands.userList,
  'user disable': (db, i) => commands.userDisable(db, i, true),
  'user enable': (db, i) => commands.userDisable(db, i, false),
  'user passwd': commands.userPasswd,
  'agency add': commands.agencyAdd,
  'standard add': commands.standardAdd,
  grant: commands.grant,
  revoke: commands.revoke,
  'token create': commands.tokenCreate,
  backup: commands.backup,
};

/** Run one CLI invocation; returns the exit code. */
async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: 'string' },
        agency: { type: 'string' },
        admin: { type: 'boolean' },
        password: { type: 'string' },
        kind: { type: 'string' },
        title: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`accord: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const words = parsed.positionals;
  if (parsed.values.help || words.length === 0) {
    console.log(HELP);
    return parsed.values.help ? 0 : 2;
  }
  const two = `${words[0]} ${words[1] ?? ''}`;
  const [key, rest] = TABLE[two] ? [two, words.slice(2)] : [words[0] ?? '', words.slice(1)];
  const run = TABLE[key];
  if (!run) {
    console.error(`accord: unknown command "${words.join(' ')}"\n\n${HELP}`);
    return 2;
  }
  let db: Db | undefined;
  try {
    db = openData(env);
    await run(db, { args: rest, options: parsed.values, print: (line) => console.log(line) });
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`accord: ${err.message}`);
      return err.exitCode;
    }
    console.error(`accord: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    db?.close();
  }
}

process.exitCode = await runCli(process.argv.slice(2), process.env);
