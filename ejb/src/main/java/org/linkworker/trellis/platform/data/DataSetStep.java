package org.linkworker.trellis.platform.data;

import jakarta.json.JsonObject;

/**
 * Loads one kind of demo data (organisations, people, courses...) named by the data-set manifest.
 * The component that owns the data implements it as a CDI bean (a session bean or an
 * {@code @ApplicationScoped} bean); the loader finds every implementation and runs the manifest's
 * steps in order, inside the one transaction that loads the whole data set.
 *
 * <p>A step must be idempotent by identifier: the data set is offered again at every start, so a
 * row whose identifier is already there is left as it is. A step that cannot use its file throws a
 * {@link DataFileException} naming {@code fileName} and the item.
 */
public interface DataSetStep {

  /** The manifest {@code kind} this step loads, e.g. {@code organisations}; unique among steps. */
  String kind();

  /**
   * Loads one file.
   *
   * @param content the file's top-level JSON object
   * @param fileName the file's name, for messages
   */
  void load(JsonObject content, String fileName);
}
