package org.linkworker.trellis.rest;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;

/**
 * The {@code ?offset=&limit=} of a long list (API.md): {@code offset} from 0, {@code limit} from 1
 * to {@value Page#MAX_LIMIT}, {@value Page#DEFAULT_LIMIT} when left out. The page comes back as a
 * JSON array with the length of the whole list in {@value #TOTAL_COUNT}.
 *
 * <p>The parameters are read as text, not as {@code int}: JAX-RS answers a query parameter it
 * cannot convert with 404, and a client that sent {@code limit=ten} needs a 400 that names the
 * parameter.
 */
public record Paging(int offset, int limit) {

  public static final String TOTAL_COUNT = "X-Total-Count";

  /**
   * The paging a client asked for.
   *
   * @throws InvalidInputException naming {@code offset} or {@code limit} when either is not a whole
   *     number in its range
   */
  public static Paging of(String offset, String limit) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer start = number(offset, 0);
    if (start == null || start < 0) {
      errors.put("offset", ApiTexts.text("api.paging.offset.invalid"));
    }
    Integer size = number(limit, Page.DEFAULT_LIMIT);
    if (size == null || size < 1 || size > Page.MAX_LIMIT) {
      errors.put("limit", ApiTexts.text("api.paging.limit.invalid", Page.MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Paging(start, size);
  }

  /** A page as the API returns it: its items as they are, the whole list's length in a header. */
  public static Response response(Page<?> page) {
    return response(page, Function.identity());
  }

  /** A page as the API returns it: its items, mapped, and the whole list's length in a header. */
  public static <T, V> Response response(Page<T> page, Function<T, V> view) {
    return Response.ok(page.items().stream().map(view).toList())
        .header(TOTAL_COUNT, page.total())
        .build();
  }

  /** The number a parameter holds, the default when it is left out, null when it is no number. */
  private static Integer number(String parameter, int absent) {
    if (parameter == null || parameter.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(parameter.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
