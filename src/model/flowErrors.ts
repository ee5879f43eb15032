// Failures of our own multi-step flows (as opposed to an API call failing, which the client
// reports with its own typed errors). The message says what happened and what to do, like the
// client's errors, because it reaches the user through the same reportError path.
export type FlowErrorKind = 'gone' | 'wait-timeout' | 'powered-on' | 'deleted';

export class FlowError extends Error {
  override readonly name = 'FlowError';
  constructor(
    readonly kind: FlowErrorKind,
    message: string,
  ) {
    super(message);
  }
}
