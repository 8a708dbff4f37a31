package dk.samtalenotat.retention;

import dk.samtalenotat.audit.AccessLogEntry;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * The deletion evidence and access log entries of a batch, written with one multi-row INSERT per
 * table at the end of it (up to {@link #ROWS_PER_INSERT} rows each). Both tables take their ids
 * from identity columns, with which Hibernate inserts one row per statement and round trip; the
 * rows here are the same as {@link Shredder}'s per-object path persists (the same constructors
 * build them), in the same transaction.
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

  /**
   * The same rows for an object of a conversation the sweep claimed as columns, scheduled when the
   * conversation was due.
   */
  void add(
      Tenant tenant,
      Shredder.Claimed c,
      String objectId,
      ObjectType type,
      RetentionRule rule,
      Instant now,
      Actor actor,
      String hash) {
    rows.add(
        new Row(
            c.tenantId(),
            new DeletionEvidence(tenant, c.id(), objectId, type, rule, c.dueAt(), now, actor, hash),
            AccessLogEntry.deletion(
                tenant,
                c.id(),
                c.citizenCprHash(),
                c.caseReference(),
                accessObject(type),
                actor.userKey(),
                actor.executor().name().toLowerCase(Locale.ROOT))));
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

  /**
   * Rows per INSERT: one statement with a row of values each, so the database parses and executes
   * one statement per table for a batch instead of one per row. SQL Server takes at most 2,100
   * parameters a statement; 150 rows of 11 stay under it.
   */
  static final int ROWS_PER_INSERT = 150;

  private void write(Connection connection) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      insertEvidence(connection, chunk);
      insertLog(connection, chunk);
    }
  }

  private static void insertEvidence(Connection connection, List<Row> chunk) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into deletion_evidence (tenant_id, conversation_id, object_id, object_type,"
                + " retention_rule, scheduled_at, executed_at, executor, executor_user,"
                + " ciphertext_sha256) values "
                + values(10, chunk.size()))) {
      int i = 0;
      for (Row r : chunk) {
        DeletionEvidence e = r.evidence();
        ps.setLong(++i, r.tenantId());
        nullableLong(ps, ++i, e.getConversationId());
        ps.setString(++i, e.getObjectId());
        ps.setString(++i, e.getObjectType().name());
        ps.setString(++i, e.getRule().name());
        ps.setObject(++i, utc(e.getScheduledAt()));
        ps.setObject(++i, utc(e.getExecutedAt()));
        ps.setString(++i, e.getExecutor().name());
        ps.setString(++i, e.getExecutorUser());
        ps.setString(++i, e.getCiphertextSha256());
      }
      ps.executeUpdate();
    }
  }

  private static void insertLog(Connection connection, List<Row> chunk) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "insert into access_log (tenant_id, occurred_at, user_key, user_role, action,"
                + " object_type, conversation_id, citizen_cpr_hash, case_reference, criterion,"
                + " purpose) values "
                + values(11, chunk.size()))) {
      int i = 0;
      for (Row r : chunk) {
        AccessLogEntry l = r.log();
        ps.setLong(++i, r.tenantId());
        ps.setObject(++i, utc(l.getOccurredAt()));
        ps.setString(++i, l.getUserKey());
        ps.setString(++i, l.getUserRole());
        ps.setString(++i, l.getAction().name());
        ps.setString(++i, l.getObjectType().name());
        nullableLong(ps, ++i, l.getConversationId());
        ps.setString(++i, l.getCitizenCprHash());
        ps.setString(++i, l.getCaseReference());
        ps.setString(++i, l.getCriterion());
        ps.setString(++i, l.getPurpose().name());
      }
      ps.executeUpdate();
    }
  }

  /** {@code (?, ?), (?, ?)} for {@code rows} rows of {@code columns} values. */
  static String values(int columns, int rows) {
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    return String.join(", ", Collections.nCopies(rows, row));
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
