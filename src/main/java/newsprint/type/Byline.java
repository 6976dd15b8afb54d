package newsprint.type;

/**
 * Where a byline, dateline or photo credit may break: between its names and units, never inside
 * one. {@code 本报讯（记者 胡漫雨 通讯员 张建国）} breaks at its spaces and before its bracket;
 * {@code 新华社北京2月27日电} after the agency (社, 报, 台) and before its date, never inside
 * {@code 2月27日电}; {@code 记者 刘芳 摄} never before 摄, which belongs to the name it follows.
 */
public final class Byline {
    private Byline() {
    }

    /**
     * For each code point index {@code i} of {@code cps}, whether a line may break before it
     * (index 0 and the end always may; a space at a break is dropped, as in the body).
     */
    public static boolean[] breaks(int[] cps) {
        int n = cps.length;
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        ok[n] = true;
        for (int i = 1; i < n; i++) {
            int before = cps[i - 1];
            int after = cps[i];
            if (after == ' ') {
                ok[i] = !photographed(cps, i); // before the space; the space itself is dropped at the break
            } else if (before == ' ') {
                ok[i] = !photographed(cps, i - 1);
            } else if (Punctuation.isOpening(after) || Punctuation.isClosing(before)) {
                ok[i] = true;
            }
        }
        datelines(cps, ok);
        return ok;
    }

    /** True when the spaces at {@code space} lead to a lone 摄 (攝): the credit's verb stays with its name. */
    private static boolean photographed(int[] cps, int space) {
        int j = space;
        while (j < cps.length && cps[j] == ' ') {
            j++;
        }
        boolean alone = j + 1 >= cps.length || cps[j + 1] == ' ' || Punctuation.isClosing(cps[j + 1]);
        return j < cps.length && (cps[j] == '摄' || cps[j] == '攝') && alone;
    }

    /**
     * Inside a run with no space or bracket, a dateline's breaks: after its agency and before
     * its date ({@code 新华社|北京|2月27日电}).
     */
    private static void datelines(int[] cps, boolean[] ok) {
        int from = 0;
        while (from < cps.length) {
            int to = from;
            while (to < cps.length && cps[to] != ' ' && !Punctuation.isOpening(cps[to]) && !Punctuation.isClosing(cps[to])) {
                to++;
            }
            int date = dateStart(cps, from, to);
            if (date > from) {
                ok[date] = true;
                for (int i = from + 1; i < date - 1; i++) {
                    if (cps[i] == '社' || cps[i] == '报' || cps[i] == '報' || cps[i] == '台') {
                        ok[i + 1] = true;
                        break;
                    }
                }
            }
            from = Math.max(to, from) + 1;
        }
    }

    /** Where the run {@code [from, to)} ends in a date with 电 or 讯 ({@code 2月27日电}), the date's first digit; else -1. */
    private static int dateStart(int[] cps, int from, int to) {
        int end = to;
        if (end > from && (cps[end - 1] == '电' || cps[end - 1] == '電' || cps[end - 1] == '讯' || cps[end - 1] == '訊')) {
            end--;
        } else {
            return -1;
        }
        if (end <= from || cps[end - 1] != '日') {
            return -1;
        }
        int i = end - 1;
        while (i > from && isDigit(cps[i - 1])) {
            i--;
        }
        if (i == end - 1 || i <= from || cps[i - 1] != '月') {
            return -1;
        }
        i--;
        while (i > from && isDigit(cps[i - 1])) {
            i--;
        }
        return isDigit(cps[i]) ? i : -1;
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= '０' && cp <= '９';
    }
}
