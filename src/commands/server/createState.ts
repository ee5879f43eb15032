// What Create Server gathers, one object the wizard's steps fill in, and what the steps are given.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import type { UiPort } from '../../interaction/port';
import type { MachineSize } from '../../model/names';
import { NO_SCRIPT, type FirstBootScript } from '../firstBootPrompts';
import type { GroupChoice } from '../group/groupPrompts';
import type { RootPassword } from '../serverPrompts';
import type { KeyItem } from '../sshKeyPrompts';
import type { DiscChoice } from './sizePrompts';

export interface NewServer {
  group: GroupChoice;
  name: string;
  zone?: string;
  size?: MachineSize;
  discs: DiscChoice[];
  /** null: no image (a blank server, booting from `cdrom` if one is given). */
  distribution?: string | null;
  /** With no image: the installer ISO's URL ('' for none). */
  cdrom?: string;
  /** Its description ("Debian 10 (64 bit)"), for the messages. */
  imageName?: string;
  password?: RootPassword;
  /** The keys for root, joined as the CLI joins them. */
  sshKey?: string;
  /** Start once built (with an image), or boot from the CD-ROM (with none): the CLI's `--stopped` when false. */
  start: boolean;
  firstBoot: FirstBootScript;
  /** Scheduled backups of the root disc, every so many seconds; none when undefined. */
  backup?: number;
  hardwareProfile?: string;
  hardwareProfileLocked: boolean;
}

/** A new server's state before the first step. */
export const newServer = (group: GroupChoice): NewServer => ({ group, name: '', discs: [], start: true, firstBoot: NO_SCRIPT, hardwareProfileLocked: false });

/** Whether it is started (or booted from its CD-ROM) once built. */
export const startsWhenBuilt = (s: NewServer): boolean => s.start && (!!s.distribution || !!s.cdrom);

export interface WizardInputs {
  ui: UiPort;
  defs: Definitions;
  groups: readonly GroupChoice[];
  /** The user's keys from their Bytemark account, offered first. */
  accountKeys: readonly KeyItem[];
}

export const title = (what: string): string => l10n.t('Create Server: {0}', what);

