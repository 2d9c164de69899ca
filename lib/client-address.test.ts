import { describe, expect, it } from "vitest";
import { parseTrustedProxyHops, pickClientAddress } from "./client-address.mjs";

describe("pickClientAddress", () => {
  it("facing the internet (0 hops), the socket's peer: whatever X-Forwarded-For says", () => {
    expect(pickClientAddress(undefined, "198.51.100.9", 0)).toBe("198.51.100.9");
    for (const forged of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "10.0.0.1"]) {
      expect(pickClientAddress(forged, "198.51.100.9", 0)).toBe("198.51.100.9");
    }
  });

  it("behind one proxy, the address that proxy appended; what the client wrote before it is ignored", () => {
    // nginx appends $remote_addr; the socket's peer is nginx itself.
    expect(pickClientAddress("203.0.113.5", "127.0.0.1", 1)).toBe("203.0.113.5");
    expect(pickClientAddress("1.1.1.1, 203.0.113.5", "127.0.0.1", 1)).toBe("203.0.113.5");
    expect(pickClientAddress("9.9.9.9, 8.8.8.8, 203.0.113.5", "127.0.0.1", 1)).toBe("203.0.113.5");
  });

  it("behind two, the entry two places left of the socket; a request that skipped them gets its leftmost", () => {
    expect(pickClientAddress("6.6.6.6, 203.0.113.5, 192.0.2.1", "127.0.0.1", 2)).toBe("203.0.113.5");
    expect(pickClientAddress(undefined, "198.51.100.9", 2)).toBe("198.51.100.9");
    expect(pickClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS, refusing anything but a small whole number", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("1")).toBe(1);
    for (const bad of ["-1", "1.5", "many", "99"])
      expect(() => parseTrustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
