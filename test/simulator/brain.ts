// The brain (Cloud Servers API) router, for an authenticated actor (a user, or a user's API key).
// Visibility follows the docs: no GET privilege → 404 for every method; GET but no write
// privilege → 403 for PUT/POST/DELETE; unknown things → 404. Each resource's handlers live in
// routes/*.ts; this file only walks the path.
import { Access, isWrite, methodNotAllowed, notFound, type Actor } from './access';
import { flag, json, type Reply, type SimRequest } from './http';
import { discRoutes, flatDiscs } from './routes/discs';
import { createGroup, deleteGroup, updateGroup } from './routes/groups';
import { flatIps, nicRoutes } from './routes/network';
import { apiKeyRoutes, privilegeRoutes, privilegesOn, userRoutes } from './routes/people';
import { createServer, serverRoutes } from './routes/servers';
import { accountJson, groupJson, nicJson, vmJson, type View } from './serialize';
import type { State } from './state';
import type { SimServer, SimUser } from './types';

/** What every route handler gets: the state, who is asking, and how they want it shown. */
export interface Ctx {
  state: State;
  ax: Access;
  view: View;
}

export class Brain {
  constructor(private readonly state: State) {}

  /** The actor a bearer `apikey.<secret>` stands for: the key's user, acting with the key's privileges. */
  actorForApiKey(token: string, users: SimUser[]): Actor | undefined {
    const key = this.state.people.apiKeyForToken(token);
    const user = key && users.find((u) => u.username === key.username);
    return key && user ? { user, apiKey: key } : undefined;
  }

  handle(req: SimRequest, actor: Actor): Reply {
    const ax = new Access(this.state, actor);
    const view: View = {
      overview: req.query.get('view') === 'overview',
      includeDeleted: flag(req.query, 'include_deleted'),
      sees: { group: (g) => ax.seesGroup(g), server: (s) => ax.seesServer(s) },
    };
    const c: Ctx = { state: this.state, ax, view };
    const [root, ...rest] = req.segments;
    switch (root) {
      case 'accounts': return this.nested(c, req, rest);
      case 'groups': return this.flatGroups(c, req, rest);
      case 'virtual_machines': return this.flatServers(c, req, rest);
      case 'discs': return flatDiscs(c, req, rest, this.filteredServers(c, req));
      case 'nics': return this.flatNics(c, req, rest);
      case 'ips': return flatIps(c, req, rest);
      case 'users': return userRoutes(c, req, rest);
      case 'privileges': return privilegeRoutes(c, req, rest);
      case 'api_keys': return apiKeyRoutes(c, req, rest);
      default: return notFound(`the path ${req.pathname}`);
    }
  }

  // ---- /accounts/... ----

  private nested(c: Ctx, req: SimRequest, p: string[]): Reply {
    const { state, ax, view } = c;
    if (p.length === 0) {
      if (req.method === 'POST') return ax.forbidden('the list of accounts'); // creating accounts is for Bytemark staff
      if (req.method !== 'GET') return methodNotAllowed(['GET', 'POST']);
      return json(200, ax.visibleAccounts().map((a) => accountJson(state, a, view)));
    }
    const acc = ax.account(p[0]!);
    if (!acc.ok) return acc.reply;
    const a = acc.value;
    if (p.length === 1) {
      if (req.method === 'GET') return json(200, accountJson(state, a, view));
      if (req.method === 'PUT' || req.method === 'DELETE') {
        // The name cannot change and deleting needs staff; an administrator's PUT is a no-op.
        if (req.method === 'DELETE' || !ax.adminsAccount(a.id)) return ax.forbidden(`account '${a.name}'`);
        return json(200, accountJson(state, a, view));
      }
      return methodNotAllowed(['GET', 'PUT', 'DELETE']);
    }
    if (p[1] === 'privileges' && p.length === 2) return privilegesOn(c, req, { account_id: a.id });
    if (p[1] !== 'groups') return notFound(`the path ${req.pathname}`);
    if (p.length === 2) {
      if (req.method === 'POST') return createGroup(c, req, a);
      if (req.method !== 'GET') return methodNotAllowed(['GET', 'POST']);
      return json(200, state.groupsOf(a.id).filter((g) => ax.seesGroup(g)).map((g) => groupJson(state, g, view)));
    }
    const g = state.groupByRef(a, p[2]!);
    if (!g || !ax.seesGroup(g)) return notFound(`group '${p[2]}' in account '${a.name}'`);
    if (p.length === 3) {
      switch (req.method) {
        case 'GET': return json(200, groupJson(state, g, view));
        case 'PUT': return updateGroup(c, req, g);
        case 'DELETE': return deleteGroup(c, req, g);
        default: return methodNotAllowed(['GET', 'PUT', 'DELETE']);
      }
    }
    if (p.length === 4 && p[3] === 'privileges') return privilegesOn(c, req, { group_id: g.id });
    if (p.length === 4 && p[3] === 'vm_create') {
      if (req.method !== 'POST') return methodNotAllowed(['POST']);
      return createServer(c, req, g, 'vm_create');
    }
    if (p[3] !== 'virtual_machines') return notFound(`the path ${req.pathname}`);
    if (p.length === 4) {
      if (req.method === 'POST') return createServer(c, req, g, 'virtual_machines');
      if (req.method !== 'GET') return methodNotAllowed(['GET', 'POST']);
      return json(200, state.serversIn(g.id, view.includeDeleted).filter((s) => ax.seesServer(s)).map((s) => vmJson(s, view.overview)));
    }
    const found = state.serverByRef(g, p[4]!);
    const s = found && ax.seesServer(found) ? found : undefined;
    // Reads hide deleted servers unless asked; writes must reach them (undelete, purge).
    if (!s || (s.deleted && !isWrite(req.method) && !view.includeDeleted)) {
      return s
        ? { status: 404, contentType: 'text/plain; charset=utf-8', body: `Not found: server '${s.name}' is deleted; add include_deleted=true to see it` }
        : notFound(`server '${p[4]}' in group '${g.name}' of account '${a.name}'`);
    }
    if (isWrite(req.method) && !ax.adminsServer(s)) return ax.forbidden(`server '${s.name}'`);
    const sub = p[5];
    if (p.length === 5) return serverRoutes(c, req, g, s);
    if (p.length === 6 && sub === 'privileges') return privilegesOn(c, req, { virtual_machine_id: s.id });
    if (sub === 'discs') return discRoutes(c, req, s, p.slice(6));
    if (sub === 'nics') return nicRoutes(c, req, s, p.slice(6));
    if (p.length === 6 && (sub === 'signal' || sub === 'reimage')) return serverRoutes(c, req, g, s, sub);
    return notFound(`the path ${req.pathname}`);
  }

  // ---- non-nested, read-only (except DELETE /discs/{id}, in routes/discs.ts) ----

  private flatGroups(c: Ctx, req: SimRequest, p: string[]): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const visible = c.ax.visibleGroups();
    if (p.length === 0) {
      return json(200, visible.filter((g) => this.matchesGroupFilters(c, req.query, g.id)).map((g) => groupJson(c.state, g, c.view)));
    }
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    // By id; a name is accepted when it names one visible group (narrow it with ?account_name=).
    const byName = visible.filter((x) => x.name === p[0] && this.matchesGroupFilters(c, req.query, x.id));
    const g = visible.find((x) => String(x.id) === p[0]) ?? (byName.length === 1 ? byName[0] : undefined);
    return g ? json(200, groupJson(c.state, g, c.view)) : notFound(`group ${p[0]}`);
  }

  private flatServers(c: Ctx, req: SimRequest, p: string[]): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    if (p.length === 0) return json(200, this.filteredServers(c, req).map((s) => vmJson(s, c.view.overview)));
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    const s = /^\d+$/.test(p[0]!) ? c.state.serverById(Number(p[0])) : undefined;
    if (!s || !c.ax.seesServer(s) || (s.deleted && !c.view.includeDeleted)) return notFound(`server ${p[0]}`);
    return json(200, vmJson(s, c.view.overview));
  }

  private flatNics(c: Ctx, req: SimRequest, p: string[]): Reply {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const items = this.filteredServers(c, req).flatMap((s) => s.network_interfaces.map(nicJson));
    if (p.length === 0) return json(200, items);
    if (p.length > 1) return notFound(`the path ${req.pathname}`);
    const one = items.find((x) => String(x.id) === p[0]);
    return one ? json(200, one) : notFound(`network interface ${p[0]}`);
  }

  private matchesGroupFilters(c: Ctx, q: URLSearchParams, groupId: number): boolean {
    const g = c.state.groups.get(groupId)!;
    const a = c.state.accounts.get(g.account_id)!;
    const want = (k: string, v: string) => !q.has(k) || q.get(k) === v;
    return want('account_id', String(a.id)) && want('account_name', a.name) &&
      want('group_id', String(g.id)) && want('group_name', g.name);
  }

  /** Servers the actor can see, narrowed by the documented query filters. */
  private filteredServers(c: Ctx, req: SimRequest): SimServer[] {
    const q = req.query;
    const includeDeleted = flag(q, 'include_deleted');
    const out: SimServer[] = [];
    for (const g of c.ax.visibleGroups()) {
      if (!this.matchesGroupFilters(c, q, g.id)) continue;
      for (const s of c.state.serversIn(g.id, includeDeleted)) {
        if (!c.ax.seesServer(s)) continue;
        if (q.has('vm_id') && q.get('vm_id') !== String(s.id)) continue;
        if (q.has('vm_name') && q.get('vm_name') !== s.name) continue;
        out.push(s);
      }
    }
    return out;
  }
}
