// What the model and the person read about each tool: package.json's languageModelTools entries
// carry these words (test/tools/manifest.test.ts checks they agree), and an MCP server would
// serve the same. A modelDescription says when to pick the tool, what it needs, and what not.

export interface ToolWords {
  displayName: string;
  userDescription: string;
  modelDescription: string;
  /** `#bigvServers` in a chat prompt. */
  toolReferenceName: string;
}

export const WORDS: Record<string, ToolWords> = {
  bigv_findServers: {
    displayName: 'Find Bytemark Cloud Servers',
    userDescription: 'Lists your Bytemark Cloud (BigV) servers that match a name, address, state, account or group.',
    modelDescription:
      'Finds Bytemark Cloud (BigV) servers across every signed-in profile. Give any of: text (part of a server name, its full name name.group.account, hostname or an IP address), state (running, stopped, changing or deleted), account, group, profile; none lists all. Answers one line per server (full name, state, cores, memory, main IP), at most limit rows (default 25, up to 200), then counts by state and account. Use it first to learn exact server names before any other bigv tool.',
    toolReferenceName: 'bigvServers',
  },
  bigv_serverDetails: {
    displayName: 'Bytemark Cloud Server Details',
    userDescription: 'Shows one server: state, size, discs, backups and schedules, addresses, hardware profile.',
    modelDescription:
      "Shows one Bytemark Cloud server in detail: state, automatic restart, cores and memory, hostname, IP addresses, each disc (size, storage grade, number of backups, backup schedules), hardware profile, last image, CD-ROM, zone, management address. server is its full name name.group.account (or a name, hostname or IP that only one server has).",
    toolReferenceName: 'bigvServer',
  },
  bigv_listChoices: {
    displayName: 'Bytemark Cloud Choices',
    userDescription: 'Lists the images, zones, storage grades, hardware profiles and sizes Bytemark Cloud offers.',
    modelDescription: 'Lists what Bytemark Cloud offers for a server: images (operating systems), zones, storage grades for discs, hardware profiles and sizes (cores and memory limits). what picks one list; none gives them all.',
    toolReferenceName: 'bigvChoices',
  },
  bigv_whoMayDoWhat: {
    displayName: 'Bytemark Cloud Privileges',
    userDescription: 'Lists your privileges, or who has access to one server.',
    modelDescription: "Lists the signed-in user's Bytemark Cloud privileges (level and what it is on), or with server the privileges on that server. A change to a server needs server administrator on it, or group or account administrator; use this when a change was refused for privileges.",
    toolReferenceName: 'bigvPrivileges',
  },
  bigv_activity: {
    displayName: 'Bytemark Cloud Activity',
    userDescription: 'Lists the changes made from this window (by you or an agent), newest first.',
    modelDescription: 'Lists the Activity log: the changes made from this VS Code window to Bytemark Cloud servers, by the person or by an agent tool, newest first: time (UTC), who, what, outcome, the error if any, and whether Undo is offered in the Activity view. limit: how many (default 20, up to 100); server: part of a name to narrow to. Use it to say what was done, or to check a change went through.',
    toolReferenceName: 'bigvActivity',
  },
  bigv_powerServers: {
    displayName: 'Start, Stop or Restart Bytemark Cloud Servers',
    userDescription: 'Starts, stops, shuts down, restarts or resets servers, after you confirm.',
    modelDescription:
      'Powers Bytemark Cloud servers: action start (a stopped server), shutdown (clean, asks the operating system; prefer it to stop), stop (cuts the power at once; unsaved data is lost), restart (reboots, new cores or memory take effect) or reset (instant reboot, like the reset button). servers: full names name.group.account (from bigv_findServers), up to 100. Servers already in the wanted state are skipped with why. The person confirms first.',
    toolReferenceName: 'bigvPower',
  },
  bigv_resizeServer: {
    displayName: 'Resize a Bytemark Cloud Server',
    userDescription: 'Changes the cores and memory of a server, after you confirm.',
    modelDescription:
      'Changes the cores (1-16) and memory (memoryGiB, 1-128 in steps of 0.25) of one Bytemark Cloud server. Adding applies while it runs (restart it for the guest to use them); fewer cores or less memory needs it powered off, so it is shut down (powerOff shutdown, the default) or stopped (powerOff stop), resized and started again. The person confirms first.',
    toolReferenceName: 'bigvResize',
  },
  bigv_renameServer: {
    displayName: 'Rename a Bytemark Cloud Server',
    userDescription: 'Renames a server (its hostname changes with it), after you confirm.',
    modelDescription: 'Renames one Bytemark Cloud server: newName is the new first part of name.group.account (lower-case letters, digits and hyphens; not taken in its group). Its hostname changes with it. The person confirms first.',
    toolReferenceName: 'bigvRename',
  },
  bigv_moveServer: {
    displayName: 'Move a Bytemark Cloud Server to Another Group',
    userDescription: 'Moves a server to another group, after you confirm.',
    modelDescription: 'Moves one Bytemark Cloud server to another group (group: its name) the user administers. A running server is shut down, moved and started again. Its hostname changes with the group. The person confirms first.',
    toolReferenceName: 'bigvMove',
  },
  bigv_setAutomaticRestart: {
    displayName: 'Bytemark Cloud Automatic Restart',
    userDescription: 'Turns automatic restart on or off for a server, after you confirm.',
    modelDescription: 'Turns automatic restart on (on: true) or off (on: false) for one Bytemark Cloud server: whether it is started again when it powers off by itself. The person confirms first.',
    toolReferenceName: 'bigvAutoRestart',
  },
  bigv_setCdrom: {
    displayName: 'Bytemark Cloud CD-ROM',
    userDescription: "Attaches an ISO image as a server's CD-ROM, or ejects it, after you confirm.",
    modelDescription: "Attaches a public http(s) URL of an ISO image as one Bytemark Cloud server's CD-ROM (url), or ejects the CD-ROM (no url). The person confirms first.",
    toolReferenceName: 'bigvCdrom',
  },
  bigv_restoreServer: {
    displayName: 'Restore a Deleted Bytemark Cloud Server',
    userDescription: 'Restores a deleted server (it stays powered off), after you confirm.',
    modelDescription: 'Restores one deleted Bytemark Cloud server (state deleted in bigv_findServers); it comes back powered off. Deleted servers are only known while the BigV view shows them. The person confirms first.',
    toolReferenceName: 'bigvRestore',
  },
  bigv_backUpNow: {
    displayName: 'Back Up a Bytemark Cloud Disc Now',
    userDescription: "Takes a backup of a server's disc now, after you confirm.",
    modelDescription: "Takes a backup now of one disc of a Bytemark Cloud server (disc: its label, as bigv_serverDetails shows; may be left out when the server has one disc). The person confirms first.",
    toolReferenceName: 'bigvBackUp',
  },
  bigv_addDisc: {
    displayName: 'Add a Disc to a Bytemark Cloud Server',
    userDescription: 'Adds a disc (size in GiB, storage grade) to a server, after you confirm.',
    modelDescription: 'Adds a disc to one Bytemark Cloud server: sizeGiB (1-2048), grade (a storage grade from bigv_listChoices; sata when left out), label (disc-N when left out). A running server sees it after its next restart. The person confirms first.',
    toolReferenceName: 'bigvAddDisc',
  },
  bigv_resizeDisc: {
    displayName: 'Grow a Bytemark Cloud Disc',
    userDescription: "Grows one of a server's discs, after you confirm.",
    modelDescription: "Grows one disc of a Bytemark Cloud server to sizeGiB (larger than now: discs cannot shrink). disc: its label, as bigv_serverDetails shows (may be left out when the server has one disc). The server sees the new space after a restart. The person confirms first.",
    toolReferenceName: 'bigvResizeDisc',
  },
  bigv_scheduleBackups: {
    displayName: 'Schedule Backups of a Bytemark Cloud Disc',
    userDescription: 'Adds a backup schedule to a disc, after you confirm.',
    modelDescription: 'Adds a backup schedule to one disc of a Bytemark Cloud server: every (daily, weekly, or an interval such as 12h, 2d, 1w; at least an hour), start (the first backup: hh:mm, its next occurrence, or YYYY-MM-DD hh:mm, London time; default 00:00), keep (how many backups to keep, default 7). disc: its label (may be left out when the server has one disc). The person confirms first.',
    toolReferenceName: 'bigvScheduleBackups',
  },
  bigv_addIps: {
    displayName: 'Add IP Addresses to a Bytemark Cloud Server',
    userDescription: 'Adds extra IPv4 addresses to a server, after you confirm.',
    modelDescription: 'Adds count (1-4) extra IPv4 addresses to one Bytemark Cloud server, routed via its primary address. reason is required: Bytemark reviews every request, so say why they are needed (e.g. a second TLS site). The server must be configured to use them. The person confirms first.',
    toolReferenceName: 'bigvAddIps',
  },
  bigv_setReverseDns: {
    displayName: 'Set Reverse DNS of a Bytemark Cloud Address',
    userDescription: "Sets the host name one of a server's addresses resolves back to, after you confirm.",
    modelDescription: "Sets the reverse DNS of one address (ip, as bigv_serverDetails lists) of a Bytemark Cloud server to hostname; an empty hostname gives it Bytemark's default again. Its forward DNS should point at the address too. The person confirms first.",
    toolReferenceName: 'bigvReverseDns',
  },
  bigv_openCreateServer: {
    displayName: 'Open Create Server in Bytemark Cloud',
    userDescription: 'Opens the Create Server wizard (on a group, if given) for you to fill in and confirm.',
    modelDescription:
      'To make a new Bytemark Cloud server: no tool creates one (it costs money, and its root password must stay with the person). This opens the ordinary Create Server wizard in VS Code, on group (as group.account) when given, where the person picks name, zone, size, discs and image, sets the password and confirms. It changes nothing itself; suggest sizes and images from bigv_listChoices, and ask the person what they did.',
    toolReferenceName: 'bigvCreateServer',
  },
  bigv_openIrreversible: {
    displayName: 'Open an Irreversible Bytemark Cloud Action',
    userDescription: 'Opens reimage, delete, purge or restore-backup for you to confirm by typing the name.',
    modelDescription:
      'For what cannot be undone (action reimage, deleteServer, purge, deleteDisc, deleteBackup, restoreBackup, deleteGroup) no tool acts: this opens the ordinary command on the target (server; disc and backup by label; group as group.account) in VS Code, where the person reads what it does and confirms by typing the name, or cancels. It changes nothing itself; ask the person what they did.',
    toolReferenceName: 'bigvIrreversible',
  },
};
