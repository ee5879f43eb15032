// Discs under a server (list/read/create/resize/move/delete), their backups and backup
// schedules, and the non-nested /discs forms (GET, and the DELETE the Go client uses).
// Write access to the server is checked by the router before these run.
import type { Ctx } from '../brain';
import { methodNotAllowed, notFound } from '../access';
import { flag, json, jsonObjectBody, noContent, problems, text, type Reply, type SimRequest } from '../http';
import { backupJson, discJson, scheduleJson } from '../serialize';
import type { SimDisc, SimServer } from '../types';
import { DISC_LIMITS, intIn, validateDisc, validateSchedule } from '../validateCreate';
import type { Problems } from '../validate';

const DELETED = { deleted: ["discs can not be changed while the VM they're assigned to is deleted"] };

export function discRoutes(c: Ctx, req: SimRequest, s: SimServer, p: string[]): Reply {
  const m = req.method;
  if (p.length === 0) {
    if (m === 'GET') return json(200, s.discs.map(discJson));
    if (m !== 'POST') return methodNotAllowed(['GET', 'POST']);
    if (s.deleted) return problems(DELETED);
    return createDisc(c, req, s);
  }
  const d = s.discs.find((x) => String(x.id) === p[0] || x.label === p[0]);
  if (!d) return notFound(`disc '${p[0]}' of server '${s.name}'`);
  if (m !== 'GET' && s.deleted) return problems(DELETED);
  if (p.length === 1) {
    switch (m) {
      case 'GET': return json(200, discJson(d));
      case 'PUT': return updateDisc(c, req, s, d);
      case 'DELETE': return deleteDisc(req, s, d);
      default: return methodNotAllowed(['GET', 'PUT', 'DELETE']);
    }
  }
  if (p[1] === 'backups') return backupRoutes(c, req, s, d, p.slice(2));
  if (p[1] === 'backup_schedules') return scheduleRoutes(c, req, d, p.slice(2));
  return notFound(`the path ${req.pathname}`);
}

function createDisc(c: Ctx, req: SimRequest, s: SimServer): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  if (s.discs.length >= DISC_LIMITS.maxPerServer) return problems({ discs: [`a server can have at most ${DISC_LIMITS.maxPerServer} discs`] });
  const r = validateDisc(body.value, `disc-${s.discs.length + 1}`, new Set(s.discs.map((d) => d.label)));
  if ('problems' in r) return json(400, r.problems);
  const pool = s.discs[0]?.storage_pool.split('-')[0] ?? 'tail1';
  const d = c.state.addDisc(s, { label: r.spec.label, size: r.spec.size, storage_grade: r.spec.storage_grade, storage_pool: `${pool}-${r.spec.storage_grade}1` });
  for (const sch of r.spec.backup_schedules) c.state.res.addSchedule(d, sch);
  return json(201, discJson(d));
}

function updateDisc(c: Ctx, req: SimRequest, s: SimServer, d: SimDisc): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const b = body.value;
  if (b.iops_limit !== undefined) return c.ax.forbidden(`the IOPS limit of disc '${d.label}' (Bytemark staff only)`);
  const p: Problems = {};
  if (b.size !== undefined && intIn(p, 'size', b.size, DISC_LIMITS.sizeMin, DISC_LIMITS.sizeMax) && b.size < d.size) {
    (p.size ??= []).push(`cannot be reduced (from ${d.size} MiB); discs can only grow`);
  }
  if (b.storage_grade !== undefined && b.storage_grade !== d.storage_grade) (p.storage_grade ??= []).push('cannot be changed here; ask Bytemark support to migrate the disc');
  let target: SimServer | undefined;
  if (b.virtual_machine_id !== undefined && b.virtual_machine_id !== s.id) {
    const t = typeof b.virtual_machine_id === 'number' ? c.state.serverById(b.virtual_machine_id) : undefined;
    if (!t || !c.ax.seesServer(t) || t.deleted) (p.virtual_machine_id ??= []).push('is invalid (no such server)');
    else if (!c.ax.adminsServer(t)) return c.ax.forbidden(`server '${t.name}'`);
    else if (s.discs[0] === d) (p.virtual_machine_id ??= []).push('a root disc cannot be moved');
    else if (s.power_on || t.power_on) (p.virtual_machine_id ??= []).push('both servers must be powered off to move a disc');
    else if (t.discs.length >= DISC_LIMITS.maxPerServer) (p.virtual_machine_id ??= []).push(`the target server already has ${DISC_LIMITS.maxPerServer} discs`);
    else if (t.discs.some((x) => x.label === d.label)) (p.label ??= []).push(`is already used on server '${t.name}'`);
    else target = t;
  }
  if (Object.keys(p).length > 0) return problems(p);
  if (typeof b.size === 'number') d.size = b.size;
  if (target) {
    s.discs.splice(s.discs.indexOf(d), 1);
    target.discs.push(d);
    d.virtual_machine_id = target.id;
  }
  return json(200, discJson(d));
}

function deleteDisc(req: SimRequest, s: SimServer, d: SimDisc): Reply {
  // The documented quirk: without purge=true the call fails with a 500.
  if (!flag(req.query, 'purge')) return text(500, 'Internal Server Error: deleting a disc needs ?purge=true');
  s.discs.splice(s.discs.indexOf(d), 1);
  return noContent();
}

function backupRoutes(c: Ctx, req: SimRequest, s: SimServer, d: SimDisc, p: string[]): Reply {
  const backups = (d.backups ??= []);
  if (p.length === 0) {
    if (req.method === 'GET') return json(200, backups.map(backupJson));
    if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
    return json(201, backupJson(c.state.takeBackup(d, true))); // no body needed (the Go client sends none); in progress at first
  }
  const b = p.length === 1 ? backups.find((x) => String(x.id) === p[0] || x.label === p[0]) : undefined;
  if (!b) return notFound(`backup '${p[0]}' of disc '${d.label}'`);
  switch (req.method) {
    case 'GET': return json(200, backupJson(b));
    case 'DELETE':
      backups.splice(backups.indexOf(b), 1);
      return noContent();
    case 'PUT': {
      const body = jsonObjectBody(req);
      if (!body.ok) return body.reply;
      if (body.value.restore !== true) return problems({ restore: ['must be true (the only change a backup takes)'] });
      if (s.power_on) return problems({ power_on: ['the server must be powered off to restore a backup'] });
      // "Before doing this, a new backup is made of the disc's current state" (bigv-api.md §B.6,
      // the CLI's `restore backup` help). Its label and `manual` flag are not in the reference: it
      // is labelled like any other new backup here, and manual (asked for, not scheduled).
      c.state.takeBackup(d, true);
      d.lastRestore = { backupId: b.id, at: Date.now() };
      return json(200, backupJson(b));
    }
    default: return methodNotAllowed(['GET', 'PUT', 'DELETE']);
  }
}

function scheduleRoutes(c: Ctx, req: SimRequest, d: SimDisc, p: string[]): Reply {
  const schedules = (d.backup_schedules ??= []);
  if (p.length === 0) {
    if (req.method === 'GET') return json(200, schedules.map(scheduleJson));
    if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
    const body = jsonObjectBody(req);
    if (!body.ok) return body.reply;
    const r = validateSchedule(body.value);
    if ('problems' in r) return json(400, r.problems);
    return json(201, scheduleJson(c.state.res.addSchedule(d, r.spec)));
  }
  const sch = p.length === 1 ? schedules.find((x) => String(x.id) === p[0]) : undefined;
  if (!sch) return notFound(`backup schedule '${p[0]}' of disc '${d.label}'`);
  if (req.method === 'GET') return json(200, scheduleJson(sch));
  if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'DELETE']);
  schedules.splice(schedules.indexOf(sch), 1);
  return noContent();
}

/** `GET /discs[?vm_id=…]`, `GET /discs/{id}`, and `DELETE /discs/{id}?purge=true`. */
export function flatDiscs(c: Ctx, req: SimRequest, p: string[], visible: SimServer[]): Reply {
  if (p.length > 1) return notFound(`the path ${req.pathname}`);
  if (p.length === 0) {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    return json(200, visible.flatMap((s) => s.discs.map(discJson)));
  }
  const found = /^\d+$/.test(p[0]!) ? c.state.res.discById(Number(p[0])) : undefined;
  if (!found || !c.ax.seesServer(found.server)) return notFound(`disc ${p[0]}`);
  if (req.method === 'GET') return json(200, discJson(found.disc));
  if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'DELETE']);
  if (!c.ax.adminsServer(found.server)) return c.ax.forbidden(`disc ${p[0]}`);
  if (found.server.deleted) return problems(DELETED);
  return deleteDisc(req, found.server, found.disc);
}
