package dk.samtalenotat.pipeline;

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
}
