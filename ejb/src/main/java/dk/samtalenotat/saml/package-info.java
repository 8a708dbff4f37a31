/**
 * What the SAML service provider (web module) must share between the nodes of a cluster: the IDs
 * that may be used once ({@link dk.samtalenotat.saml.UsedIds}), in the database every node uses.
 */
package dk.samtalenotat.saml;
