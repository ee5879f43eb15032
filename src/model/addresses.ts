// The addresses of a server, in the order a user wants them offered: the primary (first NIC's
// first IPv4) first, then its other IPv4, IPv6, and extra (routed) IPs.
import type { VirtualMachine } from '../api';

export type AddressKind = 'ipv4' | 'ipv6' | 'extra';

export interface ServerAddress {
  ip: string;
  kind: AddressKind;
  /** The NIC's label (or its index, `nic N`), to tell NICs apart on multi-NIC servers. */
  nic: string;
  primary: boolean;
  /** For an extra IP: the address it is routed via. */
  routedVia?: string;
}

let net: typeof import('node:net') | undefined;

/** 4, 6 or 0 (not an address). node:net is loaded here, on first use: activation reads no address. */
function ipVersion(ip: string): number {
  net ??= require('node:net') as typeof import('node:net');
  return net.isIP(ip);
}

export function serverAddresses(vm: Pick<VirtualMachine, 'network_interfaces'>): ServerAddress[] {
  const v4: ServerAddress[] = [];
  const v6: ServerAddress[] = [];
  const extra: ServerAddress[] = [];
  (vm.network_interfaces ?? []).forEach((nic, i) => {
    const nicName = nic.label ?? `nic ${i + 1}`;
    for (const ip of nic.ips) {
      const version = ipVersion(ip);
      if (version === 4) v4.push({ ip, kind: 'ipv4', nic: nicName, primary: false });
      else if (version === 6) v6.push({ ip, kind: 'ipv6', nic: nicName, primary: false });
    }
    for (const [ip, via] of Object.entries(nic.extra_ips ?? {})) {
      extra.push({ ip, kind: 'extra', nic: nicName, primary: false, routedVia: via });
    }
  });
  const all = [...v4, ...v6, ...extra];
  if (all.length > 0) all[0] = { ...all[0], primary: true };
  return all;
}
