/**
 * Catalogue logic with no transaction of its own: reading a provider's catalogue file (CSV, with
 * Commons CSV) into rows of text, checking its encoding and header before anything is stored.
 */
package org.linkworker.trellis.catalogue.control;
