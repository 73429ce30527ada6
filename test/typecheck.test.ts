import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

describe('TypeScript', () => {
  it('type-checks in strict mode', function () {
    this.timeout(120_000);
    const root = new URL('../', import.meta.url).pathname;
    const result = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '--noEmit', '-p', `${root}tsconfig.json`], {encoding: 'utf8'});
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
