/**
 * Catalogue logic with no transaction of its own: the layout of a provider's catalogue file (CSV,
 * read by the platform's import files) and its template.
 */
package org.linkworker.trellis.catalogue.control;
