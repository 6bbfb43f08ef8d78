#!/usr/bin/env node
/**
 * The npm registry this project's machines reach lacks some platform binaries (e.g.
 * @tailwindcss/oxide-win32-x64-msvc). `npm install` then writes a lock file without them and
 * `npm ci` refuses it as out of sync. This adds, for every optional platform package a locked
 * package names but the lock lacks, an entry with its os/cpu so that `npm ci` skips it on other
 * platforms. Run it after `npm install` changes the lock: `node scripts/lock-platform-stubs.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split(/[-/]/);
    const os = OS.filter((o) => parts.includes(o));
    const cpu = CPU.filter((c) => parts.includes(c));
    if (!cpu.length) throw new Error(`${name} (from ${path}): cannot tell its platform`);
    lock.packages[key] = {
      version,
      ...(cpu.length && { cpu }),
      ...(os.length && { os }),
      dev: !!entry.dev,
      optional: true,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: added ${added} platform entries`);
