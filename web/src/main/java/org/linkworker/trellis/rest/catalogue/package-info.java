/**
 * The catalogue's API: courses and their mappings, catalogue search, provision, a provider's
 * coverage of the framework, and imports of a provider's catalogue from CSV.
 */
package org.linkworker.trellis.rest.catalogue;
