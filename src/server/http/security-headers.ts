// The security headers of every response (helmet's set: CSP, HSTS when cookies are secure,
// X-Frame-Options, no sniffing, referrer policy, cross-origin policies…). helmet is run once, when
// the app is built, against a recorder; each request then gets the recorded headers. The Fastify
// plugin instead rebuilt helmet — parsing the CSP directives again — on every request.
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with these options (names as helmet writes them). */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name];
    },
  };
  let failed: unknown = null;
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    failed = err ?? null;
  });
  if (failed) throw failed;
  return headers;
}

/** Adds the headers to every reply (a route may still replace one, as the API docs do with CSP). */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = helmetHeaders(options);
  const entries = Object.entries(headers);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of entries) reply.header(name, value);
    done();
  });
}
