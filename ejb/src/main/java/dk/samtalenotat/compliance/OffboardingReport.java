package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.DocumentTexts.t;

import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.TenantOffboarding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report a municipality gets for its records when it leaves the installation: what was
 * destroyed, counted per kind, with the deletion evidence's ids and a SHA-256 over it, when and by
 * which operator. It names no citizen, caseworker or case: only counts, ids and hashes.
 */
public final class OffboardingReport {

  /** The municipality as the report names it. */
  public record Municipality(String cvr, String name, Instant onboardedAt) {}

  private OffboardingReport() {}

  public static byte[] pdf(Municipality m, TenantOffboarding.Summary s, Instant at) {
    List<List<String>> rows = new ArrayList<>();
    for (ObjectType type : ObjectType.values()) {
      rows.add(
          List.of(
              t("offboarding.type." + type.name()),
              Long.toString(s.destroyed().getOrDefault(type, 0L))));
    }
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {t("offboarding.municipality"), m.name()});
    facts.add(new String[] {t("offboarding.cvr"), m.cvr()});
    facts.add(
        new String[] {
          t("offboarding.onboardedAt"),
          m.onboardedAt() == null ? "" : PdfDocument.STAMP.format(m.onboardedAt())
        });
    facts.add(
        new String[] {
          t("offboarding.executedAt"),
          s.executedAt() == null ? "" : PdfDocument.STAMP.format(s.executedAt())
        });
    facts.add(
        new String[] {t("offboarding.executedBy"), s.executedBy() == null ? "" : s.executedBy()});
    List<String[]> evidence = new ArrayList<>();
    evidence.add(new String[] {t("offboarding.evidenceCount"), Long.toString(s.evidenceCount())});
    evidence.add(
        new String[] {
          t("offboarding.evidenceIds"),
          s.firstEvidenceId() == null ? "" : s.firstEvidenceId() + "–" + s.lastEvidenceId()
        });
    evidence.add(new String[] {t("offboarding.evidenceHash"), s.evidenceSha256()});
    return PdfDocument.titled(t("offboarding.title"), at)
        .paragraph(t("offboarding.intro", m.name(), m.cvr()))
        .facts(facts)
        .heading(t("offboarding.destroyed"))
        .table(List.of(t("offboarding.kind"), t("offboarding.count")), new float[] {3, 1}, rows)
        .heading(t("offboarding.evidence"))
        .paragraph(t("offboarding.evidenceText"))
        .facts(evidence)
        .heading(t("offboarding.kept"))
        .paragraph(t("offboarding.keptText"))
        .render();
  }
}
