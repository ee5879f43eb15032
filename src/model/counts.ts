// Counted nouns in words: "1 server", "3 servers", never "server(s)". A language with other
// plural rules translates each form; the count is always a number. No vscode import.
import * as l10n from '@vscode/l10n';

export const serverCount = (n: number): string => (n === 1 ? l10n.t('1 server') : l10n.t('{0} servers', n));
export const discCount = (n: number): string => (n === 1 ? l10n.t('1 disc') : l10n.t('{0} discs', n));
export const groupCount = (n: number): string => (n === 1 ? l10n.t('1 group') : l10n.t('{0} groups', n));
export const keyCount = (n: number): string => (n === 1 ? l10n.t('1 key') : l10n.t('{0} keys', n));
