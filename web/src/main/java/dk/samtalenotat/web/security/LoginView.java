package dk.samtalenotat.web.security;

import dk.samtalenotat.installation.InstallationSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  @Inject InstallationSettings installation;

  @Inject SignInSettings settings;
  @Inject SignOnAudit audit;

  private String username;

  /** With SAML sign-in the form is not used: go to the identity provider. */
  public void redirectIfSaml() throws IOException {
    if (settings.saml()) {
      ExternalContext ext = faces.getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/saml/login");
    }
  }

  private String password;

  public void signIn() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.changeSessionId();
        audit.formSignOn(security.getCallerPrincipal().getName(), request.getRemoteAddr());
        ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
      }
      default -> {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
      }
    }
  }

  public boolean isDemo() {
    return installation.demo();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
