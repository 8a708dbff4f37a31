package dk.samtalenotat.conversation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * At start-up, seals the personal fields that an earlier version stored in plain columns ({@link
 * LegacyPlainFields}), a batch per transaction, so that no plain value outlives the upgrade.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlainFieldSealer {

  private static final Logger LOG = Logger.getLogger(PlainFieldSealer.class.getName());
  private static final int BATCH = 100;

  @EJB private PlainFieldSealing batches;

  @PostConstruct
  void sealAll() {
    int total = 0;
    for (int n = batches.seal(BATCH); n > 0; n = batches.seal(BATCH)) {
      total += n;
    }
    if (total > 0) {
      int sealed = total;
      LOG.info(() -> "plain personal fields of " + sealed + " conversations sealed");
    }
  }
}
