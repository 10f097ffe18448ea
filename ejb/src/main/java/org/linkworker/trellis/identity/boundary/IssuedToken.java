package org.linkworker.trellis.identity.boundary;

/** A new personal access token: {@code secret} is shown once and never stored. */
public record IssuedToken(TokenView token, String secret) {}
