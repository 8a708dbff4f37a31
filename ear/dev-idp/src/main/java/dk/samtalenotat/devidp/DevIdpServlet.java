package dk.samtalenotat.devidp;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.LogoutRequest;

/**
 * The development IdP's pages: {@code /dev-idp/metadata}, {@code /dev-idp/sso} (the SP's
 * AuthnRequest by HTTP-Redirect, then a page where a person picks a demo user, then the Response by
 * HTTP-POST to the SP) and {@code /dev-idp/slo} (the SP's LogoutRequest, answered at once).
 */
@WebServlet(urlPatterns = "/*")
public class DevIdpServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DevIdpServlet.class.getName());

  @Inject DevIdp idp;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    try {
      switch (path) {
        case "/metadata" -> {
          response.setContentType("application/samlmetadata+xml;charset=UTF-8");
          response.getWriter().write(idp.metadataXml());
        }
        case "/sso" -> chooseUser(request, response);
        case "/slo" -> logout(request, response);
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (IOException e) {
      refuse(response, e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/sso".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var person = DemoDirectory.find(request.getParameter("user"));
    String requestId = request.getParameter("requestId");
    if (person.isEmpty() || requestId == null || !requestId.matches("[A-Za-z_][\\w.-]{0,99}")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      DevIdp.Sp sp = idp.sp();
      String samlResponse = idp.response(sp, requestId, person.get());
      LOG.info(() -> "development IdP signs on " + person.get().login() + " for " + sp.entityId());
      page(
          response,
          "Sender dig videre",
          "<form method=\"post\" action=\""
              + escape(sp.acs())
              + "\"><input type=\"hidden\" name=\"SAMLResponse\" value=\""
              + samlResponse
              + "\">"
              + hidden("RelayState", request.getParameter("relayState"))
              + "<p>Du bliver sendt tilbage til Samtalenotat.</p>"
              + "<button type=\"submit\" id=\"continue\">Fortsæt</button></form>"
              + "<script>document.forms[0].submit();</script>");
    } catch (IOException e) {
      refuse(response, e);
    }
  }

  private void chooseUser(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DevIdp.Sp sp = idp.sp();
    XMLObject message = idp.decodeRedirect(request.getQueryString(), sp.signing());
    AuthnRequest authnRequest = idp.asAuthnRequest(message);
    StringBuilder body =
        new StringBuilder(
            "<p>Dette er demoinstallationens log-ind-tjeneste. I en rigtig installation logger du"
                + " ind med MitID Erhverv gennem NemLog-in eller KOMBITs Context Handler.</p>"
                + "<p>Vælg, hvem du vil logge ind som:</p><form method=\"post\" action=\"sso\">");
    body.append(hidden("requestId", authnRequest.getID()));
    body.append(hidden("relayState", request.getParameter("RelayState")));
    body.append("<ul class=\"users\">");
    for (DemoDirectory.Person p : DevIdp.people()) {
      body.append("<li><button type=\"submit\" name=\"user\" value=\"")
          .append(escape(p.login()))
          .append("\" id=\"user-")
          .append(escape(p.login()))
          .append("\"><strong>")
          .append(escape(p.name()))
          .append("</strong> <span>")
          .append(escape(p.description()))
          .append(" · ")
          .append(escape(p.orgName()))
          .append("</span></button></li>");
    }
    body.append("</ul></form>");
    page(response, "Log ind (demo)", body.toString());
  }

  private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DevIdp.Sp sp = idp.sp();
    XMLObject message = idp.decodeRedirect(request.getQueryString(), sp.signing());
    if (!(message instanceof LogoutRequest logoutRequest) || sp.slo().isEmpty()) {
      throw new IOException("not a LogoutRequest, or the SP has no single logout");
    }
    response.sendRedirect(
        idp.encodeRedirect(
            idp.logoutResponse(sp, logoutRequest),
            sp.slo().get(),
            request.getParameter("RelayState")));
  }

  private void refuse(HttpServletResponse response, IOException e) throws IOException {
    LOG.log(Level.WARNING, "development IdP refused a request: {0}", e.toString());
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    page(
        response,
        "Log-ind mislykkedes",
        "<p>Demoens log-ind-tjeneste kunne ikke behandle forespørgslen. Gå tilbage til"
            + " Samtalenotat og prøv igen.</p>");
  }

  private static void page(HttpServletResponse response, String title, String body)
      throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter out = response.getWriter();
    out.write(
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"UTF-8\"><title>"
            + escape(title)
            + " · Demo-IdP</title><style>body{font-family:sans-serif;max-width:40rem;margin:2rem"
            + " auto;padding:0 1rem}ul.users{list-style:none;padding:0}ul.users"
            + " button{display:block;width:100%;text-align:left;margin:.4rem 0;padding:.7rem;"
            + "font-size:1rem;cursor:pointer}ul.users span{color:#555}</style></head><body><h1>"
            + escape(title)
            + "</h1>"
            + body
            + "</body></html>");
  }

  private static String hidden(String name, String value) {
    return value == null
        ? ""
        : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
  }

  static String escape(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }
}
