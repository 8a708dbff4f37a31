package dk.samtalenotat.quality;

import dk.samtalenotat.draft.check.FactKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The development set's kinds of planted error and the unsupported-fact check's kinds ({@link
 * FactKind}) that name each rightly: the one place the two vocabularies meet. The mapping is by
 * name, so a kind the check does not have yet is simply never matched (the report says which are
 * missing) and appears as soon as the check adds it.
 */
public final class DevsetKinds implements QualitySet.PlantedKinds {

  /** Devset kind to the check's kinds that name it; a wrong weekday is a date error too. */
  static final Map<String, List<String>> RIGHT = rightKinds();

  private static Map<String, List<String>> rightKinds() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("date", List.of("DATE", "WEEKDAY"));
    m.put("number", List.of("NUMBER", "AMOUNT", "HOURS"));
    m.put("name", List.of("NAME", "ORGANISATION", "PARTICIPANTS"));
    m.put("invented", List.of("INVENTED"));
    m.put("negation", List.of("NEGATION"));
    m.put("attribution", List.of("ATTRIBUTION"));
    m.put("uncorrected", List.of("UNCORRECTED"));
    return m;
  }

  @Override
  public List<String> kinds() {
    return List.copyOf(RIGHT.keySet());
  }

  @Override
  public boolean rightKind(String planted, String flagged) {
    return RIGHT.getOrDefault(planted, List.of()).contains(flagged);
  }

  /** The check's kinds the mapping names that this build's check does not have. */
  static List<String> missingInCheck() {
    Set<String> have = Arrays.stream(FactKind.values()).map(Enum::name).collect(Collectors.toSet());
    return RIGHT.values().stream()
        .flatMap(List::stream)
        .filter(k -> !have.contains(k))
        .distinct()
        .toList();
  }

  @Override
  public String note() {
    String kinds =
        RIGHT.entrySet().stream()
            .map(e -> e.getKey() + "=" + String.join("/", e.getValue()))
            .collect(Collectors.joining(", "));
    List<String> missing = missingInCheck();
    return "right kind: "
        + kinds
        + (missing.isEmpty() ? "" : "; not in this build's check: " + String.join(", ", missing));
  }
}
