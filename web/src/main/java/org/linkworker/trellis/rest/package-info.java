/**
 * The REST API's application class and what its components share: the texts they send, paging of
 * long lists, and the rule that a body is required. Resources live by component in {@code
 * rest.<component>} and take the caller from {@link
 * org.linkworker.trellis.web.security.CurrentCaller}; errors become problem documents in {@code
 * rest.problem}.
 */
package org.linkworker.trellis.rest;
