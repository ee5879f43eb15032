// The interactive sign-ins (password, API key). What they make is bound to the endpoints in use
// when they began: a sign-in that ends after the endpoint settings changed is not kept, since its
// token was issued by (or checked with) the old host and the clients now talk to another.
import { errorReason } from '../model/failureText';
import { apiKeyToken, verifyApiKey } from './apiKey';
import { sameEndpoints, type Endpoints } from './endpoints';
import { SessionState } from './state';

/** Non-secret: the last username at an auth endpoint, to prefill the box. */
export const lastUserKey = (authEndpoint: string): string => `bigv.lastUsername:${authEndpoint}`;

export class SessionSignIn extends SessionState {
  private signingIn: Promise<boolean> | undefined;

  /** Sign-in with an API key (no auth server); shares the one sign-in in progress. */
  signInWithApiKey(): Promise<boolean> {
    this.signingIn ??= this.runApiKeySignIn().finally(() => (this.signingIn = undefined));
    return this.signingIn;
  }

  /** Interactive sign-in; concurrent calls share one flow. True when signed in at the end. */
  signIn(): Promise<boolean> {
    this.signingIn ??= this.runSignIn().finally(() => (this.signingIn = undefined));
    return this.signingIn;
  }

  private async runApiKeySignIn(): Promise<boolean> {
    if (!this.brainClient) this.rebuildClients();
    const s = this.deps.settings();
    if (!this.brainClient) {
      this.deps.ui.endpointUnusable(errorReason(this.clientError));
      return false;
    }
    const opts = { timeoutMs: s.requestTimeoutSeconds * 1000, onRequest: this.deps.onRequest, userAgent: 'bigv-vscode' };
    const result = await this.deps.ui.signInWithApiKey({
      verify: async (key, signal) => {
        const token = apiKeyToken(key.trim());
        return { token, username: await verifyApiKey(s.apiEndpoint, token, opts, signal) };
      },
      tryAgain: () => void this.signInWithApiKey(),
    });
    if (!result || this.movedSince(s)) return false;
    this.adopt(result.token, result.username, s);
    await this.own(() => this.deps.store.save(s, { username: result.username, token: result.token }));
    this.deps.log.info(`Signed in to ${s.apiEndpoint} with an API key (as ${result.username}).`);
    return true;
  }

  /**
   * A key made here a moment ago ("Sign In with It Here"): checked with the brain and kept as an
   * API-key sign-in would keep it. Replaces the session this profile had.
   */
  async adoptApiKey(secret: string, signal?: AbortSignal): Promise<boolean> {
    if (!this.brainClient) this.rebuildClients();
    const s = this.deps.settings();
    if (!this.brainClient) return false;
    const token = apiKeyToken(secret.trim());
    const username = await verifyApiKey(s.apiEndpoint, token, { timeoutMs: s.requestTimeoutSeconds * 1000, onRequest: this.deps.onRequest, userAgent: 'bigv-vscode' }, signal);
    if (this.movedSince(s)) return false;
    this.adopt(token, username, s);
    await this.own(() => this.deps.store.save(s, { username, token }));
    this.deps.log.info(`Signed in to ${s.apiEndpoint} with a new API key (as ${username}).`);
    return true;
  }

  private async runSignIn(): Promise<boolean> {
    if (!this.authClient) this.rebuildClients();
    const auth = this.authClient;
    const s = this.deps.settings();
    if (!auth) {
      this.deps.ui.endpointUnusable(errorReason(this.clientError));
      return false;
    }
    const result = await this.deps.ui.signIn({
      auth,
      authEndpoint: s.authEndpoint,
      lastUsername: this.deps.memento.get<string>(lastUserKey(s.authEndpoint)),
      useYubikey: s.useYubikey,
      validitySeconds: s.sessionValidity,
      tryAgain: () => void this.signIn(),
    });
    if (!result || this.movedSince(s)) return false;
    const username = result.info.username;
    // Adopt before storing, so the SecretStorage change event finds us already up to date.
    this.adopt(result.token, username, s);
    await this.own(() => this.deps.store.save(s, { username, token: result.token }));
    await this.deps.memento.update(lastUserKey(s.authEndpoint), username);
    if (s.rememberPassword) await this.deps.store.savePassword(s, username, result.password);
    else await this.deps.store.clearPassword();
    this.deps.log.info(`Signed in to ${s.authEndpoint} as ${username} (factors: ${result.info.factors.join(', ') || 'none'}).`);
    return true;
  }

  private movedSince(at: Endpoints): boolean {
    if (sameEndpoints(at, this.deps.settings())) return false;
    this.deps.log.warn('The endpoint settings changed during the sign-in; it was not kept. Sign in again.');
    return true;
  }
}
