/**
 * The identity component's logic without a transaction of its own: hashing and verifying passwords
 * ({@link org.linkworker.trellis.identity.control.PasswordHasher}), what a new password must be
 * ({@link org.linkworker.trellis.identity.control.PasswordPolicy}), access-token secrets ({@link
 * org.linkworker.trellis.identity.control.TokenSecrets}) and the short memory of verified
 * credentials ({@link org.linkworker.trellis.identity.control.CredentialCache}).
 */
package org.linkworker.trellis.identity.control;
