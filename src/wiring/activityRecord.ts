// One profile's side of the Activity log: each outcome the runner records becomes an entry with
// the profile, who acted (the tool's `agent: …` actor, else the signed-in user), the failure's
// reason (as the log has it, redacted by the client, capped) and the server as it reads after the
// change (what undo compares against). No vscode import.
import type { ActivityLog } from '../estate/activity';
import type { Estate } from '../estate/estate';
import type { JobRecord } from '../estate/runner';
import { errorReason } from '../model/failureText';
import { serverFacts } from '../model/undoSteps';

const ERROR_CAP = 500;

export interface RecorderParts {
  log: ActivityLog;
  profileId: string;
  profileName(): string;
  username(): string | undefined;
  estate: Estate;
}

export function activityRecorder(p: RecorderParts): (r: JobRecord) => void {
  return (r) => {
    const vm = r.server ? p.estate.server(r.server.id)?.vm : undefined;
    p.log.add({
      at: r.startedAt,
      ms: r.ms,
      profile: p.profileId,
      profileName: p.profileName(),
      who: r.actor ?? p.username() ?? 'you',
      target: r.target,
      action: r.action,
      outcome: r.outcome,
      ...(r.error !== undefined ? { error: errorReason(r.error).slice(0, ERROR_CAP) } : {}),
      // A move leaves the server in another group: the entry keeps where it is now.
      ...(r.server ? { server: vm ? { id: r.server.id, ref: { ...r.server.ref, group: vm.group_id } } : r.server } : {}),
      ...(r.undo ? { undo: r.undo } : {}),
      ...(vm ? { after: serverFacts(vm) } : {}),
    });
  };
}
