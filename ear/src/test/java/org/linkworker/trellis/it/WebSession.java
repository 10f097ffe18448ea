package org.linkworker.trellis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client with a cookie jar that signs in through the real sign-in form, for
 * tests that check many pages quickly (no JavaScript needed: the pages work without it).
 */
public final class WebSession {

  private static final Pattern FORM =
      Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT =
      Pattern.compile("<(?:input|button)\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient client;

  private WebSession(URL base) {
    this.base = URI.create(base.toString());
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A session that has not signed in. */
  public static WebSession anonymous(URL base) {
    return new WebSession(base);
  }

  /** A session signed in through the sign-in form. */
  public static WebSession signedIn(URL base, String username, String password) {
    WebSession session = new WebSession(base);
    HttpResponse<String> result =
        session.submitForm(
            "login.xhtml",
            Map.of(Browser.LOGIN_USERNAME, username, Browser.LOGIN_PASSWORD, password));
    if (result.statusCode() != 302 && result.statusCode() != 303) {
      throw new IllegalStateException(
          "sign-in as " + username + " gave " + result.statusCode() + ": " + result.body());
    }
    return session;
  }

  /**
   * Puts a session cookie of the caller's choosing in the jar, as a session-fixation attack would.
   */
  public void plantSessionId(String id) {
    java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", id);
    cookie.setPath("/");
    cookie.setVersion(0);
    ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().add(base, cookie);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /**
   * Loads a page, fills the fields of its first form whose ids end with the given keys, and submits
   * it (with the first submit button).
   */
  public HttpResponse<String> submitForm(String path, Map<String, String> fields) {
    return submitForm(path, null, fields);
  }

  /**
   * Like {@link #submitForm(String, Map)} for the form with the given id (null: the first form); a
   * field key that names a hidden field (e.g. {@code jakarta.faces.ViewState}) replaces its value
   * too.
   */
  public HttpResponse<String> submitForm(String path, String formId, Map<String, String> fields) {
    return submit(form(path, formId), fields);
  }

  /** A form as a page served it: where it posts and its fields (the view state among them). */
  public record Form(String action, String html) {}

  /** Loads a page and takes its form with the given id (null: the first form), to submit later. */
  public Form form(String path, String formId) {
    HttpResponse<String> page = get(path);
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId == null || form.group().contains("id=\"" + formId + "\"")) {
        return new Form(form.group(1).replace("&amp;", "&"), form.group(2));
      }
    }
    throw new IllegalStateException("no form " + formId + " on " + path + ": " + page.body());
  }

  /**
   * Submits a form loaded before, its fields whose ids end with the given keys filled in (with its
   * first submit button).
   */
  public HttpResponse<String> submit(Form form, Map<String, String> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    boolean submitChosen = false;
    Matcher input = INPUT.matcher(form.html());
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      String name = attributes.get("name");
      if (name == null) {
        continue;
      }
      String type = attributes.getOrDefault("type", "text");
      if ("submit".equals(type)) {
        if (!submitChosen) {
          values.put(name, attributes.getOrDefault("value", ""));
          submitChosen = true;
        }
        continue;
      }
      String id =
          attributes.containsKey("id") && !fields.containsKey(name) ? attributes.get("id") : name;
      String value = attributes.getOrDefault("value", "");
      for (Map.Entry<String, String> field : fields.entrySet()) {
        if (id.equals(field.getKey()) || id.endsWith(":" + field.getKey())) {
          value = field.getValue();
        }
      }
      values.put(name, value);
    }
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(form.action()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base.getScheme() + "://" + base.getAuthority())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The session cookie's value, as the server last set it (null before any). */
  public String sessionCookie() {
    return ((CookieManager) client.cookieHandler().orElseThrow())
        .getCookieStore().get(base).stream()
            .filter(cookie -> "JSESSIONID".equals(cookie.getName()))
            .map(java.net.HttpCookie::getValue)
            .findFirst()
            .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2).replace("&amp;", "&"));
    }
    return attributes;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
