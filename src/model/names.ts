// The rules the brain applies to server and group names (lower-case letters, digits and hyphens,
// at most 63, no hyphen at either end: a DNS label, because the name becomes part of the
// hostname), checked as the user types so a refusal never has to travel to the API and back.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type NameProblem = 'empty' | 'too-long' | 'upper-case' | 'characters' | 'hyphen-edge' | 'taken';

/** `taken`: the names already in the group (a server) or account (a group), compared exactly. */
export function nameProblem(name: string, taken: ReadonlySet<string> = new Set()): NameProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (name.length > 63) return 'too-long';
  if (!LABEL.test(name)) {
    if (LABEL.test(name.toLowerCase())) return 'upper-case';
    if (/^[a-z0-9-]+$/i.test(name)) return 'hyphen-edge';
    return 'characters';
  }
  return taken.has(name) ? 'taken' : undefined;
}

/** Common sizes, and the bounds the brain accepts for cores and memory (MiB, in steps of 256). */
export const SIZE_LIMITS = { coresMin: 1, coresMax: 16, memoryMin: 1024, memoryMax: 131072, memoryStep: 256 } as const;

export interface MachineSize {
  cores: number;
  /** MiB. */
  memory: number;
}

export const COMMON_SIZES: readonly MachineSize[] = [
  { cores: 1, memory: 1024 },
  { cores: 1, memory: 2048 },
  { cores: 2, memory: 4096 },
  { cores: 4, memory: 8192 },
  { cores: 8, memory: 16384 },
  { cores: 16, memory: 65536 },
];

/** Disc sizes are sold in GiB; the API counts MiB. */
export const DISC_LIMITS = { maxDiscs: 8, minGiB: 1, maxGiB: 2048 } as const;
