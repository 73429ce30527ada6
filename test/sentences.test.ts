import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {toString} from 'nlcst-to-string';
import {analyze} from '../lint-rules/analysis.js';
import {buildTree, PositionIndex} from '../lint-rules/parse.js';

function sentences(text: string, format: 'plain' | 'markdown' = 'plain') {
  return analyze(buildTree(text, format)).sentences.map((sentence) => ({
    text: toString(sentence.node).replace(/\s+/g, ' ').trim(),
    kind: sentence.kind,
    source: text.slice(sentence.node.position!.start.offset!, sentence.node.position!.end.offset!),
  }));
}

describe('sentence splitting', () => {
  it('keeps abbreviations inside the sentence (bijv., o.a., art., j.l., d.w.z.)', () => {
    const found = sentences('U kunt bijv. een kopie van uw paspoort sturen. Wij hebben o.a. uw loonstrook nodig. Zie art. 4 van de wet. Dit geldt sinds 3 mei j.l. en d.w.z. voor iedereen.');
    assert.deepEqual(found.map((s) => s.text), [
      'U kunt bijv. een kopie van uw paspoort sturen.',
      'Wij hebben o.a. uw loonstrook nodig.',
      'Zie art. 4 van de wet.',
      'Dit geldt sinds 3 mei j.l. en d.w.z. voor iedereen.',
    ]);
  });

  it('does not split numbers such as 1.500 and 3.2', () => {
    const found = sentences('U krijgt 1.500 euro. Versie 3.2 van het formulier is nieuw.');
    assert.deepEqual(found.map((s) => s.text), ['U krijgt 1.500 euro.', 'Versie 3.2 van het formulier is nieuw.']);
  });

  it('does not end a sentence at a single line break', () => {
    const found = sentences('Wij hebben uw aanvraag voor een\nparkeervergunning ontvangen. Het ministerie van\nBinnenlandse Zaken werkt mee.');
    assert.deepEqual(found.map((s) => s.text), [
      'Wij hebben uw aanvraag voor een parkeervergunning ontvangen.',
      'Het ministerie van Binnenlandse Zaken werkt mee.',
    ]);
  });

  it('ends a sentence at a blank line, a heading and a list item in plain text', () => {
    const text = 'Actieplan Open Overheid\nMet het actieplan zet Nederland zich in voor open overheid\n\nDe acties zijn:\n- transparantie in de wet\n- digitale democratie\n 1. Vervolg Open Wob';
    const found = sentences(text);
    assert.deepEqual(found.map((s) => [s.kind, s.text]), [
      ['heading', 'Actieplan Open Overheid'],
      ['paragraph', 'Met het actieplan zet Nederland zich in voor open overheid'],
      ['paragraph', 'De acties zijn:'],
      ['list-item', 'transparantie in de wet'],
      ['list-item', 'digitale democratie'],
      ['list-item', 'Vervolg Open Wob'],
    ]);
  });

  it('treats headings, list items and code in Markdown as structure', () => {
    const text = '# Uw afvalpas\n\nU krijgt een nieuwe pas. Gebruik `helder check` niet.\n\n- eerste punt\n- tweede punt\n\n```\nindien teneinde\n```\n\n| kolom | teneinde |\n|---|---|\n| a | b |';
    const found = sentences(text, 'markdown');
    assert.deepEqual(found.map((s) => [s.kind, s.text]), [
      ['heading', 'Uw afvalpas'],
      ['paragraph', 'U krijgt een nieuwe pas.'],
      ['paragraph', 'Gebruik niet.'],
      ['list-item', 'eerste punt'],
      ['list-item', 'tweede punt'],
      ['table-cell', 'kolom'],
      ['table-cell', 'teneinde'],
      ['table-cell', 'a'],
      ['table-cell', 'b'],
    ]);
  });

  it('leaves URLs and e-mail addresses out of the prose, with offsets unchanged', () => {
    const text = 'Kijk op https://www.example.nl/afval?x=1 of mail naar info@example.nl. Daarna verder.';
    const found = sentences(text);
    assert.equal(found[0].text, 'Kijk op of mail naar .');
    assert.equal(found[0].source, 'Kijk op https://www.example.nl/afval?x=1 of mail naar info@example.nl.');
    assert.equal(found[1].source, 'Daarna verder.');
  });

  it('keeps link text but not the link target in Markdown, and unescapes', () => {
    const found = sentences('Lees [de regels](https://www.example.nl/regels) en \\*niet meer\\*.', 'markdown');
    assert.equal(found[0].text.replace(/\s/g, ''), 'Leesderegelsen*nietmeer*.');
    assert.doesNotMatch(found[0].text, /example|\\/);
  });
});

describe('sentence splitting after everyday words that look like abbreviations', () => {
  const cases: [string, string[]][] = [
    ['Wij halen uw afval op. Dat doen wij elke week.', ['Wij halen uw afval op.', 'Dat doen wij elke week.']],
    ['Dat weet u al. Toch sturen wij u deze brief.', ['Dat weet u al.', 'Toch sturen wij u deze brief.']],
    ['Dit staat in artikel 35. Daarin staat ook de termijn.', ['Dit staat in artikel 35.', 'Daarin staat ook de termijn.']],
    ['Wij bellen u op 12 mei a.s. om tien uur.', ['Wij bellen u op 12 mei a.s. om tien uur.']],
    ['Het kost ca. 20 euro per jaar.', ['Het kost ca. 20 euro per jaar.']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(sentences(text).map((s) => s.text), expected));
  }
});

describe('positions in the tree', () => {
  // Every node's points must be the document's: offsets that slice out the node's own text, and
  // the line and column a host shows for that offset.
  const documents: [string, 'plain' | 'markdown', string][] = [
    ['plain text with Windows line ends', 'plain', 'Geachte heer Jansen,\r\n\r\nWij hebben uw aanvraag voor een\r\nparkeervergunning ontvangen. Zie art. 4 van de wet.\r\n\r\n- Stuur ons een kopie.\r\n- Bel ons op 14 020.\r\n'],
    ['plain text with old Mac line ends', 'plain', 'Beste bewoner,\r\rWij halen uw afval op. Dat weet u al.\rMet vriendelijke groet'],
    ['Markdown with headings, lists and links', 'markdown', '# Uw aanvraag\n\nWij hebben uw aanvraag **ontvangen**. Lees [de regels](https://example.nl) op onze site.\n\n## Wat nu?\n\n1. U krijgt binnen acht weken een besluit.\n2. Heeft u vragen? Bel ons.\n\n> Let op: de balie is gesloten i.v.m. de feestdagen.\n'],
  ];
  // Whole real pages too: a point shared between two leaves would be moved twice somewhere in them.
  for (const name of ['actieplan-open-overheid-webpagina.txt', 'open-overheid-themapagina.txt', 'alliantie-open-overheid-webpagina.txt']) {
    documents.push([`the corpus page ${name}`, 'plain', readFileSync(new URL(`../../shared/corpus/${name}`, import.meta.url), 'utf8')]);
  }
  for (const [name, format, doc] of documents) {
    it(name, () => {
      const index = new PositionIndex(doc);
      let leaves = 0;
      const visit = (node: {type: string; value?: string; children?: unknown[]; position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}}) => {
        const {start, end} = node.position!;
        assert.deepEqual(start, index.toPoint(start.offset!), `start of ${node.type}`);
        assert.deepEqual(end, index.toPoint(end.offset!), `end of ${node.type}`);
        if (node.children) for (const child of node.children) visit(child as typeof node);
        else if (node.type !== 'WhiteSpaceNode' && /\S/.test(doc.slice(start.offset, end.offset))) {
          leaves++;
          assert.equal(doc.slice(start.offset, end.offset), node.value, `${node.type} '${node.value}'`);
        }
      };
      const tree = buildTree(doc, format);
      for (const paragraph of tree.children) visit(paragraph as never);
      assert.ok(leaves > 10);
    });
  }
});
