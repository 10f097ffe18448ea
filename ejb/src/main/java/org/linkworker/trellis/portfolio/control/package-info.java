/**
 * Portfolio logic with no transaction of its own: where evidence files are kept and how big they
 * may be ({@link org.linkworker.trellis.portfolio.control.EvidenceSettings}), storing their bytes
 * ({@link org.linkworker.trellis.portfolio.control.EvidenceStore}) and telling their type from
 * their content ({@link org.linkworker.trellis.portfolio.control.EvidenceTypes}); reading a CPD
 * history file ({@link org.linkworker.trellis.portfolio.control.CpdCsv}) and writing its new
 * entries in batches ({@link org.linkworker.trellis.portfolio.control.EntryInserts}).
 */
package org.linkworker.trellis.portfolio.control;
