package org.clearsite.attribution.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who really makes what a brand sells.
 *
 * @param models only these models, when not null
 * @param owner the organisation that sells under the brand, when it is in the knowledge base
 * @param relation own, subsidiary or oem
 */
public record Brand(
    String brand,
    List<String> aliases,
    String maker,
    String owner,
    String relation,
    Pattern models,
    String from,
    String to,
    Strength strength,
    Provenance provenance) {

  public Brand {
    aliases = List.copyOf(aliases);
  }
}
