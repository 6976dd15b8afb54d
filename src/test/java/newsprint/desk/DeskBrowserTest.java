package newsprint.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsprint.cli.Transcript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's screen in a real browser: Debian's headless Chromium driven by Selenium over a copy
 * of the example edition. The desk opens the flatplan and a page, a page file changes on disk and
 * the new picture and fit numbers appear by themselves, the page is signed off, changed again and
 * shown as changed since sign-off, and the edition command then refuses plates with
 * {@code --signed-only}. Chromium is required: without it this test fails (CI installs it).
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a test that waits on the server fails, never hangs the suite
class DeskBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * The bound for a save to show in the browser (2 s); {@code -Dnewsprint.desk.liveSeconds=N} widens it on a machine
     * busy with other work, where the figure measures the load, not the desk.
     */
    private static final Duration LIVE = Duration.ofMillis((long) (1000 * Double.parseDouble(System.getProperty("newsprint.desk.liveSeconds", "2"))));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path edition;
    static DeskFixture desk;
    static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
        Path folder = Files.createDirectories(dir.resolve("edition"));
        DeskFixture.copy(Path.of("examples/edition"), folder);
        edition = folder.resolve("edition.yaml");
        desk = new DeskFixture(edition, "127.0.0.1", 40);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
    }

    private static WebDriverWait waiting(Duration d) {
        return new WebDriverWait(browser, d, Duration.ofMillis(20));
    }

    /** The text of the fit table's chars cell of {@code article}. */
    private static String chars(String article) {
        return browser.findElement(By.cssSelector("#fit tr[data-article='" + article + "'] td.chars")).getText();
    }

    @Test
    void aChangeOnDiskShowsInTheBrowserSignOffThenAChangeShowsAsChangedAndTheEditionRefusesIt() throws Exception {
        browser.get(desk.base() + "/");
        List<WebElement> cards = waiting(Duration.ofSeconds(20)).until(b -> {
            List<WebElement> c = b.findElements(By.cssSelector(".card"));
            return c.size() == 8 ? c : null;
        });
        assertThat(cards.get(1).getAttribute("data-state")).isEqualTo("fits");
        assertThat(cards.get(1).findElement(By.tagName("img")).getAttribute("src")).contains("/pages/2/thumb.png");
        assertThat(cards.get(1).getText()).contains("第2版").contains("not signed off");
        waiting(Duration.ofSeconds(10)).until(b -> b.findElement(By.id("live")).getText().equals("live"));

        // the page view: its picture, its modules over it, its fit
        browser.get(desk.base() + "/page/2");
        waiting(Duration.ofSeconds(20)).until(b -> !b.findElements(By.cssSelector("#fit tbody tr")).isEmpty()
                && b.findElement(By.id("live")).getText().equals("live"));
        String article = browser.findElement(By.cssSelector("#fit tbody tr")).getAttribute("data-article");
        String charsBefore = chars(article);
        String version = browser.findElement(By.id("page-image")).getAttribute("data-version");
        assertThat(browser.findElements(By.cssSelector("#overlay .mark"))).hasSizeGreaterThan(3);
        waiting(Duration.ofSeconds(20)).until(b -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) b)
                .executeScript("const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 0;")));
        assertThat(browser.findElement(By.id("stage")).getSize().getHeight()).as("the page's picture is shown").isGreaterThan(300);
        screenshot("desk-page-view.png");

        // a save: the first article's last paragraph goes; the browser shows the new picture and numbers by itself
        Path p2 = edition.resolveSibling("p2.yaml");
        String original = Files.readString(p2);
        String shorter = withoutLastParagraphOf(original, article);
        long saved = System.nanoTime();
        Files.writeString(p2, shorter);
        waiting(LIVE.plusSeconds(30)).until(b -> !b.findElement(By.id("page-image")).getAttribute("data-version").equals(version)
                && !chars(article).equals(charsBefore));
        double seconds = (System.nanoTime() - saved) / 1e9;
        System.out.printf("desk in the browser: save to new picture and numbers %.2f s%n", seconds);
        assertThat(seconds).as("seconds from the save to the new picture and fit numbers").isLessThan(LIVE.toMillis() / 1000.0);
        assertThat(browser.findElement(By.id("page-image")).getAttribute("src")).contains("v=");

        // a finding or fit row highlights its module
        browser.findElement(By.cssSelector("#fit tr[data-article='" + article + "']")).click();
        assertThat(browser.findElement(By.cssSelector("#overlay .mark[data-article='" + article + "']")).getAttribute("class")).contains("highlight");

        // sign-off
        browser.findElement(By.id("signoff-button")).click();
        waiting(Duration.ofSeconds(10)).until(b -> b.findElement(By.id("signoff-state")).getText().startsWith("signed off by test-editor"));

        // changed again: shown as changed since sign-off, with the two pictures and the changed pixels
        Files.writeString(p2, original);
        waiting(Duration.ofSeconds(30)).until(b -> b.findElement(By.id("signoff-state")).getText().startsWith("changed since sign-off"));
        assertThat(browser.findElement(By.id("compare")).isDisplayed()).isTrue();
        waiting(Duration.ofSeconds(10)).until(b -> b.findElement(By.id("changed-pixels")).getText().matches("[1-9]\\d* pixels changed"));
        waiting(Duration.ofSeconds(10)).until(b -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) b)
                .executeScript("const i = document.getElementById('diff-image'); return i.complete && i.naturalWidth > 0;")));
        screenshot("desk-changed-since-sign-off.png");
        browser.get(desk.base() + "/");
        waiting(Duration.ofSeconds(10)).until(b -> b.findElements(By.cssSelector(".card")).size() == 8
                && "changed".equals(b.findElements(By.cssSelector(".card")).get(1).getAttribute("data-signoff")));

        // the plates: refused while page 2 (and the seven never signed) are not signed off as they are
        Path out = dir.resolve("plates");
        Transcript refused = Transcript.run("edition", edition.toString(), "-o", out.toString(), "--signed-only");
        assertThat(refused.code()).isEqualTo(9);
        assertThat(refused.err()).contains("page 2 (p2.yaml) changed since test-editor signed it off").contains("page 1 (p1.yaml) was never signed off")
                .contains("hint:");
        assertThat(out).doesNotExist();

        // every page signed off as it is now: the plates are written, and they are the PDFs the desk showed
        for (int n = 1; n <= 8; n++) {
            JsonNode page = JSON.readTree(desk.get("/api/pages/" + n).body());
            assertThat(desk.post("/api/pages/" + n + "/signoff", "{\"hash\":\"" + page.get("hash").asText() + "\"}").statusCode()).isEqualTo(200);
        }
        Transcript made = Transcript.run("edition", edition.toString(), "-o", out.toString(), "--signed-only");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve(Plates.plateName(desk.desk.edition(), 2)))).isEqualTo(desk.bytes("/pages/2/page.pdf").body());
    }

    /** What the desk saw, kept in {@code target/desk/} for a person to look at. */
    private static void screenshot(String name) throws java.io.IOException {
        Path out = Files.createDirectories(Path.of("target/desk"));
        Files.write(out.resolve(name), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** The page file without the last paragraph of {@code article}'s body. */
    private static String withoutLastParagraphOf(String yaml, String article) {
        String[] lines = yaml.split("\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*- id: " + java.util.regex.Pattern.quote(article) + "\\s*")) {
                start = i;
            }
        }
        assertThat(start).as("article " + article + " in the page file").isNotNegative();
        int last = -1;
        boolean inBody = false;
        for (int i = start + 1; i < lines.length && !lines[i].matches("\\s*- id: .*"); i++) {
            if (lines[i].matches("\\s{4}body:\\s*")) {
                inBody = true;
            } else if (inBody && lines[i].matches("\\s{6}- .*")) {
                last = i;
            } else if (inBody && lines[i].matches("\\s{4}[a-z]+:.*")) {
                inBody = false;
            }
        }
        assertThat(last).as("a paragraph of " + article).isPositive();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != last) {
                sb.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return sb.toString();
    }
}
