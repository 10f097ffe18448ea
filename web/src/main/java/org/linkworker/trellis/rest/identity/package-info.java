/**
 * The identity component's REST resources: organisations and their people ({@code
 * /api/organisations}, {@code /api/people}), the signed-in person's own account ({@code /api/me}),
 * and the audit log ({@code /api/audit}). Organisations, tokens and audit entries go out as the
 * boundary's own records. A {@code *View} here exists only where API.md fixes a shape the
 * boundary's record does not have, and says why; {@code *Payload} records are the request bodies,
 * bound strictly by {@code rest.json.PayloadReader}.
 *
 * <p>Every resource takes the caller from {@link org.linkworker.trellis.web.security.CurrentCaller}
 * and hands it to the boundary, which decides what the caller may see and do; refusals come back as
 * exceptions that {@code rest.problem.TrellisExceptionMapper} turns into 404, 403, 400 or 409.
 */
package org.linkworker.trellis.rest.identity;
