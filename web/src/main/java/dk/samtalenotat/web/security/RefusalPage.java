package dk.samtalenotat.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of 401 and 403 answers (web.xml). A refused device token gets the API's JSON error
 * that a device can read; every other refusal gets the Danish error screen, as before.
 */
@WebServlet("/afvist")
public class RefusalPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getAttribute(DeviceBearer.REFUSAL) instanceof String code) {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(DeviceBearer.body(code));
      return;
    }
    request.getRequestDispatcher("/fejl.xhtml").forward(request, response);
  }
}
