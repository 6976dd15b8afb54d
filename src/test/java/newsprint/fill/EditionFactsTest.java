package newsprint.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date under a masthead and in a folio: the day, and its weekday as Chinese prints it. */
class EditionFactsTest {

    @Test
    void printsTheDateWithItsChineseWeekday() {
        assertThat(EditionFacts.date(LocalDate.of(2024, 7, 25))).isEqualTo("2024年7月25日 星期四");
        assertThat(EditionFacts.date(LocalDate.of(2026, 12, 6))).isEqualTo("2026年12月6日 星期日");
    }

    /** Every weekday named as the JDK's Chinese locale data names it (which the table stands in for). */
    @Test
    void namesEveryWeekdayAsTheLocaleDataDoes() {
        for (int i = 0; i < 7; i++) {
            LocalDate d = LocalDate.of(2024, 7, 22).plusDays(i);
            assertThat(EditionFacts.date(d)).endsWith(" " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
        }
    }
}
