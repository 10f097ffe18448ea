/** The API of progression: a worker's attainment in every competency on any day. */
package org.linkworker.trellis.rest.progression;
