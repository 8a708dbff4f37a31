package dk.samtalenotat.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deque's axe-core on every page a browser test loads from the application (WCAG 2.0 and 2.1, A and
 * AA): {@link BrowserExtension} watches each page it opens, so a test needs no call of its own;
 * {@link #check(Page)} checks a state reached without a page load (an open dialog, an AJAX update).
 * Violations are collected and fail the test when it ends, each with the page, the rule and the
 * elements, so one run shows all of them rather than the first.
 *
 * <p>A page whose elements (tags, ids and classes, not the text) were already checked in this test
 * JVM is not checked again: a test that reloads a page while it waits for the pipeline would
 * otherwise run axe a hundred times on the same screen.
 */
final class Accessibility {

  /** The WCAG 2.1 AA tags of axe: what the Danish web accessibility act requires. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** A cheap fingerprint of the page's structure, to skip a page already checked. */
  private static final String FINGERPRINT =
      "() => { let h = 0; const s = location.pathname + '|' + Array.from("
          + "document.querySelectorAll('*'), e => e.tagName + '#' + e.id + '.'"
          + " + (typeof e.className === 'string' ? e.className : '') + (e.hidden ? 'h' : '')"
          + " + (e.getAttribute('aria-expanded') || '')).join(',');"
          + " for (let i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) | 0; }"
          + " return document.contentType + '|' + location.pathname + '|' + h; }";

  private static final Set<String> CHECKED = Collections.synchronizedSet(new HashSet<>());

  private final URI server;
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> pagesChecked =
      Collections.synchronizedMap(new LinkedHashMap<>());

  Accessibility(URI server) {
    this.server = server;
  }

  /** Checks every page the given page loads from the application, when it has loaded. */
  void watch(Page page) {
    page.onLoad(this::checkQuietly);
  }

  /**
   * Checks the page as it is now. A page that navigates away during the check is left to the check
   * of its next load.
   */
  void check(Page page) {
    if (!fromApplication(page.url())) {
      return;
    }
    String fingerprint = String.valueOf(page.evaluate(FINGERPRINT));
    if (!fingerprint.startsWith("text/html") || !CHECKED.add(fingerprint)) {
      return;
    }
    AxeResults results = new AxeBuilder(page).setLegacyMode(true).withTags(WCAG_21_AA).analyze();
    String where = URI.create(page.url()).getPath();
    pagesChecked.merge(where, 1, Integer::sum);
    for (Rule rule : results.getViolations()) {
      violations.add(
          where
              + ": "
              + rule.getId()
              + " ("
              + rule.getImpact()
              + ") "
              + rule.getHelp()
              + ": "
              + rule.getNodes().stream()
                  .map(Accessibility::describe)
                  .collect(Collectors.joining(" | ")));
    }
  }

  private void checkQuietly(Page page) {
    try {
      check(page);
    } catch (PlaywrightException navigatedAway) {
      // The page went on (a poll's reload, a redirect) while axe ran: its next load is checked.
    }
  }

  private boolean fromApplication(String url) {
    if (!url.startsWith("http")) {
      return false;
    }
    URI uri = URI.create(url);
    return uri.getHost().equals(server.getHost()) && uri.getPort() == server.getPort();
  }

  private static String describe(CheckedNode node) {
    String html = node.getHtml() == null ? "" : node.getHtml();
    return node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
  }

  /** The violations found so far, one line per page and rule. */
  List<String> violations() {
    return List.copyOf(violations);
  }

  /** The pages checked in this test, with how many states of each. */
  Map<String, Integer> pagesChecked() {
    synchronized (pagesChecked) {
      return new LinkedHashMap<>(pagesChecked);
    }
  }
}
