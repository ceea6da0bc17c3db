// The registry these machines reach lacks some other platforms' optional binaries (e.g. the darwin and windows
// builds of @astrojs/compiler-binding and @pagefind/*), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock. This records each missing one as an optional, platform-bound entry, which npm
// never installs on another platform. Run it after any `npm install` that changes the lock:
//   node .ci/lockfile-platforms.mjs
// test/unit/lockfile.test.ts fails while an entry is missing or malformed.
//
// What an entry holds: the version its parent asks for; `os`, `cpu` and `libc` read from the package's name (the
// scheme these packages are named by: <os>-<cpu>[-gnu|-musl|-msvc]); the parent's licence, copied, when the parent
// states one (the binaries are published from the same source under the same licence) and nothing otherwise.
// No `integrity`: the registry here cannot give one; npm fetches the package, and checks it, on its own platform.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pk = lock.packages;

/** The platform a binary package is for, from its name: `@pagefind/windows-x64` → os win32, cpu x64. */
const platform = (name) => {
  const parts = name.split('/').pop().split('-');
  const has = (word) => parts.includes(word);
  const os = has('darwin') ? 'darwin' : has('android') ? 'android' : has('freebsd') ? 'freebsd' : has('win32') || has('windows') ? 'win32' : has('linux') ? 'linux' : undefined;
  const cpu = has('arm64') ? 'arm64' : has('x64') ? 'x64' : has('wasm32') ? 'wasm32' : undefined;
  const libc = has('gnu') ? 'glibc' : has('musl') ? 'musl' : undefined;
  return { ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}), ...(os ? { os: [os] } : {}) };
};

let added = 0;
for (const [key, meta] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const path = `node_modules/${dep}`;
    if (pk[path] || pk[`${key}/node_modules/${dep}`]) continue;
    pk[path] = { version, ...(meta.dev ? { dev: true } : {}), ...(meta.license ? { license: meta.license } : {}), optional: true, ...platform(dep) };
    added++;
    console.log('added', path, JSON.stringify(platform(dep)));
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries');
