package dk.samtalenotat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  private static final String NONCE = "ZjI3NjNkNzQtMWJlMS00YzE4LWI5ZTMtNTk1ZTQ4ZmQ2ZDI4";

  private static String scriptSrc(String policy) {
    Matcher m = Pattern.compile("script-src ([^;]*)").matcher(policy);
    assertTrue(m.find(), policy);
    return m.group(1);
  }

  @Test
  void scriptsComeFromTheApplicationOrCarryTheNonceNeverInlineOrEval() {
    for (String policy :
        List.of(ContentSecurityPolicy.withoutNonce(), ContentSecurityPolicy.withNonce(NONCE))) {
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertFalse(scriptSrc(policy).contains("unsafe-inline"), policy);
      assertFalse(policy.contains("*"), "no wildcard origin: " + policy);
      assertTrue(policy.contains("object-src 'none'"));
      assertTrue(policy.contains("frame-ancestors 'none'"));
    }
    assertEquals("'self'", scriptSrc(ContentSecurityPolicy.withoutNonce()));
    assertEquals("'self' 'nonce-" + NONCE + "'", scriptSrc(ContentSecurityPolicy.withNonce(NONCE)));
  }

  @Test
  void primeFacesPolicyGivesOnlyItsNonce() {
    String primeFaces = "script-src 'self' 'unsafe-inline' 'nonce-" + NONCE + "';";
    String ours = ContentSecurityPolicy.replacing(primeFaces);
    assertEquals(ContentSecurityPolicy.withNonce(NONCE), ours);
    assertEquals(
        ContentSecurityPolicy.withoutNonce(), ContentSecurityPolicy.replacing("script-src 'self'"));
    assertEquals(ContentSecurityPolicy.withoutNonce(), ContentSecurityPolicy.replacing(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> ContentSecurityPolicy.withNonce("abcdefghijklmnopq'; script-src *"));
  }

  @Test
  void aPolicyAddedDownstreamReplacesOursInsteadOfAddingASecond() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    HttpServletResponse recorded =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "setHeader" ->
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                    case "addHeader" ->
                        headers
                            .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                            .add((String) args[1]);
                    default -> {
                      // Nothing else is used.
                    }
                  }
                  return null;
                });
    recorded.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withoutNonce());
    HttpServletResponse passedOn = new SecurityHeadersFilter.OnePolicy(recorded);
    passedOn.addHeader(ContentSecurityPolicy.HEADER, "script-src 'self' 'nonce-" + NONCE + "';");
    passedOn.addHeader("X-Other", "a");
    passedOn.addHeader("X-Other", "b");
    assertEquals(
        List.of(ContentSecurityPolicy.withNonce(NONCE)), headers.get(ContentSecurityPolicy.HEADER));
    assertEquals(List.of("a", "b"), headers.get("X-Other"));
  }
}
