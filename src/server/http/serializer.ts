// Responses are encoded through their zod schema (fastify-type-provider-zod), which drops every
// key the schema does not list. In tests the serializer is strict: a response that would lose a
// key fails, so a schema in src/shared/api cannot silently fall behind what a handler sends.
import { serializerCompiler } from 'fastify-type-provider-zod';

type Compiler = typeof serializerCompiler;

/** Paths of the keys present in `sent` (as JSON) but missing from `kept`. */
export function droppedKeys(sent: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((x, i) => droppedKeys(x, kept[i], `${path}[${i}]`));
  if (!sent || typeof sent !== 'object' || !kept || typeof kept !== 'object' || Array.isArray(kept))
    return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(sent)) {
    const p = path ? `${path}.${k}` : k;
    if (!(k in kept)) out.push(p);
    else out.push(...droppedKeys(v, (kept as Record<string, unknown>)[k], p));
  }
  return out;
}

export function responseSerializer({ strict }: { strict: boolean }): Compiler {
  if (!strict) return serializerCompiler;
  return (route) => {
    const encode = serializerCompiler(route);
    return (data) => {
      const out = encode(data);
      const dropped = droppedKeys(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(out));
      if (dropped.length > 0) {
        const message = `${route.method} ${route.url}: the response schema drops ${dropped.slice(0, 10).join(', ')}`;
        console.error(message);
        throw new Error(message);
      }
      return out;
    };
  };
}
