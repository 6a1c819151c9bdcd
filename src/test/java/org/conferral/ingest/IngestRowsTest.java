package org.conferral.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;

class IngestRowsTest {
  private final IngestRows rows = new IngestRows();

  @Test
  void entryRowHoldsTheRecordAndTheHashOfItsContent() throws Exception {
    List<EntryRecord> entries =
        List.of(
            new EntryRecord(
                "cl:1", "cl:1#3", "cl-api", "a.jsonl", 4, "3", 2, LocalDate.of(2020, 1, 31),
                "MOTION to Compel — Señora Ñúñez, 漢字 \uD83D\uDE00"),
            new EntryRecord("cl:1", "cl:1#4", "cl-api", "a.jsonl", 5, null, 3, null, null),
            new EntryRecord("cl:2", "cl:2#1", "cl-api", "b.jsonl", 1, "1", 0, null, ""));
    for (EntryRecord e : entries) {
      InternalRow r = rows.entry(e);
      assertEquals(e.docketUid(), r.getUTF8String(0).toString());
      assertEquals(e.entryUid(), r.getUTF8String(1).toString());
      assertEquals(e.source(), r.getUTF8String(2).toString());
      assertEquals(e.sourceFile(), r.getUTF8String(3).toString());
      assertEquals(e.position(), r.getLong(4));
      assertEquals(e.entryNumber(), r.isNullAt(5) ? null : r.getUTF8String(5).toString());
      assertEquals(e.sequence(), r.getInt(6));
      if (e.dateFiled() == null) {
        assertNull(r.get(7, org.apache.spark.sql.types.DataTypes.DateType));
      } else {
        assertEquals(e.dateFiled().toEpochDay(), r.getInt(7));
      }
      assertEquals(e.text(), r.isNullAt(8) ? null : r.getUTF8String(8).toString());
      assertEquals(hash(e), r.getUTF8String(9).toString(), e.entryUid());
    }
  }

  /** The content hash as the staged entries table has always held it. */
  private static String hash(EntryRecord e) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Object part : new Object[] {e.docketUid(), e.entryNumber(), e.dateFiled()}) {
      md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    md.update(String.valueOf(e.text()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }
}
