package org.conferral.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The export formats conferral reads; {@link #id()} is what {@code --format} takes. */
public enum SourceFormat {
  CL_BULK_DOCKETS("cl-bulk-dockets", "CourtListener bulk dockets CSV"),
  CL_BULK_CLUSTERS("cl-bulk-clusters", "CourtListener bulk opinion-clusters CSV"),
  CL_BULK_OPINIONS("cl-bulk-opinions", "CourtListener bulk opinions CSV"),
  CL_BULK_IDB("cl-bulk-idb", "CourtListener bulk fjc-integrated-database CSV"),
  CL_API("cl-api", "CourtListener REST API v4 JSON (dockets, docket entries, RECAP documents)"),
  RECAP_XML("recap-xml", "RECAP docket XML from the Internet Archive"),
  JURISCRAPER("juriscraper", "PACER docket JSON as Juriscraper parses it"),
  SCALES("scales", "SCALES-OKN parsed docket JSON"),
  GOVINFO_MODS("govinfo-mods", "GovInfo USCOURTS MODS XML"),
  GOVINFO_JSONL("govinfo-jsonl", "GovInfo USCOURTS docket texts as JSON lines"),
  FJC_IDB("fjc-idb", "FJC Integrated Database civil file (tab-separated)");

  private final String id;
  private final String description;

  SourceFormat(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The format with this id, or an exception that lists the valid ids. */
  public static SourceFormat fromId(String id) {
    for (SourceFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown --format '"
            + id
            + "'; use one of: "
            + Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", ")));
  }
}
