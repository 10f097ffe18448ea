/**
 * Faces plumbing the pages share: nothing here knows a product noun.
 *
 * <p>{@link org.linkworker.trellis.web.faces.RecordELResolver} lets Facelets read the boundary's
 * records as properties until Jakarta EL 6 does it for us; {@link
 * org.linkworker.trellis.web.faces.StatelessViewHandler} keeps public pages free of sessions;
 * {@link org.linkworker.trellis.web.faces.RefusalExceptionHandler} and {@link
 * org.linkworker.trellis.web.faces.Refusals} answer a refused page with the 404 or 403 page; {@link
 * org.linkworker.trellis.web.faces.FieldMessages} puts a boundary's field errors next to the
 * fields.
 */
package org.linkworker.trellis.web.faces;
