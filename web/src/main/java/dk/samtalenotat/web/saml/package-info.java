/**
 * The SAML 2.0 service provider under the OIOSAML 3 profile (NemLog-in, MitID Erhverv, KOMBIT
 * Context Handler), built on OpenSAML: one class per SAML artefact, the two binding codecs, and the
 * response checklist that every sign-on passes through.
 */
package dk.samtalenotat.web.saml;
