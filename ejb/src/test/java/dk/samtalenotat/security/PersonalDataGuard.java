package dk.samtalenotat.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The log half of the test of {@link PersonalData}'s rule, active in every unit test of the ejb and
 * integration modules (registered through JUnit's extension auto-detection): a handler on the root
 * logger reads every record, its message with its parameters and the messages of everything thrown
 * with it, at every level of the application's loggers, and a test fails when any of them held a
 * CPR number or a name the test {@linkplain #watch watches}. The failure names the logger and the
 * level, never the text.
 */
public final class PersonalDataGuard implements BeforeEachCallback, AfterEachCallback {

  private static final Set<String> WATCHED = ConcurrentHashMap.newKeySet();
  private static final List<String> FOUND =
      java.util.Collections.synchronizedList(new ArrayList<>());

  /** Kept strongly: a logger whose level is set must not be collected and forget it. */
  private static final Logger APPLICATION = Logger.getLogger("dk.samtalenotat");

  private static final Handler HANDLER = new Scanner();

  static {
    APPLICATION.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(HANDLER);
  }

  /** Names (a citizen's, a participant's) that must not reach a log during the current test. */
  public static void watch(String... names) {
    WATCHED.addAll(List.of(names));
  }

  /** What the current test logged against the rule so far: logger and level, never the text. */
  public static List<String> violations() {
    synchronized (FOUND) {
      return List.copyOf(FOUND);
    }
  }

  /** Forgets what was found so far (for a test that provokes a violation on purpose). */
  public static void reset() {
    FOUND.clear();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FOUND.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> found = violations();
    WATCHED.clear();
    FOUND.clear();
    if (!found.isEmpty()) {
      throw new AssertionError(
          "personal data reached the log (logger, level): "
              + found
              + " in "
              + context.getDisplayName());
    }
  }

  /** Whether the text holds a CPR number or a watched name. */
  static boolean breaks(String text) {
    if (text == null) {
      return false;
    }
    if (PersonalData.containsCpr(text)) {
      return true;
    }
    for (String name : WATCHED) {
      if (PersonalData.mentions(text, name)) {
        return true;
      }
    }
    return false;
  }

  private static final class Scanner extends Handler {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord r) {
      StringBuilder text = new StringBuilder();
      try {
        text.append(formatter.formatMessage(r));
      } catch (RuntimeException e) {
        text.append(r.getMessage());
      }
      for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
        text.append('\n').append(t);
      }
      if (breaks(text.toString())) {
        FOUND.add(r.getLoggerName() + " " + r.getLevel());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
