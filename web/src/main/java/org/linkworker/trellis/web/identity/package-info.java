/**
 * Pages of the identity component: signing in, the signed-in person's own account (password,
 * personal access tokens), the steward's organisations and audit log, and an organisation's people.
 *
 * <p>Backing beans mirror their page's path ({@code account/tokens.xhtml} ↔ {@code TokensBacking})
 * and take the caller from {@link org.linkworker.trellis.web.security.CurrentCaller}. Whether the
 * caller may see or do something is the identity boundary's decision ({@code AccessPolicy} and the
 * services); a page only turns a refusal into the 404 or 403 page, or a boundary's field errors
 * into messages next to the fields.
 */
package org.linkworker.trellis.web.identity;
