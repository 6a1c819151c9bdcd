package org.conferral.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conferral.classify.ConferralKind;
import org.conferral.classify.EntryKind;
import org.conferral.classify.EntryLabels;
import org.conferral.classify.Evidence;
import org.conferral.classify.MotionType;
import org.conferral.classify.Outcome;
import org.conferral.classify.RulingLabel;

/** Builds one invented docket's classified entries for tests, in docket order. */
public final class Entries {

  private final String docket;
  private final List<ClassifiedEntry> entries = new ArrayList<>();

  public Entries(String docket) {
    this.docket = docket;
  }

  /** A discovery motion at entry {@code number}. */
  public Entries motion(String number, String date, MotionType... types) {
    return motion(number, date, false, types);
  }

  /** A discovery motion that says it is renewed (or not). */
  public Entries motion(String number, String date, boolean renewed, MotionType... types) {
    EntryLabels labels =
        new EntryLabels(
            EntryKind.MOTION,
            List.of(types),
            List.of(),
            renewed,
            false,
            false,
            List.of(),
            List.of(new Evidence("motion_to_compel", 0, 16, "MOTION to Compel", false)));
    return add(number, date, labels);
  }

  /** An entry that is neither a discovery motion nor an order. */
  public Entries other(String number, String date) {
    return add(
        number,
        date,
        new EntryLabels(
            EntryKind.OTHER, List.of(), List.of(), false, false, false, List.of(), List.of()));
  }

  /** An order making {@code rulings}, citing {@code cited}. */
  public Entries order(String number, String date, List<String> cited, RulingLabel... rulings) {
    return add(
        number,
        date,
        new EntryLabels(
            EntryKind.ORDER, List.of(), List.of(rulings), false, false, false, cited, List.of()));
  }

  public Entries order(String number, String date, RulingLabel... rulings) {
    return order(number, date, List.of(), rulings);
  }

  private Entries add(String number, String date, EntryLabels labels) {
    int seq = entries.size();
    entries.add(
        new ClassifiedEntry(
            docket,
            docket + "#" + seq,
            number,
            seq,
            date == null ? null : LocalDate.parse(date),
            "ksd",
            labels));
    return this;
  }

  public List<ClassifiedEntry> list() {
    return List.copyOf(entries);
  }

  /** The uid of the entry at docket position {@code seq}. */
  public String uid(int seq) {
    return entries.get(seq).entryUid();
  }

  public DocketLinks link() {
    return new DocketLinker().link(list());
  }

  /** A ruling without a conferral ground. */
  public static RulingLabel ruling(String target, MotionType type, Outcome outcome) {
    return new RulingLabel(
        target,
        type,
        outcome,
        false,
        null,
        false,
        List.of("outcome_rule"),
        List.of(new Evidence("outcome_rule", 10, 16, outcome.label(), false)));
  }

  /** A ruling that rests on insufficient conferral. */
  public static RulingLabel conferralRuling(String target, MotionType type, Outcome outcome) {
    return new RulingLabel(
        target,
        type,
        outcome,
        true,
        ConferralKind.LETTERS_ONLY,
        true,
        List.of("outcome_rule", "letters_not_conferral"),
        List.of(new Evidence("letters_not_conferral", 120, 180, "a single letter is not", true)));
  }
}
