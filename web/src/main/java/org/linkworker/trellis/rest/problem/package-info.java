/**
 * Errors as problem documents ({@code application/problem+json}): one {@link
 * jakarta.ws.rs.ext.ExceptionMapper} per kind of failure, all answering with {@link
 * org.linkworker.trellis.rest.problem.Problem}. Resources throw; they never catch to build error
 * responses themselves.
 */
package org.linkworker.trellis.rest.problem;
