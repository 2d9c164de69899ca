import { z } from "zod";

const envSchema = z
  .object({
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" })
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
    DATABASE_PREPARED_STATEMENTS: z.stringbool().default(true),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    SITE_URL: z.url().default("http://localhost:3000"),
    SITE_NAME: z.string().min(1).default("Quire"),
    SITE_DESCRIPTION: z.string().min(1).default("Essays on technology, craft and the places in between."),
    SITE_TIME_ZONE: z
      .string()
      .min(1)
      .default("UTC")
      .refine(
        (zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC",
        "SITE_TIME_ZONE must be an IANA time zone such as Europe/Berlin",
      ),
    SITE_SOCIAL_LINKS: z
      .string()
      .default("")
      .transform((list) =>
        list
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "SITE_SOCIAL_LINKS must be comma-separated http(s) URLs" }))),
    /**
     * The request header that holds the client's address. `npm start` sets its own (worked out from
     * the socket and TRUSTED_PROXY_HOPS); set it on a host that writes a trusted one itself, such
     * as `x-real-ip` on Vercel.
     */
    CLIENT_ADDRESS_HEADER: z
      .string()
      .regex(/^[a-z0-9-]+$/i, "CLIENT_ADDRESS_HEADER must be a header name such as x-real-ip")
      .transform((name) => name.toLowerCase())
      .optional(),
    /** A session ends when unused for this many days, and in any case after SESSION_MAX_DAYS. */
    SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Reverse proxies in front of `npm start` that append to X-Forwarded-For (0: none). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * Outgoing mail: an SMTP server such as smtps://user:password@smtp.example.com:465. Without it
     * messages are written to the server log and to the admin's Outbox instead of being sent, and
     * new accounts count as verified (nobody could receive the link).
     */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
    /** The sender of every message, such as "Quire <hello@example.com>". */
    EMAIL_FROM: z.string().min(3).optional(),
    /** A secret a host's scheduler sends (Authorization: Bearer ...) to deliver pending mail. */
    CRON_SECRET: z.string().min(16, "CRON_SECRET must be at least 16 characters").optional(),
    SITE_X_HANDLE: z
      .string()
      .regex(/^@\w{1,15}$/, "SITE_X_HANDLE must look like @name")
      .optional(),
  })
  .refine((e) => !e.SMTP_URL || e.EMAIL_FROM, {
    message: "EMAIL_FROM must be set when SMTP_URL is: the address your messages come from",
    path: ["EMAIL_FROM"],
  });

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** The validated process environment; throws one readable error listing every bad setting. */
export function env(): Env {
  if (parsed) return parsed;
  const raw = Object.fromEntries(
    Object.entries(process.env).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  parsed = result.data;
  return parsed;
}
