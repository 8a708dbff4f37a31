/**
 * The access log: who used which citizen's data, when, how and for what purpose. Append-only; the
 * compliance officer reads and exports it.
 */
package dk.samtalenotat.audit;
