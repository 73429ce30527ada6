#!/usr/bin/env node
// Maakt het voorbeeld voorbeelden/besluit-bijzondere-bijstand.docx.
//
// Het script schrijft een klein maar geldig OOXML-pakket met JSZip:
// [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
// word/numbering.xml en word/_rels/document.xml.rels.
//
// Koppen gebruiken de stijlen "Heading1"/"Heading2" (namen "heading 1"/
// "heading 2"), zodat mammoth ze omzet naar <h1>/<h2>. Opsommingen gebruiken
// de stijl "ListParagraph" met echte nummering (een opsomming met bolletjes),
// zodat mammoth er <ul><li> van maakt.
//
// De tekst is verzonnen: de gemeente, namen, adressen en kenmerken bestaan niet.
// Het ambtelijke taalgebruik is met opzet: Helder moet er iets over te zeggen hebben.
//
// Gebruik: node scripts/make-example-docx.mjs [uitvoerbestand]

import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(process.argv[2] ?? resolve(root, 'voorbeelden/besluit-bijzondere-bijstand.docx'));

/**
 * De brief als gegevens. style: 'Normal' | 'Heading1' | 'Heading2' | 'ListBullet'.
 * @type {{style: 'Normal' | 'Heading1' | 'Heading2' | 'ListBullet', text: string}[]}
 */
const letter = [
  { style: 'Normal', text: 'Gemeente Veldhoven-Noord' },
  { style: 'Normal', text: 'Afdeling Werk & Inkomen' },
  { style: 'Normal', text: 'Mevrouw R. Verbeek' },
  { style: 'Normal', text: 'Kastanjehof 12' },
  { style: 'Normal', text: '5507 BT Veldhoven-Noord' },
  { style: 'Normal', text: 'Datum: 22 april 2025' },
  { style: 'Normal', text: 'Ons kenmerk: WI-BB-2025-03164' },
  { style: 'Normal', text: 'Onderwerp: besluit op uw aanvraag bijzondere bijstand' },

  { style: 'Heading1', text: 'Besluit op uw aanvraag voor bijzondere bijstand' },
  { style: 'Normal', text: 'Geachte mevrouw Verbeek,' },
  { style: 'Normal', text: 'Op 27 maart 2025 heeft u bijzondere bijstand aangevraagd voor een wasmachine en een bed voor uw zoon. In deze brief leest u ons besluit.' },

  { style: 'Heading2', text: 'Besluit' },
  { style: 'Normal', text: 'Ingevolge artikel 35, eerste lid, van de Participatiewet kennen wij u bijzondere bijstand toe voor de aanschaf van een wasmachine. Voor het bed voor uw zoon wijzen wij uw aanvraag af.' },
  { style: 'Normal', text: 'Dit betekent voor u het volgende:' },
  { style: 'ListBullet', text: 'U krijgt € 375,00 voor een wasmachine.' },
  { style: 'ListBullet', text: 'U krijgt dit bedrag als gift. U hoeft het niet terug te betalen.' },
  { style: 'ListBullet', text: 'U krijgt geen geld voor het bed.' },

  { style: 'Heading2', text: 'Waarom dit besluit?' },
  { style: 'Normal', text: 'U heeft geen geld om zelf een nieuwe wasmachine te kopen. Uw oude wasmachine is kapot en kan niet meer worden gerepareerd. Een wasmachine is noodzakelijk voor u en uw kinderen.' },
  { style: 'Normal', text: 'Het bedrag van € 375,00 is gebaseerd op de normbedragen die zijn opgenomen in de Beleidsregels bijzondere bijstand Veldhoven-Noord 2024, hetgeen betekent dat wij uitgaan van de kosten van een eenvoudige maar degelijke wasmachine.' },
  { style: 'Normal', text: 'Met betrekking tot het bed is gebleken dat u dit reeds op 12 februari 2025 heeft aangeschaft, derhalve ruim zes weken voordat de onderhavige aanvraag door u werd ingediend. Bijzondere bijstand kan op grond van artikel 44 van de Participatiewet in beginsel niet met terugwerkende kracht worden verleend. Van bijzondere omstandigheden die een uitzondering rechtvaardigen, is ons in uw geval niet gebleken.' },

  { style: 'Heading2', text: 'Hoe krijgt u het geld?' },
  { style: 'Normal', text: 'Wij maken het bedrag binnen tien werkdagen over op uw bankrekening.' },
  { style: 'Normal', text: 'Wij verzoeken u gaarne om de aankoopbon van de wasmachine binnen vier weken na aanschaf middels Mijn Veldhoven-Noord aan ons te verstrekken, teneinde te kunnen controleren of het bedrag is besteed aan het doel waarvoor het is toegekend.' },
  { style: 'Normal', text: 'Stuurt u de bon niet op tijd? Dan kunnen wij het geld terugvragen.' },

  { style: 'Heading2', text: 'Bent u het niet eens met dit besluit?' },
  { style: 'Normal', text: 'Dan kunt u bezwaar maken. Het bezwaarschrift dient binnen zes weken na dagtekening van deze brief door belanghebbende te worden ingediend bij het college van burgemeester en wethouders, Postbus 4127, 5509 ZX Veldhoven-Noord.' },
  { style: 'Normal', text: 'Zet in uw brief:' },
  { style: 'ListBullet', text: 'uw naam en adres' },
  { style: 'ListBullet', text: 'de datum' },
  { style: 'ListBullet', text: 'het kenmerk van deze brief' },
  { style: 'ListBullet', text: 'waarom u het niet eens bent met het besluit' },
  { style: 'ListBullet', text: 'uw handtekening' },
  { style: 'Normal', text: 'U kunt ook digitaal bezwaar maken via Mijn Veldhoven-Noord. U logt dan in met DigiD.' },
  { style: 'Normal', text: 'Indien u van mening bent dat de behandeling van uw bezwaarschrift niet kan worden afgewacht, kunt u de voorzieningenrechter van de rechtbank verzoeken om een voorlopige voorziening te treffen. Hiervoor zijn griffierechten verschuldigd.' },

  { style: 'Heading2', text: 'Heeft u vragen?' },
  { style: 'Normal', text: 'Bel dan met uw consulent, de heer M. Koster. Hij is bereikbaar van maandag tot en met donderdag via 012 345 67 90.' },
  { style: 'Normal', text: 'Met vriendelijke groet,' },
  { style: 'Normal', text: 'namens het college van burgemeester en wethouders van Veldhoven-Noord,' },
  { style: 'Normal', text: 'J. van Leeuwen' },
  { style: 'Normal', text: 'teamleider Werk & Inkomen' },
];

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escape the five XML special characters. */
function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const BULLET_NUM_ID = 1;

function paragraphXml({ style, text }) {
  let pPr = '';
  if (style === 'Heading1' || style === 'Heading2') {
    pPr = `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
  } else if (style === 'ListBullet') {
    pPr = `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr></w:pPr>`;
  } else if (style !== 'Normal') {
    throw new Error(`Onbekende stijl in de brief: ${style}`);
  }
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

const documentXml =
  XML_DECL +
  `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>` +
  letter.map(paragraphXml).join('') +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>' +
  '</w:sectPr></w:body></w:document>';

const stylesXml =
  XML_DECL +
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults>' +
  '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>' +
  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
  '</w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
  '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>' +
  '<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>' +
  '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>' +
  '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>' +
  '<w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>' +
  '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
  '</w:styles>';

const numberingXml =
  XML_DECL +
  `<w:numbering xmlns:w="${W_NS}">` +
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>' +
  '</w:abstractNum>' +
  `<w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>` +
  '</w:numbering>';

const contentTypesXml =
  XML_DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '</Types>';

const rootRelsXml =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const documentRelsXml =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '</Relationships>';

// Vaste datum in de zip, zodat het script steeds precies hetzelfde bestand maakt.
const date = new Date(Date.UTC(2025, 3, 22, 12, 0, 0));
const zip = new JSZip();
// [Content_Types].xml hoort als eerste in het pakket.
zip.file('[Content_Types].xml', contentTypesXml, { date, createFolders: false });
zip.file('_rels/.rels', rootRelsXml, { date, createFolders: false });
zip.file('word/document.xml', documentXml, { date, createFolders: false });
zip.file('word/styles.xml', stylesXml, { date, createFolders: false });
zip.file('word/numbering.xml', numberingXml, { date, createFolders: false });
zip.file('word/_rels/document.xml.rels', documentRelsXml, { date, createFolders: false });

const buffer = await zip.generateAsync({
  type: 'nodebuffer',
  compression: 'DEFLATE',
  compressionOptions: { level: 9 },
});
await mkdir(dirname(output), { recursive: true });
await writeFile(output, buffer);

const words = letter.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
console.log(`${output}: ${buffer.length} bytes, ${letter.length} alinea's, ${words} woorden`);
