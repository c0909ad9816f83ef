package org.clearsite.cli.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clearsite.estate.EstateDevice;
import tools.jackson.databind.json.JsonMapper;

/** Writes devices one at a time, so that an export of a million devices needs little memory. */
abstract sealed class DeviceExportWriter implements AutoCloseable {

  static DeviceExportWriter of(ExportDevicesCommand.Format format, Writer out) throws IOException {
    return switch (format) {
      case csv -> new Csv(out);
      case jsonl -> new JsonLines(out);
    };
  }

  abstract void write(EstateDevice device);

  @Override
  public abstract void close() throws IOException;

  private static final class Csv extends DeviceExportWriter {
    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
      printer = CSVFormat.DEFAULT.print(out);
      printer.printRecord(DeviceExportFields.NAMES);
    }

    @Override
    void write(EstateDevice device) {
      try {
        printer.printRecord(DeviceExportFields.values(device));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      printer.flush();
    }
  }

  private static final class JsonLines extends DeviceExportWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Writer out;

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    void write(EstateDevice device) {
      List<String> values = DeviceExportFields.values(device);
      Map<String, String> object = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        object.put(DeviceExportFields.NAMES.get(i), values.get(i));
      }
      try {
        out.write(JSON.writeValueAsString(object));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
