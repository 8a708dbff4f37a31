package dk.samtalenotat.pipeline;

import dk.samtalenotat.security.PersonalData;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** Reading the job messages. */
final class Jobs {

  private Jobs() {}

  static long conversationId(Message m) {
    try {
      return ((jakarta.jms.MapMessage) m).getLong(PipelineQueue.CONVERSATION_ID);
    } catch (JMSException e) {
      throw new IllegalArgumentException("not a pipeline job", e);
    }
  }

  static int generation(Message m) {
    try {
      return ((jakarta.jms.MapMessage) m).getInt(PipelineQueue.GENERATION);
    } catch (JMSException e) {
      throw new IllegalArgumentException("not a drafting job", e);
    }
  }

  /** 1 for the first delivery. */
  static int delivery(Message m) {
    try {
      return m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 1;
    } catch (JMSException e) {
      return 1;
    }
  }

  /** True for a drafting job, false for a transcription job. */
  static boolean isDrafting(Message m) {
    try {
      return ((jakarta.jms.MapMessage) m).itemExists(PipelineQueue.GENERATION);
    } catch (JMSException e) {
      throw new IllegalArgumentException("not a pipeline job", e);
    }
  }

  /**
   * A failure as the owner and the administrator see it beside the problem's Danish text: the kind
   * of the innermost cause, never its message, which may quote stored data.
   */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return "processing failed (" + root.getClass().getSimpleName() + ")";
  }

  /**
   * A failure as it is logged: the classes along its causes and where it was thrown, not the
   * messages, which may quote stored data (a database's refusal quotes the value, say).
   */
  static String logged(Throwable e) {
    StackTraceElement[] at = e.getStackTrace();
    return PersonalData.causeChain(e) + (at.length == 0 ? "" : " at " + at[0]);
  }
}
