// Which servers each command makes sense for. Used both to filter the quick pick and to re-check
// a server passed in from a tree node, whose state may have moved on since the menu was drawn.
import type { VirtualMachine } from '../api';

type VmState = Pick<VirtualMachine, 'power_on' | 'deleted'>;

export const isDeleted = (vm: VmState): boolean => vm.deleted === true;
export const isLive = (vm: VmState): boolean => !isDeleted(vm);
export const isRunning = (vm: VmState): boolean => isLive(vm) && vm.power_on;
export const isStopped = (vm: VmState): boolean => isLive(vm) && !vm.power_on;
