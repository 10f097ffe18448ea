package org.linkworker.trellis.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of a longer list, with the length of the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public Page {
    items = List.copyOf(items);
  }

  /**
   * The limit a service should use for a requested page: the request, capped at {@link #MAX_LIMIT}.
   *
   * @throws InvalidInputException field {@code offset} when it is negative, field {@code limit}
   *     when it is below 1
   */
  public static int checkedLimit(int offset, int limit) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (offset < 0) {
      errors.put("offset", Messages.format("page.offset_negative"));
    }
    if (limit < 1) {
      errors.put("limit", Messages.format("page.limit_too_small"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return Math.min(limit, MAX_LIMIT);
  }
}
