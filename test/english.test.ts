// The English pipeline (lint-rules/english) against its fixtures in test/fixtures/english/:
// government-style sentences each rule must flag and plain ones it must leave alone, plus the
// finding shape, UTF-16 offsets, the readability figures and the options.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {parse} from 'yaml';
import {
  checkEnglish,
  englishDefaults,
  englishRules,
  type EnglishMessage,
  type EnglishRuleId,
} from '../lint-rules/english/index.js';
import {equalityIgnore, intensifyKeep, passiveIgnore, simplifyExtra, simplifyIgnore} from '../lint-rules/english/tuning.js';

interface FlagItem {
  text: string;
  contains: string | string[];
  /** Flagged text → a suggestion its finding must offer. */
  suggestion?: Record<string, string>;
  source: string;
}

interface PassItem {
  text: string;
  why: string;
  source: string;
}

const ruleIds: EnglishRuleId[] = ['readability', 'long-sentence', 'simplify', 'passive', 'equality', 'intensify'];

function fixtures(ruleId: string): {rule: string; flag: FlagItem[]; pass: PassItem[]} {
  return parse(readFileSync(new URL(`fixtures/english/${ruleId}.yaml`, import.meta.url), 'utf8'));
}

function of(text: string, ruleId: EnglishRuleId, options = {}): EnglishMessage[] {
  return checkEnglish(text, options).messages.filter((message) => message.ruleId === ruleId);
}

const show = (messages: EnglishMessage[]) => messages.map((message) => `${message.ruleId}: ${message.actual}`).join('; ') || 'nothing';

describe('English rules on government-style sentences', () => {
  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      const {rule, flag, pass} = fixtures(ruleId);
      it('has at least 6 sentences to flag and 8 to leave alone', () => {
        assert.equal(rule, ruleId);
        assert.ok(flag.length >= 6 && pass.length >= 8, `${flag.length} flag, ${pass.length} pass`);
      });
      for (const item of flag) {
        it(`flags: ${item.text.slice(0, 70)}`, () => {
          const found = of(item.text, ruleId);
          for (const contains of [item.contains].flat()) {
            const from = item.text.indexOf(contains);
            assert.ok(from >= 0, `fixture: '${contains}' is not in the text`);
            const hit = found.find((message) => message.start < from + contains.length && message.end > from);
            assert.ok(hit, `'${contains}' not flagged; found ${show(found)}`);
          }
          for (const [actual, suggestion] of Object.entries(item.suggestion ?? {})) {
            const hit = found.find((message) => message.actual === actual);
            assert.ok(hit, `no finding with actual '${actual}'; found ${show(found)}`);
            assert.ok(hit.suggestions.includes(suggestion), `'${actual}': ${JSON.stringify(hit.suggestions)} lacks '${suggestion}'`);
          }
        });
      }
      for (const item of pass) {
        it(`leaves alone: ${item.text.slice(0, 70)} (${item.why})`, () => {
          const found = of(item.text, ruleId);
          assert.equal(found.length, 0, show(found));
        });
      }
    });
  }

  const plain: {texts: {name: string; text: string}[]} = parse(readFileSync(new URL('fixtures/english/plain.yaml', import.meta.url), 'utf8'));
  for (const {name, text} of plain.texts) {
    it(`finds nothing in a plain ${name}`, () => {
      const {messages} = checkEnglish(text);
      assert.equal(messages.length, 0, show(messages));
    });
  }

  it('has a fixture file for every rule and no other', () => {
    const files = readdirSync(new URL('fixtures/english/', import.meta.url)).filter((name) => name.endsWith('.yaml'));
    assert.deepEqual(files.sort(), [...ruleIds.map((id) => `${id}.yaml`), 'plain.yaml'].sort());
  });
});

describe('English findings', () => {
  const letter =
    'In accordance with the regulations, applicants are required to submit the requisite documentation prior to the deadline.';

  it('have the shape of the Dutch findings, with English words', () => {
    const {messages} = checkEnglish(letter);
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.actual]),
      [
        ['readability', letter],
        ['simplify', 'In accordance with'],
        ['passive', 'are required'],
        ['simplify', 'requisite'],
        ['simplify', 'prior to'],
      ],
    );
    for (const message of messages) {
      assert.deepEqual(Object.keys(message).sort(), ['actual', 'end', 'explanation', 'message', 'ruleId', 'severity', 'start', 'suggestions', 'url'].sort());
      assert.equal(letter.slice(message.start, message.end), message.actual);
      assert.match(message.message, /^[“A-Z]/);
      assert.ok(message.explanation.length > 60, message.explanation);
      assert.equal(message.url, `https://github.com/helder-nl/helder/blob/main/docs/regels/en-${message.ruleId}.md`);
    }
    const prior = messages.find((message) => message.actual === 'prior to')!;
    assert.equal(prior.severity, 'warning');
    assert.deepEqual(prior.suggestions, ['before']);
    assert.equal(prior.message, 'Say it more simply: use “before” instead of “prior to”.');
    const readability = messages.find((message) => message.ruleId === 'readability')!;
    assert.equal(readability.severity, 'info');
    assert.match(readability.message, /^This sentence is hard to read: (\d of 7|all 7) readability formulas rate it above reading age 16\./);
    const passive = messages.find((message) => message.ruleId === 'passive')!;
    assert.equal(passive.severity, 'warning');
    assert.match(passive.message, /^Passive voice: “are required”\./);
  });

  it('give suggestions in the case of the flagged text', () => {
    const [message] = of('Prior to the meeting, read the agenda.', 'simplify');
    assert.equal(message.actual, 'Prior to');
    assert.deepEqual(message.suggestions, ['Before']);
    const [shouting] = of('PRIOR TO THE MEETING, READ THE AGENDA.', 'simplify');
    assert.deepEqual(shouting.suggestions, ['BEFORE']);
  });

  it('say "leave out" for phrases that can simply go', () => {
    const [message] = of('Please do not hesitate to call us.', 'simplify');
    assert.equal(message.actual, 'do not hesitate to');
    assert.equal(message.message, 'Leave out “do not hesitate to”: it adds nothing.');
    assert.deepEqual(message.suggestions, []);
  });

  it('keep the longest of two overlapping matches of one rule', () => {
    const messages = of('In view of the above, we have closed your file.', 'simplify');
    assert.deepEqual(
      messages.map((message) => message.actual),
      ['In view of the above'],
    );
  });

  it('do not call a phrase passive when simplify already says to leave it out', () => {
    const messages = checkEnglish('Please be advised that the office is closed on Monday.').messages;
    assert.deepEqual(
      messages.map((message) => [message.ruleId, message.actual]),
      [['simplify', 'be advised']],
    );
  });

  it('give equality alternatives and the plugin note, and info severity', () => {
    const [message] = of('The chairman opened the meeting.', 'equality');
    assert.equal(message.severity, 'info');
    assert.ok(message.suggestions.includes('chair'), JSON.stringify(message.suggestions));
    assert.match(message.message, /^“chairman” may exclude or offend some readers( \(when referring to a person\))?\. Consider “/);
  });

  it('tell fillers, hedges and vague words apart', () => {
    assert.equal(of('Basically, fill in the form.', 'intensify')[0].message, '“Basically” adds nothing. Leave it out.');
    assert.match(of('Apparently you moved house.', 'intensify')[0].message, /sound unsure|is vague|adds nothing/);
  });

  it('count UTF-16 offsets past emoji and accents', () => {
    const text = '😀 Café naïve résumé 👩‍👩‍👧: please utilise the form.\n\nThe façade works commence in May. 🚧 Your data is stored securely.';
    const messages = checkEnglish(text).messages;
    for (const message of messages) assert.equal(text.slice(message.start, message.end), message.actual);
    const utilise = messages.find((message) => message.actual === 'utilise')!;
    assert.equal(utilise.start, text.indexOf('utilise'));
    assert.equal(utilise.end, text.indexOf('utilise') + 'utilise'.length);
    const commence = messages.find((message) => message.actual === 'commence')!;
    assert.equal(commence.start, text.indexOf('commence'));
    const stored = messages.find((message) => message.ruleId === 'passive')!;
    assert.equal(stored.actual, 'is stored');
    assert.equal(stored.start, text.indexOf('is stored'));
  });

  it('leave words in quotes alone', () => {
    assert.equal(of('Do not write “utilise” in a letter.', 'simplify').length, 0);
  });
});

describe('English long sentences', () => {
  const twentySevenWords =
    'If you do not agree with our decision about your allowance, you can send us a letter in which you explain why you think we are wrong.';

  it('says how many words and what to do', () => {
    const [message] = of(twentySevenWords, 'long-sentence');
    assert.equal(message.message, 'This sentence has 27 words. Split it or keep it under 21 words.');
    assert.equal(message.severity, 'warning');
    assert.equal(message.actual, twentySevenWords);
  });

  it('uses stronger words above 30 words', () => {
    const text =
      'Please bring your passport or identity card, your rental contract or proof that you own your home, and your birth certificate with an official translation if it is not in Dutch or English.';
    assert.match(of(text, 'long-sentence')[0].message, /^This sentence is very long: 33 words\. Split it into two or three sentences of at most 20 words\.$/);
  });

  it('counts words with a letter or digit, not emoji or punctuation', () => {
    const {sentences} = checkEnglish('Call 14 020 now! 😀 — It is free.');
    assert.deepEqual(
      sentences.map((sentence) => sentence.words),
      [4, 3],
    );
  });

  it('splits a sentence after "in." that the parser takes for the abbreviation of inch', () => {
    const text = 'Fill in the form and hand it in. We will reply within a week.';
    const {sentences} = checkEnglish(text);
    assert.deepEqual(
      sentences.map((sentence) => text.slice(sentence.start, sentence.end)),
      ['Fill in the form and hand it in.', 'We will reply within a week.'],
    );
  });
});

describe('English readability figures', () => {
  it('computes Flesch Reading Ease and Flesch-Kincaid grade for a known text', () => {
    // 9 words, 14 syllables (let-ter, a-bout, ap-pli-ca-tion), 1 sentence:
    // FRE = 206.835 − 1.015·9 − 84.6·14/9 = 66.1; FK = 0.39·9 + 11.8·14/9 − 15.59 = 6.3.
    const {readability} = checkEnglish('We will send you a letter about your application.');
    assert.deepEqual(readability, {
      words: 9,
      sentences: 1,
      syllables: 14,
      wordsPerSentence: 9,
      syllablesPerWord: 1.56,
      fleschReadingEase: 66.1,
      fleschKincaidGrade: 6.3,
    });
  });

  it('averages over sentences', () => {
    // 6 + 3 words of one syllable in 2 sentences: FRE = 206.835 − 1.015·4.5 − 84.6 = 117.7; FK = −2.0.
    const {readability} = checkEnglish('The cat sat on the mat. The dog ran.');
    assert.equal(readability.words, 9);
    assert.equal(readability.sentences, 2);
    assert.equal(readability.syllables, 9);
    assert.equal(readability.wordsPerSentence, 4.5);
    assert.equal(readability.fleschReadingEase, 117.7);
    assert.equal(readability.fleschKincaidGrade, -2);
  });

  it('gives a hard text a low score', () => {
    const hard = fixtures('readability').flag.map((item) => item.text).join(' ');
    const plain = fixtures('readability').pass.map((item) => item.text).join(' ');
    const hardFigures = checkEnglish(hard).readability;
    const plainFigures = checkEnglish(plain).readability;
    assert.ok(hardFigures.fleschReadingEase < 30, `hard: ${hardFigures.fleschReadingEase}`);
    assert.ok(plainFigures.fleschReadingEase > 50, `plain: ${plainFigures.fleschReadingEase}`);
    assert.ok(hardFigures.fleschKincaidGrade > plainFigures.fleschKincaidGrade + 6);
  });

  it('gives zeros for a text without words', () => {
    for (const text of ['', '   ', '😀 — !']) {
      const result = checkEnglish(text);
      assert.deepEqual(result.messages, []);
      assert.deepEqual(result.sentences, []);
      assert.equal(result.readability.words, 0);
      assert.equal(result.readability.fleschReadingEase, 0);
    }
  });
});

describe('English options', () => {
  it('maxWords sets the long-sentence limit', () => {
    const twelve = 'You will hear from us within eight weeks after we receive it.';
    assert.equal(of(twelve, 'long-sentence').length, 0);
    const [message] = of(twelve, 'long-sentence', {maxWords: 10});
    assert.equal(message.message, 'This sentence has 12 words. Split it or keep it under 11 words.');
    assert.equal(of(twelve, 'long-sentence', {maxWords: 12}).length, 0);
  });

  it('targetAge sets the readability target', () => {
    const ordinary = 'You must register at the municipality within five days of arrival.';
    assert.equal(englishDefaults.targetAge, 16);
    assert.equal(of(ordinary, 'readability').length, 0);
    const [strict] = of(ordinary, 'readability', {targetAge: 12});
    assert.ok(strict, 'flagged at age 12');
    assert.match(strict.message, /reading age 12\./);
    const hard = 'Residents who fail to comply with the registration obligation may be subject to an administrative penalty.';
    assert.equal(of(hard, 'readability').length, 1);
    assert.equal(of(hard, 'readability', {targetAge: 22}).length, 0);
  });

  it('rules switches single rules off', () => {
    const text = 'In accordance with the regulations, applicants are required to submit the requisite documentation prior to the deadline.';
    const off = checkEnglish(text, {rules: {passive: false, readability: false}}).messages;
    assert.ok(!off.some((message) => message.ruleId === 'passive' || message.ruleId === 'readability'), show(off));
    assert.ok(off.some((message) => message.ruleId === 'simplify'));
    const onlyLong = checkEnglish(text, {rules: {simplify: false, passive: false, readability: false, equality: false, intensify: false}, maxWords: 5});
    assert.deepEqual(
      onlyLong.messages.map((message) => message.ruleId),
      ['long-sentence'],
    );
  });

  it('docsBaseUrl sets the rule pages', () => {
    const [message] = of('Please utilise the form.', 'simplify', {docsBaseUrl: 'https://example.org/rules/'});
    assert.equal(message.url, 'https://example.org/rules/en-simplify.md');
  });
});

describe('englishRules', () => {
  it('describes every rule once, in English, with its severity', () => {
    assert.deepEqual(
      englishRules.map((rule) => rule.id),
      ruleIds,
    );
    const severity = Object.fromEntries(englishRules.map((rule) => [rule.id, rule.defaultSeverity]));
    assert.deepEqual(severity, {
      readability: 'info',
      'long-sentence': 'warning',
      simplify: 'warning',
      passive: 'warning',
      equality: 'info',
      intensify: 'info',
    });
    for (const rule of englishRules) {
      assert.ok(rule.title && rule.description && rule.explanation, rule.id);
      assert.doesNotMatch(`${rule.title} ${rule.description}`, /\b(de|het|een|zinnen|woorden)\b/);
    }
  });

  for (const rule of englishRules) {
    it(`${rule.id}: its example is flagged, the better version is not`, () => {
      assert.ok(of(rule.example.bad, rule.id).length > 0, `bad example not flagged: ${rule.example.bad}`);
      const good = of(rule.example.good, rule.id);
      assert.equal(good.length, 0, show(good));
    });
  }
});

describe('English tuning lists', () => {
  // The plugins do not export their lists; read them from their files to catch typos here.
  const load = async (path: string) => import(new URL(`../node_modules/${path}`, import.meta.url).href);

  it('ignore only phrases retext-simplify has, and add only phrases it lacks', async () => {
    const {patterns} = await load('retext-simplify/lib/patterns.js');
    const known = new Set(Object.keys(patterns));
    assert.deepEqual(simplifyIgnore.filter((phrase) => !known.has(phrase)), []);
    assert.deepEqual(simplifyExtra.filter((pattern) => known.has(pattern.phrase)).map((pattern) => pattern.phrase), []);
  });

  it('ignore only participles retext-passive has', async () => {
    const {list} = await load('retext-passive/lib/list.js');
    assert.deepEqual(passiveIgnore.filter((word) => !list.includes(word)), []);
  });

  it('ignore only phrases retext-equality has', async () => {
    const {patterns} = await load('retext-equality/lib/patterns-en.js');
    const known = new Set(patterns.flatMap((pattern: {inconsiderate: Record<string, string>}) => Object.keys(pattern.inconsiderate)));
    assert.deepEqual(equalityIgnore.filter((phrase) => !known.has(phrase)), []);
  });

  it('keep only intensify words that retext-intensify has', async () => {
    const {fillers} = await import('fillers');
    const {hedges} = await import('hedges');
    const {weasels} = await import('weasels');
    const known = new Set([...fillers, ...hedges, ...weasels]);
    assert.deepEqual([...intensifyKeep].filter((phrase) => !known.has(phrase)), []);
  });
});

describe('English engine modules', () => {
  it('import nothing Node-only (they run in browsers and Web Workers)', () => {
    const directory = new URL('../lint-rules/english/', import.meta.url);
    const files = [
      ...readdirSync(directory)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => new URL(name, directory)),
      new URL('../lint-rules/language.ts', import.meta.url),
    ];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
        assert.doesNotMatch(specifier, /^node:|^(fs|path|url|os|crypto|child_process|worker_threads)$/, `${file.pathname}: ${specifier}`);
      }
      assert.doesNotMatch(source, /\bprocess\.|\brequire\(/, file.pathname);
    }
  });
});

describe('English: leaving a word out', () => {
  it('advises to leave out "aforementioned" instead of offering "remove" as a replacement', async () => {
    const {checkEnglish} = await import('../lint-rules/english/index.js');
    const [finding] = checkEnglish('Please find the aforementioned documents attached to this letter.').messages.filter((message) => message.ruleId === 'simplify');
    assert.equal(finding.actual, 'aforementioned');
    assert.ok(!finding.suggestions.includes('remove'));
    assert.match(finding.message, /^Leave out “aforementioned”/);
  });
});
