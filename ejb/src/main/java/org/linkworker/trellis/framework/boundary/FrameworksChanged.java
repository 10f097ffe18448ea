package org.linkworker.trellis.framework.boundary;

/**
 * A CDI event: a framework version was imported, published, made current or retired, so the
 * application-wide {@link CurrentFrameworks} snapshot is out of date once the transaction that
 * changed it ends. Whatever changes a framework's status or currency fires it.
 *
 * @param code the code of the framework that changed
 */
public record FrameworksChanged(String code) {}
