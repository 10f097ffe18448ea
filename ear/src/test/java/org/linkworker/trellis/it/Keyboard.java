package org.linkworker.trellis.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Walks a page with the Tab key the way a keyboard user does. */
public final class Keyboard {

  private static final String FOCUSABLE =
      "return Array.from(document.querySelectorAll("
          + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])'))"
          + ".filter(e => !e.disabled && e.getClientRects().length > 0"
          + " && getComputedStyle(e).visibility !== 'hidden' && e.tabIndex >= 0);";

  private Keyboard() {}

  /** Every control a keyboard user should be able to reach on the current page. */
  @SuppressWarnings("unchecked")
  public static List<WebElement> focusableControls(WebDriver driver) {
    return new ArrayList<>(
        (List<WebElement>) ((JavascriptExecutor) driver).executeScript(FOCUSABLE));
  }

  /**
   * Presses Tab from the top of the page until focus has gone round once, and returns the controls
   * that received focus, in order.
   */
  public static Set<WebElement> tabThrough(WebDriver driver) {
    int expected = focusableControls(driver).size();
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    Set<WebElement> reached = new LinkedHashSet<>();
    WebElement first = null;
    // Some controls take several presses (a date field has a stop per part), so allow plenty and
    // stop once focus comes back round to the first control.
    for (int i = 0; i < 4 * expected + 10; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (first == null) {
        first = active;
      } else if (active.equals(first) && reached.size() > 1) {
        break;
      }
      reached.add(active);
    }
    return reached;
  }

  /** Presses Tab until the element with this id has the focus, and returns it. */
  public static WebElement tabTo(WebDriver driver, String id) {
    for (int i = 0; i < 300; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (id.equals(active.getAttribute("id"))) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  /** Tabs to the element with this id and presses Enter on it. */
  public static void press(WebDriver driver, String id) {
    tabTo(driver, id);
    new Actions(driver).sendKeys(Keys.ENTER).perform();
  }

  /** Fails unless every control of the current page receives focus when Tab goes round. */
  public static void assertEveryControlReachable(WebDriver driver) {
    List<WebElement> controls = focusableControls(driver);
    Set<WebElement> reached = tabThrough(driver);
    org.assertj.core.api.Assertions.assertThat(reached)
        .as("controls reached by Tab on %s", driver.getCurrentUrl())
        .containsAll(controls);
  }
}
