/**
 * Envelope encryption that makes deletion final: every recording, transcript and draft version has
 * its own AES-256-GCM data key, wrapped by the tenant's key-encryption key; destroying the wrapped
 * key destroys the content (crypto-shredding). Also the keyed hash that lets CPR look-ups work
 * without storing the CPR in clear.
 */
package dk.samtalenotat.crypto;
