/**
 * The compliance officer's documents: the record of processing (GDPR art. 30), the access request
 * package (art. 15) and the citizen notice (art. 13), generated from the live configuration as
 * PDF/A-2 documents (and CSV where tabular) through one small PDF builder.
 */
package dk.samtalenotat.compliance;
