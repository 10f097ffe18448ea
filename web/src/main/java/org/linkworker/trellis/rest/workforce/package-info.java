/**
 * The API of the workforce: requirement schemes, the schemes a person is under and their compliance
 * with each, and what is made from a person's CPD for reading and keeping, such as their CPD
 * summary as a PDF.
 */
package org.linkworker.trellis.rest.workforce;
