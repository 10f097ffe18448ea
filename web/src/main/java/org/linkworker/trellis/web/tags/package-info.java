/**
 * Backing beans of the project tags in {@code /WEB-INF/tags}: what a tag needs to know beyond its
 * attributes, such as the limits of the property a form field fills.
 */
package org.linkworker.trellis.web.tags;
