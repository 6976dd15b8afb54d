package newsprint.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import newsprint.model.Place;

/**
 * Chooses every module's rectangle. The page is cut like a guillotine: either the region's first
 * article takes the full width at the top and the rest go below it, or the region is split into
 * a left and a right part, the left taking the earlier (higher-priority) articles. Articles come
 * in priority order, so the tree's order (top before bottom, left before right) is the reading
 * order. Every region is filled to its edges; the score counts empty grid cells (underset),
 * overset lines (heavily), and a lead narrower than half the page. Regions are memoised, so the
 * search costs arithmetic on precomputed line counts, never a render.
 */
final class Planner {
    /** A placed leaf: one article in a grid area. */
    record Placement(int article, int column, int span, int line, int lines, boolean separator) {
    }

    private record Plan(double cost, List<Placement> placements) {
    }

    private static final double OVERSET_COST = 1000;
    private static final double INFEASIBLE = 1e9;
    /** A pinned article away from its pin: worse than any overset, better than no plan at all. */
    static final double PIN_MISSED = 1e7;
    private static final int MIN_MODULE_LINES = 6;
    private static final double LEAD_TOO_NARROW = 5000;

    private final List<Copy> copies;
    private final PageGrid grid;
    private final Captions captions;
    private final Map<Long, Plan> memo = new HashMap<>();
    private final Map<Long, Shape> shapes = new HashMap<>();
    /** With pinned articles a region's place on the page matters, and becomes part of the memo key. */
    private final boolean pinned;

    Planner(List<Copy> copies, PageGrid grid, Captions captions) {
        this.copies = copies;
        this.grid = grid;
        this.captions = captions;
        this.pinned = copies.stream().anyMatch(c -> c.article.place() != null);
    }

    /** The order the search takes the articles in: priority order, or with pinned articles moved. */
    private int[] order;

    /**
     * The modules in reading order; empty when no arrangement can hold every article's head and
     * some body. Articles go in priority order; a pinned article is tried at every place in that
     * order (its pin may put it left of or above articles of higher priority), and the best
     * arrangement wins.
     */
    List<Placement> plan() {
        order = new int[copies.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Plan best = solveOrder(order);
        if (pinned) {
            for (int a = 0; a < copies.size(); a++) {
                if (copies.get(a).article.place() == null) {
                    continue;
                }
                int[] bestOrder = order.clone();
                for (int k = 0; k < copies.size(); k++) {
                    int[] trial = moved(bestOrder, a, k);
                    Plan p = solveOrder(trial);
                    if (p.cost() < best.cost()) {
                        best = p;
                        order = trial;
                    }
                }
            }
        }
        if (best.cost() >= INFEASIBLE) {
            return List.of();
        }
        List<Placement> out = new ArrayList<>();
        place(best.placements(), 0, 0, out);
        return out;
    }

    private Plan solveOrder(int[] trial) {
        int[] saved = order;
        order = trial;
        memo.clear();
        Plan p = solve(0, 0, grid.columns(), grid.lines(), 0, copies.size(), true);
        order = saved;
        return p;
    }

    /** {@code order} with article {@code article} taken out and put back at position {@code at}. */
    private static int[] moved(int[] order, int article, int at) {
        List<Integer> list = new ArrayList<>();
        for (int i : order) {
            if (i != article) {
                list.add(i);
            }
        }
        list.add(at, article);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Plans hold placements relative to their region; this shifts them to page coordinates. */
    private static void place(List<Placement> relative, int column, int line, List<Placement> out) {
        for (Placement r : relative) {
            out.add(new Placement(r.article(), r.column() + column, r.span(), r.line() + line, r.lines(), r.separator()));
        }
    }

    Shape shape(int article, int span, int lines, boolean separator) {
        long key = (((long) article * 64 + span) * 1024 + lines) * 2 + (separator ? 1 : 0);
        return shapes.computeIfAbsent(key, k -> Shape.of(copies.get(article), grid, captions, span, lines, separator));
    }

    private Plan solve(int x, int y, int width, int height, int from, int to, boolean top) {
        long key = ((((long) width * 1024 + height) * 32 + from) * 32 + to) * 2 + (top ? 1 : 0);
        if (pinned) {
            key = (key * 64 + x) * 1024 + y;
        }
        Plan cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        Plan best = new Plan(INFEASIBLE, List.of());
        if (to - from == 1) {
            best = new Plan(leafCost(order[from], x, y, width, height, !top), List.of(new Placement(order[from], 0, width, 0, height, !top)));
        } else {
            for (int h : stackHeights(order[from], width, height, top)) {
                double c = leafCost(order[from], x, y, width, h, !top);
                if (c >= best.cost()) {
                    continue;
                }
                Plan rest = solve(x, y + h, width, height - h, from + 1, to, false);
                if (c + rest.cost() < best.cost()) {
                    List<Placement> ps = new ArrayList<>();
                    ps.add(new Placement(order[from], 0, width, 0, h, !top));
                    place(rest.placements(), 0, h, ps);
                    best = new Plan(c + rest.cost(), ps);
                }
            }
            for (int left = 1; left < width; left++) {
                for (int mid = from + 1; mid < to; mid++) {
                    Plan l = solve(x, y, left, height, from, mid, top);
                    if (l.cost() >= best.cost()) {
                        continue;
                    }
                    Plan r = solve(x + left, y, width - left, height, mid, to, top);
                    if (l.cost() + r.cost() < best.cost()) {
                        List<Placement> ps = new ArrayList<>(l.placements());
                        place(r.placements(), left, 0, ps);
                        best = new Plan(l.cost() + r.cost(), ps);
                    }
                }
            }
        }
        memo.put(key, best);
        return best;
    }

    /** Heights at which an article placed full width at the top of a region ends balanced, leaving room below. */
    private TreeSet<Integer> stackHeights(int article, int width, int height, boolean top) {
        TreeSet<Integer> hs = new TreeSet<>();
        int lastUnder = Integer.MAX_VALUE;
        for (int h = MIN_MODULE_LINES; h <= height - MIN_MODULE_LINES; h++) {
            Shape s = shape(article, width, h, !top);
            if (s == null) {
                continue;
            }
            if (s.oversetLines() == 0) {
                if (s.undersetLines() < width) {
                    hs.add(h);
                }
                if (s.undersetLines() >= width && s.undersetLines() > lastUnder) {
                    break; // taller only adds empty lines
                }
                lastUnder = s.undersetLines();
            }
        }
        return hs;
    }

    private double leafCost(int article, int x, int y, int width, int height, boolean separator) {
        Shape s = shape(article, width, height, separator);
        if (s == null) {
            return INFEASIBLE;
        }
        Copy copy = copies.get(article);
        Place pin = copy.article.place();
        if (pin != null && (pin.column() - 1 != x || pin.row() - 1 != y)) {
            return PIN_MISSED + s.oversetLines() * OVERSET_COST + s.undersetLines();
        }
        double cost = s.oversetLines() * OVERSET_COST + s.undersetLines();
        if (copy.article.span() != null && copy.article.span() != width) {
            cost += INFEASIBLE / 10;
        }
        if (copy.rank == 0 && width * 2 < grid.columns()) {
            // the lead spans at least half the page: a narrower lead costs more than any hole
            cost += (grid.columns() - width * 2) * LEAD_TOO_NARROW;
        }
        // a headline on three lines reads worse than on one or two
        long headlineLines = s.head().roles().stream().filter(r -> r == HeadLine.Role.HEADLINE).count();
        cost += Math.max(0, headlineLines - 1) * 2.0;
        return cost;
    }
}
