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

/**
 * The JSON shown to the user: every field the API sent, including ones this extension does not
 * know (the schemas are loose on purpose), with the usual fields first so the top of the
 * document answers the common questions.
 */
export function renderProperties(vm: VirtualMachine): string {
  const first = ['name', 'id', 'hostname', 'power_on', 'autoreboot_on', 'deleted', 'cores', 'memory', 'management_address', 'last_imaged_with', 'zone_name'];
  const ordered: Record<string, unknown> = {};
  for (const k of first) if (k in vm) ordered[k] = (vm as Record<string, unknown>)[k];
  for (const [k, v] of Object.entries(vm)) if (!(k in ordered)) ordered[k] = v;
  return JSON.stringify(ordered, null, 2) + '\n';
}
