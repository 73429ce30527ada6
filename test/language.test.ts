// Language detection (lint-rules/language.ts): Dutch and English paragraphs as municipalities
// write them, short and ambiguous strings that must stay undecided, and mixed text.
import assert from 'node:assert/strict';
import {MIN_DETECT_LENGTH, detectLanguage, languageSample} from '../lint-rules/language.js';

const letters = (text: string) => [...languageSample(text).matchAll(/\p{L}/gu)].length;

const dutch = {
  letter:
    'Geachte heer Jansen,\n\nOp 3 maart 2025 heeft u een parkeervergunning aangevraagd voor de Prinsengracht. Wij hebben uw aanvraag bekeken. U krijgt de vergunning. De vergunning geldt vanaf 1 april 2025 voor een jaar.',
  objection:
    'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Dat doet u met het formulier op onze website.',
  plan: 'In dit actieplan beschrijven wij hoe de gemeente de komende vier jaar armoede wil aanpakken. Wij willen dat iedereen kan meedoen.',
  privacy:
    'Uw gegevens gebruiken wij alleen om uw aanvraag te behandelen. Wij bewaren ze niet langer dan nodig is. U mag uw gegevens altijd inzien.',
  loanwords:
    'De deadline voor de subsidie is 1 juni. Mail uw businessplan naar het team. Check de website voor updates over de app en de helpdesk.',
  heading: 'Afvalinzameling verandert per 1 januari: de grijze container wordt eens per twee weken geleegd',
};

const english = {
  expatLetter:
    'Dear Ms Novak,\n\nWelcome to Utrecht! You have registered at our city hall. You will get your citizen service number by post within five working days. You need this number for work, for your doctor and for your bank.',
  objection:
    'Do you disagree with this decision? Then you can object within six weeks. You can do this with the form on our website.',
  plan: 'In this action plan we describe how the city will tackle poverty over the next four years. We want everyone to be able to take part.',
  dutchTerms:
    'Please bring your BSN, your huurcontract and a valid ID to the Stadsloket. You can make an appointment with DigiD on the website of the gemeente.',
  bureaucratic:
    'In accordance with the regulations, applicants are required to submit the requisite documentation prior to the deadline.',
  heading: 'Waste collection changes on 1 January: the grey container will be emptied once every two weeks',
};

describe('detectLanguage', () => {
  it('has a minimum length of about one short sentence', () => {
    assert.ok(MIN_DETECT_LENGTH >= 30 && MIN_DETECT_LENGTH <= 60, String(MIN_DETECT_LENGTH));
  });

  for (const [name, text] of Object.entries(dutch)) {
    it(`calls a Dutch ${name} paragraph Dutch`, () => assert.equal(detectLanguage(text), 'nl'));
  }
  for (const [name, text] of Object.entries(english)) {
    it(`calls an English ${name} paragraph English`, () => assert.equal(detectLanguage(text), 'en'));
  }

  for (const text of [
    '',
    'OK',
    'Team Vergunningen',
    'Den Haag, 3 March 2025',
    'Welkom / Welcome',
    'Met vriendelijke groet,',
    'Kind regards,',
    '14 020',
    'https://www.utrecht.nl/en/parking-permits/',
    'info@utrecht.nl, 030 - 286 00 00',
    'Burgerzaken / Civil Affairs',
  ]) {
    it(`leaves a short or ambiguous string undecided: ${JSON.stringify(text)}`, () => {
      assert.ok(letters(text) < MIN_DETECT_LENGTH || text.includes('/'), 'fixture is short');
      assert.equal(detectLanguage(text), undefined);
    });
  }

  it('decides from the minimum length on, and not below it', () => {
    const short = 'Please send us a copy of your passport.';
    const long = 'Please send us a copy of your valid passport today.';
    assert.ok(letters(short) < MIN_DETECT_LENGTH);
    assert.ok(letters(long) >= MIN_DETECT_LENGTH);
    assert.equal(detectLanguage(short), undefined);
    assert.equal(detectLanguage(long), 'en');
  });

  it('does not count links, e-mail addresses, numbers and Markdown marks as letters', () => {
    const noisy = '# Contact\n\n**Mail** [info@utrecht.nl](mailto:info@utrecht.nl) or see https://www.utrecht.nl/en/ — 030 286 00 00';
    assert.equal(detectLanguage(noisy), undefined);
    assert.equal(detectLanguage('# Parking permit\n\nYou can apply for a parking permit on [our website](https://example.org/parking).'), 'en');
    assert.equal(
      detectLanguage('## Parkeervergunning\n\nU vraagt een vergunning aan via [onze website](https://www.utrecht.nl/parkeren/vergunning-aanvragen/).'),
      'nl',
    );
  });

  it('does not call a noun-heavy English sentence Dutch (franc alone does)', () => {
    assert.notEqual(detectLanguage('We collect fruit, vegetable and garden waste every week.'), 'nl');
  });

  describe('mixed text', () => {
    it('a Dutch sentence with an English quote is Dutch', () => {
      assert.equal(detectLanguage('U kunt de app downloaden via de App Store. Log in met DigiD en kies daarna de knop “My permits”.'), 'nl');
    });

    it('an English sentence with Dutch names is English', () => {
      assert.equal(detectLanguage('Please bring your uittreksel BRP and your huurcontract to the Stadsloket on Stadsplateau 1.'), 'en');
    });

    it('a Dutch paragraph that announces an English translation is Dutch', () => {
      assert.equal(
        detectLanguage('De Engelse vertaling staat hieronder. The English translation is below. Lees die goed door, want deze tekst is belangrijk voor uw aanvraag.'),
        'nl',
      );
    });

    it('a long Dutch report with an English summary on top is Dutch', () => {
      const report = [english.plan, english.objection, ...Array.from({length: 12}, () => Object.values(dutch).join('\n\n'))].join('\n\n');
      assert.ok(report.length > 4000);
      assert.equal(detectLanguage(report), 'nl');
    });

    it('a long English text is English all through', () => {
      const text = Array.from({length: 10}, () => Object.values(english).join('\n\n')).join('\n\n');
      assert.ok(text.length > 4000);
      assert.equal(detectLanguage(text), 'en');
    });
  });
});
