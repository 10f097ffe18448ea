/**
 * Who is calling, for pages and the API alike: the one authentication mechanism ({@link
 * org.linkworker.trellis.web.security.TrellisAuthenticationMechanism}), the caller it establishes
 * for each request ({@link org.linkworker.trellis.web.security.CurrentCaller}, which backing beans
 * and REST resources use), and the headers and checks that harden every response.
 *
 * <p>Whether a caller may see or change something is never decided here: the identity boundary's
 * access policy decides, inside the services. This package only establishes who the caller is and
 * which paths need anyone at all.
 */
package org.linkworker.trellis.web.security;
