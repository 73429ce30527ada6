// The readability panel's page: plain HTML built from the server's data, with a strict
// Content-Security-Policy (no remote resources; one inline script and style allowed by nonce).
// Text from the document is always escaped: it never becomes markup.
import type {ReadabilityPanelData} from '../protocol.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char]!);
}

const ruleNames: Record<string, string> = {
  readability: 'Moeilijke zin',
  'long-sentence': 'Lange zin',
  paragraph: 'Lange alinea',
  'long-word': 'Lang woord',
  jargon: 'Ambtelijk woord',
  vague: 'Vaag woord',
  abbreviation: 'Afkorting',
  nominalization: 'Naamwoordstijl',
  passive: 'Lijdende vorm',
  clamp: 'Tangconstructie',
  negation: 'Ontkenning',
  'reader-address': 'Lezer aanspreken',
  spelling: 'Spelling',
};

export function panelHtml(data: ReadabilityPanelData, cspSource: string, nonce: string): string {
  const {readability} = data;
  const reveal = (range: unknown) => escapeHtml(JSON.stringify(range));
  const paragraphs = data.paragraphs
    .filter((paragraph) => paragraph.words > 0)
    .map(
      (paragraph, index) =>
        `<tr><td><button data-range="${reveal(paragraph.range)}">Alinea ${index + 1}</button></td><td>${paragraph.words}</td><td>${paragraph.fleschDouma.toFixed(0)}</td><td>${escapeHtml(paragraph.level)}</td></tr>`,
    )
    .join('');
  const hardest = data.hardest
    .map((sentence) => `<li><button data-range="${reveal(sentence.range)}">${escapeHtml(sentence.text)}</button><br><span class="note">${escapeHtml(sentence.message)}</span></li>`)
    .join('');
  const counts = data.counts.map((count) => `<tr><td>${escapeHtml(ruleNames[count.ruleId] ?? count.ruleId)}</td><td>${count.count}</td></tr>`).join('');
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leesbaarheid</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem 2rem; line-height: 1.5; }
  h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
  table { border-collapse: collapse; } td, th { padding: .2em .8em .2em 0; text-align: left; }
  button { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; padding: 0; font: inherit; text-align: left; text-decoration: underline; }
  button:focus { outline: 2px solid var(--vscode-focusBorder); }
  .figure { font-size: 2em; font-weight: bold; } .note { opacity: .8; }
</style>
</head>
<body>
<h1>Leesbaarheid</h1>
<p><span class="figure">${escapeHtml(readability.level.label)}</span></p>
<ul>
  <li>Flesch-Douma: <strong>${readability.fleschDouma.toFixed(0)}</strong> (0–100; hoger is makkelijker, taalniveau B1 vraagt ongeveer 65 of meer)</li>
  <li>Leesindex Brouwer: <strong>${readability.brouwer.toFixed(0)}</strong></li>
  <li>${readability.words} woorden in ${readability.sentences} zinnen: gemiddeld ${readability.wordsPerSentence.toFixed(1)} woorden per zin</li>
</ul>
<p class="note">De cijfers zijn een schatting uit zinslengte en lettergrepen, geen toets. Ze laten zien waar de tekst moeilijk wordt.</p>
<h2>Per alinea</h2>
${paragraphs ? `<table><thead><tr><th>Alinea</th><th>Woorden</th><th>Flesch-Douma</th><th>Niveau</th></tr></thead><tbody>${paragraphs}</tbody></table>` : '<p>Geen alinea’s.</p>'}
<h2>De moeilijkste zinnen</h2>
${hardest ? `<ol>${hardest}</ol>` : '<p>Geen lange of moeilijke zinnen gevonden.</p>'}
<h2>Meldingen per regel</h2>
${counts ? `<table><tbody>${counts}</tbody></table>` : '<p>Geen meldingen.</p>'}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const button of document.querySelectorAll('button[data-range]')) {
    button.addEventListener('click', () => vscode.postMessage({reveal: JSON.parse(button.dataset.range)}));
  }
</script>
</body>
</html>`;
}
