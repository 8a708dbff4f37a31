package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.DocumentTexts.days;
import static dk.samtalenotat.compliance.DocumentTexts.t;

import dk.samtalenotat.retention.RetentionPolicy;
import java.time.Instant;
import java.util.List;

/**
 * The notice a citizen gets before a conversation is recorded (GDPR art. 13), rendered per
 * municipality from its configuration: what is recorded and why, the legal basis, what is deleted
 * when (the tenant's retention in force), that nobody can restore it, the right to refuse, the
 * rights, the DPO and the complaint to Datatilsynet.
 */
public final class CitizenNotice {

  private CitizenNotice() {}

  public static byte[] pdf(ProcessingFacts f, Instant at) {
    RetentionPolicy p = f.retention();
    return PdfDocument.titled(t("notice.title"), at)
        .paragraph(t("notice.intro", f.controller().name()))
        .heading(t("notice.what"))
        .paragraph(t("notice.whatText"))
        .heading(t("notice.legalBasis"))
        .paragraph(ProcessingTexts.legalBasis(f))
        .heading(t("notice.deletion"))
        .paragraph(
            t(
                "notice.deletionText",
                days(p.audioDays()),
                days(p.transcriptDays()),
                days(p.noteDays()),
                days(RetentionPolicy.EXPIRY_DAYS)))
        .heading(t("notice.noRestore"))
        .paragraph(t("notice.noRestoreText"))
        .heading(t("notice.refuse"))
        .paragraph(t("notice.refuseText"))
        .heading(t("notice.recipients"))
        .paragraph(ProcessingTexts.recipients(f))
        .paragraph(t("art15.info.transfers") + ": " + ProcessingTexts.transfers(f))
        .heading(t("rights.title"))
        .paragraph(t("rights.text"))
        .facts(
            List.<String[]>of(
                new String[] {
                  t("notice.controller"), ProcessingTexts.contact(f.controller(), "controller")
                },
                new String[] {t("notice.dpo"), ProcessingTexts.contact(f.dpo(), "dpo")}))
        .heading(t("complaint.title"))
        .paragraph(t("complaint.text"))
        .render();
  }
}
