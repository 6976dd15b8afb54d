package newsprint.fill;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsprint.model.Edition;
import newsprint.prepare.PageFlow;

/**
 * What a Chinese paper prints about its edition in fixed places: the date with its weekday and
 * lunar date under the masthead, the issue numbers and registration numbers, the day's page
 * count, and on the last page the imprint (报尾). The lunar date comes from ICU4J's Chinese
 * calendar (甲辰年六月二十, 闰月 and 初一 included), not from a table.
 */
final class EditionFacts {
    private EditionFacts() {
    }

    /** The weekdays as a Chinese paper prints them, Monday first (as {@link java.time.DayOfWeek} numbers them from 1). */
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /**
     * {@code 2024年7月25日 星期四}. The weekday from a table, not from the JDK's locale data: the
     * names are fixed, and loading the Chinese locale data (the {@code jdk.localedata} module, outside
     * the start-up cache) cost a cold render 50 to 90 ms.
     */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 " + WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    }

    /** {@code 农历甲辰年六月二十}: the Chinese calendar's cyclic year, month (闰 for a leap month) and day, in Beijing time. */
    static String lunar(LocalDate d) {
        SimpleDateFormat f = new SimpleDateFormat("U年MMMd", new ULocale("zh_Hans@calendar=chinese;numbers=hanidays"));
        TimeZone beijing = TimeZone.getTimeZone("Asia/Shanghai");
        f.setTimeZone(beijing);
        GregorianCalendar noon = new GregorianCalendar(beijing);
        noon.clear();
        noon.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
        return "农历" + f.format(noon.getTime());
    }

    /** The masthead's lines under the paper's name: date and lunar date, the issue numbers, the registration numbers, the page count. */
    static List<String> masthead(Edition e, PageFlow flow) {
        List<String> lines = new ArrayList<>();
        lines.add(date(e.date()) + "  " + lunar(e.date()));
        List<String> numbers = new ArrayList<>();
        if (e.issue() != null) {
            numbers.add("第" + e.issue() + "期");
        }
        if (e.serial() != null) {
            numbers.add("总第" + e.serial() + "期");
        }
        if (flow.inEdition()) {
            numbers.add("今日" + flow.pages() + "版");
        }
        if (!numbers.isEmpty()) {
            lines.add(String.join("  ", numbers));
        }
        List<String> codes = new ArrayList<>();
        if (e.cn() != null) {
            codes.add("国内统一连续出版物号 " + e.cn());
        }
        if (e.postal() != null) {
            codes.add("邮发代号 " + e.postal());
        }
        if (!codes.isEmpty()) {
            lines.add(String.join("  ", codes));
        }
        return lines;
    }

    /** The imprint's one line: the paper, its address, the printer, the price (what the edition gives of them). */
    static String imprint(Edition e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.paper() + "出版");
        if (e.address() != null) {
            parts.add("地址：" + e.address());
        }
        if (e.printer() != null) {
            parts.add("印刷：" + e.printer());
        }
        if (e.price() != null) {
            parts.add("定价：" + e.price());
        }
        return String.join("    ", parts);
    }
}
