package org.conferral.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One labelled docket entry of a gold JSONL file (gold/LABELS.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldEntry(
    @JsonProperty("id") String id,
    @JsonProperty("source") String source,
    @JsonProperty("docket_key") String docketKey,
    @JsonProperty("court_id") String courtId,
    @JsonProperty("entry_number") String entryNumber,
    @JsonProperty("date_filed") String dateFiled,
    @JsonProperty("text") String text,
    @JsonProperty("document_text") String documentText,
    @JsonProperty("kind") String kind,
    @JsonProperty("motion_types") List<String> motionTypes,
    @JsonProperty("rulings") List<GoldRuling> rulings) {

  public GoldEntry {
    motionTypes = motionTypes == null ? List.of() : motionTypes;
    rulings = rulings == null ? List.of() : rulings;
  }

  /** One gold ruling. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldRuling(
      @JsonProperty("target") String target,
      @JsonProperty("motion_type") String motionType,
      @JsonProperty("outcome") String outcome,
      @JsonProperty("conferral_ground") boolean conferralGround) {}
}
