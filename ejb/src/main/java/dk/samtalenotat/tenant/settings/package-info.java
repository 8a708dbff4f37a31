/**
 * A municipality's settings in the database: versioned snapshots, secrets sealed with the
 * installation's key store, read through a cache whose version is checked on every read, with the
 * system properties as the installation's defaults and the bootstrap of a first start.
 */
package dk.samtalenotat.tenant.settings;
