// Typed, validated view of the `bigv.*` settings. A value a user mistyped falls back to the
// default with a warning instead of breaking sign-in or the tree. No vscode import: the caller
// passes a `get` (vscode's WorkspaceConfiguration satisfies it). The console settings are read
// by the console itself (src/console/sshArgv.ts), which can say exactly what is wrong with them.

export interface Settings {
  apiEndpoint: string;
  authEndpoint: string;
  sessionValidity: number;
  useYubikey: boolean;
  rememberPassword: boolean;
  showDeletedServers: boolean;
  pollIntervalSeconds: number;
  requestTimeoutSeconds: number;
}

export const DEFAULTS: Settings = {
  apiEndpoint: 'https://uk0.bigv.io',
  authEndpoint: 'https://auth.bytemark.co.uk',
  sessionValidity: 1800,
  useYubikey: false,
  rememberPassword: false,
  showDeletedServers: false,
  pollIntervalSeconds: 3,
  requestTimeoutSeconds: 30,
};

export interface ConfigSource {
  get<T>(section: string): T | undefined;
}

/** `https://x/` and `https://x` are the same endpoint; the trailing slash would double in paths. */
export function normalizeEndpoint(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.search || url.hash || url.username || url.password) return undefined;
  return url.toString().replace(/\/+$/, '');
}

export function readSettings(cfg: ConfigSource, warn: (message: string) => void = () => undefined): Settings {
  const endpoint = (key: 'apiEndpoint' | 'authEndpoint'): string => {
    const raw = cfg.get<unknown>(key);
    if (typeof raw === 'string' && raw.trim() !== '') {
      const norm = normalizeEndpoint(raw);
      if (norm) return norm;
      warn(`Setting bigv.${key} ("${raw}") is not an http(s) URL; using ${DEFAULTS[key]}. Fix it in Settings.`);
    }
    return DEFAULTS[key];
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
  return {
    apiEndpoint: endpoint('apiEndpoint'),
    authEndpoint: endpoint('authEndpoint'),
    sessionValidity: Math.round(number('sessionValidity', 60, 86_400)),
    useYubikey: bool('useYubikey'),
    rememberPassword: bool('rememberPassword'),
    showDeletedServers: bool('showDeletedServers'),
    pollIntervalSeconds: number('pollIntervalSeconds', 1, 600),
    requestTimeoutSeconds: number('requestTimeoutSeconds', 1, 600),
  };
}
