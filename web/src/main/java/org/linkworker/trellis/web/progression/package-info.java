/** The pages of progression: a worker's attainment profile against their stages. */
package org.linkworker.trellis.web.progression;
