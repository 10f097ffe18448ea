/**
 * The API of progression: a worker's attainment in every competency on any day, their gap report,
 * the organisation-wide gap report (a batch job and its snapshots) and the steward's national
 * picture.
 */
package org.linkworker.trellis.rest.progression;
