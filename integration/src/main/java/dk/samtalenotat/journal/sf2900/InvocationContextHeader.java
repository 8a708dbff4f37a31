package dk.samtalenotat.journal.sf2900;

import dk.samtalenotat.journal.sf2900.ws.InvocationContext;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Puts the tenant's Serviceplatformen invocation context into the SOAP header of every outgoing
 * call. A standard JAX-WS handler, so it runs on the server's CXF without CXF's own API.
 */
final class InvocationContextHeader implements SOAPHandler<SOAPMessageContext> {

  static final QName NAME = new QName("urn:samtalenotat:fordeling:1", "InvocationContext");
  private static final JAXBContext JAXB;

  static {
    try {
      JAXB = JAXBContext.newInstance(InvocationContext.class);
    } catch (JAXBException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final InvocationContext context;

  InvocationContextHeader(InvocationContext context) {
    this.context = context;
  }

  @Override
  public boolean handleMessage(SOAPMessageContext message) {
    if (!Boolean.TRUE.equals(message.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
      return true;
    }
    try {
      SOAPEnvelope envelope = message.getMessage().getSOAPPart().getEnvelope();
      SOAPHeader header = envelope.getHeader();
      if (header == null) {
        header = envelope.addHeader();
      }
      JAXB.createMarshaller().marshal(context, header);
      return true;
    } catch (SOAPException | JAXBException e) {
      throw new WebServiceException("cannot add the invocation context header", e);
    }
  }

  @Override
  public boolean handleFault(SOAPMessageContext message) {
    return true;
  }

  @Override
  public void close(MessageContext message) {
    // Nothing held per message.
  }

  @Override
  public Set<QName> getHeaders() {
    return Set.of();
  }
}
