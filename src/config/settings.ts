// Typed, validated view of the `bigv.*` settings. A mistyped number or flag falls back to the
// default with a warning instead of breaking sign-in or the tree. An unusable endpoint never does:
// falling back would send the user's password to a server they did not choose. Its place holds a
// marker the API client refuses with an error naming the setting (the session shows it as its
// `endpointError`), and `problems` says the same for anything else. No vscode import: the caller
// passes a `get` (vscode's WorkspaceConfiguration satisfies it). The console settings are read
// by the console itself (src/console/sshArgv.ts), which can say exactly what is wrong with them.

import { describeEndpointProblem, invalidSettingValue, validateEndpoint, type EndpointProblem } from '../api/endpoint';

export interface SettingProblem {
  /** The full setting name, e.g. `bigv.apiEndpoint`. */
  setting: string;
  problem: EndpointProblem;
  /** The value as it may be shown: never with a user name or password. */
  shown: string;
  /** In English: `bigv.apiEndpoint: "wss:" cannot be used: only https:// addresses are supported`. */
  message: string;
}

export interface Settings {
  /** A usable URL, or (when the setting is unusable) a marker every client refuses naming the setting. */
  apiEndpoint: string;
  authEndpoint: string;
  sessionValidity: number;
  useYubikey: boolean;
  rememberPassword: boolean;
  showDeletedServers: boolean;
  pollIntervalSeconds: number;
  requestTimeoutSeconds: number;
  /** `bigv.agentTools`: which language-model tools an agent may use (none, reading, or changing too). */
  agentTools: AgentTools;
  /** Settings that could not be used (absent when there are none). */
  problems?: SettingProblem[];
}

export const AGENT_TOOLS = ['off', 'read', 'change'] as const;
export type AgentTools = (typeof AGENT_TOOLS)[number];

export const DEFAULTS: Settings = {
  apiEndpoint: 'https://uk0.bigv.io',
  authEndpoint: 'https://auth.bytemark.co.uk',
  sessionValidity: 1800,
  useYubikey: false,
  rememberPassword: false,
  showDeletedServers: false,
  pollIntervalSeconds: 3,
  requestTimeoutSeconds: 30,
  // Reading answers questions; a change is offered only once the person has chosen to allow it.
  agentTools: 'read',
};

export interface ConfigSource {
  get<T>(section: string): T | undefined;
}

/** `https://x/` and `https://x` are the same endpoint; the trailing slash would double in paths. */
export function normalizeEndpoint(raw: string): string | undefined {
  const c = validateEndpoint(raw);
  return c.ok ? c.normalized : undefined;
}

export function readSettings(cfg: ConfigSource, warn: (message: string) => void = () => undefined): Settings {
  const problems: SettingProblem[] = [];
  const endpoint = (key: 'apiEndpoint' | 'authEndpoint'): string => {
    const raw = cfg.get<unknown>(key);
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return DEFAULTS[key];
    const setting = `bigv.${key}`;
    const c = typeof raw === 'string' ? validateEndpoint(raw) : ({ ok: false, problem: 'not-a-url', shown: typeof raw } as const);
    if (c.ok) return c.normalized;
    const message = `${setting}: "${c.shown}" cannot be used: ${describeEndpointProblem(c.problem)}`;
    problems.push({ setting, problem: c.problem, shown: c.shown, message });
    warn(`${message}. Nothing is sent until it is fixed in Settings.`);
    return invalidSettingValue(setting, c.problem, c.shown);
  };
  const number = (key: 'sessionValidity' | 'pollIntervalSeconds' | 'requestTimeoutSeconds', min: number, max: number): number => {
    const raw = cfg.get<unknown>(key);
    if (raw === undefined || raw === null) return DEFAULTS[key];
    if (typeof raw === 'number' && Number.isFinite(raw)) return Math.min(max, Math.max(min, raw));
    warn(`Setting bigv.${key} must be a number; using ${DEFAULTS[key]}.`);
    return DEFAULTS[key];
  };
  const bool = (key: 'useYubikey' | 'rememberPassword' | 'showDeletedServers'): boolean => {
    const raw = cfg.get<unknown>(key);
    return typeof raw === 'boolean' ? raw : DEFAULTS[key];
  };
  const settings: Settings = {
    apiEndpoint: endpoint('apiEndpoint'),
    authEndpoint: endpoint('authEndpoint'),
    sessionValidity: Math.round(number('sessionValidity', 60, 86_400)),
    useYubikey: bool('useYubikey'),
    rememberPassword: bool('rememberPassword'),
    showDeletedServers: bool('showDeletedServers'),
    pollIntervalSeconds: number('pollIntervalSeconds', 1, 600),
    requestTimeoutSeconds: number('requestTimeoutSeconds', 1, 600),
    agentTools: agentTools(cfg.get<unknown>('agentTools'), warn),
  };
  if (problems.length) settings.problems = problems;
  return settings;
}

function agentTools(raw: unknown, warn: (message: string) => void): AgentTools {
  if (raw === undefined || raw === null) return DEFAULTS.agentTools;
  if (AGENT_TOOLS.includes(raw as AgentTools)) return raw as AgentTools;
  warn(`Setting bigv.agentTools must be "off", "read" or "change"; using "${DEFAULTS.agentTools}".`);
  return DEFAULTS.agentTools;
}
