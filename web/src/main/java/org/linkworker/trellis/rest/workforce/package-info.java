/**
 * The workforce's API: what is made from a person's CPD for reading and keeping, such as their CPD
 * summary as a PDF.
 */
package org.linkworker.trellis.rest.workforce;
