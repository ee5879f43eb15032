// `bigv.health.enabled`: whether servers' health is read over SSH, for every profile (true) or by
// profile id (`{ "default": true, "staging": false }`). Off unless said. No vscode import.

export function healthEnabledFor(value: unknown, profileId: string): boolean {
  if (value === true) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.prototype.hasOwnProperty.call(value, profileId) && (value as Record<string, unknown>)[profileId] === true;
}
