import { env } from "../env";

/** Whether messages really leave: with SMTP_URL they do; without it they go to the log. */
export function emailDelivery(): "smtp" | "log" {
  return env().SMTP_URL ? "smtp" : "log";
}
