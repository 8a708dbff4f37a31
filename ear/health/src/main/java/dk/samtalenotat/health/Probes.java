package dk.samtalenotat.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The probes the application has registered, by check name. A check whose probe is not registered
 * (the application is starting, or failed to start) is down.
 */
@ApplicationScoped
public class Probes {

  public static final String DATABASE = "database";
  public static final String MESSAGING = "messaging";
  public static final String KEY_STORE = "key-store";
  public static final String ENGINES = "engines";
  public static final String CASE_SYSTEMS = "case-systems";

  /** Every check, in the order a person reads them. */
  public static final List<String> ALL =
      List.of(DATABASE, MESSAGING, KEY_STORE, ENGINES, CASE_SYSTEMS);

  private static final Logger LOG = Logger.getLogger(Probes.class.getName());

  private record Registered(Probe probe, ClassLoader loader) {}

  private final Map<String, Registered> byName = new ConcurrentHashMap<>();

  /**
   * Registers the probe of a check. It runs with the registering thread's context class loader, so
   * that it finds the registering module's classes when the management interface's thread calls it.
   */
  public void register(String name, Probe probe) {
    byName.put(name, new Registered(probe, Thread.currentThread().getContextClassLoader()));
  }

  public void unregister(String name) {
    byName.remove(name);
  }

  /** Runs the check's probe; a probe that throws is down, named by its exception's class. */
  public Outcome run(String name) {
    Registered registered = byName.get(name);
    if (registered == null) {
      return Outcome.down(Map.of("reason", "not started"));
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(registered.loader());
    try {
      return registered.probe().check();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "readiness check " + name + " failed");
      return Outcome.down(Map.of("reason", e.getClass().getSimpleName()));
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
