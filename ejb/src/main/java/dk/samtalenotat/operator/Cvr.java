package dk.samtalenotat.operator;

/**
 * The CVR number's own check: 8 digits whose sum weighted 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11
 * (the rule the Central Business Register issues numbers by), so a mistyped digit is caught before
 * a municipality is onboarded under the wrong number.
 */
public final class Cvr {

  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private Cvr() {}

  public static boolean valid(String cvr) {
    if (cvr == null || !cvr.matches("\\d{8}") || cvr.charAt(0) == '0') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (cvr.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }
}
