package org.linkworker.trellis.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property tests in plain JUnit: a property is checked on inputs generated from a seeded {@link
 * Random}, one seed per try. The seeds follow from a base seed, fixed unless the system property
 * {@value #SEED_PROPERTY} gives another (e.g. {@code -Dtrellis.seed=123} on the Maven command
 * line). A failure names the try, its seed and the input; run again with {@code -Dtrellis.seed=}
 * that seed and the failing try is the first one. There is no shrinking.
 */
public final class Tries {

  /** The system property that overrides the base seed. */
  public static final String SEED_PROPERTY = "trellis.seed";

  private static final long DEFAULT_SEED = 20_261_130L;
  private static final long STEP = 0x9E37_79B9_7F4A_7C15L;
  private static final int SHOWN = 2_000;

  private Tries() {}

  /** The base seed of this run. */
  public static long baseSeed() {
    return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
  }

  /**
   * Checks {@code property} on {@code tries} inputs made by {@code generate}, each from a {@link
   * Random} of its own seed; the first failure is rethrown with the seed and the input.
   */
  public static <T> void check(int tries, Function<Random, T> generate, Consumer<T> property) {
    long base = baseSeed();
    for (int i = 0; i < tries; i++) {
      long seed = base + i * STEP;
      T input = generate.apply(new Random(seed));
      try {
        property.accept(input);
      } catch (Throwable failure) {
        throw new AssertionError(
            "Failed on try "
                + (i + 1)
                + " of "
                + tries
                + " with seed "
                + seed
                + " (base seed "
                + base
                + "; -D"
                + SEED_PROPERTY
                + "="
                + seed
                + " makes it the first try)\ninput: "
                + shown(input)
                + "\n"
                + failure,
            failure);
      }
    }
  }

  /** An input as text: bytes as ISO-8859-1, control characters escaped, long text cut short. */
  public static String shown(Object input) {
    String text =
        input instanceof byte[] bytes
            ? "bytes[" + bytes.length + "] " + new String(bytes, StandardCharsets.ISO_8859_1)
            : String.valueOf(input);
    String escaped = CsvFiles.escaped(text);
    return escaped.length() <= SHOWN
        ? escaped
        : escaped.substring(0, SHOWN) + "…(" + escaped.length() + " chars)";
  }

  // ---- drawing values

  /** An int from {@code min} to {@code max}, both included. */
  public static int between(Random random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  @SafeVarargs
  public static <T> T oneOf(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  public static <T> T oneOf(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** True once in {@code n} times on average. */
  public static boolean oneIn(Random random, int n) {
    return random.nextInt(n) == 0;
  }

  /** Some of the values (any number, none to all), in their order. */
  public static <T> List<T> subset(Random random, Collection<T> values) {
    List<T> chosen = new ArrayList<>();
    for (T value : values) {
      if (random.nextBoolean()) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  public static <T> List<T> shuffled(Random random, Collection<T> values) {
    List<T> out = new ArrayList<>(values);
    Collections.shuffle(out, random);
    return out;
  }

  /** From {@code min} to {@code max} values, each drawn anew. */
  public static <T> List<T> list(Random random, int min, int max, Function<Random, T> one) {
    int size = between(random, min, max);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(one.apply(random));
    }
    return out;
  }

  public static byte[] bytes(Random random, int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Text of {@code min} to {@code max} characters, each one of {@code chars}. */
  public static String string(Random random, String chars, int min, int max) {
    int length = between(random, min, max);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }
}
