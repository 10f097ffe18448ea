package org.linkworker.trellis.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A plain HTTP client for the tests that use the application from outside, signed in with HTTP
 * Basic as one person or anonymous.
 */
public final class Http {

  /** The password of every demo account (framework-data's demo/people.json). */
  public static final String DEMO_PASSWORD = "trellis-demo-2026";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;
  private final String authorization;

  public Http(URL base) {
    this(URI.create(base.toString()), null);
  }

  private Http(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The same client, signed in with HTTP Basic. */
  public Http as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(base, "Basic " + token);
  }

  /** The same client, signed in as a demo account. */
  public Http as(String username) {
    return as(username, DEMO_PASSWORD);
  }

  /** The same client with a bearer token. */
  public Http bearer(String secret) {
    return new Http(base, "Bearer " + secret);
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  public HttpResponse<String> getJson(String path) {
    return get(path, "application/json");
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Posts a file as {@code text/csv}. */
  public HttpResponse<String> postCsv(String path, byte[] csv) {
    return send(
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
  }

  /** Posts bytes as {@code application/json}: a file read as it is, such as a CASE package. */
  public HttpResponse<String> postJsonFile(String path, byte[] json) {
    return send(
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
  }

  /** Posts one file as the part {@code file} of a {@code multipart/form-data} body. */
  public HttpResponse<String> postFile(String path, String fileName, byte[] content) {
    String boundary = "trellis-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail =
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    body.writeBytes(head);
    body.writeBytes(content);
    body.writeBytes(tail);
    return send(
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).header("Accept", "application/json").DELETE());
  }

  /** Any request, for tests that need unusual headers. */
  public HttpResponse<String> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closed) {
        // A kept-alive connection the server closed just as it was reused ends in "EOF reached
        // while reading" before any answer; a GET may safely be asked again, once.
        if (!request.method().equals("GET")) {
          throw closed;
        }
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }
}
