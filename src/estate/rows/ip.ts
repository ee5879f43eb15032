// An address of a server: its reverse DNS (once read), whether it is primary, its family or the
// address an extra one is routed via.
import * as l10n from '@vscode/l10n';
import { describeRow } from './row';

export const ipRow = describeRow({
  kind: 'ip',
  look(node) {
    const rdns = node.parent.rdns?.get(node.ip);
    const kind = node.family === 'extra' ? l10n.t('extra, via {0}', node.routedVia ?? '?') : node.family === 'ipv6' ? 'IPv6' : 'IPv4';
    return {
      label: node.ip,
      description: [rdns ?? undefined, node.primary ? l10n.t('primary') : undefined, kind].filter(Boolean).join(' · '),
      icon: node.family === 'extra' ? 'link' : 'globe',
      expandable: false,
      tooltip: [
        node.ip,
        l10n.t('Reverse DNS: {0}', rdns ?? (node.parent.rdns?.has(node.ip) ? l10n.t('none') : l10n.t('not read'))),
        l10n.t('Interface: {0}', node.nic),
        kind,
      ],
    };
  },
  facts: (node) => ({ extra: node.family === 'extra' }),
  pick: {
    words: (node) => ({ label: node.ip, description: node.family === 'extra' ? l10n.t('extra') : node.family }),
    none: (server) => l10n.t('{0} has no IP addresses.', server),
  },
});
