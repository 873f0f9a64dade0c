// Copies each request's socket address into the private header PEER_HEADER, overwriting
// anything the client sent under that name (see lib/http/client-address.ts for why).
// Installed once per server process by instrumentation.ts, before requests are handled:
// Next.js serves every request in that process with the IncomingMessage whose headers are
// patched here. A request seen before the patch (none once the server is ready) has no
// header and counts under the address "inconnue".
import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "@/lib/http/client-address";

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

export function installPeerAddressHeader() {
  for (const server of [http.Server.prototype, https.Server.prototype] as unknown as { emit: Emit; __peerPatched?: boolean }[]) {
    if (server.__peerPatched) continue;
    const original = server.emit;
    server.emit = function emit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        const address = req.socket?.remoteAddress;
        if (address) req.headers[PEER_HEADER] = address;
        else delete req.headers[PEER_HEADER];
      }
      return original.call(this, event, ...args);
    };
    server.__peerPatched = true;
  }
}
