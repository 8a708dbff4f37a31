/**
 * A development SAML identity provider for the demo configuration: a person picks a demo user and
 * the IdP answers the service provider's AuthnRequest with an OIOSAML 3 assertion, signed with its
 * own generated key and encrypted for the SP, so the SP runs the same checks as in production.
 * Never deployed in production.
 */
package dk.samtalenotat.devidp;
