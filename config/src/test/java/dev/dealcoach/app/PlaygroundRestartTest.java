package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A playground page left open while the app restarts reconnects by itself. The new app's entry ids
 * start again at 1: the page shows the new log afresh rather than writing it over the old one.
 */
class PlaygroundRestartTest {

    private ChromeDriver browser;
    private ConfigurableApplicationContext app;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static ConfigurableApplicationContext start(int port) {
        return new SpringApplication(DealCoachApplication.class).run("--server.port=" + port);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void say(String text) {
        browser.findElement(By.id("text")).sendKeys(text, Keys.ENTER);
    }

    @Test
    void aPageOpenAcrossARestartShowsOnlyTheNewLog() throws Exception {
        browser = HeadlessChromium.open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        int port = freePort();
        app = start(port);
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.attributeContains(By.id("text"), "placeholder", "review "));
        say("settings");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "Your settings"));
        say("help");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "What I can do"));

        app.close();
        app = start(port);
        wait.until(d -> d.findElements(By.cssSelector("#log li")).size() == 1);
        say("help");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "What I can do"));

        assertThat(browser.findElements(By.cssSelector("#log li"))).extracting(WebElement::getText)
                .satisfiesExactly(
                        welcome -> assertThat(welcome).startsWith("DealCoach\nHi "),
                        said -> assertThat(said).isEqualTo("You\nhelp"),
                        answer -> assertThat(answer).contains("What I can do"));
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
    }
}
