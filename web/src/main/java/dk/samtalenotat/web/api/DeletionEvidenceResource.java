package dk.samtalenotat.web.api;

import dk.samtalenotat.export.Csv;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.retention.DeletionEvidenceExport;
import dk.samtalenotat.retention.DeletionRecord;
import dk.samtalenotat.retention.DeletionSchedule;
import dk.samtalenotat.retention.RetentionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** Deletion evidence of the caller's municipality, per period or per conversation. */
@Path("compliance/deletion-evidence")
@RequestScoped
public class DeletionEvidenceResource {

  @Inject DeletionEvidenceExport evidence;

  @Inject RetentionService retention;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeletionRecord> period(@QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    return evidence.executedBetween(period.start(), period.end());
  }

  @GET
  @Path("conversation/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeletionRecord> conversation(@PathParam("id") long id) {
    return evidence.ofConversation(id);
  }

  static final String CSV_HEADER =
      "id;conversation;object;type;rule;scheduled;executed;executor;executor_user;ciphertext_sha256"
          + ";late;case_system;case_id;document_id;receipt_at";

  /**
   * Deletions of a period as CSV, each with the journal receipt of its conversation (where the note
   * lives on) and whether it came later than scheduled; a plain link from the compliance page.
   */
  @GET
  @Path("csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    return Response.ok(
            csv(evidence.executedBetween(period.start(), period.end())), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"sletningsbeviser.csv\"")
        .build();
  }

  static String csv(List<DeletionRecord> records) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    for (DeletionRecord r : records) {
      JournalReceipt j = r.receipt();
      out.append(
              Csv.row(
                  r.id(),
                  r.conversationId(),
                  r.objectId(),
                  r.objectType(),
                  r.rule(),
                  r.scheduledAt(),
                  r.executedAt(),
                  r.executor(),
                  r.executorUser(),
                  r.ciphertextSha256(),
                  r.late(),
                  j == null ? null : j.system(),
                  j == null ? null : j.caseId(),
                  j == null ? null : j.remoteDocumentId(),
                  j == null ? null : j.receivedAt()))
          .append("\r\n");
    }
    return out.toString();
  }

  static final String OVERDUE_HEADER = "conversation;object;type;rule;due;read_at;complete";

  /**
   * What retention should already have destroyed and still holds (a sweep failed, or the timer has
   * not run), as CSV: metadata only. The last column says whether the list is complete; the
   * schedule reads a bounded number of objects per rule.
   */
  @GET
  @Path("overdue.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response overdueCsv() {
    return Response.ok(overdueCsv(retention.schedule(Duration.ZERO)), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"forsinkede-sletninger.csv\"")
        .build();
  }

  static String overdueCsv(DeletionSchedule schedule) {
    StringBuilder out = new StringBuilder(OVERDUE_HEADER).append("\r\n");
    for (DeletionSchedule.Item item : schedule.items()) {
      if (!item.overdue()) {
        continue;
      }
      out.append(
              Csv.row(
                  item.conversationId(),
                  item.type() == null ? null : item.objectId(),
                  item.type() == null ? "CONVERSATION" : item.type(),
                  item.rule(),
                  item.dueAt(),
                  schedule.at(),
                  !schedule.truncated()))
          .append("\r\n");
    }
    return out.toString();
  }
}
