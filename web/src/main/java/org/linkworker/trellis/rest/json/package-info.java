/**
 * How the API reads JSON request bodies: strictly, into its payload records. {@link
 * org.linkworker.trellis.rest.json.PayloadReader} claims every payload record of {@code rest.*} and
 * binds it with {@link org.linkworker.trellis.rest.json.PayloadBinder}, which refuses a value of
 * the wrong JSON type with a message under the field's name instead of coercing it.
 */
package org.linkworker.trellis.rest.json;
