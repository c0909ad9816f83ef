package org.clearsite.demo;

import java.util.List;

/** One department's register as the demo generator wrote it: a header row and data rows. */
public record DemoRegister(
    String department, String fileName, List<String> headers, List<List<String>> rows) {}
