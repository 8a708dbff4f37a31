package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import dk.samtalenotat.journal.sf2900.ws.Fejl;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendResponse;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusResponse;
import dk.samtalenotat.journal.sf2900.ws.ForretningsKvittering;
import dk.samtalenotat.journal.sf2900.ws.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
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
 * a repeated transaction is stored once; the receiver's business receipt is set by the test.
 */
public final class FakeDistribution extends FakeCaseSystem {

  private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

  /** A received post and how far it got. */
  public static final class Post {
    public final FordelingsobjektAfsendRequest request;
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
    super(0);
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

  private void handle(HttpExchange ex) throws IOException {
    Object request;
    try {
      request = unmarshalBody(ex.getRequestBody().readAllBytes());
    } catch (Exception e) {
      soapFault(ex, "soap:Client", "unreadable request: " + e.getMessage());
      return;
    }
    try {
      if (request instanceof FordelingsobjektAfsendRequest r) {
        send(r, ex);
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

  private void send(FordelingsobjektAfsendRequest r, HttpExchange ex)
      throws IOException, JAXBException {
    createRequests.incrementAndGet();
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
    Post existing = posts.putIfAbsent(r.getTransaktionsUUID(), new Post(r));
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

  private Object unmarshalBody(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
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
    StringWriter w = new StringWriter();
    jaxb.createMarshaller().marshal(payload, w);
    String xml = w.toString().replaceFirst("^<\\?xml[^>]*\\?>", "");
    write(
        ex,
        status,
        "<soap:Envelope xmlns:soap=\""
            + SOAP
            + "\"><soap:Body>"
            + xml
            + "</soap:Body></soap:Envelope>");
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
