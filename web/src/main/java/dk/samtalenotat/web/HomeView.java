package dk.samtalenotat.web;

import dk.samtalenotat.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The start page: caseworkers go straight to their conversations. */
@Named
@RequestScoped
public class HomeView {

  @Inject SecurityContext security;

  public String route() {
    return security.isCallerInRole(Roles.CASEWORKER) ? "/samtaler?faces-redirect=true" : null;
  }
}
