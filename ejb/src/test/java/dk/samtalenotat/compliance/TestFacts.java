package dk.samtalenotat.compliance;

import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.journal.CaseLookup;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.Delivery;
import dk.samtalenotat.journal.Journal;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.testing.EngineFakes;
import dk.samtalenotat.transcript.SpeechToText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Facts made through {@link ProcessingConfiguration} from configuration values the test sets. */
final class TestFacts {

  static final String CVR = "29189897";

  private TestFacts() {}

  static Map<String, String> config() {
    Map<String, String> c = new HashMap<>();
    c.put("samtalenotat.compliance.tenant." + CVR + ".controller.name", "Æbeltoft Kommune");
    c.put(
        "samtalenotat.compliance.tenant." + CVR + ".controller.address",
        "Rådhustorvet 1, 8400 Ebeltoft");
    c.put("samtalenotat.compliance.tenant." + CVR + ".dpo.name", "Søren Ørsted");
    c.put("samtalenotat.compliance.dpo.email", "dpo@aebeltoft.dk");
    c.put("samtalenotat.access-log.retention", "P1Y");
    c.put("samtalenotat.security-log.retention", "P180D");
    c.put("samtalenotat.saml.nsis-level", "High");
    return c;
  }

  /** Local engines, no case system. */
  static ProcessingFacts local(RetentionPolicy policy) {
    return facts(config(), speech("whisper-jni", null), draft("offline", null), null, policy);
  }

  static ProcessingFacts facts(
      Map<String, String> config,
      SpeechToText speech,
      DraftGenerator draft,
      Journal journal,
      RetentionPolicy policy) {
    CaseSystems systems =
        new CaseSystems() {
          @Override
          public Optional<Journal> journal(String tenantCvr) {
            return CVR.equals(tenantCvr) ? Optional.ofNullable(journal) : Optional.empty();
          }

          @Override
          public Optional<CaseLookup> caseLookup(String tenantCvr) {
            return Optional.empty();
          }
        };
    return new ProcessingConfiguration(
            key -> Optional.ofNullable(config.get(key)), speech, draft, systems)
        .facts(new Tenant(CVR, "Demo Kommune"), policy);
  }

  static SpeechToText speech(String name, String url) {
    return EngineFakes.speech(name, !"none".equals(name), url);
  }

  static DraftGenerator draft(String name, String url) {
    return EngineFakes.draft(name, url);
  }

  static Journal sbsys(String address) {
    return new Journal() {
      @Override
      public String system() {
        return "sbsys";
      }

      @Override
      public String endpoint() {
        return "sbsys " + address;
      }

      @Override
      public String address() {
        return address;
      }

      @Override
      public Delivery deliver(JournalNote note) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Delivery> find(JournalNote note) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
