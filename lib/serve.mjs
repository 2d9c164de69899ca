// `npm start`: the production server. It is `next start` plus one thing Next does not do: the
// client's address. `next start` passes on whatever X-Forwarded-For a client sends, so a rate
// limit keyed on it can be dodged by writing a new one each time. Here the address is worked out
// from the socket and TRUSTED_PROXY_HOPS (lib/client-address.mjs) and handed to the app in a
// header that is always overwritten. Uses Next's documented custom-server API.
import { createServer } from "node:http";
import next from "next";
import { parseTrustedProxyHops, pickClientAddress, SERVER_ADDRESS_HEADER } from "./client-address.mjs";

const port = Number(process.env.PORT || 3000);
const hops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
// An operator's own header (a host that sets a trusted one) wins; otherwise the app reads ours.
const own = !process.env.CLIENT_ADDRESS_HEADER;
if (own) process.env.CLIENT_ADDRESS_HEADER = SERVER_ADDRESS_HEADER;

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  if (own) {
    const forwarded = request.headers["x-forwarded-for"];
    request.headers[SERVER_ADDRESS_HEADER] = pickClientAddress(
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      request.socket.remoteAddress,
      hops,
    );
  }
  handle(request, response);
}).listen(port, () => {
  console.log(`Quire is ready on http://localhost:${port} (trusted proxy hops: ${hops})`);
});
