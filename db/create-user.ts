import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/lib/auth/account-fields";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { getDb, getDriver } from "./index";
import { runMigrations } from "./migrate";
import { users } from "./schema";
import { runIfMain, ScriptError } from "./script";
import { userRoles } from "./enums";

const usage = `Usage: npm run user:create -- --email ada@example.com [--name "Ada Lovelace"] [--role reader|editor|admin]
The password is asked for without echo, or read from stdin when it is piped:
  printf '%s' "$PASSWORD" | npm run user:create -- --email ada@example.com --role admin`;

const argsSchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  role: z.enum(userRoles).default("reader"),
});

/** Reads a line from the terminal without showing what is typed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * A piped password: one line, or the same line twice (the habit from tools that ask twice, as in
 * `printf 'pw\npw\n' |`). A password never contains a line break.
 */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  while (lines.length > 1 && lines.at(-1) === "") lines.pop();
  if (lines.length === 1 || (lines.length === 2 && lines[0] === lines[1])) return lines[0]!;
  throw new ScriptError(
    "The piped password has lines that differ. Pipe the password alone on one line (or the same line twice).",
  );
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const password = await askHidden("Password: ");
  if ((await askHidden("Password again: ")) !== password) throw new ScriptError("The two passwords differ.");
  return password;
}

/** Creates an account with a password and a role; how the first admin of a new database is made. */
async function createUser(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) return usage;
  const args = argsSchema.safeParse(values);
  if (!args.success) throw new ScriptError(`${z.prettifyError(args.error)}\n${usage}`);

  const password = await readPassword();
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) throw new ScriptError(checked.error.issues[0]?.message ?? "That password is not allowed.");
  if (isCommonPassword(password))
    throw new ScriptError("That password is one of the most common ones. Choose another.");

  await runMigrations();
  const email = args.data.email.toLowerCase();
  const [row] = await getDb()
    .insert(users)
    .values({
      email,
      name: args.data.name ?? email.split("@")[0]!,
      role: args.data.role,
      passwordHash: await hashPassword(password),
      // Made by someone with access to the server: the address is taken as confirmed.
      emailVerified: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!row) throw new ScriptError(`An account with the email ${email} already exists.`);
  return `Created ${args.data.role} ${email} (${getDriver()}). Sign in at /sign-in.`;
}

runIfMain(import.meta.url, "Creating the user", () => createUser(process.argv.slice(2)));
