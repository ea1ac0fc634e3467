// Makes sure a Chromium exists for the end-to-end tests. Uses $CHROMIUM_PATH or Debian's
// /usr/bin/chromium; when missing and running as root with apt-get, installs Debian's package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('Chromium not found: installing Debian\'s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `No Chromium at ${path}. Install Debian's package (sudo apt-get install chromium) ` +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
);
process.exit(1);
