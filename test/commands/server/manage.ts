// Answers for the quick picks of the manage-server tests, by position or label.
import type { Call } from '../../support/fakeUi';

type Pick = (call: Call) => unknown;
export const first: Pick = (c) => (c.kind === 'pick' ? c.items[0] : undefined);
export const last: Pick = (c) => (c.kind === 'pick' ? c.items.at(-1) : undefined);
/** The item whose label contains `text`. */
export const labelled = (text: string): Pick => (c) => {
  const item = c.kind === 'pick' ? c.items.find((i) => i.label.includes(text)) : undefined;
  if (!item) throw new Error(`no item with "${text}" in ${c.kind === 'pick' ? c.items.map((i) => i.label).join(' | ') : c.kind}`);
  return item;
};
