/**
 * The API of the workforce: requirement schemes, the schemes a person is under, and their
 * compliance with each.
 */
package org.linkworker.trellis.rest.workforce;
