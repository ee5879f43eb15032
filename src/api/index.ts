// The API client's public surface. Nothing here (or below) imports `vscode`.
export { AuthClient, DEFAULT_SESSION_VALIDITY_SECONDS } from './authClient';
export { BrainClient } from './brainClient';
// zod/mini for the language-model tools' input schemas (src/tools), so it loads with this bundle, on first use.
export * as z from 'zod/mini';
export { toDefinitions } from './definitions';
export {
  BadCredentialsError,
  BadRequestError,
  BigvError,
  CancelledError,
  ForbiddenError,
  formatProblems,
  InsecureEndpointError,
  InvalidResponseError,
  isBigvError,
  NetworkError,
  NotFoundError,
  SecondFactorRequiredError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnexpectedStatusError,
  type BigvErrorKind,
  type RequestContext,
} from './errors';
export { describeServer } from './paths';
export { describeEndpointProblem, parseInvalidSettingValue, validateEndpoint, type EndpointProblem } from './endpoint';
export { EndpointSettingError } from './endpointGuard';
export { BODY_LIMITS, type BodyKind } from './limits';
export { CertificateError, RateLimitedError, RedirectError, ResponseTooLargeError, UnaddressableNameError } from './responseErrors';
export { MAX_MESSAGE_CHARS } from './safeText';
export * from './schemas';
export { parseOverview, type InvalidItem, type Overview } from './overviewItems';
export * from './resourceSchemas';
export type {
  AccountRef,
  ApiKeySpec,
  BackupScheduleSpec,
  CreateServerSpec,
  DiscRef,
  DiscSpec,
  GrantSpec,
  GroupRef,
  IpCreateSpec,
  NewServerSpec,
  PrivilegeLevel,
  PrivilegeScope,
} from './brain/refs';
export { apiKeyToken, ApiKeysApi, PrivilegesApi, splitKeys, UsersApi } from './brain/people';
export type { ServersApi } from './brain/servers';
export type { GroupsApi } from './brain/groups';
export type { DiscsApi } from './brain/discs';
export type { BackupsApi } from './brain/backups';
export type { NetworkApi } from './brain/network';
export { checkEndpoint, DEFAULT_RETRY_DELAYS_MS, DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, isLoopbackHost } from './transport';
export type {
  CallOptions,
  Credentials,
  ReimageSpec,
  RequestLogEvent,
  ServerPatch,
  ServerRef,
  SignalName,
  TransportOptions,
} from './types';
