package dk.samtalenotat.journal.sf2900;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Gives a JAX-WS port the tenant's TLS client certificate (mutual TLS). JAX-WS has no standard
 * property for it: the JAX-WS RI reads an {@code SSLSocketFactory} from the request context, and
 * CXF (WildFly's JBossWS-CXF) reads a {@code TLSClientParameters} object from the message, which
 * the request context is copied into. That class belongs to the server's CXF, which a deployment
 * with a {@code @WebService} may neither bundle (WFLYWS0059) nor see at compile time, so it is
 * created through the class loader of the port's own CXF proxy.
 */
final class ClientTls {

  static final String RI_SOCKET_FACTORY = "com.sun.xml.ws.transport.https.client.SSLSocketFactory";
  static final String CXF_TLS_PARAMETERS = "org.apache.cxf.configuration.jsse.TLSClientParameters";

  private ClientTls() {}

  static void apply(Object port, Map<String, Object> requestContext, SSLContext tls) {
    requestContext.put(RI_SOCKET_FACTORY, tls.getSocketFactory());
    ClassLoader loader =
        Proxy.isProxyClass(port.getClass())
            ? Proxy.getInvocationHandler(port).getClass().getClassLoader()
            : port.getClass().getClassLoader();
    Class<?> parameters;
    try {
      parameters = Class.forName(CXF_TLS_PARAMETERS, true, loader);
    } catch (ClassNotFoundException notCxf) {
      // Another JAX-WS runtime: the socket factory above is its way.
      return;
    }
    try {
      Object p = parameters.getConstructor().newInstance();
      parameters.getMethod("setSslContext", SSLContext.class).invoke(p, tls);
      requestContext.put(CXF_TLS_PARAMETERS, p);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot give CXF the TLS client certificate", e);
    }
  }
}
