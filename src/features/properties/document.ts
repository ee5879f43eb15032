// The properties document's address and text, without vscode so they can be unit tested.
// The path uses names (`/<account>/<group>/<server>.json`) rather than ids: it is what the user
// sees in the editor tab and breadcrumbs, and the API accepts names in nested paths.
import type { ServerRef, VirtualMachine } from '../../api';

export const PROPERTIES_SCHEME = 'bigv';

export function propertiesPath(account: string, group: string, server: string): string {
  return `/${encode(account)}/${encode(group)}/${encode(server)}.json`;
}

/** encodeURIComponent throws on a lone surrogate ("URI malformed"); a name from the API may hold one. */
function encode(name: string): string {
  return encodeURIComponent(name.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** The server a properties path names, or undefined if the path is not one of ours. */
export function parsePropertiesPath(path: string): (ServerRef & { account: string; group: string; server: string }) | undefined {
  const m = /^\/([^/]+)\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (m === null) return undefined;
  try {
    const [account, group, server] = [m[1], m[2], m[3]].map((s) => decodeURIComponent(s));
    if (account === '' || group === '' || server === '') return undefined;
    return { account, group, server };
  } catch {
    return undefined;
  }
}

/** How deep the document goes; a real server is a few levels deep. */
export const MAX_SHOWN_DEPTH = 100;
/** What stands for anything nested deeper. */
export const TOO_DEEP = '… (nested too deeply to show)';

/**
 * The JSON shown to the user: every field the API sent, including ones this extension does not
 * know (the schemas are loose on purpose), with the usual fields first so the top of the
 * document answers the common questions.
 */
export function renderProperties(vm: VirtualMachine): string {
  const first = ['name', 'id', 'hostname', 'power_on', 'autoreboot_on', 'deleted', 'cores', 'memory', 'management_address', 'last_imaged_with', 'zone_name'];
  const fields = new Map<string, unknown>();
  for (const k of first) if (Object.hasOwn(vm, k)) fields.set(k, (vm as Record<string, unknown>)[k]);
  for (const [k, v] of Object.entries(vm)) if (!fields.has(k)) fields.set(k, v);
  // JSON.stringify recurses: data nested tens of thousands deep would overflow the stack.
  return JSON.stringify(capDepth(Object.fromEntries(fields), MAX_SHOWN_DEPTH), null, 2) + '\n';
}

type Container = Record<string, unknown> | unknown[];

/**
 * A copy of JSON data with whatever lies `max` levels down replaced by TOO_DEEP, made without
 * recursion. Objects are made without a prototype, so a `__proto__` field stays a field.
 */
export function capDepth(value: unknown, max: number): unknown {
  const holder: unknown[] = [undefined];
  const work: Array<{ from: unknown; into: Container; key: string | number; depth: number }> = [{ from: value, into: holder, key: 0, depth: 0 }];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const { from, into, key, depth } = item;
    let copy: unknown = from;
    if (typeof from === 'object' && from !== null) {
      if (depth >= max) copy = TOO_DEEP;
      else if (Array.isArray(from)) {
        const list: unknown[] = new Array<unknown>(from.length).fill(null);
        from.forEach((v, i) => work.push({ from: v, into: list, key: i, depth: depth + 1 }));
        copy = list;
      } else {
        const obj = Object.create(null) as Record<string, unknown>;
        // Keys set now, values as the work reaches them: the order stays the API's.
        for (const [k, v] of Object.entries(from)) {
          obj[k] = null;
          work.push({ from: v, into: obj, key: k, depth: depth + 1 });
        }
        copy = obj;
      }
    }
    (into as Record<string | number, unknown>)[key] = copy;
  }
  return holder[0];
}
