import {analyze, type ParagraphInfo} from '../analysis.js';
import {report, type RuleDefinition} from '../rule.js';

export interface ParagraphOptions {
  /** A paragraph with more sentences than this is flagged. */
  maxSentences: number;
  /** A paragraph longer than this many lines is flagged. */
  maxLines: number;
  /** Characters per line, to estimate lines where the text is not wrapped (Markdown, Word). */
  lineLength: number;
  /** In Markdown: from this many paragraphs on, the text needs headings. */
  paragraphsBeforeHeading: number;
}

export const paragraph: RuleDefinition<ParagraphOptions> = {
  id: 'paragraph',
  title: 'Lange alinea en kopjes',
  description:
    'Alinea’s van meer dan 6 regels of 5 zinnen, en Markdown-teksten van 3 of meer alinea’s zonder tussenkopjes.',
  defaultSeverity: 'info',
  scope: 'document',
  defaults: {maxSentences: 5, maxLines: 6, lineLength: 75, paragraphsBeforeHeading: 3},
  examples: [
    {
      bad: 'U kunt een parkeervergunning aanvragen. Dat doet u online. U heeft DigiD nodig. U betaalt de kosten meteen. Wij sturen de vergunning per post. U krijgt de vergunning binnen vijf werkdagen. Heeft u vragen? Bel ons dan.',
      good: 'U kunt een parkeervergunning aanvragen. Dat doet u online met DigiD. U betaalt de kosten meteen.\n\nWij sturen de vergunning binnen vijf werkdagen per post. Heeft u vragen? Bel ons dan.',
    },
  ],
  plugin(options) {
    return (tree, file) => {
      const doc = String(file);
      const {paragraphs} = analyze(tree);
      const prose = paragraphs.filter((info) => info.kind === 'paragraph' && info.sentences.length > 0);
      for (const info of prose) {
        const sentences = info.sentences.length;
        const lines = estimateLines(info, doc, options.lineLength);
        if (sentences <= options.maxSentences && lines <= options.maxLines) continue;
        const first = info.sentences[0].node.position!;
        const size =
          sentences > options.maxSentences
            ? `${sentences} zinnen${lines > options.maxLines ? ` en ongeveer ${lines} regels` : ''}`
            : `ongeveer ${lines} regels`;
        report(file, doc, {
          ruleId: 'paragraph',
          start: first.start.offset!,
          end: first.end.offset!,
          message: `Deze alinea is lang: ${size}. Houd alinea’s korter dan ${options.maxLines + 1} regels en ${options.maxSentences + 1} zinnen: splits hem waar een nieuw onderwerp begint.`,
          explanation:
            'Een lange alinea ziet er zwaar uit, en de lezer raakt de draad kwijt. Direct Duidelijk: één onderwerp per alinea, en alinea’s van hoogstens zes regels. Begin met de belangrijkste zin.',
          expected: [],
          url: options.url,
        });
      }
      // Headings only exist in Markdown (and in Word documents read as Markdown).
      if (file.data.format !== 'markdown') return;
      if (prose.length < options.paragraphsBeforeHeading || paragraphs.some((info) => info.kind === 'heading')) return;
      const first = prose[0].sentences[0].node.position!;
      report(file, doc, {
        ruleId: 'paragraph',
        start: first.start.offset!,
        end: first.end.offset!,
        message: `Deze tekst heeft ${prose.length} alinea’s maar geen tussenkopjes. Zet boven elk deel een kopje dat zegt waar het over gaat.`,
        explanation:
          'Met tussenkopjes ziet de lezer meteen waar de tekst over gaat, en vindt hij of zij snel het deel dat ertoe doet. Direct Duidelijk: gebruik kopjes zodra een tekst drie of meer alinea’s heeft; een vraag als kopje werkt goed (‘Wat moet u doen?’).',
        expected: [],
        url: options.url,
      });
    };
  },
};

/**
 * Lines as the reader sees them. A paragraph on one line (Markdown, Word) wraps every `lineLength`
 * characters; a hard-wrapped one keeps its lines, with some slack for lines a little over the width.
 */
function estimateLines(info: ParagraphInfo, doc: string, lineLength: number): number {
  const position = info.node.position;
  const text = position ? doc.slice(position.start.offset!, position.end.offset!) : '';
  const lines = text.split('\n');
  if (lines.length === 1) return Math.ceil(text.trim().length / lineLength);
  return lines.reduce((total, line) => total + Math.max(1, Math.ceil(line.trim().length / (lineLength * 1.2))), 0);
}
