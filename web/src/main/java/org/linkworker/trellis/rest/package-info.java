/**
 * The REST API's application class and what its components share (the texts they send). Resources
 * live by component in {@code rest.<component>}; errors become problem documents in {@code
 * rest.problem}.
 */
package org.linkworker.trellis.rest;
