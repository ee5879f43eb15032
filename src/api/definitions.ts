// `GET /definitions` answers `[{id, data}]`; the brain adds ids over time, so unknown ones are
// skipped, but a known id whose data has the wrong shape is an error naming that id.
import * as z from 'zod/mini';
import { DefinitionListSchema, type Definitions } from './schemas';
import { describeZodError } from './zodErrors';

const names = z.array(z.string());
const descriptions = z.record(z.string(), z.string());

/** Thrown by `toDefinitions`; the caller turns it into an InvalidResponseError with the endpoint. */
export class DefinitionsShapeError extends Error {}

const byCollation = (a: string, b: string) => a.localeCompare(b);

export function toDefinitions(raw: unknown): Definitions {
  const list = DefinitionListSchema.safeParse(raw);
  if (!list.success) throw new DefinitionsShapeError(describeZodError(list.error, 'definitions'));

  const defs: Definitions = {
    distributions: [],
    distributionDescriptions: {},
    hardwareProfiles: [],
    zoneNames: [],
    storageGrades: [],
    storageGradeDescriptions: {},
    keymaps: [],
    sendkeys: [],
  };
  const parse = <S extends z.ZodMiniType>(schema: S, id: string, data: unknown): z.output<S> => {
    const r = schema.safeParse(data);
    if (!r.success) throw new DefinitionsShapeError(describeZodError(r.error, `definitions.${id}`));
    return r.data;
  };

  for (const { id, data } of list.data) {
    switch (id) {
      case 'distributions':
        defs.distributions = parse(names, id, data).sort(byCollation);
        break;
      case 'distribution_descriptions':
        defs.distributionDescriptions = parse(descriptions, id, data);
        break;
      case 'hardware_profiles':
        defs.hardwareProfiles = parse(names, id, data).sort(byCollation);
        break;
      case 'zone_names':
        defs.zoneNames = parse(names, id, data).sort(byCollation);
        break;
      case 'storage_grades':
        defs.storageGrades = parse(names, id, data).sort(byCollation);
        break;
      case 'storage_grade_descriptions':
        defs.storageGradeDescriptions = parse(descriptions, id, data);
        break;
      case 'keymaps':
        defs.keymaps = parse(names, id, data);
        break;
      case 'sendkeys':
        // Order matters to a person picking keys (modifiers first), so it is kept as sent.
        defs.sendkeys = parse(names, id, data);
        break;
      default:
        break;
    }
  }
  return defs;
}
