/**
 * Privacy's entities: a request to erase a person's data, confirmed by their employer and carried
 * out by the steward, kept afterwards under a pseudonym as the record that it was done.
 */
package org.linkworker.trellis.privacy.entity;
