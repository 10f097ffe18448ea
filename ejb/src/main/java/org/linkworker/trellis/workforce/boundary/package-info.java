/**
 * The workforce's boundary: requirement schemes (the association's, the regulator-style three-year
 * scheme, an employer's mandatory training) and each person's compliance with them, and the reports
 * an employer reads across a team. Every method asks the identity component's {@code AccessPolicy}
 * first, on the person asked about.
 */
package org.linkworker.trellis.workforce.boundary;
