package dk.samtalenotat.operator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CvrTest {

  @Test
  void acceptsNumbersWhoseWeightedSumIsDivisibleByEleven() {
    // 1*2 + 2*7 + 3*6 + 4*5 + 5*4 + 6*3 + 7*2 + 4*1 = 110
    assertTrue(Cvr.valid("12345674"));
    // Danish public bodies' real CVR numbers: Digitaliseringsstyrelsen, Aarhus Kommune
    assertTrue(Cvr.valid("34051178"));
    assertTrue(Cvr.valid("55133018"));
  }

  @Test
  void refusesAMistypedDigitOrAWrongLength() {
    assertFalse(Cvr.valid("12345675"));
    assertFalse(Cvr.valid("11111111"));
    assertFalse(Cvr.valid("1234567"));
    assertFalse(Cvr.valid("123456740"));
    assertFalse(Cvr.valid("1234567X"));
    assertFalse(Cvr.valid("00000000"));
    assertFalse(Cvr.valid(null));
  }
}
