/**
 * The catalogue's entities: training courses of provider organisations, each mapped to competencies
 * at the level it develops, and the imports that bring a provider's catalogue in from a file.
 */
package org.linkworker.trellis.catalogue.entity;
