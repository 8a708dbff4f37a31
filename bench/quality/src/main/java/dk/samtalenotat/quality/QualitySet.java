package dk.samtalenotat.quality;

import java.util.List;

/**
 * A set of conversations the harness measures: the project's own samples or a folder in the
 * development-set format.
 *
 * @param name short name, used in the report's file names ("devset" gives
 *     quality-report-devset.txt); empty for the project's own samples
 * @param title what the report's heading calls the set
 * @param kinds the kinds of planted error the set uses and how they map to the check's kinds
 */
public record QualitySet(String name, String title, List<QualityCase> cases, PlantedKinds kinds) {

  public QualitySet {
    cases = List.copyOf(cases);
  }

  /**
   * The kinds of planted error a set reports, in report order, and which of the check's flag kinds
   * name each rightly.
   */
  public interface PlantedKinds {

    List<String> kinds();

    /**
     * Whether a flag of the check's kind {@code flagged} names an error of kind {@code planted}.
     */
    boolean rightKind(String planted, String flagged);

    /** A line for the report about the mapping, or empty. */
    default String note() {
      return "";
    }
  }
}
