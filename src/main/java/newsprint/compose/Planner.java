package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import newsprint.model.Place;

/**
 * Chooses every module's rectangle. The page is cut like a guillotine: either the region's first
 * article takes the full width at the top and the rest go below it, or the region is split into
 * a left and a right part, the left taking the earlier (higher-priority) articles. Articles come
 * in priority order, so the tree's order (top before bottom, left before right) is the reading
 * order. Every region is filled to its edges; the score counts empty grid cells (underset),
 * overset lines (heavily), and a lead narrower than half the page.
 *
 * <p>The search is a branch and bound over regions: each region's cost has a lower bound from
 * the grid cells its articles need at least and can fill at most ({@link Cells}), a branch that
 * cannot beat the best plan found is not explored, and solved regions are memoised. It works on
 * line counts worked out once per article, never on a render. On a page whose articles cannot
 * all be given a module, the articles of lowest priority are left out and reported, never
 * dropped silently.
 */
final class Planner {
    /** A placed leaf: one article in a grid area. */
    record Placement(int article, int column, int span, int line, int lines, boolean separator) {
    }

    /** The planner's answer: the modules in reading order, and the articles it could not place. */
    record Result(List<Placement> placements, List<Integer> leftOut) {
    }

    private record Plan(double cost, List<Placement> placements) {
    }


    /** A body line that does not fit costs more than any number of empty cells a page can have. */
    static final double OVERSET_COST = 1000;
    /**
     * A jumping article's line that runs on to another page: a little, so the article takes the
     * page's slack before a cell is left empty (1), and keeps as much as it can on its own page.
     */
    static final double CONTINUED_COST = 0.5;
    static final double INFEASIBLE = 1e9;
    /** A pinned article away from its pin: worse than any overset, better than no plan at all. */
    static final double PIN_MISSED = 1e7;
    /** A module's lines at least: a head and a few lines of body. */
    static final int MIN_MODULE_LINES = 6;
    /**
     * A story set lower than a story of lower priority beside it (a hierarchy inversion): worse
     * than a good many empty cells, better than any overset line.
     */
    static final double INVERSION_COST = 100;
    /** Per column the lead is narrower than half the page: more than any hole costs. */
    private static final double LEAD_TOO_NARROW = 5000;
    /** A span hint missed: the module's width was asked for, so almost anything else is better. */
    private static final double SPAN_MISSED = INFEASIBLE / 10;
    /** Per headline line beyond the first: a headline on three lines reads worse than on one or two. */
    private static final double HEADLINE_EXTRA_LINE = 2.0;
    /**
     * Regions one search may open before it settles for the best plan found (or, having none,
     * for fewer articles). Pages of the usual 1 to 20 articles are solved exactly far below it
     * (a few thousand regions); it bounds the time on pages of very many articles, and it counts
     * regions, not time, so the same page always gets the same plan.
     */
    static final long NODE_BUDGET = 300_000;
    private final List<Copy> copies;
    private final PageGrid grid;
    private final Captions captions;
    private final Cells cells;
    private final Memo memo = new Memo();
    /** Regions solved with lines their modules may not run across: one memo per set of such lines. */
    private final LongMap<Memo> cutMemo = new LongMap<>();
    /**
     * The shapes worked out in the current search, by article and span, then by lines and
     * separator (a flat array a row, made when first asked): looked up hundreds of times a region,
     * where a hash map of boxed keys was most of the planner's time on pages of many articles.
     * Cleared with the photos' settings ({@link #use}); {@link #NO_SHAPE} marks a shape that does not exist.
     */
    private Object[][] shapes;
    private static final Object NO_SHAPE = new Object();
    /** The candidate heights of a stacked module, by article and width, then by region height and top (see {@link #stackHeights}). */
    private int[][][] heights;
    /**
     * Whether the sides of a split are also solved together ({@link #solveRows}): on pages of up to
     * {@link #ROWS_MAX_ARTICLES} articles. A page of very many runs its search to the node budget,
     * where rows only make each node dearer (generated pages of 30 to 100 articles: 146 s of CPU
     * to plan before rows, 199 s with them).
     */
    private final boolean rows;
    static final int ROWS_MAX_ARTICLES = 20;
    /** Two sides of a split solved together ({@link #solveRows}): one memo per right side. */
    private final LongMap<Memo> rowMemo = new LongMap<>();
    /** With pinned articles a region's place on the page matters, and becomes part of the memo key. */
    private final boolean pinned;
    /** The order the search takes the articles in: priority order, or with pinned articles moved. */
    private int[] order;
    /** The articles of {@link #order} the current search places: a prefix, when the page cannot hold them all. */
    private int count;
    private long[] minPrefix;
    private long[] maxPrefix;
    private long nodes;
    /** The nodes this order's search has taken inside {@link #solveRows} (the regions it solves for its rows). */
    private long rowNodes;
    /** The candidates {@link #solveRows} has weighed in this order's search (a row's width, height and the stories beside it). */
    private long rowSteps;
    /** How deep in {@link #solveRows} the search is, and its node count where it entered the outermost. */
    private int rowsDepth;
    private long rowsEntry;

    /** The grid lines the planner fills: all of them but a band the page keeps for itself (a masthead, an imprint). */
    private final int regionTop;
    private final int regionLines;

    Planner(List<Copy> copies, PageGrid grid, Captions captions) {
        this(copies, grid, captions, 0, 0);
    }

    /** A planner for the grid less {@code top} lines at the top and {@code bottom} at the bottom. */
    Planner(List<Copy> copies, PageGrid grid, Captions captions, int top, int bottom) {
        this(copies, grid, captions, top, bottom, List.of());
    }

    /**
     * Grid areas the articles go around (ads): column, line, span, lines, each inside the region.
     * With obstacles a region's cuts may only run along their edges, and a region may be an
     * obstacle alone.
     */
    private final List<int[]> obstacles;

    Planner(List<Copy> copies, PageGrid grid, Captions captions, int top, int bottom, List<int[]> obstacles) {
        this.obstacles = List.copyOf(obstacles);
        this.regionTop = top;
        this.regionLines = grid.lines() - top - bottom;
        if (copies.size() > Key.MAX_ARTICLES || grid.columns() > Key.MAX_COLUMNS || grid.lines() > Key.MAX_LINES) {
            throw new IllegalArgumentException("a page of " + copies.size() + " articles on " + grid.columns() + " columns × "
                    + grid.lines() + " lines is beyond the planner's limits");
        }
        this.copies = copies;
        this.grid = grid;
        this.captions = captions;
        this.cells = new Cells(copies, grid, captions);
        this.shapes = new Object[copies.size() * (grid.columns() + 1)][];
        this.heights = new int[copies.size() * (grid.columns() + 1)][][];
        this.pinned = copies.stream().anyMatch(c -> c.article.place() != null) || !obstacles.isEmpty();
        this.rows = copies.size() <= ROWS_MAX_ARTICLES;
    }

    /**
     * The modules in reading order. Articles go in priority order; a pinned article is tried at
     * every place in that order (its pin may put it left of or above articles of higher
     * priority), and the best arrangement wins. When no arrangement holds every article's head
     * and some body, the articles of lowest priority are left out until one does.
     */
    Result plan() {
        // slack goes to the photos: a photo alone widens in a module its text leaves underset
        placedBefore = 0;
        Result best = planFitFirst();
        double bestCost = cost(best);
        if (bestCost >= INFEASIBLE || emptyPercent(best) > LayoutAudit.EMPTY_GRID_WARNING_PERCENT || inversions(best) > 0) {
            // the search solves a region's parts one by one: a part that takes up its slack with a wider photo can leave
            // the part beside it no room to avoid an empty cell or an inversion. Planned with the photos at their usual
            // spans, then widened in the modules found, such a page can come out fuller
            use(false, null);
            Result narrow = planFitFirst();
            use(true, null);
            double narrowCost = cost(narrow);
            if (better(narrow, narrowCost, best, bestCost)) {
                best = narrow;
                bestCost = narrowCost;
            }
        }
        for (double weight : UNDERSET_INVERSION_COSTS) {
            if (emptyPercent(best) <= LayoutAudit.EMPTY_GRID_WARNING_PERCENT) {
                break;
            }
            // a page left more than 5% empty to keep its hierarchy looks unfinished: an inversion then weighs less, when
            // that fills the page to within the 5% (an inversion is not traded for a page that stays underset anyway)
            double was = hierarchyWeight;
            hierarchyWeight = weight;
            Result fuller = planFitFirst();
            if (fuller.leftOut().size() <= best.leftOut().size() && oversetLines(fuller) <= oversetLines(best)
                    && !runsOnMore(fuller, best) && emptyPercent(fuller) <= LayoutAudit.EMPTY_GRID_WARNING_PERCENT) {
                best = fuller;
            } else {
                hierarchyWeight = was;
            }
        }
        double heldTo = Double.NaN;
        for (int round = 0; round < PHOTO_ROUNDS; round++) {
            double lead = leadPhotoAreaPt(best);
            if (leadPhotoSmaller(best, lead) == 0 || lead == heldTo) {
                // held to the same area as the round before (its plan not taken), the search would find that plan again
                break;
            }
            heldTo = lead;
            // a story of lower priority is held to the lead's photo; when that leaves the page more than 5% empty the
            // modules are planned again around it, both plans weighed so held (the plan found keeps its modules)
            use(true, capsAt(lead, null));
            if (emptyPercent(best) <= LayoutAudit.EMPTY_GRID_WARNING_PERCENT) {
                break; // the plan found, its lesser photos held so, still fills the page: not worth a search again
            }
            Result held = planFitFirst();
            if (better(held, cost(held), best, cost(best))) {
                best = held; // its lead's photo may be smaller than the one the others were held to: then once more
            }
        }
        if (emptyPercent(best) > LayoutAudit.EMPTY_GRID_WARNING_PERCENT && copies.size() <= LEAD_GROWS_MAX_ARTICLES && leadMayGrow(best)) {
            best = leadGrown(best);
        }
        return reordered(repair(best));
    }

    /**
     * Slack by priority (issue 12, rule 8): a page left more than 5% empty planned again with its
     * lead free to stand taller than the least height that holds it, at every height where a line
     * more grows its photos or its headline ({@link #stackHeights}), so that the lines the stories
     * below cannot fill go to the lead; when a lesser story's photo then comes out larger than the
     * lead's, once more with the lesser photos held to the lead's (as {@link #plan} does). The plan
     * so found is taken only when it is no worse than {@code best} by any measure and better by one
     * ({@link #leadTakesSlack}); else the planner is left as it was.
     */
    private Result leadGrown(Result best) {
        // both weighed as the repair will leave them: a plan whose inversions the repair takes off is not traded for one
        // whose inversions it cannot
        Measures before = measures(repair(best));
        double[] was = photoCaps;
        int placed = placedBefore;
        leadGrows = true;
        heights = new int[copies.size() * (grid.columns() + 1)][][];
        try {
            Result grown = planFitFirst();
            if (leadTakesSlack(repair(grown), before)) {
                return grown;
            }
            double lead = leadPhotoAreaPt(grown);
            if (leadPhotoSmaller(grown, lead) > 0) {
                use(true, capsAt(lead, was));
                grown = planFitFirst();
                if (leadTakesSlack(repair(grown), before)) {
                    return grown; // the planner keeps these caps: the plan's shapes are made under them
                }
            }
            use(true, was);
            placedBefore = placed;
            return best;
        } finally {
            leadGrows = false;
            heights = new int[copies.size() * (grid.columns() + 1)][][];
        }
    }

    /**
     * Photo caps holding every story of lower priority than the page's first to {@code lead}
     * square points (and never past the caps {@code within} already sets), the first priority free.
     */
    private double[] capsAt(double lead, double[] within) {
        double[] caps = new double[copies.size()];
        int top = copies.stream().mapToInt(c -> c.article.priority()).min().orElse(0);
        for (int a = 0; a < caps.length; a++) {
            caps[a] = copies.get(a).article.priority() == top ? Double.POSITIVE_INFINITY : lead;
            if (within != null) {
                caps[a] = Math.min(caps[a], within[a]);
            }
        }
        return caps;
    }

    /** Whether the search lets the page's lead stand taller than balanced to grow its photos and headline ({@link #stackHeights}). */
    private boolean leadGrows;
    /**
     * Pages of more articles are not planned again so (as {@link #REORDER_MAX_ARTICLES}): their
     * searches take hundreds of milliseconds and more, and their leads are a small part of them.
     */
    static final int LEAD_GROWS_MAX_ARTICLES = 12;

    /**
     * True when plan {@code a}, made with the lead free to grow, is at least as good as {@code b}
     * by every measure (nothing more left out, over or run on, no more hierarchy inversions, no
     * more lesser photos larger than the lead's, no more empty cells; the lead's photos no
     * smaller, its headline no smaller a size) and better by one (fewer empty cells, larger
     * photos or a headline a line longer).
     */
    private boolean leadTakesSlack(Result a, Measures b) {
        Measures m = measures(a);
        if (m == null || b == null) {
            return false;
        }
        int moreRunOn = m.continued() - b.continued();
        if (m.leftOut() > b.leftOut() || m.over() > b.over() || moreRunOn > 0 || m.inversions() > b.inversions()
                || m.photoSmaller() > b.photoSmaller()) {
            return false;
        }
        return m.empty() <= b.empty() && m.photo() >= b.photo() && m.size() >= b.size()
                && (m.empty() < b.empty() || m.photo() > b.photo() || m.size() > b.size() || m.lines() > b.lines());
    }

    /** What {@link #leadTakesSlack} weighs of a plan, taken with the photos' caps it was made under. */
    private record Measures(int leftOut, int over, int continued, int inversions, int photoSmaller, int empty, int photo, double size,
                            int lines) {
    }

    /** The plan's measures as shaped now; null when it has no lead that grows, or no modules. */
    private Measures measures(Result r) {
        Shape lead = leadShape(r);
        if (r.placements().isEmpty() || lead == null) {
            return null;
        }
        return new Measures(r.leftOut().size(), oversetLines(r), continuedLines(r), inversions(r), leadPhotoSmaller(r, leadPhotoAreaPt(r)),
                emptyCells(r), photoCells(lead), headlineSizePt(lead), headlineLines(lead));
    }

    /**
     * True when the plan's lead could take more of the page: it has photos (taller within the crop
     * rule, or wider in a wider module), or, without photos, a headline that may take a line more.
     */
    private boolean leadMayGrow(Result r) {
        for (Placement p : r.placements()) {
            Copy copy = copies.get(p.article());
            if (!copy.headGrows) {
                continue;
            }
            Shape s = shape(p.article(), p.span(), p.lines(), p.separator());
            if (s == null) {
                return false;
            }
            if (!copy.photos.isEmpty()) {
                return true;
            }
            Copy.Head longer = copy.longerHead(grid.spanWidthPt(p.span()));
            return longer != null && longer.lines().size() > s.head().lines().size();
        }
        return false;
    }

    /** The plan's empty cells: the underset of its modules. */
    private int emptyCells(Result r) {
        return sumOfShapes(r, Shape::undersetLines);
    }

    /** The shape of the page's lead in plan {@code r} (the story whose head may grow), or null. */
    private Shape leadShape(Result r) {
        for (Placement p : r.placements()) {
            if (copies.get(p.article()).headGrows) {
                return shape(p.article(), p.span(), p.lines(), p.separator());
            }
        }
        return null;
    }

    /** Grid cells a shape's photos take (image lines across each row's span). */
    private static int photoCells(Shape s) {
        int cells = 0;
        for (Shape.Row r : s.rows()) {
            cells += r.imageLines() * r.span();
        }
        return cells;
    }

    private static double headlineSizePt(Shape s) {
        for (int i = 0; i < s.head().roles().size(); i++) {
            if (s.head().roles().get(i) == HeadLine.Role.HEADLINE) {
                return s.head().styles().get(i).sizePt();
            }
        }
        return 0;
    }

    private static int headlineLines(Shape s) {
        return (int) s.head().roles().stream().filter(r -> r == HeadLine.Role.HEADLINE).count();
    }

    /**
     * A plan whose inversions the repair left, planned again with a story that stands lower than
     * a lesser one beside it moved one place up the search's order (exchanged with the story
     * before it, never with the first): the search gives a region's top or left part a run of the
     * order, so a story is never tried above or left of the one before it, which is what lets it
     * start level with its neighbours on some pages (edition page 7: the third story down the
     * left side beside the second). The stories so inverted are tried from the highest priority,
     * {@link #REORDER_TRIES} at most. A plan is taken when it has fewer inversions, nothing more
     * left out, over or run on, no first-priority photo smaller, and is no more than 5% empty
     * unless the plan it replaces was emptier. Each is searched with an inversion at its full cost.
     */
    private Result reordered(Result plan) {
        Result best = plan;
        double was = hierarchyWeight;
        hierarchyWeight = INVERSION_COST;
        try {
            int tries = copies.size() > REORDER_MAX_ARTICLES ? 0 : REORDER_TRIES;
            for (int k : exchanges(best)) {
                if (tries-- <= 0 || inversions(best) == 0) {
                    break;
                }
                exchanged = k;
                Result r = repair(planFitFirst());
                exchanged = -1;
                double empty = emptyPercent(r);
                if (inversions(r) < inversions(best) && r.leftOut().size() <= best.leftOut().size() && oversetLines(r) <= oversetLines(best)
                        && !runsOnMore(r, best) && leadPhotoSmaller(r, leadPhotoAreaPt(r)) <= leadPhotoSmaller(best, leadPhotoAreaPt(best))
                        && (empty <= LayoutAudit.EMPTY_GRID_WARNING_PERCENT || empty <= emptyPercent(best))) {
                    best = r;
                }
            }
        } finally {
            exchanged = -1;
            hierarchyWeight = was;
        }
        return best;
    }

    /**
     * The places in the search's order (of the articles it can place) to exchange with the next
     * so that a story set lower than a lesser one beside it comes one place earlier: from the
     * story of highest priority so set, each place once, never the first.
     */
    private List<Integer> exchanges(Result r) {
        int[] position = new int[copies.size()];
        int n = 0;
        for (int i = 0; i < copies.size(); i++) {
            position[i] = cells.unplaceable(i) ? -1 : n++;
        }
        TreeSet<Integer> inverted = new TreeSet<>(); // by article index: the search's order, priority first
        for (Placement a : r.placements()) {
            for (Placement b : r.placements()) {
                if (inverted(a, b)) {
                    inverted.add(a.article());
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int a : inverted) {
            int k = position[a] - 1;
            if (k >= 1 && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Searches {@link #reordered} makes at most, each as dear as the page's own: one, for the
     * story of highest priority left inverted. Two left 41 inversions on 60 generated pages, not
     * 49, at twice the cost on the pages that have them (20 generated tabloids of 12 articles took
     * 1.6 times as long to compose as without them, against 1.3 times with one).
     */
    static final int REORDER_TRIES = 1;
    /**
     * Pages of more articles are not planned again so: their search takes hundreds of
     * milliseconds, and on generated broadsheets of 20 articles a search again took 5 of 125
     * inversions off at 1.7 times the planning time.
     */
    static final int REORDER_MAX_ARTICLES = 12;

    /** The place in the search's order whose story is exchanged with the next ({@link #reordered}); -1: none. */
    private int exchanged = -1;

    /**
     * A plan's hierarchy inversions repaired module by module, where the search could not: it
     * gives a split's left part a prefix of the priority order, so a story that belongs in the
     * right part's module (or above a lesser story stacked with it) is never tried there. Two
     * modules' stories are exchanged, or two modules stacked in the same columns change places,
     * whenever that leaves fewer inversions and a plan {@link #better} by every measure (nothing
     * more left out, over or run on, and a lower cost). The moves are tried in the plan's order
     * and the best of each round is taken: the same plan always gets the same repair.
     */
    private Result repair(Result plan) {
        Result best = plan;
        double bestCost = cost(plan);
        int inversions = inversions(plan);
        for (int round = 0; round < REPAIR_ROUNDS && inversions > 0; round++) {
            Result found = null;
            double foundCost = 0;
            int foundInversions = 0;
            List<Placement> ps = best.placements();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    for (List<Placement> moved : moves(ps, i, j)) {
                        Result r = new Result(moved, best.leftOut());
                        int n = inversions(r);
                        if (n >= inversions || !allShaped(moved)) {
                            continue;
                        }
                        double c = cost(r);
                        if (better(r, c, best, bestCost) && (found == null || better(r, c, found, foundCost))) {
                            found = r;
                            foundCost = c;
                            foundInversions = n;
                        }
                    }
                }
            }
            if (found == null) {
                break;
            }
            best = found;
            bestCost = foundCost;
            inversions = foundInversions;
        }
        return best;
    }

    /** True when every module of {@code ps} can hold its story's head (the counts of {@link #better} skip one that cannot). */
    private boolean allShaped(List<Placement> ps) {
        for (Placement p : ps) {
            if (shape(p.article(), p.span(), p.lines(), p.separator()) == null) {
                return false;
            }
        }
        return true;
    }

    /** Rounds of {@link #repair} at most: each takes at least one inversion off, and a page has few left. */
    static final int REPAIR_ROUNDS = 4;

    /**
     * The plans one move away from {@code ps} for its modules {@code i} and {@code j}: their
     * stories exchanged (each taking the other's module), and, when the two are stacked in the
     * same columns, the two modules changing places (the lower one moved up, each keeping its
     * height). A module keeps its place in the list, so the list stays in reading order.
     */
    private List<List<Placement>> moves(List<Placement> ps, int i, int j) {
        Placement a = ps.get(i);
        Placement b = ps.get(j);
        List<List<Placement>> out = new ArrayList<>(2);
        List<Placement> swapped = new ArrayList<>(ps);
        swapped.set(i, new Placement(b.article(), a.column(), a.span(), a.line(), a.lines(), a.separator()));
        swapped.set(j, new Placement(a.article(), b.column(), b.span(), b.line(), b.lines(), b.separator()));
        out.add(swapped);
        if (a.column() == b.column() && a.span() == b.span() && a.lines() != b.lines()
                && (a.line() + a.lines() == b.line() || b.line() + b.lines() == a.line())) {
            Placement upper = a.line() < b.line() ? a : b;
            Placement lower = upper == a ? b : a;
            List<Placement> restacked = new ArrayList<>(ps);
            Placement up = new Placement(lower.article(), upper.column(), upper.span(), upper.line(), lower.lines(), upper.separator());
            Placement down = new Placement(upper.article(), upper.column(), upper.span(), upper.line() + lower.lines(), upper.lines(),
                    lower.separator());
            restacked.set(upper == a ? i : j, up);
            restacked.set(upper == a ? j : i, down);
            out.add(restacked);
        }
        return out;
    }

    /**
     * What an inversion costs in this page's plans: {@link #INVERSION_COST}, less on a page that
     * would stay more than {@link LayoutAudit#EMPTY_GRID_WARNING_PERCENT} empty with it.
     */
    private double hierarchyWeight = INVERSION_COST;
    /**
     * The weights tried in turn on such a page (an inversion worth ten empty cells); the first
     * that fills the page to within the 5% is kept. Not less: on 24 generated pages, none made 3
     * more pages full enough at the cost of 28 more inversions.
     */
    static final double[] UNDERSET_INVERSION_COSTS = {INVERSION_COST / 10};

    /** Plans made again with the lesser stories' photos held to the lead's: once, and once more if the lead's then shrank. */
    static final int PHOTO_ROUNDS = 2;

    /** Photos widen ({@link Shape#of}) in this search, each article's photos held to {@code photoCaps} (null: none). */
    private boolean widen = true;
    private double[] photoCaps;

    private void use(boolean widen, double[] photoCaps) {
        this.widen = widen;
        this.photoCaps = photoCaps;
        shapes = new Object[copies.size() * (grid.columns() + 1)][];
        heights = new int[copies.size() * (grid.columns() + 1)][][];
    }

    /**
     * True when plan {@code a} leaves out fewer articles, else puts fewer lines over, else runs
     * fewer lines on to another page, else costs less than {@code b}.
     */
    private boolean better(Result a, double costA, Result b, double costB) {
        if (a.leftOut().size() != b.leftOut().size()) {
            return a.leftOut().size() < b.leftOut().size();
        }
        if (oversetLines(a) != oversetLines(b)) {
            return oversetLines(a) < oversetLines(b);
        }
        if (runsOnMore(a, b)) {
            return false;
        }
        if (runsOnMore(b, a)) {
            return true;
        }
        return costA < costB;
    }

    /**
     * What a whole plan costs as the search weighs it (its modules, and its hierarchy inversions
     * when the page weighs them), and a first-priority photo smaller than a lesser story's as
     * much as an inversion.
     */
    private double cost(Result r) {
        double c = 0;
        for (Placement p : r.placements()) {
            c += leafCost(p.article(), p.column(), p.line(), p.span(), p.lines(), p.separator());
        }
        return c + inversions(r) * hierarchyWeight + leadPhotoSmaller(r, leadPhotoAreaPt(r)) * LEAD_PHOTO_SMALLER_COST;
    }

    /** A first-priority story's photo smaller than a lesser story's: as bad as a hierarchy inversion. */
    static final double LEAD_PHOTO_SMALLER_COST = INVERSION_COST;

    /** The plan's empty cells as a share of the cells its articles have (the ads' not counted), in percent. */
    private double emptyPercent(Result r) {
        long area = (long) grid.columns() * regionLines - obstacleCells(0, regionTop, grid.columns(), regionLines);
        long empty = 0;
        for (Placement p : r.placements()) {
            Shape s = shape(p.article(), p.span(), p.lines(), p.separator());
            empty += s == null ? 0 : s.undersetLines();
        }
        return area <= 0 ? 0 : 100.0 * empty / area;
    }

    /**
     * True when {@code a} is set lower than {@code b} beside it (side by side, sharing lines) though
     * {@code a}'s story has the higher priority: a hierarchy inversion.
     */
    private boolean inverted(Placement a, Placement b) {
        boolean apart = a.column() + a.span() <= b.column() || b.column() + b.span() <= a.column();
        boolean shared = a.line() < b.line() + b.lines() && b.line() < a.line() + a.lines();
        return apart && shared && copies.get(a.article()).article.priority() < copies.get(b.article()).article.priority()
                && a.line() > b.line();
    }

    /** Hierarchy inversions of a whole plan: a story set lower than a story of lower priority beside it. */
    private int inversions(Result r) {
        int n = 0;
        for (Placement a : r.placements()) {
            for (Placement b : r.placements()) {
                if (inverted(a, b)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The area of the photo a first-priority story shows largest, the least over such stories
     * (square points; infinite when none has a photo): no lesser story's photo should pass it.
     */
    private double leadPhotoAreaPt(Result r) {
        int top = r.placements().stream().mapToInt(p -> copies.get(p.article()).article.priority()).min().orElse(0);
        double least = Double.POSITIVE_INFINITY;
        for (Placement p : r.placements()) {
            Shape s = shape(p.article(), p.span(), p.lines(), p.separator());
            if (copies.get(p.article()).article.priority() == top && s != null && !s.rows().isEmpty()) {
                least = Math.min(least, Shape.largestPhotoAreaPt(grid, s.rows()));
            }
        }
        return least;
    }

    /** The photos of lesser stories larger than {@code leadAreaPt} (as {@link LayoutAudit} counts them, to the square point). */
    private int leadPhotoSmaller(Result r, double leadAreaPt) {
        int top = r.placements().stream().mapToInt(p -> copies.get(p.article()).article.priority()).min().orElse(0);
        int n = 0;
        for (Placement p : r.placements()) {
            Shape s = shape(p.article(), p.span(), p.lines(), p.separator());
            if (copies.get(p.article()).article.priority() != top && s != null
                    && Shape.largestPhotoAreaPt(grid, s.rows()) > leadAreaPt + Shape.AREA_TOLERANCE_PT2) {
                n++;
            }
        }
        return n;
    }

    /**
     * The plan with the hierarchy weighed, unless that costs copy: weighing it can hide a plan
     * that fits (its parts are solved on their own), so one that puts more copy over, or leaves
     * more out, than the plan without that weight is never taken; and a page an article jumps
     * from keeps its copy first: what it sheds runs on and fills the page it jumps to.
     */
    private Result planFitFirst() {
        boolean jumps = copies.stream().anyMatch(Copy::jumps);
        inversionCost = hierarchyWeight;
        Result weighed = planOnce();
        if (!jumps && weighed.leftOut().isEmpty() && oversetLines(weighed) == 0) {
            return weighed;
        }
        inversionCost = 0;
        Result plain = planOnce();
        boolean plainBetter = plain.leftOut().size() < weighed.leftOut().size()
                || plain.leftOut().size() == weighed.leftOut().size() && oversetLines(plain) < oversetLines(weighed)
                // a page an article jumps from keeps its copy first: the hierarchy is kept only at little more run on
                || runsOnMore(weighed, plain);
        return plainBetter ? plain : weighed;
    }

    /**
     * True when plan {@code a} runs more copy on to another page than {@code b} does beyond what
     * keeping the hierarchy is worth: one line across the page's columns for each inversion
     * {@code a} has fewer (the page it jumps to takes the rest of a jumped story under a head
     * across the page: such a line is one more line of it there). A page an article jumps from
     * keeps its copy first, and what it sheds must fit on the page it jumps to.
     */
    private boolean runsOnMore(Result a, Result b) {
        int more = continuedLines(a) - continuedLines(b);
        return more > 0 && more > grid.columns() * Math.max(0, inversions(b) - inversions(a));
    }

    /** What a plan runs on to another page: the lines of its jumping articles that their modules do not keep. */
    private int continuedLines(Result r) {
        return sumOfShapes(r, Shape::continuedLines);
    }

    /** What a plan leaves over: the body lines its modules cannot hold. */
    private int oversetLines(Result r) {
        return sumOfShapes(r, Shape::oversetLines);
    }

    /** {@code of} summed over the shapes of the plan's modules (a module without a shape counts 0). */
    private int sumOfShapes(Result r, java.util.function.ToIntFunction<Shape> of) {
        int n = 0;
        for (Placement p : r.placements()) {
            Shape s = shape(p.article(), p.span(), p.lines(), p.separator());
            n += s == null ? 0 : of.applyAsInt(s);
        }
        return n;
    }

    /** The cost of a hierarchy inversion in the current search: {@link #INVERSION_COST}, or 0 when fit comes first. */
    private double inversionCost = INVERSION_COST;

    private Result planOnce() {
        List<Integer> leftOut = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            (cells.unplaceable(i) ? leftOut : candidates).add(i);
        }
        int[] base = candidates.stream().mapToInt(Integer::intValue).toArray();
        if (exchanged > 0 && exchanged + 1 < base.length) {
            int t = base[exchanged];
            base[exchanged] = base[exchanged + 1];
            base[exchanged + 1] = t;
        }
        // all the articles the page has room for, else the most of them (in priority order) that can be arranged
        int most = cells.mostThatFit(candidates, regionLines, obstacleCells(0, regionTop, grid.columns(), regionLines));
        Attempt found = attempt(base, most);
        if (found == null && placedBefore > 0 && placedBefore < most) {
            found = nearest(base, placedBefore, most);
        } else if (found == null) {
            int lo = 0;
            int hi = most;
            while (hi - lo > 1) {
                int k = (lo + hi) / 2;
                Attempt a = attempt(base, k);
                if (a != null) {
                    lo = k;
                    found = a;
                } else {
                    hi = k;
                }
            }
        }
        if (found != null) {
            placedBefore = found.placed();
        }
        if (found == null) {
            leftOut.addAll(candidates);
            leftOut.sort(null);
            return new Result(List.of(), leftOut);
        }
        for (int i = found.placed(); i < found.order().length; i++) {
            leftOut.add(found.order()[i]);
        }
        leftOut.sort(null);
        List<Placement> placements = new ArrayList<>();
        place(found.plan().placements(), 0, regionTop, placements);
        return new Result(placements, leftOut);
    }

    private record Attempt(int[] order, int placed, Plan plan) {
    }

    /**
     * How many articles the last search of this plan placed; 0 before one has. When a later
     * search of the plan (the same page, other weights) cannot place them all, it looks for the
     * most it can from there rather than halving from the start: on generated pages of 30 to 100
     * articles each such search took six attempts, two of them run to the node budget without
     * a plan, and now takes two or three (38.9 million regions opened on the ten pages → 27.1
     * million, the plans the same).
     */
    private int placedBefore;

    /**
     * The most articles of {@code base}, fewer than {@code most} (which has no plan), that have a
     * plan, looked for from {@code near}: up while the next has one, else down until one does.
     * It lands where halving would whenever the page has a plan of {@code near} articles and
     * none of one more, which is what the plan's earlier search found.
     */
    private Attempt nearest(int[] base, int near, int most) {
        Attempt found = attempt(base, near);
        if (found != null) {
            for (int k = near + 1; k < most; k++) {
                Attempt a = attempt(base, k);
                if (a == null) {
                    break;
                }
                found = a;
            }
            return found;
        }
        for (int k = near - 1; k > 0 && found == null; k--) {
            found = attempt(base, k);
        }
        return found;
    }

    /** The best plan of the first {@code k} articles of {@code base}, pinned ones tried at every place; null when none. */
    private Attempt attempt(int[] base, int k) {
        if (k <= 0) {
            return null;
        }
        int[] bestOrder = base;
        Plan best = solveOrder(base, k);
        if (pinned) {
            for (int i = 0; i < k; i++) {
                int a = base[i];
                if (copies.get(a).article.place() == null) {
                    continue;
                }
                int[] from = bestOrder;
                for (int at = 0; at < k; at++) {
                    int[] trial = moved(from, a, at, k);
                    Plan p = solveOrder(trial, k);
                    if (p != null && (best == null || p.cost() < best.cost())) {
                        best = p;
                        bestOrder = trial;
                    }
                }
            }
        }
        return best == null ? null : new Attempt(bestOrder, k, best);
    }

    /** The best plan of the first {@code k} articles of {@code trial}, or null when none has a module for each. */
    private Plan solveOrder(int[] trial, int k) {
        order = trial;
        count = k;
        minPrefix = new long[(grid.columns() + 1) * (k + 1)];
        maxPrefix = new long[(grid.columns() + 1) * (k + 1)];
        for (int w = 1; w <= grid.columns(); w++) {
            for (int i = 0; i < k; i++) {
                minPrefix[w * (k + 1) + i + 1] = minPrefix[w * (k + 1) + i] + cells.min(order[i], w);
                maxPrefix[w * (k + 1) + i + 1] = maxPrefix[w * (k + 1) + i] + cells.max(order[i], w);
            }
        }
        memo.clear();
        cutMemo.clear();
        rowMemo.clear();
        nodes = 0;
        rowNodes = 0;
        rowSteps = 0;
        Plan p = solve(0, regionTop, grid.columns(), regionLines, 0, k, regionTop == 0, INFEASIBLE);
        return p == null || p.cost() >= INFEASIBLE ? null : p;
    }

    /** {@code order} with article {@code article} taken out of its first {@code k} and put back at position {@code at}. */
    private static int[] moved(int[] order, int article, int at, int k) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (order[i] != article) {
                list.add(order[i]);
            }
        }
        list.add(at, article);
        for (int i = k; i < order.length; i++) {
            list.add(order[i]);
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    Shape shape(int article, int span, int lines, boolean separator) {
        if (span < 0 || span > grid.columns() || lines < 0 || lines > grid.lines()) {
            return newShape(article, span, lines, separator); // not a module of this grid: never asked twice by the search
        }
        Object[] row = shapes[article * (grid.columns() + 1) + span];
        if (row == null) {
            row = new Object[(grid.lines() + 1) * 2];
            shapes[article * (grid.columns() + 1) + span] = row;
        }
        int i = lines * 2 + (separator ? 1 : 0);
        Object known = row[i];
        if (known == null) {
            Shape s = newShape(article, span, lines, separator);
            row[i] = s == null ? NO_SHAPE : s;
            return s;
        }
        return known == NO_SHAPE ? null : (Shape) known;
    }

    private Shape newShape(int article, int span, int lines, boolean separator) {
        return Shape.of(copies.get(article), grid, captions, span, lines, separator,
                photoCaps == null ? Double.POSITIVE_INFINITY : photoCaps[article], widen);
    }

    /**
     * A lower bound of the cost of placing articles {@code [from, to)} in a region {@code w × h}:
     * the cells they need at least beyond the region's area are overset, the cells they can fill
     * at most short of it are empty; and more articles than modules fit cannot be placed at all.
     */
    /**
     * The least cost of filling {@code area} cells with stories whose modules take {@code least}
     * to {@code most} cells in all: what must run over, and what must stay empty; infeasible when
     * one of them cannot be placed at this width.
     */
    private static double bound(long area, long least, long most) {
        if (least >= Cells.UNPLACEABLE) {
            return INFEASIBLE;
        }
        double bound = 0;
        if (least > area) {
            bound += (least - area) * OVERSET_COST;
        }
        if (most < area) {
            bound += area - most;
        }
        return bound;
    }

    private double lowerBound(int x, int y, int w, int h, int from, int to) {
        long area = (long) w * h - obstacleCells(x, y, w, h);
        if (to - from > area / MIN_MODULE_LINES) {
            return INFEASIBLE;
        }
        int row = w * (count + 1);
        long least = minPrefix[row + to] - minPrefix[row + from];
        long most = maxPrefix[row + to] - maxPrefix[row + from];
        return bound(area, least, most);
    }

    /**
     * The best plan of articles {@code [from, to)} in the region at {@code (x, y)}, {@code w × h}
     * cells, that costs less than {@code budget}; null when there is none.
     */
    private Plan solve(int x, int y, int w, int h, int from, int to, boolean top, double budget) {
        return solve(x, y, w, h, from, to, top, budget, Cuts.NONE);
    }

    /**
     * The same, with grid lines no module may run across ({@code cuts}, as {@link Cuts} packs
     * them, relative to the region's top): where a story of higher priority starts beside the
     * region, so that no story of lower priority in it stands higher while sharing its lines.
     */
    private Plan solve(int x, int y, int w, int h, int from, int to, boolean top, double budget, long cuts) {
        long region = pinned ? Key.region(x, y, w, h, from, to, top) : Key.region(0, 0, w, h, from, to, top);
        Memo memo = cuts == Cuts.NONE ? this.memo : cutMemo.get(cuts);
        if (memo == null) {
            memo = new Memo();
            cutMemo.put(cuts, memo);
        }
        long key = region;
        int at = memo.find(key);
        double known = 0;
        if (at >= 0) {
            // a plan's entry holds its cost as its bound: a plan as dear as the budget is no plan within it
            known = memo.bound(at);
            if (known >= budget) {
                return null;
            }
            Plan plan = memo.plan(at);
            if (plan != null) {
                return plan;
            }
        }
        double bound = lowerBound(x, y, w, h, from, to);
        if (bound >= budget) {
            memo.put(key, Math.max(bound, known), null);
            return null;
        }
        nodes++;
        Plan best = null;
        double limit = budget;
        List<int[]> in = obstaclesIn(x, y, w, h);
        if (!in.isEmpty()) {
            best = solveAround(x, y, w, h, from, to, top, limit, in);
        } else if (to == from) {
            best = null; // a region of the page with nothing in it: never left so
        } else if (to - from == 1) {
            double c = Cuts.across(cuts, h) ? INFEASIBLE : leafCost(order[from], x, y, w, h, !top);
            if (c < limit) {
                best = new Plan(c, List.of(new Placement(order[from], 0, w, 0, h, !top)));
            }
        } else {
            int[] heights = stackHeights(order[from], w, h, top);
            if (cuts != Cuts.NONE) {
                // a module may end on a cut though it is not balanced there: the story beside it starts there
                int first = Cuts.lines(cuts).first();
                if (first >= MIN_MODULE_LINES && first <= h - MIN_MODULE_LINES) {
                    Shape s = shape(order[from], w, first, !top);
                    if (s != null && s.oversetLines() == 0) {
                        TreeSet<Integer> with = new TreeSet<>();
                        for (int h1 : heights) {
                            with.add(h1);
                        }
                        with.add(first);
                        heights = with.stream().mapToInt(Integer::intValue).toArray();
                    }
                }
            }
            for (int h1 : heights) {
                if (nodes > NODE_BUDGET) {
                    break;
                }
                if (Cuts.across(cuts, h1)) {
                    continue;
                }
                double c = leafCost(order[from], x, y, w, h1, !top);
                if (c + lowerBound(x, y + h1, w, h - h1, from + 1, to) >= limit) {
                    continue;
                }
                Plan rest = solve(x, y + h1, w, h - h1, from + 1, to, false, limit - c, Cuts.below(cuts, h1));
                if (rest != null && c + rest.cost() < limit) {
                    List<Placement> ps = new ArrayList<>();
                    ps.add(new Placement(order[from], 0, w, 0, h1, !top));
                    place(rest.placements(), 0, h1, ps);
                    best = new Plan(c + rest.cost(), ps);
                    limit = best.cost();
                }
            }
            for (int mid = from + 1; mid < to; mid++) {
                boolean inverted = false;
                for (int left : leftWidths(w, from, mid, to)) {
                    if (nodes > NODE_BUDGET) {
                        break;
                    }
                    double boundLeft = lowerBound(x, y, left, h, from, mid);
                    double boundRight = lowerBound(x + left, y, w - left, h, mid, to);
                    if (boundLeft + boundRight >= limit) {
                        continue;
                    }
                    Plan l = solve(x, y, left, h, from, mid, top, limit - boundRight, cuts);
                    if (l == null) {
                        continue;
                    }
                    Plan r = solve(x + left, y, w - left, h, mid, to, top, limit - l.cost(), cuts);
                    double c = r == null ? INFEASIBLE : l.cost() + r.cost() + inversions(l, r, left) * inversionCost;
                    // worth solving together only when the inversions are what keeps this split from the best plan
                    inverted |= r != null && c > l.cost() + r.cost() && l.cost() + r.cost() < limit;
                    // only when the right part without inversions could still beat the best plan: cuts never make it cheaper
                    long rightCuts = r == null || c - l.cost() - r.cost() == 0 || l.cost() + r.cost() >= limit ? cuts
                            : Cuts.merge(cuts, higherStarts(l, to));
                    if (rightCuts != cuts) {
                        // the right part again, cut where the left part's stories of higher priority start
                        Plan even = solve(x + left, y, w - left, h, mid, to, top, Math.min(limit, c) - l.cost(), rightCuts);
                        if (even != null) {
                            double ce = l.cost() + even.cost() + inversions(l, even, left) * inversionCost;
                            if (ce < c) {
                                r = even;
                                c = ce;
                            }
                        }
                    }
                    if (c < limit) {
                        List<Placement> ps = new ArrayList<>(l.placements());
                        place(r.placements(), left, 0, ps);
                        best = new Plan(c, ps);
                        limit = best.cost();
                    }
                }
                if (inverted && rows && cuts == Cuts.NONE && inversionCost > 0 && nodes <= NODE_BUDGET && rowsSpent() < ROWS_WORK_BUDGET) {
                    // each side solved on its own put a story below a lesser one beside it: both sides solved together,
                    // row by row, each of the left side's stories heading a row of its own beside some of the right's
                    Plan rows = solveRows(x, y, w, h, from, mid, mid, to, top, limit);
                    if (rows != null && rows.cost() < limit) {
                        best = rows;
                        limit = best.cost();
                    }
                }
            }
        }
        memo.put(key, best != null ? best.cost() : budget, best);
        return best;
    }

    /**
     * The two sides of a split down a region solved together: the left side's articles
     * {@code [a, b)} (of higher priority) and the right side's {@code [c, d)}, set in rows across
     * the region, each row headed on its left by the next of the left side's articles with the
     * next few of the right side's beside it; what is left of either side goes under the last
     * row, or the two rests side by side as a plain split. A row's stories share no line with
     * another row's, so no story is set lower than a lesser story beside it across the split: the
     * cut lines of the left side become the right side's, which solving each side alone cannot
     * find when the left side's best heights are not ones the right side can end on.
     */
    private Plan solveRows(int x, int y, int w, int h, int a, int b, int c, int d, boolean top, double budget) {
        if (rowsDepth++ == 0) {
            rowsEntry = nodes;
        }
        try {
            return solveRowsIn(x, y, w, h, a, b, c, d, top, budget);
        } finally {
            if (--rowsDepth == 0) {
                rowNodes += nodes - rowsEntry;
            }
        }
    }

    /** The work the rows of this order's search have taken so far (candidates weighed, nodes taken), that of the rows being solved included. */
    private long rowsSpent() {
        return rowNodes + rowSteps + (rowsDepth > 0 ? nodes - rowsEntry : 0);
    }

    /** {@link #solveRows}, its nodes counted by the caller. */
    private Plan solveRowsIn(int x, int y, int w, int h, int a, int b, int c, int d, boolean top, double budget) {
        long key = pinned ? Key.region(x, y, w, h, a, b, top) : Key.region(0, 0, w, h, a, b, top);
        Memo memo = rowMemo.get((long) c << 7 | d);
        if (memo == null) {
            memo = new Memo();
            rowMemo.put((long) c << 7 | d, memo);
        }
        int at = memo.find(key);
        double known = 0;
        if (at >= 0) {
            // a plan's entry holds its cost as its bound: a plan as dear as the budget is no plan within it
            known = memo.bound(at);
            if (known >= budget) {
                return null;
            }
            Plan plan = memo.plan(at);
            if (plan != null) {
                return plan;
            }
        }
        double bound = lowerBound(x, y, w, h, a, b, c, d);
        if (bound >= budget) {
            memo.put(key, Math.max(bound, known), null);
            return null;
        }
        nodes++;
        Plan best = null;
        double limit = budget;
        // one row: the two sides side by side, as the plain split sets them
        for (int left : leftWidths(w, a, b, c, d)) {
            if (nodes > NODE_BUDGET || rowsSpent() > ROWS_WORK_BUDGET) {
                break;
            }
            rowSteps++;
            double boundRight = lowerBound(x + left, y, w - left, h, c, d);
            if (lowerBound(x, y, left, h, a, b) + boundRight >= limit) {
                continue;
            }
            Plan l = solve(x, y, left, h, a, b, top, limit - boundRight);
            if (l == null) {
                continue;
            }
            Plan r = solve(x + left, y, w - left, h, c, d, top, limit - l.cost());
            if (r == null) {
                continue;
            }
            double cost = l.cost() + r.cost() + inversions(l, r, left) * inversionCost;
            if (cost < limit) {
                List<Placement> ps = new ArrayList<>(l.placements());
                place(r.placements(), left, 0, ps);
                best = new Plan(cost, ps);
                limit = cost;
            }
        }
        // a row of its own for the left side's first article, beside the right side's next ones
        int head = order[a];
        for (int left : leftWidths(w, a, a + 1, c, d)) {
            for (int h1 : rowHeights(head, left, h, top)) {
                if (nodes > NODE_BUDGET || rowsSpent() > ROWS_WORK_BUDGET) {
                    break;
                }
                if (!obstaclesIn(x, y, left, h1).isEmpty()) {
                    continue;
                }
                double ch = leafCost(head, x, y, left, h1, !top);
                if (ch >= limit) {
                    continue;
                }
                for (int m = c + 1; m <= d; m++) {
                    if (m == d && a + 1 == b) {
                        continue; // nothing left for the rows below
                    }
                    rowSteps++;
                    double boundRest = a + 1 == b ? lowerBound(x, y + h1, w, h - h1, m, d)
                            : m == d ? lowerBound(x, y + h1, w, h - h1, a + 1, b)
                            : lowerBound(x, y + h1, w, h - h1, a + 1, b, m, d);
                    double boundRight = lowerBound(x + left, y, w - left, h1, c, m);
                    if (ch + boundRight + boundRest >= limit) {
                        continue;
                    }
                    Plan r = solve(x + left, y, w - left, h1, c, m, top, limit - ch - boundRest);
                    if (r == null) {
                        continue;
                    }
                    double room = limit - ch - r.cost();
                    Plan rest = a + 1 == b ? solve(x, y + h1, w, h - h1, m, d, false, room)
                            : m == d ? solve(x, y + h1, w, h - h1, a + 1, b, false, room)
                            : solveRows(x, y + h1, w, h - h1, a + 1, b, m, d, false, room);
                    if (rest == null) {
                        continue;
                    }
                    double cost = ch + r.cost() + rest.cost();
                    if (cost < limit) {
                        List<Placement> ps = new ArrayList<>();
                        ps.add(new Placement(head, 0, left, 0, h1, !top));
                        place(r.placements(), left, 0, ps);
                        place(rest.placements(), 0, h1, ps);
                        best = new Plan(cost, ps);
                        limit = cost;
                    }
                }
            }
        }
        memo.put(key, best != null ? best.cost() : budget, best);
        return best;
    }

    /**
     * The heights a row headed by {@code article} may take: those at which it ends balanced
     * ({@link #stackHeights}) and the few lines above the least that holds its text, so that the
     * row can end where the stories beside it end too (the lines it leaves empty are counted as
     * any module's are).
     */
    private int[] rowHeights(int article, int width, int height, boolean top) {
        int[] stack = stackHeights(article, width, height, top); // shared: read only
        int least = stack.length == 0 ? height : stack[0];
        // the stack's heights and the few above the least, ascending, each once
        java.util.TreeSet<Integer> hs = new java.util.TreeSet<>();
        for (int h : stack) {
            hs.add(h);
        }
        for (int h = least + 1; h <= Math.min(least + ROW_SLACK, height - MIN_MODULE_LINES); h++) {
            hs.add(h);
        }
        return hs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lines a row's head may run taller than the least that holds it, to end level with the stories beside it. */
    static final int ROW_SLACK = 2;

    /**
     * The work rows may take in one order's search ({@link #rowsSpent}: the candidates they weigh
     * and the nodes of the regions they solve); past it the search goes on without them. Rows weigh
     * every width, height and run of stories beside a row, and the node budget does not count
     * those: unbounded, they made planning generated pages of 20 articles 2.7 times dearer (median
     * 0.57 s → 1.53 s). With this bound those pages cost about a tenth more than without rows, and
     * 20 generated pages of 12 articles are planned as unbounded (at 50,000 six more inversions).
     */
    static final long ROWS_WORK_BUDGET = 100_000;

    /** {@link #lowerBound(int, int, int, int, int, int)} for the articles {@code [a, b)} and {@code [c, d)} together. */
    private double lowerBound(int x, int y, int w, int h, int a, int b, int c, int d) {
        long area = (long) w * h - obstacleCells(x, y, w, h);
        if (b - a + d - c > area / MIN_MODULE_LINES) {
            return INFEASIBLE;
        }
        int row = w * (count + 1);
        long least = minPrefix[row + b] - minPrefix[row + a] + minPrefix[row + d] - minPrefix[row + c];
        long most = maxPrefix[row + b] - maxPrefix[row + a] + maxPrefix[row + d] - maxPrefix[row + c];
        return bound(area, least, most);
    }

    /**
     * The lines, relative to the region's top, where the left part's stories start below its
     * top while a story of lower priority is to go right of them: the right part keeps no
     * module across those lines, so none of its stories stands higher beside them.
     */
    private long higherStarts(Plan left, int to) {
        int lowest = copies.get(order[to - 1]).article.priority();
        java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        for (Placement a : left.placements()) {
            if (a.line() > 0 && copies.get(a.article()).article.priority() < lowest) {
                lines.add(a.line());
            }
        }
        return Cuts.of(lines);
    }

    /**
     * Hierarchy inversions across a cut down the region: a story set lower than a story of lower
     * priority (a higher number) beside it, sharing some of its lines. Every pair side by side is
     * split by exactly one such cut, so each is counted once.
     */
    private int inversions(Plan left, Plan right, int rightColumn) {
        int n = 0;
        for (Placement a : left.placements()) {
            int pa = copies.get(a.article()).article.priority();
            for (Placement b : right.placements()) {
                if (a.line() >= b.line() + b.lines() || b.line() >= a.line() + a.lines()) {
                    continue; // not beside each other
                }
                int pb = copies.get(b.article()).article.priority();
                if (pa < pb && a.line() > b.line() || pb < pa && b.line() > a.line()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The obstacles that meet the region. */
    private List<int[]> obstaclesIn(int x, int y, int w, int h) {
        if (obstacles.isEmpty()) {
            return List.of(); // asked at every region: most pages have no ads
        }
        List<int[]> in = new ArrayList<>();
        for (int[] o : obstacles) {
            if (o[0] < x + w && x < o[0] + o[2] && o[1] < y + h && y < o[1] + o[3]) {
                in.add(o);
            }
        }
        return in;
    }

    private long obstacleCells(int x, int y, int w, int h) {
        long cells = 0;
        for (int[] o : obstaclesIn(x, y, w, h)) {
            int cw = Math.min(x + w, o[0] + o[2]) - Math.max(x, o[0]);
            int ch = Math.min(y + h, o[1] + o[3]) - Math.max(y, o[1]);
            cells += (long) cw * ch;
        }
        return cells;
    }

    /**
     * A region with obstacles in it: the region that is one obstacle whole holds no article and
     * costs nothing; any other is cut along an obstacle's edge, across or down, each part taking
     * the articles before or after a point of the order (a part may be an obstacle alone); a
     * first article may also take the full width above the highest obstacle.
     */
    private Plan solveAround(int x, int y, int w, int h, int from, int to, boolean top, double budget, List<int[]> in) {
        if (in.size() == 1 && in.get(0)[0] == x && in.get(0)[1] == y && in.get(0)[2] == w && in.get(0)[3] == h) {
            return from == to && 0 < budget ? new Plan(0, List.of()) : null;
        }
        Plan best = null;
        double limit = budget;
        java.util.TreeSet<Integer> downs = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> acrosses = new java.util.TreeSet<>();
        for (int[] o : in) {
            downs.add(o[0] - x);
            downs.add(o[0] + o[2] - x);
            acrosses.add(o[1] - y);
            acrosses.add(o[1] + o[3] - y);
        }
        for (int c : downs) {
            if (c <= 0 || c >= w || crosses(in, x + c, true)) {
                continue;
            }
            for (int mid = from; mid <= to; mid++) {
                if (nodes > NODE_BUDGET) {
                    return best;
                }
                Plan l = solve(x, y, c, h, from, mid, top, limit - lowerBound(x + c, y, w - c, h, mid, to));
                if (l == null) {
                    continue;
                }
                Plan r = solve(x + c, y, w - c, h, mid, to, top, limit - l.cost());
                double cost = r == null ? INFEASIBLE : l.cost() + r.cost() + inversions(l, r, c) * inversionCost;
                if (cost < limit) {
                    List<Placement> ps = new ArrayList<>(l.placements());
                    place(r.placements(), c, 0, ps);
                    best = new Plan(cost, ps);
                    limit = best.cost();
                }
                if (rows && r != null && cost > l.cost() + r.cost() && l.cost() + r.cost() < limit && from < mid && mid < to && inversionCost > 0
                        && rowsSpent() < ROWS_WORK_BUDGET) {
                    // as in a region without obstacles: both sides together, in rows
                    Plan rows = solveRows(x, y, w, h, from, mid, mid, to, top, limit);
                    if (rows != null && rows.cost() < limit) {
                        best = rows;
                        limit = best.cost();
                    }
                }
            }
        }
        for (int c : acrosses) {
            if (c <= 0 || c >= h || crosses(in, y + c, false)) {
                continue;
            }
            for (int mid = from; mid <= to; mid++) {
                if (nodes > NODE_BUDGET) {
                    return best;
                }
                Plan t = solve(x, y, w, c, from, mid, top, limit - lowerBound(x, y + c, w, h - c, mid, to));
                if (t == null) {
                    continue;
                }
                Plan b = solve(x, y + c, w, h - c, mid, to, false, limit - t.cost());
                if (b != null && t.cost() + b.cost() < limit) {
                    List<Placement> ps = new ArrayList<>(t.placements());
                    place(b.placements(), 0, c, ps);
                    best = new Plan(t.cost() + b.cost(), ps);
                    limit = best.cost();
                }
            }
        }
        if (from < to) {
            int clear = in.stream().mapToInt(o -> o[1] - y).min().orElse(h);
            for (int h1 : stackHeights(order[from], w, Math.min(h, clear + MIN_MODULE_LINES), top)) {
                if (h1 > clear || nodes > NODE_BUDGET) {
                    continue;
                }
                double c = leafCost(order[from], x, y, w, h1, !top);
                if (c >= limit) {
                    continue;
                }
                Plan rest = solve(x, y + h1, w, h - h1, from + 1, to, false, limit - c);
                if (rest != null && c + rest.cost() < limit) {
                    List<Placement> ps = new ArrayList<>();
                    ps.add(new Placement(order[from], 0, w, 0, h1, !top));
                    place(rest.placements(), 0, h1, ps);
                    best = new Plan(c + rest.cost(), ps);
                    limit = best.cost();
                }
            }
        }
        return best;
    }

    /** True when a cut at {@code at} (a column edge when {@code down}, else a line edge) runs through an obstacle. */
    private static boolean crosses(List<int[]> in, int at, boolean down) {
        for (int[] o : in) {
            int start = down ? o[0] : o[1];
            int size = down ? o[2] : o[3];
            if (start < at && at < start + size) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widths to try for the left part of a split, nearest first to the share of the cells
     * its articles need: good plans are found early, and their cost bounds the rest.
     */
    private int[] leftWidths(int w, int from, int mid, int to) {
        return leftWidths(w, from, mid, mid, to);
    }

    /** The same for a left side of the articles {@code [a, b)} and a right side of {@code [c, d)}. */
    private int[] leftWidths(int w, int a, int b, int c, int d) {
        int row = w * (count + 1);
        double need = minPrefix[row + b] - minPrefix[row + a];
        double all = need + minPrefix[row + d] - minPrefix[row + c];
        double share = all <= 0 || all >= Cells.UNPLACEABLE ? w / 2.0 : w * need / all;
        // nearest the share first, the narrower of two as near; sorted by insertion (a few columns, asked at every split)
        int[] out = new int[Math.max(0, w - 1)];
        for (int i = 0; i < out.length; i++) {
            int width = i + 1;
            int j = i;
            while (j > 0 && nearer(width, out[j - 1], share)) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = width;
        }
        return out;
    }

    /** True when width {@code a} comes before width {@code b}: nearer {@code share}, or as near and narrower. */
    private static boolean nearer(int a, int b, double share) {
        int c = Double.compare(Math.abs(a - share), Math.abs(b - share));
        return c != 0 ? c < 0 : a < b;
    }

    /** Plans hold placements relative to their region; this shifts them by {@code (column, line)}. */
    private static void place(List<Placement> relative, int column, int line, List<Placement> out) {
        for (Placement r : relative) {
            out.add(new Placement(r.article(), r.column() + column, r.span(), r.line() + line, r.lines(), r.separator()));
        }
    }

    /**
     * Heights at which an article placed full width at the top of a region ends balanced, leaving
     * room below; and the first height that holds all its text, balanced or not: a short
     * article's tightest module (the least a module may be, or the room its photo takes) can
     * leave a whole line empty, and without it such an article could only fill a region alone.
     */
    private int[] stackHeights(int article, int width, int height, boolean top) {
        // the same region's stack is tried again and again in a search: its heights are worked out once (with the shapes)
        int[][] row = heights[article * (grid.columns() + 1) + width];
        if (row == null) {
            row = new int[(grid.lines() + 1) * 2][];
            heights[article * (grid.columns() + 1) + width] = row;
        }
        int i = height * 2 + (top ? 1 : 0);
        if (row[i] == null) {
            row[i] = stackHeightsOf(article, width, height, top);
        }
        return row[i];
    }

    /** The heights {@link #stackHeights} gives, in ascending order, worked out. */
    private int[] stackHeightsOf(int article, int width, int height, boolean top) {
        int[] hs = new int[Math.max(0, height - 2 * MIN_MODULE_LINES + 1)];
        int n = 0;
        // without photos each line more leaves one more line empty in every column; a photo may take it up
        Copy copy = copies.get(article);
        boolean textOnly = copy.photos.isEmpty();
        int lastUnder = Integer.MAX_VALUE;
        int lastGrown = -1;
        for (int h = MIN_MODULE_LINES; h <= height - MIN_MODULE_LINES; h++) {
            Shape s = shape(article, width, h, !top);
            if (s == null) {
                continue;
            }
            if (s.oversetLines() == 0) {
                // the page's lead also ends where a line more goes to its photos or its headline, balanced or not: slack
                // goes to the lead first, so the lead may stand taller than the least that holds it and the stories below
                // take the lines it gives up
                int grown = copy.headGrows && leadGrows ? grownCells(s) : -1;
                if (s.undersetLines() < width || lastUnder == Integer.MAX_VALUE || grown > lastGrown) {
                    hs[n++] = h; // in ascending order, each once
                    lastGrown = Math.max(lastGrown, grown);
                }
                if (textOnly && s.undersetLines() >= width && s.undersetLines() > lastUnder) {
                    break; // taller only adds empty lines
                }
                lastUnder = s.undersetLines();
            }
        }
        return java.util.Arrays.copyOf(hs, n);
    }

    /**
     * The grid cells a shape gives its photos and its head (each photo row's lines across its
     * span, the head's lines across the module): what a taller module of the page's lead grows.
     */
    private static int grownCells(Shape s) {
        int cells = s.headLines() * s.span();
        for (Shape.Row r : s.rows()) {
            cells += r.imageLines() * r.span();
        }
        return cells;
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
        double cost = s.oversetLines() * OVERSET_COST + s.undersetLines() + s.continuedLines() * CONTINUED_COST;
        if (copy.article.span() != null && copy.article.span() != width) {
            cost += SPAN_MISSED;
        }
        if (copy.rank == 0 && width * 2 < grid.columns()) {
            // the lead spans at least half the page: a narrower lead costs more than any hole
            cost += (grid.columns() - width * 2) * LEAD_TOO_NARROW;
        }
        long headlineLines = 0;
        for (HeadLine.Role r : s.head().roles()) {
            headlineLines += r == HeadLine.Role.HEADLINE ? 1 : 0;
        }
        cost += Math.max(0, headlineLines - 1) * HEADLINE_EXTRA_LINE;
        return cost;
    }

    /**
     * Lines a region's modules may not run across, relative to its top, packed in a long: up to
     * six lines of 10 bits each, ascending from the low bits, 0 for an empty slot (a cut is never
     * at a region's own top). More than six are not kept: the cost still counts the inversions.
     */
    static final class Cuts {
        static final long NONE = 0;
        private static final int MAX = 6;
        private static final int BITS = 10;
        private static final long MASK = (1L << BITS) - 1;

        private Cuts() {
        }

        static long of(java.util.SortedSet<Integer> lines) {
            long packed = 0;
            int shift = 0;
            for (int line : lines) {
                if (line <= 0 || line > Key.MAX_LINES || shift >= MAX * BITS) {
                    continue;
                }
                packed |= (long) line << shift;
                shift += BITS;
            }
            return packed;
        }

        static java.util.TreeSet<Integer> lines(long cuts) {
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
            for (long c = cuts; c != 0; c >>>= BITS) {
                out.add((int) (c & MASK));
            }
            return out;
        }

        static long merge(long a, long b) {
            java.util.TreeSet<Integer> all = lines(a);
            all.addAll(lines(b));
            return of(all);
        }

        /** True when a module from the region's top {@code height} lines tall runs across a cut. */
        static boolean across(long cuts, int height) {
            for (long c = cuts; c != 0; c >>>= BITS) {
                if ((c & MASK) < height) {
                    return true;
                }
            }
            return false;
        }

        /** The cuts of the part of the region below its first {@code height} lines, relative to that part's top. */
        static long below(long cuts, int height) {
            if (cuts == NONE) {
                return NONE;
            }
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
            for (int line : lines(cuts)) {
                if (line > height) {
                    out.add(line - height);
                }
            }
            return of(out);
        }
    }

    /**
     * A map from long keys to values (never null), by open addressing: the memo is asked at every
     * region the search opens, and a hash map's boxed keys and nodes were much of its time.
     */
    static final class LongMap<V> {
        private long[] keys = new long[256];
        private Object[] values = new Object[256];
        private int size;

        @SuppressWarnings("unchecked")
        V get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
                Object v = values[i];
                if (v == null) {
                    return null;
                }
                if (keys[i] == key) {
                    return (V) v;
                }
            }
        }

        void put(long key, V value) {
            if ((size + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                Object[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Object[oldValues.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, java.util.Objects.requireNonNull(value));
        }

        private void insert(long key, Object value) {
            int mask = keys.length - 1;
            for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
                if (values[i] == null) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
            }
        }

        void clear() {
            java.util.Arrays.fill(values, null);
            size = 0;
        }

        int size() {
            return size;
        }

        /** The key's bits mixed (MurmurHash3's finaliser), so packed fields spread over the table. */
        private static int slot(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            k ^= k >>> 33;
            return (int) k;
        }
    }

    /**
     * The regions solved, by key: for each its optimal plan, whose cost is then its bound, or
     * (plan null) a proof that it costs at least its bound. The key and the bound share a cache
     * line, so a region proved too dear costs one memory read and no object: on pages of many
     * articles the memo outgrows the caches, and a record read for its bound, then its plan for
     * the plan's cost, made composing three generated broadsheets of 31, 50 and 100 articles
     * take 6.7, 9.5 and 7.5 s of CPU where it now takes 4.7, 7.2 and 5.6 s.
     */
    static final class Memo {
        /** Per slot the key plus one (0: an empty slot), then the bound's bits. */
        private long[] slots = new long[512];
        private Plan[] plans = new Plan[256];
        private int size;

        /** The slot holding {@code key}, or -1. */
        int find(long key) {
            int mask = plans.length - 1;
            long stored = key + 1;
            for (int i = LongMap.slot(key) & mask; ; i = (i + 1) & mask) {
                long k = slots[2 * i];
                if (k == stored) {
                    return i;
                }
                if (k == 0) {
                    return -1;
                }
            }
        }

        double bound(int slot) {
            return Double.longBitsToDouble(slots[2 * slot + 1]);
        }

        Plan plan(int slot) {
            return plans[slot];
        }

        void put(long key, double bound, Plan plan) {
            if ((size + 1) * 2 > plans.length) {
                long[] oldSlots = slots;
                Plan[] oldPlans = plans;
                slots = new long[oldSlots.length * 2];
                plans = new Plan[oldPlans.length * 2];
                size = 0;
                for (int i = 0; i < oldPlans.length; i++) {
                    if (oldSlots[2 * i] != 0) {
                        insert(oldSlots[2 * i] - 1, oldSlots[2 * i + 1], oldPlans[i]);
                    }
                }
            }
            insert(key, Double.doubleToRawLongBits(bound), plan);
        }

        private void insert(long key, long bound, Plan plan) {
            int mask = plans.length - 1;
            long stored = key + 1;
            for (int i = LongMap.slot(key) & mask; ; i = (i + 1) & mask) {
                long k = slots[2 * i];
                if (k == 0 || k == stored) {
                    size += k == 0 ? 1 : 0;
                    slots[2 * i] = stored;
                    slots[2 * i + 1] = bound;
                    plans[i] = plan;
                    return;
                }
            }
        }

        void clear() {
            java.util.Arrays.fill(slots, 0);
            java.util.Arrays.fill(plans, null);
            size = 0;
        }
    }

    /** Memo keys packed into a long, each field in its own bits, so no two regions share a key. */
    static final class Key {
        static final int MAX_ARTICLES = 127;
        static final int MAX_COLUMNS = 63;
        static final int MAX_LINES = 1023;

        private Key() {
        }

        static long region(int x, int y, int w, int h, int from, int to, boolean top) {
            long k = x;
            k = k << 10 | y;
            k = k << 6 | w;
            k = k << 10 | h;
            k = k << 7 | from;
            k = k << 7 | to;
            return k << 1 | (top ? 1 : 0); // LongMap mixes the bits itself
        }
    }
}

