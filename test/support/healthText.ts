// Realistic answers to the health command (model/health.ts HEALTH_COMMAND) from real systems:
// the parser's tests read them, and the test SSH server answers with them.

const meminfoModern = (totalKiB: number, availableKiB: number): string => `MemTotal:        ${totalKiB} kB
MemFree:          ${Math.round(availableKiB * 0.4)} kB
MemAvailable:    ${availableKiB} kB
Buffers:           64312 kB
Cached:           ${Math.round(availableKiB * 0.5)} kB
SwapCached:            0 kB
Active:           612300 kB
Inactive:         402112 kB
Active(anon):     310244 kB
Inactive(anon):     1300 kB
SwapTotal:             0 kB
SwapFree:              0 kB
Dirty:                84 kB
Shmem:              9012 kB
Slab:              81234 kB
HugePages_Total:       0
HugePages_Free:        0
Hugepagesize:       2048 kB
DirectMap4k:      114560 kB
DirectMap2M:     1982464 kB`;

/** Debian 12: GNU df, tmpfs and /run mounts, a second disc on /srv. */
export function debianHealth(o: { rootPercent?: number; load?: string } = {}): string {
  const pct = o.rootPercent ?? 63;
  const size = 25_671_908;
  const used = Math.round((size * pct) / 100) - 1;
  return `==loadavg==
${o.load ?? '0.12 0.08 0.05'} 1/123 4567
==meminfo==
${meminfoModern(2_030_000, 1_197_700)}
==df==
Filesystem     1024-blocks    Used Available Capacity Mounted on
udev               1001260       0   1001260       0% /dev
tmpfs               203000     560    202440       1% /run
/dev/vda1         ${size} ${used} ${size - used}      ${pct}% /
tmpfs              1015000       0   1015000       0% /dev/shm
tmpfs                 5120       0      5120       0% /run/lock
/dev/vdb1         51343840 1048576  50295264       3% /srv
tmpfs               203000       0    203000       0% /run/user/0
==uptime==
1234567.89 2345678.12
==end==
`;
}

/** Ubuntu 22.04: snaps mounted from loop devices (always 100 %), an EFI partition. */
export const ubuntuHealth = `==loadavg==
1.52 0.98 0.71 3/412 98765
==meminfo==
${meminfoModern(4_015_000, 2_800_000)}
==df==
Filesystem     1024-blocks     Used Available Capacity Mounted on
tmpfs               401500     1232    400268       1% /run
/dev/sda1         40470732 12046372  28407976      30% /
tmpfs              2007500        0   2007500       0% /dev/shm
/dev/loop0           64896    64896         0     100% /snap/core20/2015
/dev/loop1           94208    94208         0     100% /snap/lxd/24061
/dev/sda15          106858     6186    100673       6% /boot/efi
tmpfs               401500        4    401496       1% /run/user/1000
==uptime==
86400.00 170000.00
==end==
`;

/** CentOS 6: a kernel without MemAvailable (2.6.32), LVM device names, no tmpfs on /run. */
export const centos6Health = `==loadavg==
0.00 0.01 0.05 1/98 2001
==meminfo==
MemTotal:        1020176 kB
MemFree:          412000 kB
Buffers:           40000 kB
Cached:           300000 kB
SwapCached:            0 kB
Active:           300000 kB
==df==
Filesystem         1024-blocks      Used Available Capacity Mounted on
/dev/mapper/VolGroup-lv_root  18069936   2218464  14933580      13% /
tmpfs                 510088         0    510088       0% /dev/shm
/dev/vda1               495844     33442    436802       8% /boot
==uptime==
3600.52 3500.00
==end==
`;

/** Alpine (busybox): df -P's header says 1024-blocks too, but a long device name stands on a line of its own. */
export const alpineHealth = `==loadavg==
0.30 0.10 0.03 1/60 321
==meminfo==
MemTotal:         500000 kB
MemFree:           10000 kB
MemAvailable:      12000 kB
Buffers:            1000 kB
Cached:             2000 kB
==df==
Filesystem           1024-blocks    Used Available Capacity Mounted on
/dev/disk/by-uuid/0f3c5e2a-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                       8191416   7700000    491416  94% /
devtmpfs                 10240         0     10240   0% /dev
shm                     250000         0    250000   0% /dev/shm
tmpfs                   100000       120     99880   0% /run
/dev/vdb                 999320     -     -        - /data
==uptime==
59.99 50.00
==end==
`;
