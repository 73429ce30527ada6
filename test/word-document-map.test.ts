// Word paragraphs to one text for the engine and findings back to their paragraph.
import assert from 'node:assert/strict';
import {joinParagraphs, targetOf} from '../extension/word/src/document-map.js';
import {checker} from './support/helpers.js';

describe('Word add-in: paragraphs and findings', () => {
  const paragraphs = [
    'Geachte heer Jansen,',
    'Indien u het niet eens bent met dit besluit, kunt u bezwaar maken. Indien u dat wilt, bel ons.',
    '',
    'Wij hebben uw aanvraag in goede orde ontvangen.',
  ];

  it('checks each Word paragraph as its own block and maps every finding back to its paragraph and place', () => {
    const map = joinParagraphs(paragraphs);
    const report = checker().check(map.text);
    const jargon = report.findings.filter((finding) => finding.ruleId === 'jargon');
    assert.deepEqual(jargon.map((finding) => finding.actual), ['Indien', 'Indien', 'in goede orde']);
    const targets = jargon.map((finding) => targetOf(finding, map)!);
    assert.deepEqual(targets.map((target) => [target.paragraph, target.start, target.end]), [[1, 0, 6], [1, 67, 73], [3, 23, 36]]);
    for (const [index, target] of targets.entries()) assert.equal(target.paragraphText.slice(target.start, target.end), jargon[index].actual);
    // The salutation is a line of its own, not joined to the next paragraph.
    assert.equal(report.readability.paragraphs.length, 3);
  });

  it('counts from the selection’s first paragraph in the body', () => {
    const map = joinParagraphs(paragraphs.slice(3), 3);
    const [finding] = checker().check(map.text).findings.filter((f) => f.ruleId === 'jargon');
    assert.deepEqual(targetOf(finding, map), {paragraph: 3, paragraphText: paragraphs[3], start: 23, end: 36});
  });

  it('treats a line break inside a Word paragraph (Shift+Enter) as a line break', () => {
    const map = joinParagraphs(['Gemeente Veldhoven\vPostbus 4127']);
    assert.equal(map.text, 'Gemeente Veldhoven\nPostbus 4127');
  });
});
