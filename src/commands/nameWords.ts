// A name's problem in words, for the input boxes that name servers and groups.
import * as l10n from '@vscode/l10n';
import { nameProblem } from '../model/names';

/** Validation for an input box: nothing typed yet is not yet a problem (the prompt stays visible). */
export function nameValidator(taken: ReadonlySet<string>, where: string, unchanged?: string): (value: string) => string | undefined {
  return (value) => {
    if (value === '' || value === unchanged) return undefined;
    switch (nameProblem(value, taken)) {
      case 'empty':
        return l10n.t('Type a name.');
      case 'too-long':
        return l10n.t('At most 63 characters: the name becomes part of the hostname.');
      case 'upper-case':
        return l10n.t('Use lower-case letters: {0}', value.toLowerCase());
      case 'hyphen-edge':
        return l10n.t('A name cannot start or end with a hyphen.');
      case 'characters':
        return l10n.t('Use lower-case letters, digits and hyphens only.');
      case 'taken':
        return l10n.t('{0} already has something called {1}.', where, value);
      case undefined:
        return undefined;
    }
  };
}
