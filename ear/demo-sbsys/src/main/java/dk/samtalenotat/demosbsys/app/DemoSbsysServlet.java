package dk.samtalenotat.demosbsys.app;

import dk.samtalenotat.demosbsys.SbsysCaseSystem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo case system's addresses: the SBSYS API ({@code POST /demo-sbsys/token}, {@code
 * api/sag/search}, {@code api/journalarknote/create}, {@code api/journalarknote/search}) and, for a
 * person trying the demo, {@code GET /demo-sbsys/} listing the cases and the notes received.
 */
@WebServlet(urlPatterns = "/*")
public class DemoSbsysServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject DemoCaseSystem caseSystem;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    SbsysCaseSystem.Answer answer =
        caseSystem.sbsys().post(path, request.getHeader("Authorization"), body);
    response.setStatus(answer.status());
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(answer.json());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                + "<title>Demo-sagssystem (SBSYS)</title></head><body><main>"
                + "<h1>Demo-sagssystem (SBSYS)</h1><p>Demokommunens sager. Godkendes en"
                + " demosamtale i Samtalenotat, journaliseres notatet her. Kun til demoen; sagerne"
                + " og borgerne er opdigtede, og notaterne glemmes, når serveren stopper.</p>"
                + "<table><caption>Sager</caption><thead><tr><th scope=\"col\">Id</th>"
                + "<th scope=\"col\">Sagsnummer</th><th scope=\"col\">Titel</th>"
                + "<th scope=\"col\">Status</th></tr></thead><tbody>");
    for (SbsysCaseSystem.Case c : caseSystem.sbsys().cases()) {
      page.append("<tr><td>")
          .append(c.id())
          .append("</td><td>")
          .append(escape(c.number()))
          .append("</td><td>")
          .append(escape(c.title()))
          .append("</td><td>")
          .append(escape(c.status()))
          .append("</td></tr>");
    }
    page.append(
        "</tbody></table><table><caption>Modtagne notater</caption><thead><tr>"
            + "<th scope=\"col\">Dokument-id</th><th scope=\"col\">Sag</th>"
            + "<th scope=\"col\">Overskrift</th><th scope=\"col\">Kontakttidspunkt</th></tr>"
            + "</thead><tbody>");
    for (SbsysCaseSystem.Note n : caseSystem.sbsys().notes()) {
      page.append("<tr><td>")
          .append(n.id())
          .append("</td><td>")
          .append(n.caseId())
          .append("</td><td>")
          .append(escape(n.title()))
          .append("</td><td>")
          .append(escape(n.contactTime()))
          .append("</td></tr>");
    }
    page.append("</tbody></table></main></body></html>");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(page.toString());
  }

  private static String escape(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
