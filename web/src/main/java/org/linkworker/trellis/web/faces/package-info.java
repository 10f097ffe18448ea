/**
 * Faces plumbing the pages share: nothing here knows a product noun.
 *
 * <p>{@link org.linkworker.trellis.web.faces.RecordELResolver} lets Facelets read the boundary's
 * records as properties until Jakarta EL 6 does it for us.
 */
package org.linkworker.trellis.web.faces;
