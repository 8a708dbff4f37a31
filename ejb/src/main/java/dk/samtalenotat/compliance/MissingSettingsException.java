package dk.samtalenotat.compliance;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A document for citizens was asked for while settings it must state are not configured (the
 * controller's or the DPO's name or way of contact): it is not made, since a citizen cannot use a
 * notice that says "not stated" where the controller belongs.
 */
@ApplicationException
public class MissingSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<MissingSetting> missing;

  public MissingSettingsException(List<MissingSetting> missing) {
    super("citizen documents need settings: " + missing.stream().map(MissingSetting::key).toList());
    this.missing = List.copyOf(missing);
  }

  public List<MissingSetting> missing() {
    return missing;
  }
}
