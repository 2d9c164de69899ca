import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../index";
import { outbox } from "../schema";
import { countOf, paginate, type Page } from "./paging";

/** A message to send: what it is for, to whom, and its two parts. */
export type OutgoingEmail = { kind: string; to: string; subject: string; text: string; html: string };

/** A message claimed for sending: only the claimant sends it until the claim runs out. */
export type ClaimedEmail = OutgoingEmail & { id: string; attempts: number };

/** After this many failed attempts a message is given up on (about 8 hours of retrying). */
export const MAX_ATTEMPTS = 10;

/**
 * Queues a message, inside the caller's transaction when given one: the change that sends it and
 * the message are stored together or not at all.
 */
export async function queueEmail(email: OutgoingEmail, tx: Pick<Transaction, "insert"> = getDb()): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
    })
    .returning({ id: outbox.id });
  return row!.id;
}

const due = and(
  isNull(outbox.sentAt),
  isNull(outbox.failedAt),
  lte(outbox.nextAttemptAt, sql`now()`),
  or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, sql`now()`)),
);

/**
 * Claims up to `limit` messages that are due, for `leaseSeconds`: rows another sender holds
 * locked or claimed are skipped, so two instances delivering at once never take the same one.
 * A sender that dies mid-send loses its claim when the lease runs out, and the message is tried
 * again.
 */
export async function claimDueEmails({
  limit,
  leaseSeconds,
}: {
  limit: number;
  leaseSeconds: number;
}): Promise<ClaimedEmail[]> {
  const db = getDb();
  const candidates = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(due)
    .orderBy(outbox.nextAttemptAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(outbox)
    .set({ claimedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`, attempts: sql`${outbox.attempts} + 1` })
    .where(and(inArray(outbox.id, candidates), due))
    .returning({
      id: outbox.id,
      kind: outbox.kind,
      to: outbox.toAddress,
      subject: outbox.subject,
      text: outbox.textBody,
      html: outbox.htmlBody,
      attempts: outbox.attempts,
    });
}

/** Records that a claimed message went out (through SMTP, or to the log without it). */
export async function markEmailSent({ id, via }: { id: string; via: "smtp" | "log" }): Promise<void> {
  await getDb()
    .update(outbox)
    .set({ sentAt: sql`now()`, sentVia: via, claimedUntil: null, lastError: null })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

/**
 * Records a failed attempt: the next one waits 30 seconds, doubling each time up to an hour;
 * after MAX_ATTEMPTS the message is given up on and stays in the outbox for an admin to see.
 */
export async function markEmailFailed({ id, error }: { id: string; error: string }): Promise<void> {
  await getDb()
    .update(outbox)
    .set({
      claimedUntil: null,
      lastError: error.slice(0, 500),
      nextAttemptAt: sql`now() + make_interval(secs => least(3600, 30 * power(2, ${outbox.attempts} - 1)))`,
      failedAt: sql`case when ${outbox.attempts} >= ${MAX_ATTEMPTS} then now() end`,
    })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

export type OutboxStatus = "pending" | "sent" | "failed";

export type OutboxRow = {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  attempts: number;
  status: OutboxStatus;
  sentAt: Date | null;
  sentVia: string | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

const statusFilters: Record<OutboxStatus, ReturnType<typeof and>> = {
  pending: and(isNull(outbox.sentAt), isNull(outbox.failedAt)),
  sent: isNotNull(outbox.sentAt),
  failed: isNotNull(outbox.failedAt),
};

/** The outbox, newest first, for admins: what was sent, what waits, what was given up on. */
export async function listOutbox({
  status,
  page = 1,
  pageSize = 30,
}: {
  status?: OutboxStatus;
  page?: number;
  pageSize?: number;
}): Promise<Page<OutboxRow>> {
  const db = getDb();
  const where = status ? statusFilters[status] : undefined;
  return paginate(
    { page, pageSize },
    ({ limit, offset }) =>
      db
        .select({
          id: outbox.id,
          kind: outbox.kind,
          to: outbox.toAddress,
          subject: outbox.subject,
          text: outbox.textBody,
          createdAt: outbox.createdAt,
          attempts: outbox.attempts,
          sentAt: outbox.sentAt,
          sentVia: outbox.sentVia,
          failedAt: outbox.failedAt,
          nextAttemptAt: outbox.nextAttemptAt,
          lastError: outbox.lastError,
        })
        .from(outbox)
        .where(where)
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(limit)
        .offset(offset),
    countOf(db.select({ n: count() }).from(outbox).where(where)),
    ({ failedAt, ...row }) => ({
      ...row,
      status: row.sentAt ? "sent" : failedAt ? "failed" : "pending",
    }),
  );
}
