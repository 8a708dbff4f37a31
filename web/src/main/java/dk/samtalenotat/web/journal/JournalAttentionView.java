package dk.samtalenotat.web.journal;

import dk.samtalenotat.journal.JournalAttention;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The administrator's list of notes the case system refused or never confirmed. */
@Named
@ViewScoped
public class JournalAttentionView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

  @Inject JournalAttention attention;

  private List<JournalAttention.Item> items = List.of();

  /** View action. */
  public void load() {
    items = attention.needingAttention();
  }

  public List<JournalAttention.Item> getItems() {
    return items;
  }

  public String format(Instant t) {
    return t == null ? "" : TIME.format(t);
  }
}
