/**
 * The pages of the workforce: a person's compliance with every scheme they are under, and an
 * employer's own mandatory-training schemes.
 */
package org.linkworker.trellis.web.workforce;
