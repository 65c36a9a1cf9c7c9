import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { seededDataDir } from './seeded-data-dir.js';

const run = promisify(execFile);
const bin = new URL('../bin/haebang.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'haebang-cli-'));
seededDataDir(join(dataDir, 'db'));
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

async function haebang(args: string[], input?: string) {
  const child = run(process.execPath, [bin, '--data-dir', join(dataDir, 'db'), ...args], {
    env: { ...process.env, CI: '', DATABASE_URL: '' },
    maxBuffer: 1 << 24,
  });
  if (input !== undefined) child.child.stdin?.end(input);
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('haebang CLI', () => {
  it('analyses a batch listed on standard input as JSON Lines, one process, a failed input on its own line', async () => {
    const batch = new URL('../src/cli/fixtures/analyze-batch/', import.meta.url).pathname;
    const list = [fixture('bts-article.txt'), join(batch, 'nowhere.txt'), join(batch, '02-interview.html')];
    const r = await haebang(['analyze', '--stdin'], `${list.join('\n')}\n`);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual(list);
    expect(lines[0].analysis.shows.map((s: { id: string }) => s.id)).toEqual(['my-liberation-notes']);
    expect(lines[1].error).toMatchObject({ code: 'input.invalid', message: expect.stringContaining('ENOENT') });
    expect(lines[2].analysis.people.map((p: { id: string }) => p.id)).toEqual(['lee-el']);
    const ok = await haebang(['analyze', join(batch, '01-cast-news.txt'), join(batch, '02-interview.html')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('analyses a plain-text article as JSON', async () => {
    const r = await haebang(['analyze', '--json', '--published', '2022-05-16', fixture('bts-article.txt')]);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(a.title).toMatch(/^Son Seok Koo And Kim Jiwon/);
    expect(a.published).toBe('2022-05-16');
    expect(a.shows.map((s: { id: string }) => s.id)).toEqual(['my-liberation-notes']);
    expect(a.people.map((p: { id: string }) => p.id).sort()).toEqual([
      'kim-ji-won',
      'lee-el',
      'lee-min-ki',
      'son-suk-ku',
    ]);
    expect(a.characters).toContainEqual(expect.objectContaining({ show: 'my-liberation-notes', person: 'son-suk-ku' }));
    expect(a.networks.map((n: { id: string }) => n.id)).toContain('jtbc');
    expect(a.spoilers).toEqual([expect.objectContaining({ show: 'my-liberation-notes', throughEpisode: 12 })]);
    expect(a.structure.find((b: { kind: string }) => b.kind === 'caption')).toMatchObject({ credit: 'JTBC' });
    for (const m of a.mentions)
      expect(
        a.structure
          .map((b: { text: string }) => b.text)
          .join('\n\n')
          .slice(m.start, m.end),
      ).toBe(m.text);
  });

  it('prints a readable summary without --json', async () => {
    const r = await haebang(['analyze', fixture('bts-article.txt')]);
    expect(r.stdout).toMatch(/My Liberation Notes \[my-liberation-notes\]/);
    expect(r.stdout).toMatch(/Son Suk-ku \[son-suk-ku\]/);
  });

  it.each([
    ['empty', '', /empty/],
    ['binary', '\u0000\u0001\u0002PNG\u0000\u0000', /binary/],
  ])('refuses %s input with one line and a non-zero exit', async (_name, content, message) => {
    const file = join(dataDir, `${_name}.txt`);
    writeFileSync(file, content);
    const r = await haebang(['analyze', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a bad --published date', async () => {
    const r = await haebang(['analyze', '--published', '2022-13-40', fixture('bts-article.txt')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--published/);
  });

  it('imports nothing from an invalid catalog and lists every problem with its path', async () => {
    const file = join(dataDir, 'bad-catalog.json');
    writeFileSync(
      file,
      JSON.stringify({
        people: [{ id: 'x', name: '', hangul: '엑스' }],
        shows: [{ id: 'bad show', title: 'T', hangul: '티', network: 'nowhere', episodeCount: 0 }],
      }),
    );
    const r = await haebang(['catalog', 'import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was imported/);
    expect(r.stderr).toMatch(/\$\.people\[0\]\.name/);
    expect(r.stderr).toMatch(/\$\.shows\[0\]\.id/);
    expect(r.stderr).toMatch(/\$\.shows\[0\]\.episodeCount/);
  });

  it('links a person a catalog import added: the cached linker follows the catalog version', async () => {
    const article = join(dataDir, 'koo.txt');
    writeFileSync(
      article,
      'Koo Kyo-hwan greets fans\n\nThe actor Koo Kyo-hwan thanked the fans who came to the screening.\n',
    );
    const ids = async () =>
      JSON.parse((await haebang(['analyze', '--json', article])).stdout).people.map((p: { id: string }) => p.id);
    expect(await ids()).not.toContain('koo-kyo-hwan');
    expect(existsSync(join(dataDir, 'db', 'haebang-linker.v11'))).toBe(true);
    const catalog = join(dataDir, 'koo.json');
    writeFileSync(
      catalog,
      JSON.stringify({ people: [{ id: 'koo-kyo-hwan', name: 'Koo Kyo-hwan', hangul: '구교환' }] }),
    );
    expect((await haebang(['catalog', 'import', catalog])).code).toBe(0);
    expect(await ids()).toEqual(['koo-kyo-hwan']);
  });

  it('round-trips the catalog: export then import changes nothing', async () => {
    const exported = await haebang(['catalog', 'export']);
    const file = join(dataDir, 'export.json');
    writeFileSync(file, exported.stdout);
    const r = await haebang(['catalog', 'import', file]);
    expect(r.stdout).toMatch(/shows\s+0 added, 0 updated, \d+ unchanged/);
    expect(r.stdout).toMatch(/people\s+0 added, 0 updated, \d+ unchanged/);
  });

  it.each([['Son Seok Koo'], ['손석구'], ['Suk-ku Son']])('finds Son Suk-ku by "%s"', async (query) => {
    const r = await haebang(['catalog', 'search', '--json', query]);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ kind: 'person', id: 'son-suk-ku' });
  });

  it('finds a show by its Hangul title and shows it', async () => {
    const found = JSON.parse((await haebang(['catalog', 'search', '--json', '나의 해방일지'])).stdout);
    expect(found[0]).toMatchObject({ kind: 'show', id: 'my-liberation-notes' });
    const shown = await haebang(['catalog', 'show', 'my-liberation-notes']);
    expect(shown.stdout).toMatch(/16 {2}2022-05-29/);
    expect(shown.stdout).toMatch(/Son Suk-ku \(손석구\) as Mr\. Gu \(구씨\)/);
  });

  it('says so when an id is unknown', async () => {
    const r = await haebang(['catalog', 'show', 'no-such-show']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no show or person with id "no-such-show"/);
  });
});
