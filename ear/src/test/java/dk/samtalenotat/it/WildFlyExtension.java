package dk.samtalenotat.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the provisioned WildFly once per test JVM, shares it between all ITs and stops it when the
 * last test has run. Test methods and constructors can take a {@link WildFlyServer} parameter. A
 * failed test prints where the server log is. When the execution names a port for it ({@code
 * samtalenotat.it.fake-otlp-port}), a {@link FakeOtlpCollector} runs from before the server starts
 * until after it stops, so that the server never exports to nothing; tests take it as a parameter.
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
    Class<?> type = parameter.getParameter().getType();
    return type == WildFlyServer.class || type == FakeOtlpCollector.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == FakeOtlpCollector.class) {
      FakeOtlpCollector collector = shared(context).collector;
      if (collector == null) {
        throw new IllegalStateException(
            "this execution runs no fake OTLP collector (samtalenotat.it.fake-otlp-port)");
      }
      return collector;
    }
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
    return shared(context).server;
  }

  private static SharedServer shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedServer.class, type -> SharedServer.start(), SharedServer.class);
  }

  private static final class SharedServer implements ExtensionContext.Store.CloseableResource {

    private final WildFlyServer server;
    private final TestPostgres postgres;
    private final FakeOtlpCollector collector;

    private SharedServer(WildFlyServer server, TestPostgres postgres, FakeOtlpCollector collector) {
      this.server = server;
      this.postgres = postgres;
      this.collector = collector;
    }

    static SharedServer start() {
      Integer otlpPort = Integer.getInteger("samtalenotat.it.fake-otlp-port");
      FakeOtlpCollector collector = otlpPort == null ? null : FakeOtlpCollector.start(otlpPort);
      if (Boolean.getBoolean("samtalenotat.it.running")) {
        return new SharedServer(WildFlyServer.alreadyRunning(), null, collector);
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
        if (collector != null) {
          collector.close();
        }
        throw e;
      }
      return new SharedServer(server, postgres, collector);
    }

    @Override
    public void close() throws Exception {
      server.stop();
      if (postgres != null) {
        postgres.close();
      }
      if (collector != null) {
        collector.close();
      }
    }
  }
}
