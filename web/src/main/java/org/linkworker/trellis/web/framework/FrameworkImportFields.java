package org.linkworker.trellis.web.framework;

import jakarta.validation.constraints.Size;
import org.linkworker.trellis.framework.entity.Lengths;

/**
 * The limits of the framework import page's free-text choices, for the field tag (never
 * instantiated): a code and a version as the framework keeps them, an item type as long as a title,
 * and a scale of up to twenty level names of a name's length, one per line.
 */
public final class FrameworkImportFields {

  /** Twenty names and the line breaks between them. */
  public static final int SCALE = 20 * (Lengths.NAME + 2);

  @Size(max = 20)
  private String code;

  @Size(max = Lengths.VERSION)
  private String version;

  @Size(max = Lengths.TITLE)
  private String itemType;

  @Size(max = SCALE)
  private String scale;

  private FrameworkImportFields() {}

  public String getCode() {
    return code;
  }

  public String getVersion() {
    return version;
  }

  public String getItemType() {
    return itemType;
  }

  public String getScale() {
    return scale;
  }
}
