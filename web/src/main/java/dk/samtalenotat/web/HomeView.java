package dk.samtalenotat.web;

import dk.samtalenotat.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * The start page: caseworkers go straight to their conversations, the installation's operator to
 * the municipalities.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject SecurityContext security;

  public String route() {
    if (security.isCallerInRole(Roles.CASEWORKER)) {
      return "/samtaler?faces-redirect=true";
    }
    return security.isCallerInRole(Roles.OPERATOR) ? "/drift?faces-redirect=true" : null;
  }
}
