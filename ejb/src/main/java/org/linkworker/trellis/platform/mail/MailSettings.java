package org.linkworker.trellis.platform.mail;

import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where mail goes, read from the server's system properties ({@code trellis.smtp.host}, ...) or,
 * failing those, its environment ({@code TRELLIS_SMTP_HOST}, ...). Without a host, mail is off.
 *
 * @param host the SMTP server
 * @param port its port (default 25)
 * @param from the sender's address (default {@code trellis@localhost})
 * @param user and {@code password}: for a server that asks for them, otherwise null
 * @param startTls whether to upgrade the connection with STARTTLS (required when true)
 * @param publicUrl where people open Trellis (linked from the message), or null
 */
public record MailSettings(
    String host,
    int port,
    String from,
    String user,
    String password,
    boolean startTls,
    String publicUrl) {

  /**
   * How long connecting, reading and writing may each take, so a dead server cannot stall a job.
   */
  static final String TIMEOUT_MILLIS = "10000";

  /** The settings of this server, or empty when no SMTP host is set. */
  public static Optional<MailSettings> current() {
    return from(key -> first(System.getProperty(key), System.getenv(envName(key))));
  }

  /** The settings from a look-up of the {@code trellis.smtp.*} keys; empty without a host. */
  static Optional<MailSettings> from(UnaryOperator<String> setting) {
    String host = setting.apply("trellis.smtp.host");
    if (host == null) {
      return Optional.empty();
    }
    String port = setting.apply("trellis.smtp.port");
    String from = setting.apply("trellis.smtp.from");
    return Optional.of(
        new MailSettings(
            host,
            port == null ? 25 : Integer.parseInt(port),
            from == null ? "trellis@localhost" : from,
            setting.apply("trellis.smtp.user"),
            setting.apply("trellis.smtp.password"),
            Boolean.parseBoolean(setting.apply("trellis.smtp.starttls")),
            setting.apply("trellis.public.url")));
  }

  /** Jakarta Mail's session properties for these settings. */
  Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", host);
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.from", from);
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.auth", Boolean.toString(user != null));
    if (startTls) {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", "true");
    }
    return properties;
  }

  /** {@code trellis.smtp.host} is {@code TRELLIS_SMTP_HOST}. */
  static String envName(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }

  private static String first(String property, String environment) {
    String value = property != null && !property.isBlank() ? property : environment;
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    // Never let the password reach a log line.
    return "MailSettings[" + host + ":" + port + "]";
  }
}
