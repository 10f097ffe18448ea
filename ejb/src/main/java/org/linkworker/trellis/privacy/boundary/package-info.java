/**
 * Privacy's boundary (UK GDPR): erasure on request, in two hands — the employer confirms that one
 * of their people asked, the steward erases — and the one place that knows every table holding a
 * person's data. The subject-access export is the portfolio's whole-portfolio export; who read a
 * worker's reflections and evidence is the identity component's audit log.
 */
package org.linkworker.trellis.privacy.boundary;
