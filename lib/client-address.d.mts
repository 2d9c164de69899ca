export declare const SERVER_ADDRESS_HEADER: "x-quire-client-address";
export declare function pickClientAddress(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  hops: number,
): string;
export declare function parseTrustedProxyHops(value: string | undefined): number;
