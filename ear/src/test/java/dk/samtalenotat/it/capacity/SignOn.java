package dk.samtalenotat.it.capacity;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo user on through the development IdP the way a browser without JavaScript walks it
 * (as {@code SamlSignOnIT} does): the application's signed AuthnRequest to the IdP, the user picked
 * on the IdP's page, the signed and encrypted Response posted to {@code /saml/acs}, and whatever
 * cookies the application sets for the session kept in the browser's jar. The only place the load
 * generator knows how sign-on works.
 */
public final class SignOn {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");

  private SignOn() {}

  /**
   * Signs {@code user} on in {@code browser}.
   *
   * @throws IOException when any step does not answer as a working sign-on does
   */
  public static void signOn(Browser browser, String user) throws IOException, InterruptedException {
    HttpResponse<String> picker =
        browser.follow(browser.get("saml/login?returnTo=/samtaler.xhtml"));
    if (picker.statusCode() != 200 || !picker.uri().getPath().startsWith("/dev-idp/")) {
      throw new IOException("no IdP page at " + picker.uri() + " (" + picker.statusCode() + ")");
    }
    Map<String, String> fields = hidden(picker.body());
    fields.put("user", user);
    HttpResponse<String> answer = browser.post(picker.uri().resolve("sso"), fields, Map.of());
    Map<String, String> saml = hidden(answer.body());
    if (answer.statusCode() != 200 || !saml.containsKey("SAMLResponse")) {
      throw new IOException("the IdP gave no SAML response (" + answer.statusCode() + ")");
    }
    HttpResponse<String> acs = browser.post(browser.base().resolve("saml/acs"), saml, Map.of());
    String location = acs.headers().firstValue("Location").orElse("");
    // Signed on: the application sends the browser on to where it was going (which a user
    // without the caseworker role may not see), never to the sign-on error page.
    if (acs.statusCode() != 302 || !location.endsWith("/samtaler.xhtml")) {
      throw new IOException("sign-on answered " + acs.statusCode() + " to " + location);
    }
    browser.follow(acs);
  }

  private static Map<String, String> hidden(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
    }
    return fields;
  }
}
