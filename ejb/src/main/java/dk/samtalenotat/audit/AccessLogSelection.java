package dk.samtalenotat.audit;

import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The access log entries of one tenant that match a query, as a page or as one forward-only stream.
 * Plain code over an {@link EntityManager}, so that the export's benchmark runs exactly what the
 * server runs.
 */
public final class AccessLogSelection {

  /**
   * Rows the JDBC driver fetches per round trip while streaming; PostgreSQL streams only with a
   * fetch size inside a transaction, SQL Server's driver buffers adaptively, H2 spills large
   * results to disk.
   */
  static final int FETCH_SIZE = 1000;

  private AccessLogSelection() {}

  /** Matching entries with an id above {@code afterId}, in id order. */
  static TypedQuery<AccessRecord> query(
      EntityManager em, Tenant tenant, AccessLogQuery query, String cprHash, long afterId) {
    return query(em, tenant, query, cprHash, afterId, "e.id");
  }

  private static TypedQuery<AccessRecord> query(
      EntityManager em,
      Tenant tenant,
      AccessLogQuery query,
      String cprHash,
      long afterId,
      String order) {
    StringBuilder jpql =
        new StringBuilder(
            "select new dk.samtalenotat.audit.AccessRecord(e.id, e.occurredAt, e.userKey,"
                + " e.userRole, e.action, e.objectType, e.conversationId, e.citizenCprHash,"
                + " e.caseReference, e.criterion, e.purpose) from AccessLogEntry e"
                + " where e.tenant = :tenant and e.occurredAt >= :from and e.occurredAt < :to"
                + " and e.id > :after");
    if (cprHash != null) {
      jpql.append(" and e.citizenCprHash = :hash");
    }
    if (query.userKey() != null) {
      jpql.append(" and e.userKey = :user");
    }
    if (query.action() != null) {
      jpql.append(" and e.action = :action");
    }
    jpql.append(" order by ").append(order);
    TypedQuery<AccessRecord> q =
        em.createQuery(jpql.toString(), AccessRecord.class)
            .setParameter("tenant", tenant)
            .setParameter("from", query.from())
            .setParameter("to", query.to())
            .setParameter("after", afterId);
    if (cprHash != null) {
      q.setParameter("hash", cprHash);
    }
    if (query.userKey() != null) {
      q.setParameter("user", query.userKey());
    }
    if (query.action() != null) {
      q.setParameter("action", query.action());
    }
    return q;
  }

  /**
   * Hands every matching entry to {@code sink}, oldest first, through one forward-only cursor: no
   * list of the rows is ever built, and the records are not managed entities, so memory stays flat
   * however many there are. Must run inside a transaction (PostgreSQL's driver streams only then).
   *
   * @return how many entries went to the sink
   */
  public static long stream(
      EntityManager em,
      Tenant tenant,
      AccessLogQuery query,
      String cprHash,
      Consumer<AccessRecord> sink) {
    // In time order, which the (tenant, time) index already has: the database walks the index
    // instead of sorting a year of entries before the first row comes back.
    TypedQuery<AccessRecord> q =
        query(em, tenant, query, cprHash, 0, "e.occurredAt, e.id")
            .setHint("org.hibernate.fetchSize", FETCH_SIZE)
            .setHint("org.hibernate.readOnly", true);
    long[] count = {0};
    try (Stream<AccessRecord> rows = q.getResultStream()) {
      rows.forEach(
          r -> {
            sink.accept(r);
            count[0]++;
          });
    }
    return count[0];
  }
}
