package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.SampleMessages;
import dev.dealcoach.core.review.Verdict;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground in {@link HeadlessChromium}, as a person uses it. It has a context of its own (the
 * setting only makes it differ from the other tests'), so the people it acts as start with an empty DM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealcoach.playground.enabled=true")
class PlaygroundBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Autowired
    List<Messenger> messengers;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium() throws Exception {
        browser = HeadlessChromium.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the playground and waits until the default person's home (maybe folded away) and greeting are there. */
    private void openPlayground() {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(d -> String.valueOf(script("return document.getElementById('home').textContent")).contains("closing in"));
        wait.until(ExpectedConditions.attributeContains(By.id("text"), "placeholder", "review "));
    }

    private void actAs(String person) {
        new Select(browser.findElement(By.id("person"))).selectByValue(person);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#log li.welcome"), "Hi "));
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

    /** What the placeholder suggests typing first, like {@code review umbrella}. */
    private String suggested() {
        String placeholder = browser.findElement(By.id("text")).getAttribute("placeholder");
        assertThat(placeholder).startsWith("Try: review ").endsWith(", help, settings");
        return placeholder.substring("Try: ".length(), placeholder.indexOf(','));
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", name);
        Files.createDirectories(saved.getParent());
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isPositive();
    }

    @Test
    void aRepReviewsADealToItsSummaryByClickingAndTyping() throws Exception {
        openPlayground();
        actAs("priya");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Your deals closing in"));
        assertThat(browser.findElement(By.id("log")).getText()).startsWith("DealCoach\nHi Priya: type review ");

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
        screenshot("playground-review.png");
    }

    @Test
    void aNewcomerIsToldWhatToTryWithADealOfThePersonTheyActAs() throws Exception {
        openPlayground();
        String first = new Select(browser.findElement(By.id("person"))).getFirstSelectedOption().getAttribute("value");
        String example = suggested();
        assertThat(browser.findElement(By.cssSelector("#log li.welcome")).getText())
                .contains(": type " + example + " to pressure-test ", "(one of your deals)");
        assertThat(browser.findElement(By.cssSelector(".channel")).isDisplayed()).isFalse();
        screenshot("playground-first-screen.png");

        say(example);
        expect("1/");
        String log = browser.findElement(By.id("log")).getText();
        assertThat(log).doesNotContain("isn't one of yours");
        assertThat(stores.deals().ownedBy(first)).anySatisfy(deal -> assertThat(log).contains(deal.name() + " · "));
        say("cancel");
        expect("Nothing was saved.");

        actAs("ria");
        assertThat(suggested()).isNotEqualTo(example);
        assertThat(browser.findElement(By.cssSelector("#log li.welcome")).getText()).startsWith("DealCoach\nHi Ria: type " + suggested());

        messengers.stream().filter(m -> m.platform() == Platform.PLAYGROUND).findFirst().orElseThrow()
                .send(new Destination.Channel(Platform.PLAYGROUND, "team-mo"), Message.text("At risk: Kerr Optics"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("channel-log"), "At risk: Kerr Optics"));
        assertThat(browser.findElement(By.cssSelector(".channel")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneTheConversationFillsTheWidthAndTheDealsFoldAway() throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        openPlayground();
        actAs("lee");
        assertThat(browser.findElement(By.id("home")).isDisplayed()).isFalse();
        browser.findElement(By.id("home-toggle")).click();
        assertThat(browser.findElement(By.id("home")).isDisplayed()).isTrue();
        browser.findElement(By.id("home-toggle")).click();

        say(suggested());
        press("Answer all in one form");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log form.form")));
        script("""
                const form = document.querySelector('#log form.form');
                form.querySelectorAll('input, textarea').forEach((input) => {
                  if (!input.value) input.value = input.type === 'date' ? '2027-01-15' : input.type === 'number' ? '3' : 'Kim Lee, COO, met her yesterday';
                });
                form.querySelectorAll('select').forEach((select) => { if (!select.value) select.selectedIndex = 1; });
                """);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        expect("Verdict:");

        assertThat(script("return innerWidth")).isEqualTo(390L);
        assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        assertThat(((Number) script("return document.querySelector('.chat').getBoundingClientRect().width")).doubleValue())
                .isGreaterThanOrEqualTo(350);
        screenshot("playground-phone.png");
    }

    @Test
    void onAPhoneAWideTableScrollsSidewaysInsideItsBubbleAndThePageDoesNot() throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        openPlayground();
        actAs("sam");

        messengers.stream().filter(m -> m.platform() == Platform.PLAYGROUND).findFirst().orElseThrow()
                .send(Destination.dm("sam"), Message.of(new Block.Heading("Forecast"), SampleMessages.forecast()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#log .table"), "Total"));

        assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        assertThat((Boolean) script("const log = document.getElementById('log'); return log.scrollWidth <= log.clientWidth")).isTrue();
        assertThat((Boolean) script("""
                const region = document.querySelector('#log .table .scroll');
                const bubble = region.closest('li').getBoundingClientRect();
                const box = region.getBoundingClientRect();
                return region.scrollWidth > region.clientWidth && box.left >= bubble.left && box.right <= bubble.right;
                """)).as("the table is wider than its bubble and scrolls inside it").isTrue();
        assertThat(((Number) script("""
                const region = document.querySelector('#log .table .scroll');
                region.scrollLeft = 10000;
                return region.scrollLeft;
                """)).doubleValue()).isPositive();
        assertThat(browser.findElement(By.cssSelector("#log .table figcaption")).isDisplayed()).isTrue();
        assertThat(script("return getComputedStyle(document.querySelector('#log td.num')).textAlign")).isEqualTo("right");
        assertThat(script("return getComputedStyle(document.querySelector('#log tr.total td')).fontWeight")).isEqualTo("700");
        assertThat(browser.findElement(By.cssSelector("#log td.flagged")).getText()).isEqualTo("-$80k !");
        screenshot("playground-phone-table.png");
    }

    @Test
    void aCallThatFailsSaysSoInOneLine() {
        openPlayground();
        script("""
                const select = document.getElementById('person');
                select.add(new Option('Nobody', 'nobody'));
                select.value = 'nobody';
                select.dispatchEvent(new Event('change'));
                """);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"), "no such person"));

        say("help");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"),
                "Could not send that: DealCoach answered 400 (no such person)."));
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isTrue();
    }
}
