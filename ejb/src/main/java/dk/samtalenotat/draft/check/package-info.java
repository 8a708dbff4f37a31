/**
 * The unsupported-fact check: finds the dates, times, numbers, names, organisations and agreements
 * in a draft that the transcript segments behind it do not support, so a caseworker must look at
 * them before approving.
 */
package dk.samtalenotat.draft.check;
