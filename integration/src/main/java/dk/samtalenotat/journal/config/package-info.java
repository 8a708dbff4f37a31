/**
 * Which case system each municipality journalises into, and how to reach it: per-tenant settings
 * from MicroProfile Config, secrets from the environment or a PKCS#12 secret store.
 */
package dk.samtalenotat.journal.config;
