package org.factdesk.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newsroom member's first minute, in a real browser against the packaged app. */
class SignInJourneyIT {

    @Test
    void sign_in_open_the_sample_article_and_read_it(@TempDir Path tmp) throws Exception {
        var executable = Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            assertThat(executable).exists();
            var page = browser.newPage();
            page.navigate(app.baseUrl() + "/");

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill(FactdeskProcess.ADMIN_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();

            var row = page.getByText("Biden Invited Putin to Meet in a Third Country").first();
            assertThat(row).isVisible();
            row.click();

            assertThat(page.getByText("Kiev accused Moscow of deploying more than 80,000 troops", new Page.GetByTextOptions().setExact(false)).first())
                    .isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/documents/\\d+"));
            page.screenshot(new Page.ScreenshotOptions().setPath(tmp.resolve("reader.png")));

            page.reload();
            assertThat(page.getByText("Kiev accused Moscow", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        }
    }
}
