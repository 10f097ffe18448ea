/**
 * The Faces side of the web module. Backing beans live by component ({@code web.<component>}),
 * named {@code *Backing} after the page they serve, and call only the components' boundaries;
 * {@code web.faces} holds plumbing that knows no product noun.
 */
package org.linkworker.trellis.web;
