/**
 * Reading the application's data files: a file's bytes and name ({@link
 * org.linkworker.trellis.platform.data.DataFile}), checked JSON access that reports the file and
 * item of every problem, the data-set manifest, and the two interfaces through which components
 * load their part of the data set.
 */
package org.linkworker.trellis.platform.data;
