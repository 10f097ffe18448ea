/**
 * The identity component's REST resources: organisations and their people ({@code
 * /api/organisations}, {@code /api/people}), the signed-in person's own account ({@code /api/me}),
 * and the audit log ({@code /api/audit}). Payload records ({@code *Payload} in, {@code *View} out)
 * fix the field names API.md promises, apart from the boundary's records of the same names.
 *
 * <p>Every resource takes the caller from {@link org.linkworker.trellis.web.security.CurrentCaller}
 * and hands it to the boundary, which decides what the caller may see and do; refusals come back as
 * exceptions that {@code rest.problem.TrellisExceptionMapper} turns into 404, 403, 400 or 409.
 */
package org.linkworker.trellis.rest.identity;
