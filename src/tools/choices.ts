// bigv_listChoices: what a new server, a reimage or a resize can be given (images, zones,
// storage grades, hardware profiles, sizes), from the brain's definitions (no sign-in needed).
import { z } from '../api';
import { COMMON_SIZES, SIZE_LIMITS, DISC_LIMITS } from '../model/names';
import { formatMemory } from '../model/format';
import { defineTool, ToolError } from './types';

const WHAT = ['images', 'zones', 'storageGrades', 'hardwareProfiles', 'sizes'] as const;

export interface ChoicesInput {
  what?: (typeof WHAT)[number] | undefined;
  profile?: string | undefined;
}

export const listChoices = defineTool<ChoicesInput>({
  name: 'bigv_listChoices',
  kind: 'read',
  schema: () => z.strictObject({ what: z.optional(z.enum(WHAT)), profile: z.optional(z.string()) }),
  invocation: (i) => `Reading the ${i.what ?? 'choices'} Bytemark Cloud offers`,
  async invoke(host, input, signal) {
    const wanted = input.profile?.toLowerCase();
    const p = host.profiles().find((x) => wanted === undefined || x.profile.name.toLowerCase() === wanted || x.profile.id === wanted);
    if (!p) throw new ToolError(`There is no profile "${input.profile}".`);
    const defs = await p.ctx.definitions(signal);
    const want = (w: (typeof WHAT)[number]) => input.what === undefined || input.what === w;
    const out: string[] = [];
    if (want('images')) out.push(`images: ${defs.distributions.map((d) => (defs.distributionDescriptions[d] ? `${d} (${defs.distributionDescriptions[d]})` : d)).join(', ')}`);
    if (want('zones')) out.push(`zones: ${defs.zoneNames.join(', ')}`);
    if (want('storageGrades')) out.push(`storage grades: ${defs.storageGrades.map((g) => (defs.storageGradeDescriptions[g] ? `${g} (${defs.storageGradeDescriptions[g]})` : g)).join(', ')}; discs ${DISC_LIMITS.minGiB} to ${DISC_LIMITS.maxGiB} GiB`);
    if (want('hardwareProfiles')) out.push(`hardware profiles: ${defs.hardwareProfiles.join(', ')}`);
    if (want('sizes')) {
      const common = COMMON_SIZES.map((s) => `${s.cores} vCPU/${formatMemory(s.memory)}`).join(', ');
      out.push(`sizes: common ${common}; any ${SIZE_LIMITS.coresMin} to ${SIZE_LIMITS.coresMax} vCPU and ${SIZE_LIMITS.memoryMin / 1024} to ${SIZE_LIMITS.memoryMax / 1024} GiB of memory in steps of ${SIZE_LIMITS.memoryStep / 1024} GiB`);
    }
    return out.join('\n');
  },
});
