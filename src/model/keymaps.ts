// A keymap code from the API (QEMU's: `en-gb`, `de-ch`, `fr-be`) in words ("British English"),
// in the display language where the runtime knows it. No vscode import.

let names: Intl.DisplayNames | undefined;

export function keymapName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(undefined, { type: 'language' });
    const name = names.of(code);
    return name !== undefined && name.toLowerCase() !== code.toLowerCase() ? name : code;
  } catch {
    // Not a language tag (an API that grows a keymap of another kind): the code is still a name.
    return code;
  }
}

/** The codes as a person looks for them: by name. */
export function byKeymapName(codes: readonly string[]): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: keymapName(code) })).sort((a, b) => a.name.localeCompare(b.name));
}
