package org.linkworker.trellis.web.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;

/** Backs {@code /framework/stages.xhtml}: the stage profile matrix of one framework version. */
@Named
@RequestScoped
public class StagesBacking {

  private FrameworkLookup lookup;

  private String code;
  private String version;

  private FrameworkOutline framework;
  private StageMatrix matrix;

  @Inject
  public StagesBacking(FrameworkLookup lookup) {
    this.lookup = lookup;
  }

  /** For the CDI client proxy only. */
  protected StagesBacking() {}

  /** The page's view action. */
  public void load() {
    framework = lookup.forPage(code, version).orElse(null);
    matrix = framework == null ? null : StageMatrix.of(framework);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public FrameworkOutline getFramework() {
    return framework;
  }

  public boolean isFound() {
    return framework != null;
  }

  public boolean isVersionNamed() {
    return FrameworkLookup.isVersionNamed(code, version);
  }

  public StageMatrix getMatrix() {
    return matrix;
  }

  /** Whether there is a table to draw: at least one stage and one competency. */
  public boolean isMatrixShown() {
    return matrix != null && !matrix.isEmpty();
  }
}
