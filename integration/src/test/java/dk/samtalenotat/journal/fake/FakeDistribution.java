package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import dk.samtalenotat.journal.sf2900.ws.Fejl;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagResponse;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendResponse;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusResponse;
import dk.samtalenotat.journal.sf2900.ws.ForretningsKvittering;
import dk.samtalenotat.journal.sf2900.ws.InvocationContext;
import dk.samtalenotat.journal.sf2900.ws.ObjectFactory;
import dk.samtalenotat.journal.sf2900.ws.TransportKvittering;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A distribution service after SF2900 speaking SOAP 1.1 from the project's WSDL: requests and
 * answers are the generated JAXB types in envelopes. Journal posts are kept by transaction UUID, so
 * a repeated transaction is stored once; the receiver's business receipt is set by the test, and
 * {@link #sendReceipt} calls the sender's receipt endpoint with it, over HTTPS with the
 * distributor's client certificate as the distributor does (or over plain HTTP, to show that is
 * refused).
 */
public final class FakeDistribution extends FakeCaseSystem {

  private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

  /** A received post and how far it got. */
  public static final class Post {
    public final FordelingsobjektAfsendRequest request;

    /** The invocation context of the call's SOAP header; null without one. */
    public volatile InvocationContext invocationContext;

    /** The subject of the client certificate the call came with (HTTPS only). */
    public volatile String clientCertificate;

    public volatile ForretningsKvittering receipt = ForretningsKvittering.MODTAGET;
    public volatile String documentId;

    Post(FordelingsobjektAfsendRequest request) {
      this.request = request;
    }
  }

  private final Map<String, Post> posts = new ConcurrentHashMap<>();
  private final JAXBContext jaxb;
  private volatile boolean closedCase;

  public FakeDistribution() throws IOException {
    this(0);
  }

  public FakeDistribution(int port) throws IOException {
    this(port, null);
  }

  /** Over HTTPS with the given server certificate, requiring a client certificate. */
  public FakeDistribution(javax.net.ssl.SSLContext tls) throws IOException {
    this(0, tls);
  }

  private FakeDistribution(int port, javax.net.ssl.SSLContext tls) throws IOException {
    super(port, tls);
    try {
      jaxb = JAXBContext.newInstance(ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IOException(e);
    }
    server.createContext("/fordeling", this::handle);
    start();
  }

  public java.net.URI address() {
    return url().resolve("fordeling");
  }

  public Map<String, Post> posts() {
    return posts;
  }

  /** The next posts are refused with SAG_LUKKET. */
  public void closedCase(boolean closed) {
    closedCase = closed;
  }

  /** The receiver accepts the post (what it would confirm to the receipt endpoint). */
  public void accept(String transactionId, String documentId) {
    Post p = posts.get(transactionId);
    p.receipt = ForretningsKvittering.ACCEPTERET;
    p.documentId = documentId;
  }

  /** Waits until a post with this many posts in all arrived; false after the timeout. */
  public boolean awaitPosts(int n, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (posts.size() < n) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /**
   * Calls the sender's receipt endpoint ({@code FordelingskvitteringModtag}) with a SOAP 1.1
   * request of the project's WSDL, and records the business receipt on the post when there is one.
   *
   * @param endpoint the receipt endpoint's address
   * @param business null for a transport receipt alone
   * @return the endpoint's {@code Resultat} (MODTAGET, DUBLET or UKENDT)
   */
  public String sendReceipt(
      URI endpoint,
      String transactionId,
      TransportKvittering transport,
      ForretningsKvittering business,
      String caseReference,
      String documentId,
      String errorText)
      throws IOException {
    return sendReceipt(
        null, endpoint, transactionId, transport, business, caseReference, documentId, errorText);
  }

  /**
   * The same over HTTPS with the distributor's client certificate, as the receipt listener
   * requires: {@code tls} holds the client's key and trusts the server's certificate (null: plain
   * HTTP, or HTTPS with the JVM's defaults and no client certificate).
   */
  public String sendReceipt(
      javax.net.ssl.SSLContext tls,
      URI endpoint,
      String transactionId,
      TransportKvittering transport,
      ForretningsKvittering business,
      String caseReference,
      String documentId,
      String errorText)
      throws IOException {
    FordelingskvitteringModtagRequest r = new FordelingskvitteringModtagRequest();
    r.setTransaktionsUUID(transactionId);
    r.setTransportKvittering(transport);
    r.setForretningsKvittering(business);
    r.setSagReference(caseReference);
    r.setDokumentID(documentId);
    r.setFejlbesked(errorText);
    String body;
    try {
      body = envelope(r);
    } catch (JAXBException e) {
      throw new IOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"urn:samtalenotat:fordeling:1:FordelingskvitteringModtag\"")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<byte[]> answer;
    try {
      HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
      if (tls != null) {
        // The TLS handshake counts as connecting; the first one of a busy server's listener can
        // take longer than a loopback connect.
        client.sslContext(tls).connectTimeout(Duration.ofSeconds(30));
      }
      answer = client.build().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (answer.statusCode() != 200) {
      throw new IOException(
          "receipt endpoint answered "
              + answer.statusCode()
              + ": "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
    String result;
    try {
      result = ((FordelingskvitteringModtagResponse) unmarshalBody(answer.body())).getResultat();
    } catch (Exception e) {
      throw new IOException("unreadable answer from the receipt endpoint", e);
    }
    // The receiver's receipt is the post's state only once the sender took it.
    Post p = posts.get(transactionId);
    if (p != null && business != null && "MODTAGET".equals(result)) {
      p.receipt = business;
      p.documentId = documentId;
    }
    return result;
  }

  private void handle(HttpExchange ex) throws IOException {
    Object request;
    InvocationContext invocation;
    byte[] xml = ex.getRequestBody().readAllBytes();
    try {
      request = unmarshalBody(xml);
      invocation = invocationContext(xml);
    } catch (Exception e) {
      soapFault(ex, "soap:Client", "unreadable request: " + e.getMessage());
      return;
    }
    String certificate = null;
    if (ex instanceof HttpsExchange https) {
      certificate =
          ((java.security.cert.X509Certificate) https.getSSLSession().getPeerCertificates()[0])
              .getSubjectX500Principal()
              .getName();
    }
    try {
      if (request instanceof FordelingsobjektAfsendRequest r) {
        send(r, ex, invocation, certificate);
      } else if (request instanceof FordelingsobjektStatusRequest r) {
        Post p = posts.get(r.getTransaktionsUUID());
        FordelingsobjektStatusResponse answer = new FordelingsobjektStatusResponse();
        answer.setKendt(p != null);
        if (p != null) {
          answer.setForretningsKvittering(p.receipt);
          answer.setDokumentID(p.documentId);
          answer.setSagReference(p.request.getJournalpost().getForeslaaetSag());
        }
        envelope(ex, 200, answer);
      } else {
        soapFault(ex, "soap:Client", "unsupported operation");
      }
    } catch (JAXBException e) {
      soapFault(ex, "soap:Server", e.toString());
    }
  }

  private void send(
      FordelingsobjektAfsendRequest r,
      HttpExchange ex,
      InvocationContext invocation,
      String certificate)
      throws IOException, JAXBException {
    counted(ex);
    Fault fault = faults.poll();
    if (fault == Fault.ERROR_500 || fault == Fault.UNAVAILABLE_503 || fault == Fault.TOO_MANY_429) {
      soapFault(ex, "soap:Server", "service unavailable");
      return;
    }
    if (fault == Fault.DROP) {
      ex.close();
      return;
    }
    if (closedCase) {
      Fejl fejl = new Fejl();
      fejl.setKode("SAG_LUKKET");
      fejl.setBesked("Sagen er lukket");
      detailFault(ex, fejl);
      return;
    }
    Post post = new Post(r);
    post.invocationContext = invocation;
    post.clientCertificate = certificate;
    Post existing = posts.putIfAbsent(r.getTransaktionsUUID(), post);
    if (fault == Fault.STORE_THEN_500) {
      soapFault(ex, "soap:Server", "internal error");
      return;
    }
    if (fault == Fault.STORE_THEN_SLOW) {
      sleepSlow();
    }
    FordelingsobjektAfsendResponse answer = new FordelingsobjektAfsendResponse();
    answer.setTransaktionsUUID(r.getTransaktionsUUID());
    answer.setGentaget(existing != null);
    envelope(ex, 200, answer);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private InvocationContext invocationContext(byte[] xml) throws Exception {
    Node header = parse(xml).getElementsByTagNameNS(SOAP, "Header").item(0);
    if (header == null) {
      return null;
    }
    for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "InvocationContext".equals(e.getLocalName())) {
        return (InvocationContext) jaxb.createUnmarshaller().unmarshal(e);
      }
    }
    return null;
  }

  private Object unmarshalBody(byte[] xml) throws Exception {
    Document doc = parse(xml);
    Element body = (Element) doc.getElementsByTagNameNS(SOAP, "Body").item(0);
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return jaxb.createUnmarshaller().unmarshal(e);
      }
    }
    throw new IllegalArgumentException("empty body");
  }

  private void envelope(HttpExchange ex, int status, Object payload)
      throws IOException, JAXBException {
    write(ex, status, envelope(payload));
  }

  private String envelope(Object payload) throws JAXBException {
    StringWriter w = new StringWriter();
    jaxb.createMarshaller().marshal(payload, w);
    String xml = w.toString().replaceFirst("^<\\?xml[^>]*\\?>", "");
    return "<soap:Envelope xmlns:soap=\""
        + SOAP
        + "\"><soap:Body>"
        + xml
        + "</soap:Body></soap:Envelope>";
  }

  private void detailFault(HttpExchange ex, Fejl fejl) throws IOException, JAXBException {
    StringWriter w = new StringWriter();
    jaxb.createMarshaller().marshal(fejl, w);
    String detail = w.toString().replaceFirst("^<\\?xml[^>]*\\?>", "");
    write(
        ex,
        500,
        "<soap:Envelope xmlns:soap=\""
            + SOAP
            + "\"><soap:Body><soap:Fault>"
            + "<faultcode>soap:Client</faultcode><faultstring>"
            + fejl.getBesked()
            + "</faultstring>"
            + "<detail>"
            + detail
            + "</detail></soap:Fault></soap:Body></soap:Envelope>");
  }

  private void soapFault(HttpExchange ex, String code, String text) throws IOException {
    write(
        ex,
        500,
        "<soap:Envelope xmlns:soap=\""
            + SOAP
            + "\"><soap:Body><soap:Fault><faultcode>"
            + code
            + "</faultcode><faultstring>"
            + text
            + "</faultstring></soap:Fault></soap:Body></soap:Envelope>");
  }

  private static void write(HttpExchange ex, int status, String xml) throws IOException {
    byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
    ex.close();
  }
}
