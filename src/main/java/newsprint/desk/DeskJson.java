package newsprint.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.check.Finding;

/** What the browser is sent: the flatplan's summary of every page, and one page in full. */
final class DeskJson {
    private DeskJson() {
    }

    /** Where a page stands against its sign-off: {@code signed}, {@code changed} (since sign-off) or {@code none}. */
    static String signOffState(PageView p, SignOffs.Record r) {
        if (r == null) {
            return "none";
        }
        return p.state() != null && p.state().hash().equals(r.hash()) ? "signed" : "changed";
    }

    static Map<String, Object> edition(Desk desk, Snapshot s, Map<String, SignOffs.Record> signOffs, String user) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", desk.source().name());
        m.put("kind", desk.source().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("generation", s.generation());
        m.put("user", user);
        m.put("editionFailure", s.editionFailure());
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PageView p : s.pages()) {
            pages.add(summary(p, signOffs.get(p.file())));
        }
        m.put("pages", pages);
        return m;
    }

    static Map<String, Object> summary(PageView p, SignOffs.Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("file", p.file());
        m.put("section", p.section());
        m.put("version", p.version());
        m.put("state", p.failed() ? "error" : p.fits() ? "fits" : "overset");
        m.put("overset", p.composed() == null || p.fits() ? null : p.composed().oversetSummary());
        m.put("error", p.failure());
        m.put("errors", p.findings().stream().filter(Finding::isError).count());
        m.put("warnings", p.findings().stream().filter(f -> !f.isError()).count());
        m.put("freeCells", p.fit() == null ? null : p.fit().freeCells());
        m.put("signOff", signOffState(p, r));
        m.put("signedBy", r == null ? null : r.user());
        m.put("signedAt", r == null ? null : r.time());
        m.put("thumbnail", p.thumbnail() == null ? null : "/pages/" + p.number() + "/thumb.png?v=" + p.version());
        m.put("renderMillis", p.renderMillis());
        m.put("pageFileSha256", p.state() == null ? null : p.state().pageFile().sha256());
        return m;
    }

    static Map<String, Object> page(PageView p, SignOffs.Record r) {
        Map<String, Object> m = summary(p, r);
        m.put("hash", p.state() == null ? null : p.state().hash());
        m.put("image", p.png() == null ? null : "/pages/" + p.number() + "/page.png?v=" + p.version());
        m.put("widthPx", p.widthPx());
        m.put("heightPx", p.heightPx());
        m.put("dpi", p.dpi());
        m.put("pageWidthPt", p.composed() == null ? null : p.composed().grid().pageWidthPt());
        m.put("pageHeightPt", p.composed() == null ? null : p.composed().grid().pageHeightPt());
        m.put("marks", p.marks());
        m.put("fit", p.fit());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : p.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("severity", f.severity().label());
            fm.put("article", f.articleId());
            fm.put("field", f.field());
            fm.put("code", f.code().id());
            fm.put("message", f.message());
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("signOffRecord", r);
        m.put("pdf", p.pdf() == null ? null : "/pages/" + p.number() + "/page.pdf");
        m.put("proof", p.png() == null ? null : "/pages/" + p.number() + "/proof.png");
        m.put("signedImage", r == null ? null : "/pages/" + p.number() + "/signed.png?h=" + r.hash().substring(0, 12));
        m.put("diffImage", r == null || p.png() == null ? null : "/pages/" + p.number() + "/diff.png?v=" + p.version() + "&h=" + r.hash().substring(0, 12));
        return m;
    }
}
