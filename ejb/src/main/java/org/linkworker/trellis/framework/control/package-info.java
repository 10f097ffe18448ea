/**
 * Framework logic with no transaction of its own: reading CASE 1.1 packages and framework profiles
 * into checked, immutable definitions ({@link
 * org.linkworker.trellis.framework.control.CaseFrameworkReader}), building entities from them
 * ({@link org.linkworker.trellis.framework.control.FrameworkAssembler}) and writing a framework
 * back out as CASE ({@link org.linkworker.trellis.framework.control.CaseFrameworkWriter}).
 */
package org.linkworker.trellis.framework.control;
