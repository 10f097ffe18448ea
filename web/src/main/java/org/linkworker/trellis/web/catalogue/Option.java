package org.linkworker.trellis.web.catalogue;

import java.io.Serializable;

/** A choice of a select: the value sent and the label shown. */
public record Option(String value, String label) implements Serializable {}
