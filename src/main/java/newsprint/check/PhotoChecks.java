package newsprint.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsprint.check.Finding.Code;
import newsprint.model.Article;
import newsprint.model.Photo;
import newsprint.prepare.PhotoFile;
import newsprint.prepare.PreparedPage;

/**
 * The photo files, as the prepared page inspected them (each file once, however often it is
 * used): the one error that makes a file unusable, else an EXIF orientation newsprint will
 * apply; and a photo without a credit.
 */
final class PhotoChecks {
    void check(List<Finding> out, PreparedPage page) {
        // a file used many times is reported with the first use only; the other uses point at it
        Map<PhotoFile, String> reported = new HashMap<>();
        for (Article a : page.file().articles()) {
            for (int i = 0; i < a.photos().size(); i++) {
                Photo p = a.photos().get(i);
                String field = "photos[" + (i + 1) + "]";
                String name = "photo '" + page.file().folder().relativize(p.file()) + "'";
                PhotoFile file = page.photo(p);
                String first = reported.putIfAbsent(file, "article '" + a.id() + "' " + field);
                if (file.problem() != null) {
                    Code code = file.problem().kind() == PhotoFile.Kind.TOO_LARGE ? Code.PHOTO_TOO_LARGE : Code.PHOTO_UNREADABLE;
                    out.add(Finding.of(code, a.id(), field + ".file", name + " " + file.problem().message()
                            + (first == null ? "" : " (as at " + first + ")")));
                } else if (file.orientation() != 1 && first == null) {
                    out.add(Finding.of(Code.PHOTO_ORIENTATION, a.id(), field + ".file", name + " has EXIF orientation "
                            + file.orientation() + ": newsprint will " + turn(file.orientation())
                            + " to print it upright, as viewers show it; check that the crop still suits it"));
                }
                if (p.credit() == null) {
                    out.add(Finding.of(Code.PHOTO_CREDIT, a.id(), field + ".credit", name + " has no credit: "
                            + "a printed photo names who took it (胡漫雨 摄)"));
                }
            }
        }
    }

    private static String turn(int orientation) {
        return switch (orientation) {
            case 2 -> "mirror it left to right";
            case 3 -> "turn it 180°";
            case 4 -> "mirror it top to bottom";
            case 5 -> "mirror it and turn it 90° anticlockwise";
            case 6 -> "turn it 90° clockwise";
            case 7 -> "mirror it and turn it 90° clockwise";
            case 8 -> "turn it 90° anticlockwise";
            default -> "do something unknown to it";
        };
    }
}
