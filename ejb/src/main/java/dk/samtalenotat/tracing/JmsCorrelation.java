package dk.samtalenotat.tracing;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * Carries the correlation id across JMS: {@link #stamp} puts the sender's id on a message, and as
 * an interceptor on a message-driven bean ({@code @Interceptors(JmsCorrelation.class)}) it runs
 * {@code onMessage} under the id the message carries, so the job's log lines and its calls to the
 * engines carry the id of the request that queued it, on whichever node the job runs. A message
 * without one (queued again by the recovery timer, say) gets a new id.
 */
public class JmsCorrelation {

  /** Puts the thread's id (a new one outside traced work) on the message. */
  public static void stamp(Message m) {
    String id = Correlation.current();
    try {
      m.setStringProperty(Correlation.PROPERTY, id == null ? Correlation.newId() : id);
    } catch (JMSException e) {
      throw new IllegalStateException("cannot set the correlation id on a message", e);
    }
  }

  /** The id a message carries, or null. */
  public static String of(Message m) {
    try {
      return m.getStringProperty(Correlation.PROPERTY);
    } catch (JMSException e) {
      return null;
    }
  }

  @AroundInvoke
  Object underMessagesId(InvocationContext ctx) throws Exception {
    Object[] args = ctx.getParameters();
    String id = args != null && args.length == 1 && args[0] instanceof Message m ? of(m) : null;
    try (Correlation.Scope ignored = Correlation.open(id)) {
      return ctx.proceed();
    }
  }
}
