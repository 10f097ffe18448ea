/**
 * The imports' boundary: an import's progress and outcome, its refused rows and their report, and
 * stopping and restarting its batch job, for whoever started it and the steward. The components
 * that import (the catalogue's courses, the portfolio's CPD entries) check and store their files,
 * start their own jobs through it, and record what each chunk of rows did.
 */
package org.linkworker.trellis.imports.boundary;
