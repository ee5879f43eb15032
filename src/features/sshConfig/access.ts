// What commands see of the managed SSH config (the window has one; each profile's handlers get it
// bound to their profile). No vscode import.
import type { ServerTarget } from '../../model/target';
import type { TurnedOff } from './sync';

export interface SshConfigAccess {
  readonly enabled: boolean;
  /** ~/.ssh/bigv/config and ~/.ssh/config, as they are on this machine. */
  readonly file: string;
  readonly userConfig: string;
  /** Turns it on (the setting) and writes the file now. */
  turnOn(): Promise<void>;
  /** Turns it off (the setting), removing the file and our Include line. */
  turnOff(): Promise<TurnedOff>;
  includePresent(): Promise<boolean>;
  addInclude(): Promise<void>;
  /** The name ssh (and Remote-SSH) knows the server by, when the file lists it and is included. */
  hostFor(target: ServerTarget): string | undefined;
}
