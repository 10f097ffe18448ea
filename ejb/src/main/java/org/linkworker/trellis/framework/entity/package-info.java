/**
 * The framework's persistent model: {@link org.linkworker.trellis.framework.entity.Framework} with
 * its levels, domains, competencies, level descriptors and career stages, and the code of practice
 * with its standards and expected behaviours. CASE identifiers are kept as primary keys so that
 * what is exported is what was imported. Depends on nothing of Trellis but the platform's
 * exception.
 */
package org.linkworker.trellis.framework.entity;
