package org.conferral.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files under the {@code --input} paths through Hadoop's FileSystem, so local paths,
 * {@code hdfs://} and {@code s3a://} all work. Hidden files ({@code .x}, {@code _x}) are skipped.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Every regular file under the given paths, recursively, sorted by path. */
  public static List<InputFile> list(List<String> inputs, Configuration conf) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      try {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(p);
        if (st.isFile()) {
          out.add(new InputFile(st.getPath().toString(), st.getLen(), st.getModificationTime()));
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (!isHidden(f.getPath(), st.getPath())) {
            out.add(new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime()));
          }
        }
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException(
            "Cannot read --input " + input + ": no such file or folder", e);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list --input " + input + ": " + e.getMessage(), e);
      }
    }
    out.sort(Comparator.comparing(InputFile::path));
    return out;
  }

  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
