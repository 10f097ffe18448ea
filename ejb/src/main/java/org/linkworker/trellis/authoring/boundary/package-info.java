/**
 * The authoring boundary: what the steward does to a framework as a whole — importing a CASE
 * package written elsewhere as a draft (and, in the issues that follow, giving it stages,
 * publishing it and comparing versions). Every method asks the identity component's {@code
 * AccessPolicy} first and records what it changed in the audit log; the framework component does
 * the reading and storing.
 */
package org.linkworker.trellis.authoring.boundary;
