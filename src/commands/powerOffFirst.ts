// The question Reimage, Resize and Move to Group ask of a running server when the brain will only
// make their change while it is off. It only asks: the power-off is sent with the change itself
// (model/operations/whileOff.ts), once every other question has been answered.
import type { PowerOffMethod } from '../model/operations/power';
import type { UiPort } from '../interaction/port';

export interface PowerOffQuestion {
  message: string;
  detail: string;
  /** The button for a clean shutdown, in the words of the action ("Shut Down, Resize and Start"). */
  shutDown: string;
  /** The button for cutting the power at once; without it, only a clean shutdown is offered. */
  stop?: string;
}

/** How the user wants the server powered off first; undefined when they cancelled. */
export async function askPowerOffFirst(ui: UiPort, q: PowerOffQuestion): Promise<PowerOffMethod | undefined> {
  const choice = await ui.ask(q.message, q.detail, q.stop === undefined ? [q.shutDown] : [q.shutDown, q.stop]);
  if (choice === undefined) return undefined;
  if (choice === q.shutDown) return 'shutdown';
  return choice === q.stop ? 'stop' : undefined;
}
