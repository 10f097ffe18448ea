/**
 * Progression's rules with no transaction of their own: the attained level of a worker in each
 * competency on a day, from the evidence a boundary has read (PRODUCT.md: Currency, Attained level,
 * History).
 */
package org.linkworker.trellis.progression.control;
