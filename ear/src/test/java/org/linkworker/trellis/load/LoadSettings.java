package org.linkworker.trellis.load;

import java.nio.file.Path;

/**
 * What a load run does, from system properties: {@code load.url} (the application's base URL, e.g.
 * {@code http://localhost:8080}), {@code load.users} (concurrent virtual users, default 100),
 * {@code load.duration} (seconds of steady load after the ramp, default 600), {@code load.ramp}
 * (seconds over which the users start, default a tenth of the duration, at most 60), {@code
 * load.accounts} (the accounts file, see {@link LoadAccounts}) and {@code load.think.min} / {@code
 * load.think.max} (a person's pause between pages, milliseconds, default 1,000 to 3,000).
 */
public record LoadSettings(
    String baseUrl,
    int users,
    int duration,
    int ramp,
    Path accounts,
    int thinkMinMillis,
    int thinkMaxMillis) {

  public LoadSettings {
    if (users < 1
        || duration < 1
        || ramp < 0
        || thinkMinMillis < 0
        || thinkMaxMillis < thinkMinMillis) {
      throw new IllegalArgumentException(
          "users and duration at least 1, ramp and think times not negative");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public static LoadSettings fromSystemProperties() {
    String url = System.getProperty("load.url");
    String accounts = System.getProperty("load.accounts");
    if (url == null || accounts == null) {
      throw new IllegalStateException("set -Dload.url and -Dload.accounts");
    }
    int duration = Integer.getInteger("load.duration", 600);
    return new LoadSettings(
        url,
        Integer.getInteger("load.users", 100),
        duration,
        Integer.getInteger("load.ramp", Math.min(60, Math.max(1, duration / 10))),
        Path.of(accounts),
        Integer.getInteger("load.think.min", 1000),
        Integer.getInteger("load.think.max", 3000));
  }
}
