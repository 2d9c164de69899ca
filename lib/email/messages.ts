import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { OutgoingEmail } from "@/db/queries/outbox";
import { site } from "../site";

/**
 * The messages Quire sends. Each has a plain-text and an HTML part built from the same pieces;
 * the HTML is a hast tree serialised by hast-util-to-html, so a hostile name is text, never markup.
 */

type Piece = { text: string } | { link: string; label: string };

type Message = {
  kind: string;
  to: string;
  subject: string;
  greeting: string;
  /** Paragraphs, each a run of text and links. */
  body: Piece[][];
  /** The button: the one thing the message asks for. */
  action?: { label: string; href: string };
  /** Why the reader got this, and what to do if it was not them. */
  why: string;
};

// In the plain-text part a link is written as "label <address>", which mail programs make clickable.
const paragraphText = (pieces: Piece[]) =>
  pieces.map((p) => ("text" in p ? p.text : `${p.label} <${p.link}>`)).join("");

function render(message: Message): OutgoingEmail {
  const { name, url } = site();
  const text = [
    message.greeting,
    ...message.body.map(paragraphText),
    ...(message.action ? [`${message.action.label}: <${message.action.href}>`] : []),
    "--",
    `${message.why}`,
    `${name}, ${url}`,
  ].join("\n\n");

  const paragraph = { style: "margin:0 0 16px;font-size:16px;line-height:1.5;color:#1c1917" };
  const tree = h("html", { lang: "en" }, [
    h("head", [h("meta", { charset: "utf-8" }), h("title", message.subject)]),
    h("body", { style: "margin:0;padding:24px;background:#fafaf9;font-family:Georgia,serif" }, [
      h("div", { style: "max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px" }, [
        h("p", { style: "margin:0 0 24px;font-size:14px;color:#57534e;font-family:sans-serif" }, name),
        h("p", paragraph, message.greeting),
        ...message.body.map((pieces) =>
          h(
            "p",
            paragraph,
            pieces.map((p) => ("text" in p ? p.text : h("a", { href: p.link, style: "color:#9a3412" }, p.label))),
          ),
        ),
        ...(message.action
          ? [
              h("p", { style: "margin:24px 0" }, [
                h(
                  "a",
                  {
                    href: message.action.href,
                    style:
                      "display:inline-block;padding:12px 20px;background:#9a3412;color:#ffffff;text-decoration:none;border-radius:6px;font-family:sans-serif;font-weight:600",
                  },
                  message.action.label,
                ),
              ]),
              h(
                "p",
                { style: "margin:0 0 16px;font-size:13px;color:#57534e;word-break:break-all" },
                `Or open this address: ${message.action.href}`,
              ),
            ]
          : []),
        h("hr", { style: "border:none;border-top:1px solid #e7e5e4;margin:24px 0" }),
        h("p", { style: "margin:0;font-size:13px;line-height:1.5;color:#57534e;font-family:sans-serif" }, [
          message.why,
          " ",
          h("a", { href: url, style: "color:#57534e" }, name),
        ]),
      ]),
    ]),
  ]);
  return {
    kind: message.kind,
    to: message.to,
    subject: message.subject,
    text,
    html: `<!doctype html>${toHtml(tree)}`,
  };
}

/** A link to a page of this site. */
export const siteLink = (path: string) => new URL(path, site().url).toString();

export function passwordResetEmail({ to, name, link }: { to: string; name: string; link: string }) {
  return render({
    kind: "password-reset",
    to,
    subject: `Reset your password for ${site().name}`,
    greeting: `Hello ${name},`,
    body: [[{ text: "Someone asked to reset the password of your account. The link works once, for one hour." }]],
    action: { label: "Choose a new password", href: link },
    why: "You got this because a password reset was asked for with your address. If it was not you, ignore this message: your password stays as it is.",
  });
}

export function signInLinkEmail({ to, name, link }: { to: string; name: string; link: string }) {
  return render({
    kind: "sign-in",
    to,
    subject: `Sign in to ${site().name}`,
    greeting: `Hello ${name},`,
    body: [[{ text: "Here is the link you asked for to sign in. It works once, for 15 minutes." }]],
    action: { label: "Sign in", href: link },
    why: "You got this because a sign-in link was asked for with your address. If it was not you, ignore this message: nobody can sign in without it.",
  });
}

export function verifyEmailEmail({ to, name, link }: { to: string; name: string; link: string }) {
  return render({
    kind: "email-verification",
    to,
    subject: `Confirm your email for ${site().name}`,
    greeting: `Welcome, ${name}!`,
    body: [[{ text: "Please confirm that this is your address. Then you can like posts and join the conversation." }]],
    action: { label: "Confirm my email", href: link },
    why: "You got this because an account was created with your address. If it was not you, ignore this message and no account will be confirmed.",
  });
}

export function signUpAttemptEmail({ to, name, resetLink }: { to: string; name: string; resetLink: string }) {
  return render({
    kind: "sign-up-attempt",
    to,
    subject: `Someone tried to create an account with your email on ${site().name}`,
    greeting: `Hello ${name},`,
    body: [
      [{ text: "Someone tried to create a new account with your address, which already has one." }],
      [{ text: "If it was you, you can " }, { link: siteLink("/sign-in"), label: "sign in" }, { text: "." }],
      [{ text: "Forgot your password? The button below lets you choose a new one (for one hour)." }],
    ],
    action: { label: "Reset my password", href: resetLink },
    why: "You got this because your address was entered on our sign-up form. If it was not you, ignore this message: nothing has changed.",
  });
}

export function confirmNewEmailEmail({ to, name, link }: { to: string; name: string; link: string }) {
  return render({
    kind: "email-change",
    to,
    subject: `Confirm your new email for ${site().name}`,
    greeting: `Hello ${name},`,
    body: [
      [
        {
          text: "Please confirm that your account should use this address from now on. The link works once, for one day.",
        },
      ],
    ],
    action: { label: "Use this address", href: link },
    why: "You got this because someone signed in to an account asked to move it to this address. If it was not you, ignore this message: nothing changes.",
  });
}

export function emailChangedEmail({ to, name, newEmail }: { to: string; name: string; newEmail: string }) {
  return render({
    kind: "email-changed",
    to,
    subject: `Your email for ${site().name} was changed`,
    greeting: `Hello ${name},`,
    body: [
      [{ text: `Your account now uses ${newEmail} instead of this address.` }],
      [
        { text: "If you did not do this, someone else may be signed in to your account: " },
        { link: siteLink("/forgot-password"), label: "reset your password" },
        { text: " from the new address, or reply to this message." },
      ],
    ],
    why: "You got this because this address was the one on the account until now.",
  });
}
