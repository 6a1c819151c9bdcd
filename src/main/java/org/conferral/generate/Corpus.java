package org.conferral.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CorpusGenerator#generate} wrote: the folder, its files, and how many dockets, entries
 * (good and deliberately bad) and bytes they hold.
 */
public record Corpus(
    Path dir, List<Path> files, long dockets, long entries, long badRecords, long bytes) {}
