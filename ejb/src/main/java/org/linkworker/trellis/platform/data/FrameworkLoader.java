package org.linkworker.trellis.platform.data;

import jakarta.ejb.Local;

/**
 * Loads one framework of the data set. The framework component implements it, so the data-set
 * loader (which must not depend on any component) can hand it the framework's files.
 */
@Local
public interface FrameworkLoader {

  /**
   * Loads a framework, its code of practice and its profile in the caller's transaction, unless a
   * framework with the package's identifier is already there.
   *
   * @param casePackage the framework's CASE package
   * @param codeOfPractice the code of practice's CASE package, or null
   * @param profile the Trellis profile
   */
  void loadFramework(DataFile casePackage, DataFile codeOfPractice, DataFile profile);
}
