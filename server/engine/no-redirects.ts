// The engine client never follows HTTP redirects: docker-modem's built-in follower is replaced by Node's plain request.
/**
 * docker-modem sends every request through its own copy of follow-redirects (docker-modem/lib/http.js): a 3xx
 * answer with a Location is followed, and a Location like `//host:port/x` — which the engine produces when it
 * cleans a path with `..` in it — sends the next request to that host (SSRF); an odd Location even throws inside
 * a response listener (an uncaught exception). The engine never redirects a well-formed request, so a 3xx is
 * handed back as the answer (an error, since no call expects one). Importing this module installs that once.
 */
import http from "node:http";
import https from "node:https";
// @ts-expect-error docker-modem ships no types for its internal module; it is the object modem.js requires.
import modemHttpModule from "docker-modem/lib/http";

type RequestFn = typeof http.request;
const modemHttp = modemHttpModule as Record<string, { request: RequestFn; get: unknown }>;

function plain(native: typeof http | typeof https) {
  const request = ((...args: Parameters<RequestFn>) => native.request(...args)) as RequestFn;
  return {
    request,
    get: (...args: Parameters<RequestFn>) => {
      const req = request(...args);
      req.end();
      return req;
    },
  };
}

modemHttp.http = plain(http);
modemHttp.https = plain(https);
