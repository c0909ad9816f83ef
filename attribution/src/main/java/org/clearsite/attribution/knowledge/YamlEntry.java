package org.clearsite.attribution.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping with the file and line it came from, so that every complaint about the knowledge
 * base can say where to look.
 */
final class YamlEntry {

  private final String file;
  private final Node node;
  private final Map<String, Node> fields = new LinkedHashMap<>();

  YamlEntry(String file, Node node) {
    this.file = file;
    this.node = node;
    if (!(node instanceof MappingNode mapping)) {
      throw fail("expected a mapping of keys to values");
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new KnowledgeException(file, line(tuple.getKeyNode()), "keys must be plain words");
      }
      if (fields.put(key.getValue(), tuple.getValueNode()) != null) {
        throw new KnowledgeException(file, line(key), "key '" + key.getValue() + "' appears twice");
      }
    }
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  int line() {
    return line(node);
  }

  String file() {
    return file;
  }

  KnowledgeException fail(String problem) {
    return new KnowledgeException(file, line(), problem);
  }

  KnowledgeException fail(String key, String problem) {
    Node value = fields.get(key);
    return new KnowledgeException(file, value == null ? line() : line(value), problem);
  }

  /** Refuses keys the format does not define: a misspelt key would otherwise be ignored. */
  YamlEntry only(String... keys) {
    Set<String> allowed = Set.of(keys);
    for (String key : fields.keySet()) {
      if (!allowed.contains(key)) {
        throw fail(key, "unknown key '" + key + "' (expected one of " + List.of(keys) + ")");
      }
    }
    return this;
  }

  boolean has(String key) {
    return fields.containsKey(key) && !isNull(fields.get(key));
  }

  String text(String key) {
    String value = optionalText(key);
    if (value == null || value.isBlank()) {
      throw fail("'" + key + "' is required");
    }
    return value;
  }

  String optionalText(String key) {
    Node value = fields.get(key);
    if (value == null || isNull(value)) {
      return null;
    }
    if (!(value instanceof ScalarNode scalar)) {
      throw new KnowledgeException(file, line(value), "'" + key + "' must be a single value");
    }
    return scalar.getValue().strip();
  }

  List<String> texts(String key) {
    Node value = fields.get(key);
    if (value == null || isNull(value)) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw new KnowledgeException(file, line(value), "'" + key + "' must be a list");
    }
    List<String> texts = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        throw new KnowledgeException(file, line(item), "'" + key + "' items must be single values");
      }
      texts.add(scalar.getValue());
    }
    return texts;
  }

  List<YamlEntry> entries(String key) {
    Node value = fields.get(key);
    if (value == null || isNull(value)) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw new KnowledgeException(file, line(value), "'" + key + "' must be a list");
    }
    return sequence.getValue().stream().map(n -> new YamlEntry(file, n)).toList();
  }

  Map<String, String> map(String key) {
    Node value = fields.get(key);
    if (value == null || isNull(value)) {
      return Map.of();
    }
    YamlEntry nested = new YamlEntry(file, value);
    Map<String, String> map = new LinkedHashMap<>();
    for (String k : nested.fields.keySet()) {
      map.put(k, nested.optionalText(k));
    }
    return map;
  }

  YamlEntry nested(String key) {
    Node value = fields.get(key);
    if (value == null) {
      throw fail("'" + key + "' is required");
    }
    return new YamlEntry(file, value);
  }

  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String value = text(key);
    try {
      return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      Set<String> names = new HashSet<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(java.util.Locale.ROOT));
      }
      throw fail(key, "'" + key + "' is '" + value + "'; expected one of " + names);
    }
  }

  double number(String key, double min, double max) {
    String value = text(key);
    try {
      double number = Double.parseDouble(value);
      if (number < min || number > max) {
        throw fail(key, "'" + key + "' must be between " + min + " and " + max);
      }
      return number;
    } catch (NumberFormatException e) {
      throw fail(key, "'" + key + "' must be a number, not '" + value + "'");
    }
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getTag().getValue().endsWith(":null")
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equalsIgnoreCase("null"));
  }
}
