/**
 * Email: the SMTP server the deployment names (system properties or environment, {@link
 * org.linkworker.trellis.platform.mail.MailSettings}), and sending one message as plain text and
 * HTML with Jakarta Mail ({@link org.linkworker.trellis.platform.mail.Mailer}). Without a server
 * nothing is sent.
 */
package org.linkworker.trellis.platform.mail;
