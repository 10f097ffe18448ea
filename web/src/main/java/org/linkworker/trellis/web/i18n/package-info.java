/**
 * The one i18n bundle of the web module ({@code messages.properties}, its key rule at its top) and
 * {@link org.linkworker.trellis.web.i18n.Texts}, the way Java code reads it.
 */
package org.linkworker.trellis.web.i18n;
