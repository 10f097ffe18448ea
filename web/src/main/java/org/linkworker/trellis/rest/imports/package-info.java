/**
 * The imports' API: an import's progress, outcome and error report, and stopping and restarting it,
 * whatever it imports (each importing component's API starts its own).
 */
package org.linkworker.trellis.rest.imports;
