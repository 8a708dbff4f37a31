package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.DocumentTexts.days;
import static dk.samtalenotat.compliance.DocumentTexts.period;
import static dk.samtalenotat.compliance.DocumentTexts.t;

import dk.samtalenotat.export.Csv;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The record of processing activities (GDPR art. 30) of one municipality, from {@link
 * ProcessingFacts}: one row per activity (audio, transcript, draft, journal hand-over, the
 * conversation's registration, sign-on log, access log), as a PDF and as CSV.
 */
public final class RecordOfProcessing {

  /** One processing activity, as a row of the record. */
  public record Activity(
      String name,
      String purpose,
      String legalBasis,
      String subjects,
      String data,
      String recipients,
      String transfers,
      String erasure) {}

  private RecordOfProcessing() {}

  /** The activities, in the order of a conversation's life, then the logs. */
  public static List<Activity> activities(ProcessingFacts f) {
    String basis = ProcessingTexts.legalBasis(f);
    String transfers = ProcessingTexts.transfers(f);
    String none = t("transfers.no");
    List<Activity> rows = new ArrayList<>();
    rows.add(
        new Activity(
            t("activity.audio"),
            t("activity.audio.purpose"),
            basis,
            t("activity.audio.subjects"),
            t("activity.audio.data"),
            ProcessingTexts.speech(f),
            f.speech().remote() == null ? none : transfers,
            ProcessingTexts.audioErasure(f.retention())));
    rows.add(
        new Activity(
            t("activity.transcript"),
            t("activity.transcript.purpose"),
            basis,
            t("activity.transcript.subjects"),
            t("activity.transcript.data"),
            ProcessingTexts.draft(f),
            f.draft().remote() == null ? none : transfers,
            ProcessingTexts.transcriptErasure(f.retention())));
    rows.add(
        new Activity(
            t("activity.draft"),
            t("activity.draft.purpose"),
            basis,
            t("activity.draft.subjects"),
            t("activity.draft.data"),
            t("activity.draft.recipients"),
            none,
            t("activity.draft.erasure", days(f.retention().noteDays()))));
    rows.add(
        new Activity(
            t("activity.journal"),
            t("activity.journal.purpose"),
            basis,
            t("activity.journal.subjects"),
            t("activity.journal.data"),
            ProcessingTexts.caseSystem(f),
            none,
            t("activity.journal.erasure", days(f.retention().noteDays()))));
    rows.add(
        new Activity(
            t("activity.registration"),
            t("activity.registration.purpose"),
            basis,
            t("activity.registration.subjects"),
            t("activity.registration.data"),
            t("activity.registration.recipients"),
            none,
            ProcessingTexts.registrationErasure(f)));
    rows.add(
        new Activity(
            t("activity.signon"),
            t("activity.signon.purpose"),
            t("legalBasis.logs"),
            t("activity.signon.subjects"),
            t("activity.signon.data"),
            t("activity.signon.recipients"),
            none,
            t("activity.signon.erasure", period(f.securityLogRetention()))));
    rows.add(
        new Activity(
            t("activity.accesslog"),
            t("activity.accesslog.purpose"),
            t("legalBasis.logs"),
            t("activity.accesslog.subjects"),
            t("activity.accesslog.data"),
            t("activity.accesslog.recipients"),
            none,
            t("activity.accesslog.erasure", period(f.accessLogRetention()))));
    return rows;
  }

  public static byte[] pdf(ProcessingFacts f, Instant at) {
    PdfDocument pdf =
        PdfDocument.titled(t("art30.title"), at)
            .paragraph(t("art30.intro", f.tenantCvr()))
            .facts(
                List.<String[]>of(
                    new String[] {
                      t("art30.controller"), ProcessingTexts.contact(f.controller(), "controller")
                    },
                    new String[] {t("art30.dpo"), ProcessingTexts.contact(f.dpo(), "dpo")},
                    new String[] {
                      t("art30.hosting"),
                      f.hosting() == null
                          ? t("missing", ComplianceSettings.key("hosting"))
                          : f.hosting()
                    },
                    new String[] {t("art30.transfers"), ProcessingTexts.transfers(f)}));
    pdf.heading(t("art30.activities"));
    for (Activity a : activities(f)) {
      pdf.table(
          List.of(a.name(), ""),
          new float[] {1, 3},
          List.of(
              List.of(t("art30.col.purpose"), a.purpose()),
              List.of(t("art30.col.legalBasis"), a.legalBasis()),
              List.of(t("art30.col.subjects"), a.subjects()),
              List.of(t("art30.col.data"), a.data()),
              List.of(t("art30.col.recipients"), a.recipients()),
              List.of(t("art30.col.transfers"), a.transfers()),
              List.of(t("art30.col.erasure"), a.erasure())));
    }
    pdf.heading(t("art30.security"));
    for (String measure : ProcessingTexts.security(f)) {
      pdf.paragraph("• " + measure);
    }
    return pdf.render();
  }

  static final List<String> CSV_COLUMNS =
      List.of(
          "art30.col.activity",
          "art30.col.purpose",
          "art30.col.legalBasis",
          "art30.col.subjects",
          "art30.col.data",
          "art30.col.recipients",
          "art30.col.transfers",
          "art30.col.erasure",
          "art30.col.security",
          "art30.controller",
          "art30.dpo");

  /**
   * The record as CSV (semicolon-separated, as Danish spreadsheets read it): one row per activity,
   * with the controller, DPO and security measures repeated so each row stands alone.
   */
  public static String csv(ProcessingFacts f) {
    StringBuilder out = new StringBuilder();
    out.append(CSV_COLUMNS.stream().map(k -> Csv.cell(t(k))).collect(Collectors.joining(";")))
        .append("\r\n");
    String security = t("security.short", f.nsisLevel());
    String controller = ProcessingTexts.contact(f.controller(), "controller");
    String dpo = ProcessingTexts.contact(f.dpo(), "dpo");
    for (Activity a : activities(f)) {
      out.append(
              List.of(
                      a.name(),
                      a.purpose(),
                      a.legalBasis(),
                      a.subjects(),
                      a.data(),
                      a.recipients(),
                      a.transfers(),
                      a.erasure(),
                      security,
                      controller,
                      dpo)
                  .stream()
                  .map(Csv::cell)
                  .collect(Collectors.joining(";")))
          .append("\r\n");
    }
    return out.toString();
  }
}
