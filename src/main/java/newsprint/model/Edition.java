package newsprint.model;

import java.time.LocalDate;

/**
 * One day's paper: its name and date, and what a Chinese paper prints about the issue. All but
 * {@code paper} and {@code date} are optional (null).
 *
 * @param code     the paper's short code for file names ({@code KJB}): plates are named by it
 * @param issue    第N期, this year's issue number
 * @param serial   总第N期, the running number since the first issue
 * @param cn       国内统一连续出版物号 (CN44-0001)
 * @param postal   邮发代号 (45-12)
 * @param price    the cover price as printed (1.50元)
 * @param printer  the printing plant, printed in the imprint (报尾) on the last page
 * @param address  the paper's address, printed in the imprint
 */
public record Edition(String paper, String code, LocalDate date, Integer issue, Integer serial, String cn, String postal,
                      String price, String printer, String address) {

    /** An edition with only its paper, date and 第N期, as a single page file may give it. */
    public Edition(String paper, LocalDate date, Integer issue) {
        this(paper, null, date, issue, null, null, null, null, null, null);
    }
}
