package dk.samtalenotat.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the provisioned WildFly once per test JVM, shares it between all ITs and stops it when the
 * last test has run. Test methods and constructors can take a {@link WildFlyServer} parameter. A
 * failed test prints where the server log is.
 */
public final class WildFlyExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WildFlyExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WildFlyServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    SharedServer shared =
        context.getRoot().getStore(NAMESPACE).get(SharedServer.class, SharedServer.class);
    if (shared != null) {
      System.err.printf(
          "%s failed; server log: %s%n", context.getDisplayName(), shared.server.serverLog());
    }
  }

  /** The shared server, started on first use; the root store closes it after the last test. */
  public static WildFlyServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedServer.class, type -> SharedServer.start(), SharedServer.class)
        .server;
  }

  private static final class SharedServer implements ExtensionContext.Store.CloseableResource {

    private final WildFlyServer server;
    private final TestPostgres postgres;

    private SharedServer(WildFlyServer server, TestPostgres postgres) {
      this.server = server;
      this.postgres = postgres;
    }

    static SharedServer start() {
      if (Boolean.getBoolean("samtalenotat.it.running")) {
        return new SharedServer(WildFlyServer.alreadyRunning(), null);
      }
      WildFlyServer server = WildFlyServer.fresh();
      // An execution on PostgreSQL: the database first, so the server finds it at start-up.
      TestPostgres postgres =
          TestPostgres.wanted()
              ? TestPostgres.start(server.dataDir().resolveSibling("postgres"))
              : null;
      try {
        server.start();
      } catch (RuntimeException e) {
        server.kill();
        throw e;
      }
      return new SharedServer(server, postgres);
    }

    @Override
    public void close() throws Exception {
      server.stop();
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
