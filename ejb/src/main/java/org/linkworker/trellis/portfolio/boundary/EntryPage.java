package org.linkworker.trellis.portfolio.boundary;

import java.math.BigDecimal;
import org.linkworker.trellis.platform.Page;

/** One page of a worker's entries, with the hours of every entry the filter matches. */
public record EntryPage(Page<EntryView> page, BigDecimal totalHours) {}
