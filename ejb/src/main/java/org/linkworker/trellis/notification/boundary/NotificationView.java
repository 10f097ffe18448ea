package org.linkworker.trellis.notification.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.linkworker.trellis.notification.entity.NotificationKind;

/**
 * A notification as its recipient sees it.
 *
 * @param subject the id of what it is about (a CPD entry)
 * @param title the subject's title when the notification was sent
 * @param actor who acted (their display name)
 * @param message the whole sentence, in en-GB
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "kind", "subject", "title", "actor", "message", "createdAt", "read"})
public record NotificationView(
    String id,
    NotificationKind kind,
    String subject,
    String title,
    String actor,
    String message,
    Instant createdAt,
    boolean read) {}
