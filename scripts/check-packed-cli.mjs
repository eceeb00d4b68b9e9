// Tries the CLI the way a user gets it: `npm pack`, install the tarball into an empty folder, and
// run the installed `backlog-hygiene` command. Run it after `npm run build` (it packs dist/cli.js).
// It needs no network: dist/cli.js is a bundle, so the package has no dependencies to download,
// and the install runs with --offline to prove it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'backlog-hygiene-pack-'));
// The Node running this script runs npm and the installed command too, so CI tries each Node it tests.
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
const npmCli = process.env.npm_execpath;

const npm = (args, cwd) =>
  npmCli
    ? execFileSync(process.execPath, [npmCli, ...args], { cwd, env, encoding: 'utf8' })
    : execFileSync('npm', args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });

const failures = [];
const check = (what, ok, detail = '') => {
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n     ${detail.trim().split('\n').join('\n     ')}`}`,
  );
  if (!ok) failures.push(what);
};

try {
  // 1. Pack: exactly the files a user needs, and nothing to download at install time.
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((file) => file.path).sort();
  const expected = ['LICENSE', 'README.md', 'dist/cli.js', 'dist/config.schema.json', 'package.json'];
  check(
    `${packed.filename} holds ${expected.join(', ')}`,
    JSON.stringify(files) === JSON.stringify(expected),
    files.join(', '),
  );
  check('the package is publishable (not private) under a scope', pkg.private !== true && pkg.name.startsWith('@'));
  check(
    'the package has no runtime dependencies (the CLI is one bundle)',
    Object.keys(pkg.dependencies ?? {}).length === 0,
    Object.keys(pkg.dependencies ?? {}).join(', '),
  );

  // 2. Install into an empty folder, offline.
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'try-backlog-hygiene', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename)], app);

  // 3. Run the installed command as a shell would: through node_modules/.bin and its #! line.
  const bin = join(
    app,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'backlog-hygiene.cmd' : 'backlog-hygiene',
  );
  const cli = (args, stdin) =>
    spawnSync(bin, args, { cwd: app, env: { ...env, NO_COLOR: '1' }, input: stdin, encoding: 'utf8' });

  const version = cli(['--version']);
  check(
    `backlog-hygiene --version prints ${pkg.version}`,
    version.status === 0 && version.stdout.trim() === pkg.version,
    version.stderr,
  );

  // An issue list as `gh issue list --json …` prints it; this folder has no .github/backlog-hygiene.yml.
  copyFileSync(join(root, 'examples', 'backlog.json'), join(app, 'issues.json'));
  const issues = JSON.parse(readFileSync(join(app, 'issues.json'), 'utf8'));
  const audit = cli(['audit', '--input', 'issues.json', '--config', '.github/backlog-hygiene.yml', '--format', 'json']);
  let total = -1;
  try {
    total = JSON.parse(audit.stdout).summary.total;
  } catch {
    // reported below
  }
  check(
    `audit --input issues.json --format json judges all ${issues.length} issues`,
    audit.status === 0 && total === issues.length,
    audit.stderr,
  );

  const piped = cli(['audit', '--input', '-', '--explain'], readFileSync(join(app, 'issues.json')));
  check(
    'audit --input - --explain prints the table with reasons',
    piped.status === 0 && /^\s+vague: /m.test(piped.stdout) && /^\d+ issues: /m.test(piped.stdout),
    piped.stderr,
  );

  const missing = cli(['audit', '--input', 'missing.json']);
  check(
    'a missing input file exits 2 with one line on stderr',
    missing.status === 2 && missing.stderr === 'backlog-hygiene: cannot read --input missing.json: no such file\n',
    missing.stderr,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`The packed CLI failed ${failures.length} check(s).`);
  process.exit(1);
}
console.log('The packed CLI installs offline and runs.');
