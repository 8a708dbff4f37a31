package dk.samtalenotat.compliance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A setting a document for citizens must state and that is not configured: what is missing, in
 * words of the documents' texts ({@code required.<what>}), and the key that sets it.
 *
 * @param what {@code controller.name}, {@code controller.contact}, {@code dpo.name} or {@code
 *     dpo.contact}
 * @param key the configuration key for the municipality, e.g. {@code
 *     samtalenotat.compliance.tenant.<CVR>.dpo.email}
 */
public record MissingSetting(String what, String key) implements Serializable {

  /**
   * What a citizen-facing document (the notice, the access request package) lacks: the controller's
   * and the DPO's name, and a way to reach each of them (e-mail or phone).
   */
  static List<MissingSetting> forCitizens(ProcessingFacts facts) {
    List<MissingSetting> missing = new ArrayList<>();
    check(missing, facts.controller(), "controller");
    check(missing, facts.dpo(), "dpo");
    return missing;
  }

  private static void check(List<MissingSetting> missing, ProcessingFacts.Contact c, String who) {
    if (c.name() == null) {
      missing.add(new MissingSetting(who + ".name", ComplianceSettings.key(who + ".name")));
    }
    if (c.email() == null && c.phone() == null) {
      missing.add(
          new MissingSetting(
              who + ".contact",
              ComplianceSettings.key(who + ".email")
                  + " / "
                  + ComplianceSettings.key(who + ".phone")));
    }
  }
}
