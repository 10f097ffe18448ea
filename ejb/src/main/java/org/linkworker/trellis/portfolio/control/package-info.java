/**
 * Portfolio logic with no transaction of its own: where evidence files are kept and how big they
 * may be ({@link org.linkworker.trellis.portfolio.control.EvidenceSettings}), storing their bytes
 * ({@link org.linkworker.trellis.portfolio.control.EvidenceStore}) and telling their type from
 * their content ({@link org.linkworker.trellis.portfolio.control.EvidenceTypes}).
 */
package org.linkworker.trellis.portfolio.control;
