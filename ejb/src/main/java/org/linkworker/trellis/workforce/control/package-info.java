/**
 * The workforce's rules with no transaction of their own: a person's compliance with a requirement
 * scheme on a day, from the counted entries a boundary has read (PRODUCT.md: Compliance).
 */
package org.linkworker.trellis.workforce.control;
