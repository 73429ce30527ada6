// What the English rules are called, what they check and why it matters, in English.

export type EnglishRuleId = 'readability' | 'long-sentence' | 'simplify' | 'passive' | 'equality' | 'intensify';

export type EnglishSeverity = 'error' | 'warning' | 'info';

export interface EnglishRuleInfo {
  id: EnglishRuleId;
  /** Short English name. */
  title: string;
  /** What the rule checks, in one English sentence. */
  description: string;
  defaultSeverity: EnglishSeverity;
  /** Why it matters to the reader: the `explanation` of every finding of this rule. */
  explanation: string;
  /** A sentence the rule flags and a better one it leaves alone. */
  example: {bad: string; good: string};
}

export const englishRules: EnglishRuleInfo[] = [
  {
    id: 'readability',
    title: 'Hard sentence',
    description:
      'Sentences of 8 words or more that most of seven readability formulas rate above the target reading age (16 by default).',
    defaultSeverity: 'info',
    explanation:
      'Long words and long sentences make the reader work harder. Many adults read less well than writers expect, and people who read English as a second language or who read your letter under stress find it harder still. Use short, common words and give each sentence one idea.',
    example: {
      bad: 'Notwithstanding the aforementioned considerations, eligibility for supplementary financial assistance is contingent upon verification of household income.',
      good: 'You can get extra money if your household income is low enough. We check your income first.',
    },
  },
  {
    id: 'long-sentence',
    title: 'Long sentence',
    description: 'Sentences of more than 20 words (configurable).',
    defaultSeverity: 'warning',
    explanation:
      'A long sentence asks the reader to hold many things in mind at once. Readers lose the thread and have to read it again. Give each sentence one message; most sentences in a clear text have fewer than 20 words.',
    example: {
      bad: 'We have received your application for a parking permit and we would like to let you know that we will process it within eight weeks unless we need more information from you.',
      good: 'We have received your application for a parking permit. You will hear from us within eight weeks. If we need more information, we will contact you.',
    },
  },
  {
    id: 'simplify',
    title: 'Simpler word',
    description: 'Formal words and wordy phrases that have a plainer alternative, such as "prior to" (before) or "in order to" (to).',
    defaultSeverity: 'warning',
    explanation:
      'Formal words and wordy phrases slow the reader down and make a letter sound distant. A common word says the same thing and more people understand it, including the many residents who read English as a second language.',
    example: {
      bad: 'Please utilise the online form prior to your appointment.',
      good: 'Please use the online form before your appointment.',
    },
  },
  {
    id: 'passive',
    title: 'Passive voice',
    description: 'Passive verbs such as "is required" or "will be sent", where the reader cannot see who acts.',
    defaultSeverity: 'warning',
    explanation:
      'In a passive sentence the reader cannot see who does what: who decides, who sends, who has to pay? Active sentences are shorter and clearer. Write "We will send you the decision" instead of "The decision will be sent to you", and "You must" instead of "You are required to".',
    example: {
      bad: 'Your application was rejected because the form was not signed.',
      good: 'We rejected your application because you did not sign the form.',
    },
  },
  {
    id: 'equality',
    title: 'Inclusive language',
    description: 'Words that may exclude or hurt people, such as gendered job titles ("chairman") or "wheelchair bound".',
    defaultSeverity: 'info',
    explanation:
      'Some words exclude or hurt people, often without the writer meaning to. A neutral word includes every reader and keeps the attention on your message.',
    example: {
      bad: 'The chairman will open the meeting.',
      good: 'The chair will open the meeting.',
    },
  },
  {
    id: 'intensify',
    title: 'Filler or vague word',
    description: 'Words that add nothing or make the text vague, such as "basically", "actually" or "really".',
    defaultSeverity: 'info',
    explanation:
      'Filler words make a text longer without adding meaning, and vague words hide what is certain. Readers want to know exactly what will happen and what they must do. Leave the word out, or say precisely what you mean.',
    example: {
      bad: 'Basically, you really need to fill in two forms.',
      good: 'You need to fill in two forms.',
    },
  },
];

export const englishRuleIds: EnglishRuleId[] = englishRules.map((rule) => rule.id);
