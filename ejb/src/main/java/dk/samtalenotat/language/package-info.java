/**
 * Danish as caseworkers and citizens speak it, in one tested place for the draft engines and the
 * unsupported-fact check: number words, dates and times, lemmas and stop words, self-corrections,
 * fillers and dialect forms. The knowledge itself is data (the word lists beside these classes, and
 * Lucene's Danish Snowball stemmer, stop words and Hunspell support), not regular expressions.
 */
package dk.samtalenotat.language;
