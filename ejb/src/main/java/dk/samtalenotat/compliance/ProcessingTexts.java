package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.DocumentTexts.days;
import static dk.samtalenotat.compliance.DocumentTexts.period;
import static dk.samtalenotat.compliance.DocumentTexts.t;

import dk.samtalenotat.retention.RetentionPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the documents say about the facts, in Danish: shared by the record of processing, the access
 * request package and the citizen notice, so that the three never disagree.
 */
final class ProcessingTexts {

  private ProcessingTexts() {}

  /** Name, address, e-mail and phone on one line; what is missing names its setting. */
  static String contact(ProcessingFacts.Contact c, String prefix) {
    List<String> parts = new ArrayList<>();
    parts.add(c.name() == null ? t("missing", ComplianceSettings.key(prefix + ".name")) : c.name());
    if (c.address() != null) {
      parts.add(c.address());
    }
    if (c.email() != null) {
      parts.add(t("contact.email", c.email()));
    }
    if (c.phone() != null) {
      parts.add(t("contact.phone", c.phone()));
    }
    if (c.email() == null && c.phone() == null) {
      parts.add(t("missing", ComplianceSettings.key(prefix + ".email")));
    }
    return String.join(", ", parts);
  }

  static String speech(ProcessingFacts f) {
    ProcessingFacts.Engine e = f.speech();
    if (e.none()) {
      return t("engine.speech.none");
    }
    String where =
        e.remote() == null
            ? t("engine.speech.local", e.name())
            : t("engine.speech.remote", e.name(), e.remote().toString());
    return e.remote() == null ? where : where + " " + location(e, "speech.location");
  }

  static String draft(ProcessingFacts f) {
    ProcessingFacts.Engine e = f.draft();
    if (e.remote() == null) {
      return t("engine.draft.local", e.name());
    }
    return t("engine.draft.remote", e.name(), e.remote().toString())
        + " "
        + location(e, "draft.location");
  }

  private static String location(ProcessingFacts.Engine e, String setting) {
    return e.location() == null
        ? t("engine.locationMissing", ComplianceSettings.key(setting))
        : t("engine.location", e.location());
  }

  static String caseSystem(ProcessingFacts f) {
    ProcessingFacts.CaseSystem c = f.caseSystem();
    if (c == null) {
      return t("caseSystem.none");
    }
    String name;
    try {
      name = t("system." + c.system());
    } catch (java.util.MissingResourceException unknown) {
      name = c.system();
    }
    return t("caseSystem.connected", name, c.address());
  }

  /** Every recipient of conversation data: engines and the case system. */
  static String recipients(ProcessingFacts f) {
    return speech(f) + "\n" + draft(f) + "\n" + caseSystem(f);
  }

  /** The configured statement, or "none" when nothing leaves the application, or a demand. */
  static String transfers(ProcessingFacts f) {
    if (f.thirdCountryTransfers() != null) {
      return f.thirdCountryTransfers();
    }
    Set<String> remote = new LinkedHashSet<>();
    if (f.speech().remote() != null && !f.speech().none()) {
      remote.add(f.speech().remote().toString());
    }
    if (f.draft().remote() != null) {
      remote.add(f.draft().remote().toString());
    }
    return remote.isEmpty()
        ? t("transfers.none")
        : t(
            "transfers.unknown",
            String.join(", ", remote),
            ComplianceSettings.key("third-country-transfers"));
  }

  static String legalBasis(ProcessingFacts f) {
    return f.legalBasis() == null ? t("legalBasis.default") : f.legalBasis();
  }

  static List<String> security(ProcessingFacts f) {
    return List.of(
        t("security.1"),
        t("security.2"),
        t("security.3", f.nsisLevel()),
        t("security.4"),
        t("security.5", period(f.accessLogRetention()), period(f.securityLogRetention())),
        t("security.6"),
        t("security.7", days((int) f.backupRetention().toDays())));
  }

  /**
   * How long a conversation's registration lives: its row with the sealed CPR number and personal
   * fields goes the grace period after its content; what stays, and for how long.
   */
  static String registrationErasure(ProcessingFacts f) {
    return t(
        "activity.registration.erasure",
        days(f.retention().graceDays()),
        days(RetentionPolicy.GRACE_CAP_DAYS),
        period(f.accessLogRetention()));
  }

  static String audioErasure(RetentionPolicy p) {
    return t(
        "activity.audio.erasure",
        days(p.audioDays()),
        days(RetentionPolicy.AUDIO_CAP_DAYS),
        days(RetentionPolicy.EXPIRY_DAYS));
  }

  static String transcriptErasure(RetentionPolicy p) {
    return t(
        "activity.transcript.erasure",
        days(p.transcriptDays()),
        days(RetentionPolicy.TRANSCRIPT_CAP_DAYS));
  }

  static String storage(ProcessingFacts f) {
    RetentionPolicy p = f.retention();
    return t(
        "art15.info.storageText",
        days(p.audioDays()),
        days(p.transcriptDays()),
        days(p.noteDays()),
        days(RetentionPolicy.EXPIRY_DAYS),
        period(f.accessLogRetention()),
        days(p.graceDays()));
  }
}
