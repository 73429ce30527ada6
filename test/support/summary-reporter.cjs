// Mocha's spec output, then one closing line that CI reads: "N passed, N failed".
const Mocha = require('mocha');
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const {passes, failures} = runner.stats;
      const line = `${passes} passed, ${failures} failed`;
      // Also kept in a file, so .ci/run can repeat it after anything npm prints.
      const out = path.join(process.cwd(), 'test-results');
      fs.mkdirSync(out, {recursive: true});
      fs.writeFileSync(path.join(out, 'summary.txt'), `${line}\n`);
      process.stdout.write(`\n${line}\n`);
    });
  }
}

module.exports = SummaryReporter;
