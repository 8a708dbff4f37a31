package dk.samtalenotat.journal.sf2900;

import dk.samtalenotat.audit.SecurityEvent;
import dk.samtalenotat.audit.SecurityEventThrottle;
import dk.samtalenotat.audit.SecurityEvents;
import dk.samtalenotat.journal.JournalReceipts;
import dk.samtalenotat.journal.ReceiptSender;
import dk.samtalenotat.journal.sf2900.ws.Fordelingskvittering;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagResponse;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.security.cert.X509Certificate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The receipt endpoint the distribution service calls back with transport and business receipts
 * (SF2900 style). Published by WildFly's webservices subsystem from this EJB jar; no CXF is
 * bundled. Idempotent: duplicates and receipts for unknown transactions change nothing and are
 * answered as such.
 *
 * <p>Authenticated by the server: the distributor calls over the receipt listener ({@code
 * wildfly-config/65-receipt-listener.cli}), an HTTPS listener of its own that requires a client
 * certificate trusted by its trust store. A call that did not come over that listener with a
 * verified certificate is refused here whatever it carries (the same deployment answers on the
 * server's other listeners too). The certificate then decides which municipalities' notes the
 * receipt may concern ({@link ReceiptClients}); the transaction id alone proves nothing.
 */
@Stateless
@PermitAll // authentication is the listener's mutual TLS, checked in every call below
@WebService(
    serviceName = "FordelingskvitteringService",
    portName = "FordelingskvitteringPort",
    targetNamespace = "urn:samtalenotat:fordeling:1",
    endpointInterface = "dk.samtalenotat.journal.sf2900.ws.Fordelingskvittering")
public class FordelingskvitteringEndpoint implements Fordelingskvittering {

  private static final Logger LOG = Logger.getLogger(FordelingskvitteringEndpoint.class.getName());

  /** The receipt listener's port before the server's port offset ({@code 65-...cli}). */
  static final String PORT = "samtalenotat.journal.receipt.port";

  /** A receipt that did not come with a verified client certificate over the receipt listener. */
  public static final String UNAUTHENTICATED = "RECEIPT-AUTH-01";

  @EJB private JournalReceipts receipts;
  @EJB private SecurityEvents events;
  @Inject private SecurityEventThrottle throttle;
  @Resource private WebServiceContext context;
  @Inject private Config config;
  @Inject private dk.samtalenotat.tenant.settings.TenantConfig tenants;

  @Override
  public FordelingskvitteringModtagResponse fordelingskvitteringModtag(
      FordelingskvitteringModtagRequest r) {
    HttpServletRequest request =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    ReceiptSender sender = authenticated(request);
    JournalReceipts.Outcome outcome = receiveRetryingConflicts(r, sender, request.getRemoteAddr());
    LOG.info(() -> "receipt from " + sender.describe() + ": " + outcome);
    FordelingskvitteringModtagResponse response = new FordelingskvitteringModtagResponse();
    response.setResultat(
        switch (outcome) {
          case UNKNOWN, REFUSED -> "UKENDT";
          case DUPLICATE -> "DUBLET";
          default -> "MODTAGET";
        });
    return response;
  }

  /**
   * The sender of a call that came over the receipt listener with a client certificate its TLS
   * verified.
   *
   * @throws ReceiptRefusedException otherwise (a SOAP client fault; nothing is looked up)
   */
  private ReceiptSender authenticated(HttpServletRequest request) {
    int expected =
        config.getOptionalValue(PORT, Integer.class).orElse(8643)
            + config.getOptionalValue("jboss.socket.binding.port-offset", Integer.class).orElse(0);
    Object chain =
        request == null ? null : request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (request == null
        || !request.isSecure()
        || request.getLocalPort() != expected
        || !(chain instanceof X509Certificate[] certificates)
        || certificates.length == 0) {
      String from = request == null ? null : request.getRemoteAddr();
      int port = request == null ? -1 : request.getLocalPort();
      if (throttle.admit(from, UNAUTHENTICATED, null, null)) {
        String what =
            "receipt refused: not over the receipt listener (port "
                + expected
                + ") with a verified client certificate; came to port "
                + port;
        LOG.warning(() -> UNAUTHENTICATED + " " + what + " remote=" + from);
        try {
          events.record(
              UNAUTHENTICATED, SecurityEvent.Outcome.REFUSED, null, null, from, what, what);
        } catch (RuntimeException failure) {
          LOG.log(Level.SEVERE, UNAUTHENTICATED + " could not be stored", failure);
        }
      }
      throw new ReceiptRefusedException();
    }
    return new ReceiptClients(tenants.lookupAny()).sender(certificates[0]);
  }

  /**
   * A receipt can arrive while the worker still records the delivery it belongs to (the receiver
   * may answer within milliseconds); one of the two transactions then loses an optimistic lock.
   * Handling a receipt is idempotent, so it is simply handled again, rather than answered with a
   * fault that would leave the distributor to resend it.
   */
  private JournalReceipts.Outcome receiveRetryingConflicts(
      FordelingskvitteringModtagRequest r, ReceiptSender sender, String remote) {
    return ConcurrentUpdates.retry(
        "receipt from " + sender.describe(),
        () ->
            receipts.receive(
                r.getTransaktionsUUID(),
                sender,
                remote,
                r.getTransportKvittering() == null ? null : r.getTransportKvittering().value(),
                r.getForretningsKvittering() == null ? null : r.getForretningsKvittering().value(),
                r.getSagReference(),
                r.getDokumentID(),
                r.getFejlbesked()));
  }
}
