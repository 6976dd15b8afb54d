package newsprint.edition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import newsprint.Newsprint;
import newsprint.compose.Figure;
import newsprint.compose.Module;
import newsprint.model.EditionFile;

/**
 * The files of an edition run, in the order they are listed: the plates (one print PDF per page
 * made, named by the plant's pattern), {@code proof.pdf} (the plates in order), the archive PDF
 * when asked for, and {@code manifest.json} (every other file with its SHA-256, and what each
 * page set).
 */
public final class EditionFiles {
    /** The manifest's name: it also marks the folder as an edition run's own (see {@link newsprint.OutputFolder}). */
    public static final String MANIFEST = "manifest.json";
    /** The proof's name. */
    public static final String PROOF = "proof.pdf";
    /** Below this effective resolution a photo is named in the manifest's warnings. */
    static final int LOW_PPI = 150;

    /** The names the run gives its plates, checked before any work. */
    public record Plan(PlateNames names) {
    }

    private EditionFiles() {
    }

    /** The plates' naming, from the {@code --name} pattern; {@link IllegalArgumentException} when it is not usable. */
    public static Plan plan(String pattern) {
        return new Plan(new PlateNames(pattern));
    }

    /** Every file of the run, by name, in order; the archive's pages rendered on {@code jobs} threads. */
    public static Map<String, byte[]> of(Newsprint newsprint, EditionFile edition, List<EditionMaker.PageResult> results, Plan plan,
                                         boolean archive, int jobs, ToIntFunction<Throwable> exitCode) throws IOException {
        return of(newsprint, edition, new EditionMaker.Made(results, null, null), plan, archive, jobs, exitCode);
    }

    /** {@link #of(Newsprint, EditionFile, List, Plan, boolean, int, ToIntFunction)} with the proof {@code made} holds, when it holds one. */
    public static Map<String, byte[]> of(Newsprint newsprint, EditionFile edition, EditionMaker.Made made, Plan plan,
                                         boolean archive, int jobs, ToIntFunction<Throwable> exitCode) throws IOException {
        List<EditionMaker.PageResult> results = made.pages();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<byte[]> plates = new ArrayList<>();
        // the plates' hashes, taken once on the pages' threads (a plate is megabytes; the proof and the manifest both need them)
        Map<byte[], String> hashes = new java.util.IdentityHashMap<>();
        Map<Integer, List<String>> warnings = new LinkedHashMap<>();
        for (EditionMaker.PageResult r : results) {
            String name = plan.names().of(edition.edition(), r.number());
            names.add(name);
            if (r.failed()) {
                continue;
            }
            files.put(name, r.plate());
            plates.add(r.plate());
            hashes.put(r.plate(), r.plateSha256());
            warnings.put(r.number(), warnings(r));
        }
        if (made.proof() != null) {
            files.put(PROOF, made.proof());
            hashes.put(made.proof(), made.proofSha256());
        } else if (!plates.isEmpty()) {
            files.put(PROOF, Proof.of(edition, plates, hashes::get));
        }
        if (archive && results.stream().noneMatch(EditionMaker.PageResult::failed)) {
            for (newsprint.archive.ArchiveFile f : Archive.of(newsprint, edition, results, jobs)) {
                files.put(f.name(), f.bytes());
            }
        }
        files.put(MANIFEST, Manifest.of(edition, files, hashes, results, names, warnings, exitCode));
        return files;
    }

    /** A page's warnings for the manifest: photos printed coarse, text cut (with --allow-overset), more than 5% of the grid empty. */
    public static List<String> warnings(EditionMaker.PageResult r) {
        List<String> out = new ArrayList<>();
        for (Module m : r.composed().modules()) {
            for (Figure f : m.figures()) {
                if (f.effectivePpi() < LOW_PPI) {
                    out.add(String.format(Locale.ROOT, "article '%s': photo '%s' prints at %.0f ppi (under %d)", m.article().id(),
                            f.photo().file().getFileName(), f.effectivePpi(), LOW_PPI));
                }
            }
        }
        if (!r.composed().fits()) {
            out.add("overset: " + r.composed().oversetSummary());
        }
        String underset = newsprint.compose.LayoutAudit.undersetWarning(r.composed());
        if (underset != null) {
            out.add("underset: " + underset);
        }
        return out;
    }
}
