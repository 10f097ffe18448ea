/**
 * The catalogue's pages: searching courses, a course, a provider's course form, the alignment
 * matrix of a provider's courses and the framework, provision across all providers, and importing a
 * catalogue from CSV.
 */
package org.linkworker.trellis.web.catalogue;
