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
}
