package dk.samtalenotat.web.security;

import dk.samtalenotat.web.saml.SignedOnEmployee;
import jakarta.security.enterprise.credential.Credential;

/** A sign-on the SAML checklist has accepted, handed to the authentication mechanism. */
public record SamlCredential(SignedOnEmployee employee) implements Credential {}
