// The rule for a client's address, shared by the production server (lib/serve.mjs, plain
// Node) and the app. Plain JavaScript with JSDoc types, so Node runs it without a build.

/** The header the production server sets, after removing any copy a client sent. */
export const SERVER_ADDRESS_HEADER = "x-quire-client-address";

/**
 * The client's address from what the server saw: the X-Forwarded-For chain and the socket's
 * own peer. Every hop appends the address it was reached from, so with `hops` trusted reverse
 * proxies in front, the client is the entry `hops` places left of the socket's: anything further
 * left was written by the client and proves nothing. A chain shorter than that (a request that
 * skipped the proxies) yields its leftmost entry.
 * @param {string | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} socketAddress the TCP peer's address
 * @param {number} hops trusted reverse proxies in front of this server (TRUSTED_PROXY_HOPS)
 * @returns {string}
 */
export function pickClientAddress(forwardedFor, socketAddress, hops) {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (socketAddress) chain.push(socketAddress);
  if (chain.length === 0) return "unknown";
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/**
 * TRUSTED_PROXY_HOPS as a number: 0 when unset (the server faces the internet).
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error("TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the reverse proxies in front of Quire)");
  }
  return hops;
}
