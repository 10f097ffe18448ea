/** What every page shows around its content: the layout template's backing bean. */
package org.linkworker.trellis.web.layout;
