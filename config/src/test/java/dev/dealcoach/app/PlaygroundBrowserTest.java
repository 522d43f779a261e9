package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.backend.Stores;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's whole deal review in the playground, in headless Chromium: Debian's {@code chromium} and
 * {@code chromium-driver} ({@code .ci/run} installs them). Without them the test is skipped, and
 * Maven's summary shows it as skipped with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "SKIPPED the browser test: Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("dealcoach-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void say(String text) {
        WebElement box = browser.findElement(By.id("text"));
        box.sendKeys(text, Keys.ENTER);
    }

    private void expect(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), text));
    }

    private void press(String label) {
        By button = By.xpath("(//ol[@id='log']//button[normalize-space()=\"" + label + "\"])[last()]");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    @Test
    void aRepReviewsADealToItsSummaryByClickingAndTyping() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "closing in"));
        new Select(browser.findElement(By.id("person"))).selectByValue("priya");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Your deals closing in"));
        assertThat(browser.findElement(By.id("log")).getText()).isEmpty();

        say("review");
        expect("Which deal?");
        WebElement pick = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#log li:last-child button[data-action='run'], #log li:last-child select")));
        if (pick.getTagName().equals("select")) {
            pick.findElement(By.tagName("option")).click();
            press("Choose");
        } else {
            pick.click();
        }
        expect("1/1");
        say("Kim Lee, COO, met her yesterday");
        expect("2/1");
        press("Approved");
        expect("3/1");
        say("Scrap costs them $80k a month");
        expect("4/1");
        say("Scrap under 1%");
        expect("5/1");
        say("Lars, plant lead, wants the bonus; met Friday");
        expect("6/1");
        press("Written down, we fit well");
        expect("7/1");
        say("COO decides Dec 3, CFO can veto");
        expect("8/1");
        press("Contract in legal review");
        expect("9/1");
        say("Status quo <b>only</b>");
        expect("10/1");
        press("Ahead: they prefer us");
        expect("11/1");
        say("Audit on Mar 1");
        expect("12/1");
        say("Budget review");
        wait.until(d -> d.findElement(By.id("log")).getText().contains("13/13") || d.findElement(By.id("log")).getText().contains("Verdict"));
        if (!browser.findElement(By.id("log")).getText().contains("Verdict")) {
            press("Yes");
        }
        expect("Verdict:");

        String log = browser.findElement(By.id("log")).getText();
        List<DealReview> reviews = stores.deals().ownedBy("priya").stream().flatMap(d -> stores.reviews().history(d.id()).stream()).toList();
        assertThat(reviews).hasSize(1);
        DealReview review = reviews.get(0);
        assertThat(review.outcome().verdict()).as("strong answers: pursue, unless the deal's own record argues against it")
                .isEqualTo(review.outcome().findings().isEmpty() ? Verdict.PURSUE : Verdict.DEVELOP);
        assertThat(log).contains("Verdict: " + review.outcome().verdict(), "Economic buyer", "●●", "Status quo <b>only</b>");
        assertThat(browser.findElements(By.cssSelector("#log b"))).isEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Last review"));

        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", "playground-review.png");
        Files.createDirectories(saved.getParent());
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isPositive();
    }
}
