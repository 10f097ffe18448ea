package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, driven through Debian's chromedriver so nothing is
 * downloaded, plus the accessibility check every page must pass.
 */
public final class Browser {

  private Browser() {}

  /**
   * A Chromium for one test: the one the last test gave back, reset to how a new one starts, or a
   * new one. Starting Chromium and its driver takes seconds on a small machine, resetting one a
   * fraction of that; {@link WebDriver#quit()} gives it back (see {@link Pooled}).
   */
  public static WebDriver start() {
    synchronized (IDLE) {
      Pooled idle = IDLE.poll();
      if (idle != null) {
        idle.inUse = true;
        return idle;
      }
    }
    return launch();
  }

  /** The browsers given back and reset, waiting for a test: at most {@link #KEPT}. */
  private static final Deque<Pooled> IDLE = new ArrayDeque<>();

  private static final int KEPT = 1;

  private static boolean shutdownHook;

  private static Pooled launch() {
    try {
      Path profile = Files.createTempDirectory(tmp(), "chromium-profile-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("trellis.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=en-GB",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("trellis.chromedriver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      Pooled driver = new Pooled(service, options);
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot make a Chromium profile folder", e);
    }
  }

  private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

  /**
   * A Chromium whose {@link #quit()} resets it and keeps it for the next test, or quits it when it
   * cannot be reset or one is kept already. Still a {@link ChromeDriver}, so tests may use its
   * DevTools commands.
   */
  static final class Pooled extends ChromeDriver {

    private boolean inUse = true;

    Pooled(ChromeDriverService service, ChromeOptions options) {
      super(service, options);
    }

    @Override
    public void quit() {
      synchronized (IDLE) {
        if (!inUse) {
          return; // given back already
        }
        inUse = false;
      }
      if (reset()) {
        synchronized (IDLE) {
          if (IDLE.size() < KEPT) {
            IDLE.add(this);
            if (!shutdownHook) {
              shutdownHook = true;
              Runtime.getRuntime()
                  .addShutdownHook(new Thread(Browser::quitIdle, "quit idle Chromium"));
            }
            return;
          }
        }
      }
      super.quit();
    }

    void quitForGood() {
      super.quit();
    }

    /**
     * Leaves nothing of the last test that a new browser would not have: one blank tab, no cookies,
     * storage or cache, no key held down, downloads and timeouts as at start. False when the
     * browser does not answer as it should.
     */
    private boolean reset() {
      try {
        try {
          switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
          // the usual case
        }
        List<String> windows = new ArrayList<>(getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
          switchTo().window(window).close();
        }
        switchTo().window(windows.get(0));
        if (getCurrentUrl().startsWith("http")) {
          executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
        }
        resetInputState();
        get("about:blank");
        executeCdpCommand("Network.clearBrowserCookies", Map.of());
        executeCdpCommand("Network.clearBrowserCache", Map.of());
        executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        manage().timeouts().implicitlyWait(Duration.ZERO);
        Object cookies = executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
        return cookies instanceof List<?> none && none.isEmpty() && getWindowHandles().size() == 1;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  private static void quitIdle() {
    Pooled idle;
    synchronized (IDLE) {
      idle = IDLE.poll();
    }
    if (idle != null) {
      try {
        idle.quitForGood();
      } catch (RuntimeException e) {
        // the JVM is ending: its processes go with it
      }
    }
  }

  /** Element ids of the sign-in form. */
  public static final String LOGIN_USERNAME = "username";

  public static final String LOGIN_PASSWORD = "password";
  public static final String LOGIN_SUBMIT = "sign-in";

  /** Signs in through the sign-in page as a demo account and waits for the page it leads to. */
  public static void signIn(WebDriver driver, URL base, String username, String password) {
    driver.get(base + "login.xhtml");
    driver.findElement(By.id(LOGIN_USERNAME)).sendKeys(username);
    driver.findElement(By.id(LOGIN_PASSWORD)).sendKeys(password, Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("login.xhtml"));
  }

  /** Submits the sign-in form and waits for the page to come back with its error. */
  public static void signInExpectingFailure(
      WebDriver driver, URL base, String username, String password) {
    driver.get(base + "login.xhtml");
    driver.findElement(By.id(LOGIN_USERNAME)).sendKeys(username);
    driver.findElement(By.id(LOGIN_PASSWORD)).sendKeys(password, Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("login-error")).isEmpty());
  }

  /** Signs in unless this browser already holds a session. */
  public static void signInOnce(WebDriver driver, URL base, String username) {
    if (driver.manage().getCookieNamed("JSESSIONID") == null) {
      signIn(driver, base, username, Http.DEMO_PASSWORD);
    }
  }

  /** Fails with the list of serious and critical axe-core violations on the current page. */
  public static void assertAccessible(WebDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .collect(Collectors.toList());
    assertThat(severe)
        .as(
            "serious or critical accessibility violations on %s: %s",
            driver.getCurrentUrl(),
            severe.stream()
                .map(
                    v ->
                        v.getId()
                            + " ("
                            + v.getImpact()
                            + "): "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /** Saves a screenshot of the current page under target/screenshots and returns its path. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path dir = Path.of(System.getProperty("trellis.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot save screenshot " + name, e);
    }
  }

  private static Path tmp() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }
}
