package org.conferral.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.conferral.report.ReportData.OutcomeCount;
import org.conferral.report.ReportData.Rate;
import org.conferral.report.ReportData.RulingTime;

/**
 * The data behind the HTML report's charts, as JSON safe to place inside a {@code <script>} element:
 * {@code <}, {@code >}, {@code &} and the JavaScript line separators are written as {@code \}u
 * escapes, so docket text can neither close the element nor start markup. Only published cells.
 */
final class ChartData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChartData() {}

  static String json(ReportData d) {
    ObjectNode root = JSON.createObjectNode();
    root.put("minCell", d.minCell());
    ArrayNode courts = root.putArray("courts");
    d.published("court").stream()
        .filter(r -> r.rate() != null)
        .sorted(Comparator.comparing(Rate::rate).thenComparing(Rate::value))
        .forEach(r -> rate(courts.addObject().put("name", r.value()), r));
    ArrayNode years = root.putArray("years");
    d.published("year").stream()
        .filter(r -> r.rate() != null)
        .sorted(Comparator.comparing(Rate::value))
        .forEach(r -> rate(years.addObject().put("name", r.value()), r).put("motions", r.nMotions()));
    ArrayNode funnel = root.putArray("funnel");
    for (JudgeFunnel.Step s : JudgeFunnel.of(d)) {
      funnel.addObject().put("name", s.label()).put("value", s.judges());
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeCount o : d.outcomes()) {
      outcomes.addObject().put("name", o.outcome().replace('_', ' ')).put("value", o.count());
    }
    ArrayNode times = root.putArray("times");
    for (RulingTime t : d.publishedTimes("court")) {
      ObjectNode o = times.addObject().put("name", t.value()).put("n", t.nTimed());
      o.putArray("box").add(t.min()).add(t.q1()).add(t.median()).add(t.q3()).add(t.max());
      o.put("pending120", t.pending120()).put("pending180", t.pending180());
    }
    try {
      return JSON.writer().with(new ScriptSafe()).writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode rate(ObjectNode o, Rate r) {
    return o.put("rate", r.rate()).put("lower", r.lower()).put("upper", r.upper())
        .put("n", r.nRuled()).put("denied", r.nDeniedConferral());
  }

  /** Escapes what could end a script element or be read as a line break by old parsers. */
  static final class ScriptSafe extends CharacterEscapes {
    private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptSafe() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        table[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }

  static {
    JSON.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
