package dk.samtalenotat.web.api;

import dk.samtalenotat.compliance.Csv;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.retention.DeletionEvidenceExport;
import dk.samtalenotat.retention.DeletionRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Deletion evidence of the caller's municipality, per period or per conversation. */
@Path("compliance/deletion-evidence")
@RequestScoped
public class DeletionEvidenceResource {

  @Inject DeletionEvidenceExport evidence;

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
    List<DeletionRecord> records = evidence.executedBetween(period.start(), period.end());
    Map<Long, JournalReceipt> receipts =
        evidence.receiptsOf(
            records.stream().map(DeletionRecord::conversationId).collect(Collectors.toSet()));
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    for (DeletionRecord r : records) {
      JournalReceipt j = receipts.get(r.conversationId());
      out.append(
              Stream.of(
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
                      j == null ? null : j.receivedAt())
                  .map(v -> Csv.cell(v == null ? "" : v.toString()))
                  .collect(Collectors.joining(";")))
          .append("\r\n");
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"sletningsbeviser.csv\"")
        .build();
  }
}
