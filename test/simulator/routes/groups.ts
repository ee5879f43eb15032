// Groups: create (account admin), rename (group admin), delete (account admin; refused while
// the group holds servers, deleted ones included, and for the `default` group).
import type { Ctx } from '../brain';
import { json, jsonObjectBody, noContent, problems, type Reply, type SimRequest } from '../http';
import { groupJson } from '../serialize';
import type { SimAccount, SimGroup } from '../types';
import { checkName, type Problems } from '../validate';

function groupName(c: Ctx, body: Record<string, unknown>, accountId: number, except?: SimGroup): { name: string } | { problems: Problems } {
  const p: Problems = {};
  if (!checkName(p, body.name)) return { problems: p };
  const name = body.name as string;
  if (c.state.groupsOf(accountId).some((g) => g.name === name && g !== except)) return { problems: { name: ['has already been taken'] } };
  return { name };
}

export function createGroup(c: Ctx, req: SimRequest, a: SimAccount): Reply {
  if (!c.ax.adminsAccount(a.id)) return c.ax.forbidden(`account '${a.name}'`);
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const r = groupName(c, body.value, a.id);
  if ('problems' in r) return problems(r.problems);
  const g = c.state.addGroup(a, r.name);
  // The official docs answer 200 here (the general rule would be 201); clients accept any 2xx.
  return json(200, groupJson(c.state, g, c.view));
}

export function updateGroup(c: Ctx, req: SimRequest, g: SimGroup): Reply {
  if (!c.ax.adminsGroup(g)) return c.ax.forbidden(`group '${g.name}'`);
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  if (body.value.name === undefined) return json(200, groupJson(c.state, g, c.view)); // nothing we know of to change
  if (g.name === 'default' && body.value.name !== 'default') return problems({ name: ['the default group cannot be renamed'] });
  const r = groupName(c, body.value, g.account_id, g);
  if ('problems' in r) return problems(r.problems);
  c.state.renameGroup(g, r.name);
  return json(200, groupJson(c.state, g, c.view));
}

export function deleteGroup(c: Ctx, _req: SimRequest, g: SimGroup): Reply {
  if (!c.ax.adminsAccount(g.account_id)) return c.ax.forbidden(`group '${g.name}'`);
  if (g.name === 'default') return problems({ group: ['the default group cannot be deleted'] });
  const n = c.state.groupSize(g);
  if (n > 0) {
    return problems({ group: [`is not empty (${n} server${n === 1 ? '' : 's'}, deleted ones included); purge them first`] });
  }
  c.state.people.forgetTarget('group_id', g.id);
  c.state.removeGroup(g);
  return noContent();
}
