package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntryUidsTest {

  @Test
  void repeatedUidsGetNumberedSuffixesInOrder() {
    EntryUids uids = new EntryUids();
    assertEquals("d#12", uids.unique("d#12"));
    assertEquals("d#12_2", uids.unique("d#12"));
    assertEquals("d#13", uids.unique("d#13"));
    assertEquals("d#12_3", uids.unique("d#12"));
  }

  @Test
  void aSuffixTakenBySourceIsSkipped() {
    EntryUids uids = new EntryUids();
    uids.unique("d#5");
    uids.unique("d#5_2");
    assertEquals("d#5_3", uids.unique("d#5"));
  }
}
