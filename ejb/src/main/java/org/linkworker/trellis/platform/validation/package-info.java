/**
 * Bean Validation constraints every component's entities and payload records share: what a text
 * field may hold ({@link org.linkworker.trellis.platform.validation.SingleLine}, {@link
 * org.linkworker.trellis.platform.validation.MultiLine}), and {@link
 * org.linkworker.trellis.platform.validation.FieldErrors}, which names a violated field as the page
 * and the API name it. Messages are keyed in {@code ValidationMessages.properties}.
 */
package org.linkworker.trellis.platform.validation;
