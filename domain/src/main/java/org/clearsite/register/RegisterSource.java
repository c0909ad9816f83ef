package org.clearsite.register;

import java.io.Closeable;
import java.util.Iterator;

/** A register file opened for reading: rows in file order, the header row among them. */
public interface RegisterSource extends Closeable, Iterator<RegisterRow> {

  /** What to call the source in observations and messages, e.g. the file name. */
  String name();
}
