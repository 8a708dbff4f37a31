package dk.samtalenotat.journal.sf2900;

import dk.samtalenotat.journal.CaseCheck;
import dk.samtalenotat.journal.Delivery;
import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.OpenCase;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.TransientJournalException;
import dk.samtalenotat.journal.UnknownOutcomeException;
import dk.samtalenotat.journal.config.CaseSystemAdapter;
import dk.samtalenotat.journal.sf2900.ws.Fejl_Exception;
import dk.samtalenotat.journal.sf2900.ws.Fordeling;
import dk.samtalenotat.journal.sf2900.ws.FordelingService;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektStatusResponse;
import dk.samtalenotat.journal.sf2900.ws.ForretningsKvittering;
import dk.samtalenotat.journal.sf2900.ws.InvocationContext;
import dk.samtalenotat.journal.sf2900.ws.Journalpost;
import dk.samtalenotat.journal.sf2900.ws.Part;
import dk.samtalenotat.journal.sf2900.ws.Routing;
import dk.samtalenotat.security.PersonalData;
import dk.samtalenotat.tracing.Correlation;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Sends the note as a journal post to a distribution service after KOMBIT's SF2900 ({@code
 * FordelingsobjektAfsend}), with the note's idempotency key as the transaction UUID, routed by KLE
 * subject or receiver. The receiver confirms asynchronously to our receipt endpoint; after a
 * timeout {@code FordelingsobjektStatus} tells whether the transaction arrived. The client is the
 * server's JAX-WS (JBossWS-CXF); connect and receive timeouts are set on every port, and, as
 * Serviceplatformen requires, the tenant's TLS client certificate (mutual TLS) and invocation
 * context (a SOAP header) go with every call.
 */
public final class Sf2900JournalAdapter implements CaseSystemAdapter {

  public static final String SYSTEM = "sf2900";
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  private final URI address;
  private final String kle;
  private final String actionFacet;
  private final String receiverUuid;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final SSLContext tls;
  private final InvocationContext invocation;
  private final FordelingService service;

  /**
   * @param kle default KLE subject when the note names none, e.g. "32.30"
   * @param receiverUuid route to this receiver instead of by KLE, when set
   * @param tls the client certificate for mutual TLS; null for none
   * @param invocation Serviceplatformen's invocation context for every call; null for none
   */
  public Sf2900JournalAdapter(
      URI address,
      String kle,
      String actionFacet,
      String receiverUuid,
      Duration connectTimeout,
      Duration readTimeout,
      SSLContext tls,
      InvocationContext invocation) {
    this.tls = tls;
    this.invocation = invocation;
    this.address = address;
    this.kle = kle;
    this.actionFacet = actionFacet;
    this.receiverUuid = receiverUuid;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    URL wsdl = Sf2900JournalAdapter.class.getResource("/wsdl/fordeling.wsdl");
    this.service = new FordelingService(wsdl);
  }

  @Override
  public String system() {
    return SYSTEM;
  }

  @Override
  public String endpoint() {
    return SYSTEM + " " + address;
  }

  @Override
  public String address() {
    return address.toString();
  }

  @Override
  public boolean looksUpCases() {
    return false;
  }

  @Override
  public List<OpenCase> openCases(String tenantCvr, String cpr) {
    return List.of();
  }

  @Override
  public Optional<OpenCase> byNumber(String tenantCvr, String caseNumber) {
    return Optional.empty();
  }

  /**
   * Never asked ({@link #looksUpCases()} is false): the distribution service has no case look-up,
   * the case in the journal post is only a suggestion, and the receiver files the note by its
   * party.
   */
  @Override
  public CaseCheck check(String tenantCvr, String cpr, String caseReference) {
    throw new UnsupportedOperationException("the distribution service offers no case look-up");
  }

  @Override
  public Delivery deliver(JournalNote note) throws JournalException {
    FordelingsobjektAfsendRequest request = request(note);
    try {
      port().fordelingsobjektAfsend(request);
      return new Delivery.Accepted(note.idempotencyKey());
    } catch (Fejl_Exception e) {
      throw refused(e);
    } catch (WebServiceException e) {
      throw classify(e, true);
    }
  }

  @Override
  public Optional<Delivery> find(JournalNote note) throws JournalException {
    FordelingsobjektStatusRequest request = new FordelingsobjektStatusRequest();
    request.setTransaktionsUUID(note.idempotencyKey());
    request.setAfsendendeMyndighedCVR(note.tenantCvr());
    FordelingsobjektStatusResponse status;
    try {
      status = port().fordelingsobjektStatus(request);
    } catch (Fejl_Exception e) {
      throw refused(e);
    } catch (WebServiceException e) {
      throw classify(e, false);
    }
    if (!status.isKendt()) {
      return Optional.empty();
    }
    ForretningsKvittering receipt = status.getForretningsKvittering();
    if (receipt == ForretningsKvittering.ACCEPTERET) {
      return Optional.of(
          new Delivery.Stored(
              new JournalReceipt(
                  SYSTEM,
                  status.getSagReference() != null
                      ? status.getSagReference()
                      : note.caseReference(),
                  status.getDokumentID(),
                  Instant.now())));
    }
    if (receipt == ForretningsKvittering.AFVIST) {
      throw new PermanentJournalException(JournalFailure.REJECTED, "receiver rejected the post");
    }
    if (receipt == ForretningsKvittering.FEJLET) {
      throw new PermanentJournalException(JournalFailure.RECEIVER_FAILED, "receiver failed");
    }
    return Optional.of(new Delivery.Accepted(note.idempotencyKey()));
  }

  FordelingsobjektAfsendRequest request(JournalNote note) {
    FordelingsobjektAfsendRequest r = new FordelingsobjektAfsendRequest();
    r.setTransaktionsUUID(note.idempotencyKey());
    r.setAfsendendeMyndighedCVR(note.tenantCvr());
    Routing routing = new Routing();
    if (receiverUuid != null) {
      routing.setModtagerUUID(receiverUuid);
    } else {
      routing.setKLEEmne(note.kleSubject() != null ? note.kleSubject() : kle);
      routing.setHandlingsfacet(actionFacet);
    }
    r.setRouting(routing);
    Journalpost post = new Journalpost();
    post.setForeslaaetSag(note.caseReference());
    Part party = new Part();
    party.setPersonCPR(note.citizenCpr());
    party.setRolle("Borger");
    post.setPart(party);
    post.setTitel(note.title());
    post.setNotatTekst(note.text());
    post.setDokumenttype(note.documentType());
    post.setKontakttidspunkt(xml(note.conversationTime().atZone(DENMARK)));
    post.setGodkendtTidspunkt(xml(note.approvedAt().atZoneSameInstant(DENMARK)));
    post.setGodkendtAf(note.author().name());
    post.setGodkendtAfInitialer(note.author().initials());
    r.setJournalpost(post);
    return r;
  }

  private Fordeling port() {
    Fordeling port = service.getFordelingPort();
    Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
    ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address.toString());
    // CXF (JBossWS-CXF) reads the javax names, the JAX-WS RI the com.sun ones; both are set.
    int connect = (int) connectTimeout.toMillis();
    int read = (int) readTimeout.toMillis();
    ctx.put("javax.xml.ws.client.connectionTimeout", connect);
    ctx.put("javax.xml.ws.client.receiveTimeout", read);
    ctx.put("jakarta.xml.ws.client.connectionTimeout", connect);
    ctx.put("jakarta.xml.ws.client.receiveTimeout", read);
    ctx.put("com.sun.xml.ws.connect.timeout", connect);
    ctx.put("com.sun.xml.ws.request.timeout", read);
    if (tls != null) {
      ClientTls.apply(port, ctx, tls);
    }
    String correlation = Correlation.current();
    if (correlation != null) {
      ctx.put(
          MessageContext.HTTP_REQUEST_HEADERS, Map.of(Correlation.HEADER, List.of(correlation)));
    }
    if (invocation != null) {
      @SuppressWarnings("rawtypes")
      List<jakarta.xml.ws.handler.Handler> chain =
          new java.util.ArrayList<>(((BindingProvider) port).getBinding().getHandlerChain());
      chain.add(new InvocationContextHeader(invocation));
      ((BindingProvider) port).getBinding().setHandlerChain(chain);
    }
    return port;
  }

  /**
   * The distributor's fault, by its code only: its text ({@code Besked}) is the remote system's own
   * wording and may quote the journal post.
   */
  private static JournalException refused(Fejl_Exception e) {
    String code = e.getFaultInfo() == null ? "" : e.getFaultInfo().getKode();
    JournalFailure failure =
        "SAG_LUKKET".equals(code)
            ? JournalFailure.CASE_CLOSED
            : "SAG_UKENDT".equals(code) ? JournalFailure.CASE_NOT_FOUND : JournalFailure.INVALID;
    return new PermanentJournalException(
        failure, "distribution refused the post, code " + PersonalData.safe(code, 40));
  }

  /** Maps a transport failure: not sent, or sent without an answer. */
  private JournalException classify(WebServiceException e, boolean create) {
    boolean notSent = false;
    boolean timeout = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || (t instanceof SocketTimeoutException
              && String.valueOf(t.getMessage()).toLowerCase().contains("connect"))) {
        notSent = true;
      } else if (t instanceof SocketTimeoutException) {
        timeout = true;
      }
    }
    // Built from codes: a SOAP fault's or a transport's message may quote what was sent.
    String message = "distribution service (" + PersonalData.causeChain(e) + ")";
    if (notSent) {
      return new TransientJournalException("no connection to " + message);
    }
    if (e instanceof SOAPFaultException f
        && f.getFault() != null
        && String.valueOf(f.getFault().getFaultCode()).toLowerCase().contains("client")) {
      return new PermanentJournalException(JournalFailure.INVALID, "client fault from " + message);
    }
    if (!create) {
      return new TransientJournalException(message);
    }
    return new UnknownOutcomeException((timeout ? "no answer in time from " : "") + message);
  }

  private static XMLGregorianCalendar xml(java.time.ZonedDateTime t) {
    try {
      return DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(t));
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SF2900-style distribution at " + address;
  }
}
