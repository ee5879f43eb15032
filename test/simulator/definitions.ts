// GET /definitions. The lists are the Go client's test fixture (reference B.8), with the
// hardware profiles and storage grades seen across the other sources added so that every
// value a real account could carry is accepted.

export const distributions = [
  'centos5', 'centos6', 'centos7', 'jessie', 'precise', 'stretch', 'buster', 'symbiosis',
  'trusty', 'utopic', 'vivid', 'wheezy', 'winstd2012', 'winweb2k8r2',
];

export const distributionDescriptions: Record<string, string> = {
  centos5: 'CentOS 5 (64 bit)',
  centos6: 'CentOS 6 (64 bit)',
  centos7: 'CentOS 7 (64 bit)',
  jessie: 'Debian 8 (64 bit)',
  precise: 'Ubuntu 12.04 (64 bit)',
  stretch: 'Debian 9 (64 bit)',
  buster: 'Debian 10 (64 bit)',
  symbiosis: 'Symbiosis 7 (64 bit)',
  trusty: 'Ubuntu 14.04 (64 bit)',
  utopic: 'Ubuntu 14.10 (64 bit)',
  vivid: 'Ubuntu 15.04 (64 bit)',
  wheezy: 'Debian 7 (64 bit)',
  winstd2012: 'Windows Server Standard 2012 (64 bit)',
  winweb2k8r2: 'Windows Web Server 2008 R2 (64 bit)',
};

export const storageGrades = ['sata', 'ssd', 'archive'];

export const storageGradeDescriptions: Record<string, string> = {
  ssd: 'Premium SSD',
  archive: 'Archive storage',
  sata: 'Standard SSD',
};

export const hardwareProfiles = ['virtio2013', 'compatibility2013', 'virtio2011', 'compatibility2011', 'virtio2018'];

export const zoneNames = ['manchester', 'york'];

export const keymaps = (
  'ar de-ch es fo fr-ca hu ja mk no pt-br sv da en-gb et fr fr-ch is lt nl pl ru th de en-us fi fr-be hr it lv nl-be pt sl tr'
).split(' ');

export const sendkeys = (
  'shift shift_r alt alt_r altgr altgr_r ctrl ctrl_r menu esc 1 2 3 4 5 6 7 8 9 0 minus equal backspace tab ' +
  'q w e r t y u i o p ret a s d f g h j k l z x c v b n m comma dot slash asterisk spc caps_lock ' +
  'f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 num_lock scroll_lock kp_divide kp_multiply kp_subtract kp_add ' +
  'kp_enter kp_decimal sysrq kp_0 kp_1 kp_2 kp_3 kp_4 kp_5 kp_6 kp_7 kp_8 kp_9 print home pgup pgdn end ' +
  'left up down right insert delete'
).split(' ');

/**
 * Key names clients use that are not in the sendkeys list: the API docs' own example is
 * "a-b-c-ctrl-alt-del" and bigv-python sends "ctrl-alt-del", so the brain must take `del`.
 */
export const sendkeyAliases: Record<string, string> = { del: 'delete' };

export function definitionsBody(): Array<{ id: string; data: unknown }> {
  return [
    { id: 'distributions', data: distributions },
    { id: 'storage_grades', data: storageGrades },
    { id: 'zone_names', data: zoneNames },
    { id: 'distribution_descriptions', data: distributionDescriptions },
    { id: 'storage_grade_descriptions', data: storageGradeDescriptions },
    { id: 'hardware_profiles', data: hardwareProfiles },
    { id: 'keymaps', data: keymaps },
    { id: 'sendkeys', data: sendkeys },
  ];
}
