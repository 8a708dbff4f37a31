package dk.samtalenotat.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Debian's chromium, headless, driven by Playwright: one browser per test JVM, a fresh browser
 * context (cookies, session) per {@link BrowserSession}. Test methods take a {@link BrowserSession}
 * parameter; its pages resolve relative URLs against the shared server of {@link WildFlyExtension}.
 * A failed test leaves a screenshot of every page it opened in target/failsafe-reports/screenshots.
 *
 * <p>Every page a session opens is checked with axe-core as it loads ({@link Accessibility}); a
 * test that ends with a violation fails, and the pages checked and what was found are written to
 * target/failsafe-reports/axe.
 */
public final class BrowserExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  /** The flags the build machines need; the browser must not fetch or update anything. */
  private static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == BrowserSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    WildFlyServer server = WildFlyExtension.server(context);
    SharedBrowser shared =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SharedBrowser.class, type -> SharedBrowser.launch(), SharedBrowser.class);
    BrowserSession session = new BrowserSession(shared, server);
    context.getStore(NAMESPACE).put(BrowserSession.class, session);
    return session;
  }

  /** Screenshots of a failed test's pages (taken here: the store is closed before watchers). */
  @Override
  public void afterEach(ExtensionContext context) {
    BrowserSession session =
        context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
    if (session == null) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    List<String> violations;
    try {
      violations = session.accessibility.violations();
      session.accessibilityReport(name);
      if (context.getExecutionException().isPresent() || !violations.isEmpty()) {
        session.screenshots(name);
      }
    } finally {
      session.close();
    }
    if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " accessibility violation(s) (axe-core, WCAG 2.1 AA):\n"
              + String.join("\n", violations));
    }
  }

  /**
   * A page in a fresh context of Debian's chromium (the build machines' flags) against the server,
   * set up as a test's page is, for a program outside JUnit (a benchmark) that signs on as a person
   * does. Closing {@code playwright} closes the browser.
   */
  static Page pageOutsideJUnit(Playwright playwright, WildFlyServer server, int timeoutMillis) {
    return pageOutsideJUnit(playwright, server.baseUri(), timeoutMillis);
  }

  /** The same against another address: the balancer in front of a cluster (ClusterIT). */
  static Page pageOutsideJUnit(Playwright playwright, java.net.URI base, int timeoutMillis) {
    return pageOutsideJUnit(playwright, base, timeoutMillis, List.of());
  }

  /** The same in a browser launched with extra flags (a fake microphone, say). */
  static Page pageOutsideJUnit(
      Playwright playwright, java.net.URI base, int timeoutMillis, List<String> extraFlags) {
    BrowserContext context = context(SharedBrowser.launch(playwright, extraFlags), base);
    context.setDefaultTimeout(timeoutMillis);
    return context.newPage();
  }

  /** Playwright for Debian's chromium: it never downloads a browser of its own. */
  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** A context with the server as base address, Danish and in Danish time, as the pages expect. */
  private static BrowserContext context(Browser in, WildFlyServer server) {
    return context(in, server.baseUri());
  }

  private static BrowserContext context(Browser in, java.net.URI base) {
    return in.newContext(
        new Browser.NewContextOptions()
            .setBaseURL(base.toString())
            .setLocale("da-DK")
            .setTimezoneId("Europe/Copenhagen"));
  }

  private static final class SharedBrowser implements ExtensionContext.Store.CloseableResource {

    private final Playwright playwright;
    private final Browser browser;

    private SharedBrowser(Playwright playwright, Browser browser) {
      this.playwright = playwright;
      this.browser = browser;
    }

    static SharedBrowser launch() {
      Playwright playwright = playwright();
      try {
        return new SharedBrowser(playwright, launch(playwright, List.of()));
      } catch (RuntimeException e) {
        playwright.close();
        throw e;
      }
    }

    /** Chromium with the build machines' flags and {@code extraFlags} after them. */
    static Browser launch(Playwright playwright, List<String> extraFlags) {
      List<String> flags = new ArrayList<>(CHROMIUM_FLAGS);
      flags.addAll(extraFlags);
      return playwright
          .chromium()
          .launch(
              new BrowserType.LaunchOptions()
                  .setExecutablePath(chromium())
                  .setHeadless(true)
                  .setArgs(flags));
    }

    private static Path chromium() {
      Path path = Paths.get(System.getProperty("samtalenotat.it.chromium", "/usr/bin/chromium"));
      if (!Files.isExecutable(path)) {
        throw new IllegalStateException(
            path
                + " is missing: install Debian's chromium (bin/test does) or set samtalenotat.it.chromium");
      }
      return path;
    }

    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }

  /** The browser as one test sees it: one or more independent sessions against the server. */
  public static final class BrowserSession {

    private final SharedBrowser shared;
    private final Browser browser;
    private final WildFlyServer server;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Browser> ownBrowsers = new ArrayList<>();
    private final Accessibility accessibility;
    private final java.util.Set<Page> watched =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private Page page;

    BrowserSession(SharedBrowser shared, WildFlyServer server) {
      this.shared = shared;
      this.browser = shared.browser;
      this.server = server;
      this.accessibility = new Accessibility(server.baseUri());
    }

    /**
     * Checks the page as it is now with axe-core (a dialog opened, an AJAX update); page loads are
     * checked without being asked.
     */
    public void checkAccessibility(Page page) {
      accessibility.check(page);
    }

    /**
     * A page in a browser of its own, launched with extra command-line flags (a fake microphone,
     * say), which the shared browser of the other tests must not have. Closed with the session.
     */
    public Page newPageInBrowserWith(List<String> extraFlags) {
      Browser own = SharedBrowser.launch(shared.playwright, extraFlags);
      ownBrowsers.add(own);
      return newPage(own);
    }

    /** The test's page, opened on first use. */
    public Page page() {
      if (page == null) {
        page = newPage();
      }
      return page;
    }

    /** A page in a new browser context: no cookies, so a new sign-in. */
    public Page newPage() {
      return newPage(browser);
    }

    private Page newPage(Browser in) {
      BrowserContext context = context(in, server);
      context.setDefaultTimeout(30_000);
      contexts.add(context);
      // Pages the application opens itself (a PDF in a new tab) are checked too.
      context.onPage(this::watch);
      Page opened = context.newPage();
      watch(opened);
      return opened;
    }

    private void watch(Page page) {
      if (watched.add(page)) {
        accessibility.watch(page);
      }
    }

    void accessibilityReport(String name) {
      Path dir = Paths.get("target", "failsafe-reports", "axe");
      StringBuilder report = new StringBuilder();
      accessibility
          .pagesChecked()
          .forEach(
              (path, states) -> report.append(path).append(" states=").append(states).append('\n'));
      accessibility.violations().forEach(v -> report.append("VIOLATION ").append(v).append('\n'));
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), report.toString());
      } catch (java.io.IOException e) {
        System.err.println("no accessibility report for " + name + ": " + e);
      }
    }

    void screenshots(String name) {
      Path dir = Paths.get("target", "failsafe-reports", "screenshots");
      int n = 0;
      for (BrowserContext context : contexts) {
        for (Page p : context.pages()) {
          try {
            Files.createDirectories(dir);
            p.screenshot(
                new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + "-" + n++ + ".png"))
                    .setFullPage(true));
            System.err.printf("%s: %s%n", name, p.url());
          } catch (Exception e) {
            System.err.println("no screenshot of " + p.url() + ": " + e);
          }
        }
      }
    }

    void close() {
      contexts.forEach(BrowserContext::close);
      contexts.clear();
      ownBrowsers.forEach(Browser::close);
      ownBrowsers.clear();
    }
  }
}
