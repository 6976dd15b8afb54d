package newsprint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import newsprint.NewsprintException;
import newsprint.NewsprintException.MissingGlyph;
import newsprint.NewsprintException.MissingResource;
import newsprint.NewsprintException.PreflightFailed;
import newsprint.check.Finding.Code;
import newsprint.compose.AdBox;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.Module;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;

/**
 * The preflight engine: checks a page's glyphs, photo files and text, and, on the composed
 * page, each photo's resolution at its printed size. It returns findings as data; {@link #require}
 * turns the errors among them into the exception the render stops with. Holds only its
 * {@link Rules}, so one instance serves any number of pages.
 */
public final class Preflight {
    private final Rules rules;
    private final TextChecks text;
    private final PhotoChecks photos = new PhotoChecks();
    private final AdChecks ads = new AdChecks();

    public Preflight(Rules rules) {
        this.rules = rules;
        this.text = new TextChecks(rules);
    }

    public Preflight() {
        this(Rules.newspaper());
    }

    /**
     * Every finding: those that need no composition, then, unless a photo cannot be used, the
     * photos' resolution on the page {@code compose} makes. A page that cannot be composed at
     * all is one more error.
     */
    public List<Finding> check(PreparedPage page, Supplier<ComposedPage> compose) {
        List<Finding> out = new ArrayList<>(unplaced(page));
        // warnings only, which render does not print: the conversion tables are read for check alone
        ScriptCheck.check(out, page.file());
        if (out.stream().noneMatch(f -> f.isError() && f.code().isFile())) {
            try {
                out.addAll(placed(compose.get()));
            } catch (NewsprintException.Overset | NewsprintException.BadInput e) {
                String prefix = page.file().file() + ": ";
                String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                out.add(Finding.of(Code.COMPOSITION, null, null, message + (e.hint() == null ? "" : " (" + e.hint() + ")")));
            }
        }
        return sorted(page.file(), out);
    }

    /** The findings about the page itself: glyphs, photo files and text. Render runs these first. */
    public List<Finding> unplaced(PreparedPage page) {
        boolean fullWidth = page.layout().layout().options().fullWidthPunctuation();
        List<Finding> out = new ArrayList<>();
        String layout = page.layout().name();
        for (GlyphCheck.Missing m : GlyphCheck.find(page)) {
            if (m.blank()) {
                out.add(Finding.of(Code.GLYPH_BLANK, m.articleId(), m.field(), m.character() + " has an empty glyph in font "
                        + (m.drawnBy() == null ? m.face() : m.drawnBy()) + ": it would print blank; the font file is damaged, replace it"));
            } else if (m.drawnBy() == null) {
                out.add(Finding.of(Code.GLYPH_MISSING, m.articleId(), m.field(), m.character() + " is not in font " + m.face()
                        + " nor in any fallback font of layout '" + layout + "'"));
            } else {
                out.add(Finding.of(Code.GLYPH_FALLBACK, m.articleId(), m.field(), m.character() + " is not in font " + m.face()
                        + "; the fallback font " + m.drawnBy() + " draws it"));
            }
        }
        for (GlyphCheck.Lookalike l : GlyphCheck.lookalikes(page)) {
            out.add(Finding.of(Code.LOOKALIKE_CHARACTER, l.articleId(), l.field(), l.character() + " prints exactly as "
                    + l.usualCharacter() + " in font " + l.face() + " but is another character (copied out of a PDF or a "
                    + "converted file): the archive's text keeps it, and a search for " + l.usualCharacter() + " misses it; type "
                    + l.usualCharacter()));
        }
        photos.check(out, page);
        ads.check(out, page);
        text.check(out, page.file(), fullWidth);
        return sorted(page.file(), out);
    }

    /**
     * The least share of a photo's picture its frame may show before the check says so: the
     * composer crops a photo, alone or in a row of photos, to between 0.65 and 1.3 times its
     * natural height in whole lines, which shows about 65 % of it and never less than this; less
     * comes only from a photo whose shape no module can take (a panorama strip, a tall sliver)
     * and may cut away what it is of.
     */
    public static final double SHOWN_AT_LEAST = 0.6;

    /** The photos' resolution as placed: below {@link Rules#minPpi()} they print coarse; their crop, when it takes much. */
    public List<Finding> placed(ComposedPage page) {
        List<Finding> out = new ArrayList<>();
        for (Module m : page.modules()) {
            for (Figure f : m.figures()) {
                double shown = f.frame().widthPt() * f.frame().heightPt() / (f.image().widthPt() * f.image().heightPt());
                if (shown < SHOWN_AT_LEAST) {
                    int index = m.article().photos().indexOf(f.photo());
                    boolean sides = f.image().widthPt() > f.frame().widthPt() + 0.5;
                    out.add(Finding.of(Code.PHOTO_CROPPED, m.article().id(), "photos[" + (index + 1) + "].file",
                            String.format(Locale.ROOT, "photo '%s' shows %.0f %% of its picture at its placed size (%.0f × %.0f mm), "
                                            + "cropped at the %s: its shape is far from any the page gives it; check that what "
                                            + "matters is in the frame (photos[%d].focus), or crop it to a shape nearer %.2f:1",
                                    page.page().folder().relativize(f.photo().file()), 100 * shown, mm(f.frame().widthPt()),
                                    mm(f.frame().heightPt()), sides ? "sides" : "top and bottom", index + 1,
                                    f.frame().widthPt() / f.frame().heightPt())));
                }
                if (f.effectivePpi() < rules.minPpi()) {
                    int index = m.article().photos().indexOf(f.photo());
                    out.add(Finding.of(Code.PHOTO_RESOLUTION, m.article().id(), "photos[" + (index + 1) + "].file",
                            String.format(Locale.ROOT, "photo '%s' prints at %.0f ppi at its placed size (%.0f × %.0f mm); print needs "
                                            + "%.0f ppi: use a larger original or give it a smaller span",
                                    page.page().folder().relativize(f.photo().file()), f.effectivePpi(), mm(f.frame().widthPt()),
                                    mm(f.frame().heightPt()), rules.minPpi())));
                }
            }
        }
        for (AdBox ad : page.ads()) {
            if (ad.ppi() < rules.minAdPpi()) {
                out.add(Finding.of(Code.AD_RESOLUTION, null, "ad '" + ad.ad().id() + "'", String.format(Locale.ROOT,
                        "'%s' has pictures at %.0f ppi as placed; print needs %.0f ppi: ask the advertiser for a sharper file",
                        page.page().folder().relativize(ad.ad().file()), ad.ppi(), rules.minAdPpi())));
            }
        }
        return out;
    }

    /**
     * The findings about the plates as made: colour on a black-only page, and pictures laying
     * down more ink than the press takes (named by the photo or ad of the same pixel size).
     */
    public static List<Finding> ink(ComposedPage page, newsprint.finish.InkCoverage.Report ink) {
        List<Finding> out = new ArrayList<>();
        double colour = ink.cyan() + ink.magenta() + ink.yellow();
        if (page.page().page().colour() == newsprint.model.PageInfo.Colour.BLACK && colour > 0.01) {
            out.add(Finding.of(Code.INK_ON_COLOUR_PLATES, null, "page.colour", String.format(Locale.ROOT,
                    "the page is black only, and its cyan, magenta and yellow plates would carry ink (%s): something on it is in colour",
                    ink.plates())));
        }
        for (var p : ink.overLimit()) {
            String what = "a picture of " + p.widthPx() + " × " + p.heightPx() + " pixels";
            String article = null;
            for (Module m : page.modules()) {
                for (Figure f : m.figures()) {
                    var file = page.prepared().photo(f.photo());
                    if (file.widthPx() == p.widthPx() && file.heightPx() == p.heightPx()) {
                        what = "photo '" + page.page().folder().relativize(f.photo().file()) + "'";
                        article = m.article().id();
                    }
                }
            }
            out.add(Finding.of(Code.INK_LIMIT, article, null, String.format(Locale.ROOT,
                    "%s lays down up to %.0f %% total ink; the press takes %d %%: it may set off and smear. Convert it with the "
                            + "plant's profile, or give it in RGB and newsprint converts it within the limit", what, p.maxInkPercent(),
                    ink.inkLimit())));
        }
        return out;
    }

    /**
     * Throws for the errors among {@code findings}, keeping the exit code each kind had before
     * the preflight existed: a character no font has is a {@link MissingGlyph}, a photo that
     * cannot be used a {@link MissingResource}, anything else a {@link PreflightFailed}.
     */
    public static void require(PageFile page, List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        List<Finding> glyphs = errors.stream().filter(f -> f.code().isGlyph()).toList();
        if (!glyphs.isEmpty()) {
            throw new MissingGlyph(summary(page, glyphs), "add a font that has the character to the layout (its fonts and "
                    + "fallback in layout.yaml), or replace it in the copy");
        }
        List<Finding> files = errors.stream().filter(f -> f.code().isFile()).toList();
        if (!files.isEmpty()) {
            throw new MissingResource(summary(page, files), files.stream().allMatch(f -> f.code() == Code.AD_UNREADABLE)
                    ? "ads must be complete PDF, JPEG or PNG files" : "photos must be complete JPEG or PNG files of at most 80 megapixels");
        }
        if (!errors.isEmpty()) {
            throw new PreflightFailed(summary(page, errors), "correct the page file; 'newsprint check " + page.file()
                    + "' lists every finding");
        }
    }

    /** The first error in full, then up to four more, on one line. */
    private static String summary(PageFile page, List<Finding> errors) {
        StringBuilder sb = new StringBuilder(page.file() + ": " + errors.get(0).describe());
        if (errors.size() > 1) {
            sb.append(" (and ").append(errors.size() - 1).append(" more: ");
            sb.append(String.join("; ", errors.subList(1, Math.min(errors.size(), 5)).stream().map(Finding::describe).toList()));
            sb.append(errors.size() > 5 ? "; …)" : ")");
        }
        return sb.toString();
    }

    /** Page-wide findings first, then article by article in page order, errors before warnings. */
    private static List<Finding> sorted(PageFile page, List<Finding> findings) {
        List<String> ids = page.articles().stream().map(a -> a.id()).toList();
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt((Finding f) -> f.articleId() == null ? -1 : ids.indexOf(f.articleId()))
                .thenComparing(Finding::severity));
        return out;
    }

    private static double mm(double pt) {
        return pt / 72 * 25.4;
    }
}
