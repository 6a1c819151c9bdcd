package org.conferral.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A named, precompiled, case-insensitive regular expression: one reviewable rule. */
public record NamedPattern(String name, Pattern pattern) {

  public static NamedPattern of(String name, String regex) {
    return new NamedPattern(
        name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** One matcher per pattern and thread, for {@link #reusable}. */
  private static final ThreadLocal<java.util.IdentityHashMap<Pattern, Matcher>> MATCHERS =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  /**
   * This thread's matcher of the pattern, reset to text with default bounds: it saves allocating
   * one per use, so a caller must be done with it before the pattern is matched again on this
   * thread.
   */
  Matcher reusable(CharSequence text) {
    Matcher m = MATCHERS.get().computeIfAbsent(pattern, p -> p.matcher(""));
    return m.reset(text).useTransparentBounds(false).useAnchoringBounds(true);
  }
}
