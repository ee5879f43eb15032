// What a person types for discs and addresses, checked as they type so the brain's 400 is the
// exception: disc labels, sizes in GiB, reverse DNS host names, how many addresses and why.
import * as l10n from '@vscode/l10n';

/** vda, sdb, xvdc1: the brain refuses device names as labels (they are not how discs are named). */
const DEVICE_NAME = /^(?:[shv]|xv)d[a-z]+\d*$/;
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** The largest disc the brain makes, in GiB. */
export const MAX_DISC_GIB = 2048;
export const MAX_DISCS = 8;

export function discLabelProblem(label: string, taken: readonly string[]): string | undefined {
  if (label === '') return l10n.t('Type a label, e.g. data.');
  if (!LABEL.test(label)) return l10n.t('Use letters, digits, dots, dashes and underscores (up to 63), starting with a letter or digit.');
  if (DEVICE_NAME.test(label)) return l10n.t('A label is not a device name such as vda or sdb; choose a word such as data.');
  if (taken.includes(label)) return l10n.t('This server already has a disc called {0}.', label);
  return undefined;
}

/** Whole GiB between `min` and the largest disc; undefined when fine. */
export function discSizeProblem(text: string, min = 1): string | undefined {
  const t = text.trim();
  if (t === '') return l10n.t('Type a size in GiB.');
  const n = Number(t);
  if (!/^\d+$/.test(t) || !Number.isInteger(n)) return l10n.t('Type a whole number of GiB, e.g. 25.');
  if (n < min) return min > 1 ? l10n.t('A disc can only grow: type more than {0} GiB.', min - 1) : l10n.t('At least 1 GiB.');
  if (n > MAX_DISC_GIB) return l10n.t('At most {0} GiB.', MAX_DISC_GIB);
  return undefined;
}

const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** A reverse DNS name: a fully qualified host name (www.example.com); undefined when fine. */
export function hostnameProblem(text: string): string | undefined {
  const host = text.trim().replace(/\.$/, '');
  if (host === '') return undefined;
  if (host.length > 253) return l10n.t('A host name is at most 253 characters.');
  const labels = host.split('.');
  if (labels.length < 2) return l10n.t('Type a full host name with a domain, e.g. www.example.com.');
  if (!labels.every((l) => HOST_LABEL.test(l))) return l10n.t('Each part between dots uses letters, digits and dashes (not at either end), up to 63 characters.');
  if (/^\d+$/.test(labels[labels.length - 1]!)) return l10n.t('The last part is a domain ending such as com, not a number.');
  return undefined;
}

export function ipCountProblem(text: string): string | undefined {
  return /^[1-4]$/.test(text.trim()) ? undefined : l10n.t('Between 1 and 4 addresses.');
}
