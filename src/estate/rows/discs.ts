// A server's "Discs" row: its discs come from the overview, so expanding it asks nothing.
import * as l10n from '@vscode/l10n';
import { discCount } from '../../model/counts';
import { formatDiscSize } from '../../model/format';
import type { DiscNode } from '../nodes';
import { describeRow } from './row';

export const discsRow = describeRow({
  kind: 'discs',
  holds: ['disc'],
  children(node, rows) {
    const list = (node.parent.vm.discs ?? []).map((disc, i) =>
      rows.reuse(`disc:${disc.id}`, (): DiscNode => ({ kind: 'disc', id: `disc:${disc.id}`, parent: node, disc, root: i === 0 }), (n) => {
        n.disc = disc;
        n.root = i === 0;
        n.parent = node;
      }));
    return list.length ? list : [rows.placeholder(node, l10n.t('No discs'))];
  },
  look(_node, server) {
    const discs = server.vm.discs ?? [];
    return { label: l10n.t('Discs'), description: `${discCount(discs.length)} · ${formatDiscSize(discs.reduce((sum, d) => sum + d.size, 0))}`, icon: 'database', expandable: true };
  },
});
