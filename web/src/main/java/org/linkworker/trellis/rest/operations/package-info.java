/** The API of operations: an online backup, for the steward. */
package org.linkworker.trellis.rest.operations;
