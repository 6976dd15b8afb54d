package newsprint.prepare;

import java.util.Map;

/**
 * Where a page stands in its edition: its number, how many pages the edition has, whether it is
 * the last (which carries the imprint, 报尾), and the jumps (转版) that cross it: the articles that
 * continue on another page (id → that page's number) and the continuations that open here (id →
 * the page they come from). A page set alone stands in no edition: {@link #alone}.
 *
 * @param pages     0 when the page is set alone (the edition's page count is not known)
 * @param teasersId the id of the front page's 导读 box among the page's articles, or null
 */
public record PageFlow(int number, int pages, boolean last, Map<String, Integer> jumpsTo, Map<String, Integer> continuesFrom,
                       String teasersId) {
    public PageFlow {
        jumpsTo = Map.copyOf(jumpsTo);
        continuesFrom = Map.copyOf(continuesFrom);
    }

    /** A page set on its own: no edition around it, no jumps (an article that would jump is set whole). */
    public static PageFlow alone(int number) {
        return new PageFlow(number, 0, false, Map.of(), Map.of(), null);
    }

    public boolean inEdition() {
        return pages > 0;
    }
}
