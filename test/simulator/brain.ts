// The brain (Cloud Servers API) routes, for an authenticated user.
// Visibility follows the docs: no GET privilege → 404 for every method; GET but no write
// privilege → 403 for PUT/POST/DELETE; unknown things → 404.
import { flag, json, jsonObjectBody, noContent, problems, text, type Reply, type SimRequest } from './http';
import { accountJson, discJson, groupJson, nicJson, vmJson, type View } from './serialize';
import type { State } from './state';
import type { SimAccount, SimGroup, SimServer, SimUser } from './types';
import { validateReimage, validateServerPatch, validateSignal } from './validate';

type Found<T> = { ok: true; value: T } | { ok: false; reply: Reply };

const notFound = (what: string): Reply => text(404, `Not found: ${what} does not exist or you do not have access to it`);
const methodNotAllowed = (allow: string[]): Reply => ({
  ...text(405, `Method not allowed here; use ${allow.join(', ')}`),
  headers: { allow: allow.join(', ') },
});
const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

export class Brain {
  constructor(private readonly state: State) {}

  handle(req: SimRequest, user: SimUser): Reply {
    const [root, ...rest] = req.segments;
    switch (root) {
      case 'accounts': return this.nested(req, user, rest);
      case 'groups': return this.flatGroups(req, user, rest);
      case 'virtual_machines': return this.flatServers(req, user, rest);
      case 'discs': return this.flatDiscsOrNics(req, user, rest, 'discs');
      case 'nics': return this.flatDiscsOrNics(req, user, rest, 'nics');
      default: return notFound(`the path ${req.pathname}`);
    }
  }

  // ---- helpers ----

  private view(req: SimRequest): View {
    return { overview: req.query.get('view') === 'overview', includeDeleted: flag(req.query, 'include_deleted') };
  }

  private visibleAccounts(user: SimUser): SimAccount[] {
    return [...this.state.accounts.values()].filter((a) => user.access[a.name] !== undefined);
  }

  private account(user: SimUser, ref: string): Found<SimAccount> {
    const a = this.state.accountByRef(ref);
    if (!a || user.access[a.name] === undefined) return { ok: false, reply: notFound(`account '${ref}'`) };
    return { ok: true, value: a };
  }

  private canWrite(user: SimUser, accountId: number): boolean {
    const a = this.state.accounts.get(accountId);
    return a !== undefined && user.access[a.name] === 'admin';
  }

  private forbidden(user: SimUser, what: string): Reply {
    return text(403, `Forbidden: user '${user.username}' may read ${what} but not change it; ask an account administrator for a higher privilege`);
  }

  // ---- /accounts/... ----

  private nested(req: SimRequest, user: SimUser, p: string[]): Reply {
    const view = this.view(req);
    if (p.length === 0) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      return json(200, this.visibleAccounts(user).map((a) => accountJson(this.state, a, view)));
    }
    const acc = this.account(user, p[0]!);
    if (!acc.ok) return acc.reply;
    const a = acc.value;
    if (p.length === 1) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      return json(200, accountJson(this.state, a, view));
    }
    if (p[1] !== 'groups') return notFound(`the path ${req.pathname}`);
    if (p.length === 2) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      return json(200, this.state.groupsOf(a.id).map((g) => groupJson(this.state, g, view)));
    }
    const g = this.state.groupByRef(a, p[2]!);
    if (!g) return notFound(`group '${p[2]}' in account '${a.name}'`);
    if (p.length === 3) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      return json(200, groupJson(this.state, g, view));
    }
    if (p[3] !== 'virtual_machines') return notFound(`the path ${req.pathname}`);
    if (p.length === 4) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      return json(200, this.state.serversIn(g.id, view.includeDeleted).map((s) => vmJson(s, view.overview)));
    }
    const s = this.state.serverByRef(g, p[4]!);
    // Reads hide deleted servers unless asked; writes must reach them (undelete, purge).
    if (!s || (s.deleted && !isWrite(req.method) && !view.includeDeleted)) {
      return s
        ? text(404, `Not found: server '${s.name}' is deleted; add include_deleted=true to see it`)
        : notFound(`server '${p[4]}' in group '${g.name}' of account '${a.name}'`);
    }
    if (isWrite(req.method) && !this.canWrite(user, a.id)) return this.forbidden(user, `server '${s.name}'`);
    if (p.length === 5) return this.server(req, user, g, s);
    const sub = p[5];
    if (p.length === 6 && (sub === 'signal' || sub === 'reimage')) {
      if (req.method !== 'POST') return methodNotAllowed(['POST']);
      return sub === 'signal' ? this.signal(req, s) : this.reimage(req, s);
    }
    if ((sub === 'discs' || sub === 'nics') && p.length <= 7) {
      if (req.method !== 'GET') return methodNotAllowed(['GET']);
      const items = sub === 'discs' ? s.discs.map(discJson) : s.network_interfaces.map(nicJson);
      if (p.length === 6) return json(200, items);
      const ref = p[6]!;
      const one = items.find((x) => String(x.id) === ref || (sub === 'discs' && x.label === ref));
      return one ? json(200, one) : notFound(`${sub === 'discs' ? 'disc' : 'network interface'} '${ref}' of server '${s.name}'`);
    }
    return notFound(`the path ${req.pathname}`);
  }

  private server(req: SimRequest, user: SimUser, g: SimGroup, s: SimServer): Reply {
    switch (req.method) {
      case 'GET': return json(200, vmJson(s, this.view(req).overview));
      case 'PUT': return this.updateServer(req, user, g, s);
      case 'DELETE': return this.deleteServer(req, s);
      default: return methodNotAllowed(['GET', 'PUT', 'DELETE']);
    }
  }

  private updateServer(req: SimRequest, user: SimUser, g: SimGroup, s: SimServer): Reply {
    const body = jsonObjectBody(req);
    if (!body.ok) return body.reply;
    if (s.deleted && body.value.deleted !== false) {
      return problems({ deleted: ['the server is deleted; restore it with {"deleted": false} before changing it'] });
    }
    const result = validateServerPatch(body.value, {
      server: s,
      group: g,
      reimaging: this.state.isReimaging(s),
      writableGroup: (id) => {
        const target = this.state.groups.get(id);
        return target && this.canWrite(user, target.account_id) ? target : undefined;
      },
      nameTaken: (group, name) => this.state.nameTaken(group, name, s),
    });
    if ('problems' in result) return problems(result.problems);
    const patch = result.patch;
    if (patch.undelete) this.state.undelete(s);
    if (patch.cores !== undefined) s.cores = patch.cores;
    if (patch.memory !== undefined) s.memory = patch.memory;
    if (patch.hardware_profile !== undefined) s.hardware_profile = patch.hardware_profile;
    if (patch.hardware_profile_locked !== undefined) s.hardware_profile_locked = patch.hardware_profile_locked;
    if (patch.cdrom_url !== undefined) s.cdrom_url = patch.cdrom_url;
    if (patch.keymap !== undefined) s.keymap = patch.keymap;
    if (patch.appliance) s.lastAppliance = patch.appliance;
    if (patch.name !== undefined || patch.group) this.state.renameOrMove(s, patch.name ?? s.name, patch.group ?? g);
    this.state.applyPower(s, patch.power_on, patch.autoreboot_on);
    return json(200, vmJson(s, this.view(req).overview));
  }

  private deleteServer(req: SimRequest, s: SimServer): Reply {
    if (flag(req.query, 'purge')) {
      this.state.purge(s);
      return noContent();
    }
    if (s.deleted) return problems({ deleted: ['the server is already deleted; use ?purge=true to remove it for good'] });
    this.state.softDelete(s);
    return noContent();
  }

  private signal(req: SimRequest, s: SimServer): Reply {
    const body = jsonObjectBody(req);
    if (!body.ok) return body.reply;
    const result = validateSignal(body.value, s);
    if ('problems' in result) return problems(result.problems);
    const sig = result.signal;
    const record = { signal: sig.signal, ...(sig.data !== undefined ? { data: sig.data } : {}), at: Date.now() };
    s.signals.push(record);
    s.lastSignal = record;
    if (sig.signal === 'powerdown') this.state.powerdown(s);
    if (sig.keys) s.sentKeys.push(...sig.keys);
    return json(200, { signal: sig.signal, ...(sig.data !== undefined ? { data: sig.data } : {}) });
  }

  private reimage(req: SimRequest, s: SimServer): Reply {
    const body = jsonObjectBody(req);
    if (!body.ok) return body.reply;
    const result = validateReimage(body.value, s, this.state.isReimaging(s));
    if ('problems' in result) return problems(result.problems);
    const { distribution, ssh_public_key, firstboot_script } = result.spec;
    // The root password goes nowhere: not into the bookkeeping, not into the reply.
    s.lastReimage = {
      distribution,
      ...(ssh_public_key !== undefined ? { ssh_public_key } : {}),
      ...(firstboot_script !== undefined ? { firstboot_script } : {}),
    };
    this.state.reimage(s, distribution);
    return json(200, { distribution, ...(ssh_public_key !== undefined ? { ssh_public_key } : {}) });
  }

  // ---- non-nested, read-only ----

  private flatGroups(req: SimRequest, user: SimUser, p: string[]): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const view = this.view(req);
    const visible = this.visibleGroups(user);
    if (p.length === 0) {
      return json(200, visible.filter((g) => this.matchesGroupFilters(req.query, g)).map((g) => groupJson(this.state, g, view)));
    }
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    const g = visible.find((x) => String(x.id) === p[0]);
    return g ? json(200, groupJson(this.state, g, view)) : notFound(`group ${p[0]}`);
  }

  private flatServers(req: SimRequest, user: SimUser, p: string[]): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const view = this.view(req);
    if (p.length === 0) return json(200, this.filteredServers(req, user).map((s) => vmJson(s, view.overview)));
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    const s = /^\d+$/.test(p[0]!) ? this.state.serverById(Number(p[0])) : undefined;
    const g = s && this.state.groups.get(s.group_id);
    const visible = g && this.visibleGroups(user).includes(g);
    if (!s || !visible || (s.deleted && !view.includeDeleted)) return notFound(`server ${p[0]}`);
    return json(200, vmJson(s, view.overview));
  }

  private flatDiscsOrNics(req: SimRequest, user: SimUser, p: string[], kind: 'discs' | 'nics'): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const items = this.filteredServers(req, user).flatMap((s) =>
      kind === 'discs' ? s.discs.map(discJson) : s.network_interfaces.map(nicJson));
    if (p.length === 0) return json(200, items);
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    const one = items.find((x) => String(x.id) === p[0]);
    return one ? json(200, one) : notFound(`${kind === 'discs' ? 'disc' : 'network interface'} ${p[0]}`);
  }

  private visibleGroups(user: SimUser): SimGroup[] {
    const ids = new Set(this.visibleAccounts(user).map((a) => a.id));
    return [...this.state.groups.values()].filter((g) => ids.has(g.account_id));
  }

  private matchesGroupFilters(q: URLSearchParams, g: SimGroup): boolean {
    const a = this.state.accounts.get(g.account_id)!;
    const want = (k: string, v: string) => !q.has(k) || q.get(k) === v;
    return want('account_id', String(a.id)) && want('account_name', a.name) &&
      want('group_id', String(g.id)) && want('group_name', g.name);
  }

  /** Servers the user can see, narrowed by the documented query filters. */
  private filteredServers(req: SimRequest, user: SimUser): SimServer[] {
    const q = req.query;
    const includeDeleted = flag(q, 'include_deleted');
    const out: SimServer[] = [];
    for (const g of this.visibleGroups(user)) {
      if (!this.matchesGroupFilters(q, g)) continue;
      for (const s of this.state.serversIn(g.id, includeDeleted)) {
        if (q.has('vm_id') && q.get('vm_id') !== String(s.id)) continue;
        if (q.has('vm_name') && q.get('vm_name') !== s.name) continue;
        out.push(s);
      }
    }
    return out;
  }
}
