// The overview, read item by item: one account, group or server the schema refuses becomes an
// `InvalidItem` with the field and the problem named, and everything else still arrives.
import * as z from 'zod/mini';
import { VirtualMachineSchema, type Account, type Group, type VirtualMachine } from './schemas';
import { isVirtualMachine } from './fastCheck';
import { describeZodError } from './zodErrors';

const int = z.int();

const AccountHead = z.looseObject({ id: int, name: z.string(), suspended: z.optional(z.boolean()), groups: z.optional(z.array(z.unknown())) });
const GroupHead = z.looseObject({ id: int, name: z.string(), virtual_machines: z.optional(z.array(z.unknown())) });

/** The raw answer: a list of something; what each item is, is checked one by one. */
export const RawOverviewSchema = z.array(z.unknown());
/** One account's overview: what it holds is checked item by item, as in the list. */
export const RawAccountSchema = z.unknown();

export interface InvalidItem {
  kind: 'account' | 'group' | 'server';
  /** Where it sits, when its parents could be read. */
  accountId?: number;
  groupId?: number;
  /** Its name or id, if even that much could be read. */
  name: string;
  /** `accounts[0].groups[1].virtual_machines[2].power_on: expected boolean, received string` */
  reason: string;
}

export interface Overview {
  accounts: Account[];
  invalid: InvalidItem[];
}

/**
 * The data already held for a server, if a raw item is that same data. Such an item passed these
 * checks when it first came, so a reload takes the held object as it is: ten thousand unchanged
 * servers then cost a comparison each, and their fresh copies are garbage at once.
 */
export type Unchanged = (vmId: number, raw: unknown) => VirtualMachine | undefined;

function nameOf(raw: unknown, fallback: string): string {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as { name?: unknown; id?: unknown };
  if (typeof r.name === 'string' && r.name !== '') return r.name;
  return typeof r.id === 'number' ? `#${r.id}` : fallback;
}

export function parseOverview(raw: readonly unknown[], unchanged?: Unchanged): Overview {
  const invalid: InvalidItem[] = [];
  const accounts: Account[] = [];
  raw.forEach((rawAccount, a) => {
    const where = `accounts[${a}]`;
    const head = AccountHead.safeParse(rawAccount);
    if (!head.success) {
      invalid.push({ kind: 'account', name: nameOf(rawAccount, `account ${a + 1}`), reason: describeZodError(head.error, where) });
      return;
    }
    const groups: Group[] = [];
    (head.data.groups ?? []).forEach((rawGroup, g) => {
      const gWhere = `${where}.groups[${g}]`;
      const gHead = GroupHead.safeParse(rawGroup);
      if (!gHead.success) {
        invalid.push({ kind: 'group', accountId: head.data.id, name: nameOf(rawGroup, `group ${g + 1}`), reason: describeZodError(gHead.error, gWhere) });
        return;
      }
      const vms: VirtualMachine[] = [];
      (gHead.data.virtual_machines ?? []).forEach((rawVm, v) => {
        const held = unchanged && heldData(rawVm, unchanged);
        if (held) {
          vms.push(held);
          return;
        }
        if (isVirtualMachine(rawVm)) {
          vms.push(rawVm);
          return;
        }
        const vm = VirtualMachineSchema.safeParse(rawVm);
        if (vm.success) vms.push(vm.data);
        else invalid.push({ kind: 'server', accountId: head.data.id, groupId: gHead.data.id, name: nameOf(rawVm, `server ${v + 1}`), reason: describeZodError(vm.error, `${gWhere}.virtual_machines[${v}]`) });
      });
      groups.push({ ...gHead.data, virtual_machines: vms });
    });
    accounts.push({ ...head.data, groups });
  });
  return { accounts, invalid };
}

function heldData(raw: unknown, unchanged: Unchanged): VirtualMachine | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' ? unchanged(id, raw) : undefined;
}
