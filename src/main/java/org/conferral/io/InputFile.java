package org.conferral.io;

import java.io.Serializable;

/** One input file found under an {@code --input} path: its URI, size and modification time. */
public record InputFile(String path, long size, long modified) implements Serializable {}
