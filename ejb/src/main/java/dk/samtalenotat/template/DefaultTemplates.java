package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The standard templates shipped with the application (version 0), read from {@code
 * default-templates.properties} beside this class, so they can be read and changed without touching
 * code. They pass the same rules as an administrator's template: a broken resource fails at once.
 */
public final class DefaultTemplates {

  private static final Map<ConversationType, NoteTemplate> STANDARD = load();

  private DefaultTemplates() {}

  /** The standard template of a conversation type. */
  public static NoteTemplate of(ConversationType type) {
    return STANDARD.get(type);
  }

  private static Map<ConversationType, NoteTemplate> load() {
    Properties p = new Properties();
    try (InputStream in =
            DefaultTemplates.class.getResourceAsStream("default-templates.properties");
        Reader reader =
            new InputStreamReader(
                java.util.Objects.requireNonNull(in, "default-templates.properties missing"),
                StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard templates", e);
    }
    Map<ConversationType, NoteTemplate> out = new EnumMap<>(ConversationType.class);
    for (ConversationType type : ConversationType.values()) {
      String prefix = type.name() + ".";
      List<TemplateSection> sections = new ArrayList<>();
      for (String name : required(p, prefix + "sections").split(",")) {
        NoteSection section = NoteSection.valueOf(name.strip());
        String guidance =
            p.getProperty(prefix + section.name(), required(p, "default." + section.name()));
        sections.add(new TemplateSection(section, guidance));
      }
      out.put(
          type,
          NoteTemplate.of(
              type,
              0,
              required(p, prefix + "instruction"),
              Tone.valueOf(required(p, prefix + "tone")),
              NoteLength.valueOf(required(p, prefix + "length")),
              sections));
    }
    return out;
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("default-templates.properties lacks " + key);
    }
    return value.strip();
  }
}
