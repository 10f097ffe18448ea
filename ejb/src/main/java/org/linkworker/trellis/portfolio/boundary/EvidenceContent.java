package org.linkworker.trellis.portfolio.boundary;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An evidence file to send: what it is, and its bytes, opened only when they are written out (after
 * the transaction that checked the caller's access, which need not stay open while they stream).
 */
public record EvidenceContent(EvidenceView evidence, Supplier<InputStream> bytes) {}
