package dev.cphemulator.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CPH paging read from its two query parameters, as text. */
class PagingTests {

  @Test
  void absentParametersMeanTheFirstPageOfTheDefaultSize() {
    assertThat(Paging.of(null, null, 100)).isEqualTo(new Paging(0, Paging.DEFAULT_LIMIT));
  }

  @Test
  void aLimitAtTheListsMaximumIsAccepted() {
    assertThat(Paging.of("3", "200", 200)).isEqualTo(new Paging(3, 200));
  }

  @Test
  void aLimitAboveTheListsMaximumIsInvalidPaging() {
    assertInvalidPaging(null, "101", 100);
    assertInvalidPaging(null, "201", 200);
  }

  @Test
  void aDefaultLimitAboveTheListsMaximumIsInvalidPaging() {
    assertInvalidPaging(null, null, 50);
  }

  @Test
  void aLimitBelowOneIsInvalidPaging() {
    assertInvalidPaging(null, "0", 100);
    assertInvalidPaging(null, "-1", 100);
  }

  @Test
  void aNegativeOffsetIsInvalidPaging() {
    assertInvalidPaging("-1", null, 100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "abc",
        "1.5",
        "1.0",
        "1e2",
        "0x10",
        "1,2",
        "1 2",
        "--1",
        "99999999999999999999",
        "2147483648"
      })
  void textThatIsNotAWholeNumberOfAnIntIsInvalidPaging(String text) {
    assertInvalidPaging(text, null, 100);
    assertInvalidPaging(null, text, 100);
  }

  @Test
  void theLargestOffsetAnIntHoldsIsAccepted() {
    assertThat(Paging.of("2147483647", null, 100).offset()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void whiteSpaceAroundANumberIsIgnored() {
    assertThat(Paging.of(" 5 ", "\t7\n", 100)).isEqualTo(new Paging(5, 7));
  }

  @Test
  void aNumberIsReadAsJavaReadsAWholeNumber() {
    assertThat(Paging.of("+5", "007", 100)).isEqualTo(new Paging(5, 7));
    assertThat(Paging.of("-0", "\u0663", 100)).isEqualTo(new Paging(0, 3)); // Arabic-Indic 3
  }

  private static void assertInvalidPaging(String offset, String limit, int maxLimit) {
    assertThatThrownBy(() -> Paging.of(offset, limit, maxLimit))
        .as("offset %s, limit %s, at most %d", offset, limit, maxLimit)
        .isInstanceOfSatisfying(
            CphException.class, e -> assertThat(e.error()).isEqualTo(CphError.INVALID_PAGING));
  }
}
