// A server's "Network" row: its addresses come from the overview; their reverse DNS is read (one
// GET per address, a few at a time) when the row is first expanded.
import * as l10n from '@vscode/l10n';
import { serverAddresses } from '../../model/addresses';
import { errorReason } from '../../model/failureText';
import type { IpNode } from '../nodes';
import { mapLimited } from '../pool';
import { describeRow } from './row';

/** Reverse DNS reads in flight at once: a server has a handful of addresses, the brain is shared. */
const RDNS_CONCURRENCY = 4;

export const networkRow = describeRow({
  kind: 'network',
  holds: ['ip'],
  children(node, rows) {
    const list = serverAddresses(node.parent.vm).map((a) =>
      rows.reuse(`ip:${node.parent.vm.id}:${a.ip}`, (): IpNode => ({ kind: 'ip', id: `ip:${node.parent.vm.id}:${a.ip}`, parent: node, ip: a.ip, family: a.kind, nic: a.nic, primary: a.primary, ...(a.routedVia ? { routedVia: a.routedVia } : {}) }), (n) => {
        Object.assign(n, { family: a.kind, nic: a.nic, primary: a.primary, routedVia: a.routedVia, parent: node });
      }));
    return list.length ? list : [rows.placeholder(node, l10n.t('No IP addresses'))];
  },
  look(node, server) {
    const count = serverAddresses(server.vm).length;
    return {
      label: l10n.t('Network'),
      description: count === 1 ? l10n.t('1 address') : l10n.t('{0} addresses', count),
      icon: 'globe',
      expandable: true,
      ...(node.error ? { tooltip: [node.error] } : {}),
    };
  },
  lazy: {
    done: (node) => node.rdns !== undefined || node.error !== undefined,
    async read(node, io) {
      const ips = serverAddresses(node.parent.vm).map((a) => a.ip);
      const rdns = new Map<string, string | null>();
      let failed = 0;
      await mapLimited(ips, RDNS_CONCURRENCY, async (ip) => {
        try {
          rdns.set(ip, (await io.brain.network.getIp(ip)).rdns ?? null);
        } catch (err) {
          failed++;
          io.warn(`Reading the reverse DNS of ${ip} failed: ${errorReason(err)}`);
        }
      });
      node.rdns = rdns;
      if (failed > 0 && failed === ips.length) node.error = l10n.t('Reverse DNS could not be read; see the log.');
    },
    forget(node) {
      delete node.rdns;
      delete node.error;
    },
    childrenNeedIt: false,
  },
});
