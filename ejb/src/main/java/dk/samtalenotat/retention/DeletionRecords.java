package dk.samtalenotat.retention;

import dk.samtalenotat.audit.AccessLogEntry;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.conversation.Conversation;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * The deletion evidence and access log entries of a batch, written in one JDBC batch per table at
 * the end of it. Both tables take their ids from identity columns, with which Hibernate inserts one
 * row per statement and round trip; the rows here are the same as {@link Shredder}'s per-object
 * path persists (the same constructors build them), in the same transaction.
 */
final class DeletionRecords {

  /** A destroyed object's evidence and the access log's deletion entry, as one. */
  record Row(long tenantId, DeletionEvidence evidence, AccessLogEntry log) {}

  private final List<Row> rows = new ArrayList<>();

  void add(
      Conversation c,
      String objectId,
      ObjectType type,
      RetentionRule rule,
      Instant scheduled,
      Instant now,
      Actor actor,
      String hash) {
    rows.add(row(c, objectId, type, rule, scheduled, now, actor, hash));
  }

  /** The evidence and the access log entry of one destroyed object. */
  static Row row(
      Conversation c,
      String objectId,
      ObjectType type,
      RetentionRule rule,
      Instant scheduled,
      Instant now,
      Actor actor,
      String hash) {
    return new Row(
        c.getTenant().getId(),
        new DeletionEvidence(c, objectId, type, rule, scheduled, now, actor, hash),
        AccessLogEntry.deletion(
            c,
            accessObject(type),
            actor.userKey(),
            actor.executor().name().toLowerCase(Locale.ROOT)));
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  static AccessObject accessObject(ObjectType type) {
    return switch (type) {
      case AUDIO -> AccessObject.AUDIO;
      case TRANSCRIPT -> AccessObject.TRANSCRIPT;
      case DRAFT_VERSION -> AccessObject.DRAFT;
      case CONVERSATION, KEY_VERSION, USER, DEVICE_CREDENTIAL, TEMPLATE_VERSION, SETTINGS ->
          AccessObject.CONVERSATION;
    };
  }

  /** Writes the rows on the transaction's connection, after what the session holds is flushed. */
  void write(EntityManager em) {
    if (rows.isEmpty()) {
      return;
    }
    em.flush();
    em.unwrap(Session.class).doWork(this::write);
    rows.clear();
  }

  private void write(Connection connection) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into deletion_evidence (tenant_id, conversation_id, object_id, object_type,"
                + " retention_rule, scheduled_at, executed_at, executor, executor_user,"
                + " ciphertext_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        DeletionEvidence e = r.evidence();
        ps.setLong(1, r.tenantId());
        nullableLong(ps, 2, e.getConversationId());
        ps.setString(3, e.getObjectId());
        ps.setString(4, e.getObjectType().name());
        ps.setString(5, e.getRule().name());
        ps.setObject(6, utc(e.getScheduledAt()));
        ps.setObject(7, utc(e.getExecutedAt()));
        ps.setString(8, e.getExecutor().name());
        ps.setString(9, e.getExecutorUser());
        ps.setString(10, e.getCiphertextSha256());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into access_log (tenant_id, occurred_at, user_key, user_role, action,"
                + " object_type, conversation_id, citizen_cpr_hash, case_reference, criterion,"
                + " purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        AccessLogEntry l = r.log();
        ps.setLong(1, r.tenantId());
        ps.setObject(2, utc(l.getOccurredAt()));
        ps.setString(3, l.getUserKey());
        ps.setString(4, l.getUserRole());
        ps.setString(5, l.getAction().name());
        ps.setString(6, l.getObjectType().name());
        nullableLong(ps, 7, l.getConversationId());
        ps.setString(8, l.getCitizenCprHash());
        ps.setString(9, l.getCaseReference());
        ps.setString(10, l.getCriterion());
        ps.setString(11, l.getPurpose().name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** As Hibernate stores an Instant here ({@code hibernate.jdbc.time_zone} UTC, TIMESTAMP). */
  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static void nullableLong(PreparedStatement ps, int index, Long value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }
}
