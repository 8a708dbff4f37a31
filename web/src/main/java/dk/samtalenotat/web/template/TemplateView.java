package dk.samtalenotat.web.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.template.NoteLength;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.TemplateHistoryLine;
import dk.samtalenotat.template.TemplateRejectedException;
import dk.samtalenotat.template.TemplateSection;
import dk.samtalenotat.template.TemplateService;
import dk.samtalenotat.template.Tone;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's template editor ({@code skabelon.xhtml?type=...}): the current template of a
 * conversation type, saved as a new version, and its history. The rules live in {@link
 * NoteTemplate}; this bean only carries the form.
 */
@Named
@ViewScoped
public class TemplateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;
  @Inject Texts texts;

  private String type;
  private ConversationType conversationType;
  private int versionNo;
  private String instruction;
  private Tone tone;
  private NoteLength length;
  private List<SectionRow> sections;
  private List<TemplateHistoryLine> history;

  /** One section of the layout in the form: in the note or not, and its guidance. */
  public static class SectionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final NoteSection section;
    private final boolean required;
    private final boolean allowed;
    private boolean included;
    private String guidance;

    SectionRow(NoteSection section, boolean allowed, boolean included, String guidance) {
      this.section = section;
      this.required = NoteTemplate.REQUIRED.contains(section);
      this.allowed = allowed;
      this.included = included;
      this.guidance = guidance;
    }

    public NoteSection getSection() {
      return section;
    }

    public boolean isRequired() {
      return required;
    }

    /** False for "Aftaler" in a type without binding agreements: the form does not offer it. */
    public boolean isAllowed() {
      return allowed;
    }

    public boolean isIncluded() {
      return included;
    }

    public void setIncluded(boolean included) {
      this.included = included;
    }

    public String getGuidance() {
      return guidance;
    }

    public void setGuidance(String guidance) {
      this.guidance = guidance;
    }
  }

  /** Reads the type from the address; an unknown type answers 404 like any unknown page. */
  public void load() throws IOException {
    try {
      conversationType = ConversationType.valueOf(type == null ? "" : type);
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    show(templates.current(conversationType));
  }

  private void show(NoteTemplate current) {
    versionNo = current.versionNo();
    instruction = current.instruction();
    tone = current.tone();
    length = current.length();
    sections = new ArrayList<>();
    for (NoteSection s : NoteSection.values()) {
      boolean allowed = s != NoteSection.AFTALER || conversationType.bindingAgreementsAllowed();
      sections.add(
          new SectionRow(
              s,
              allowed,
              current.includes(s) || NoteTemplate.REQUIRED.contains(s),
              current.guidance(s).orElse("")));
    }
    history = templates.history(conversationType);
  }

  public void save() {
    List<TemplateSection> chosen = new ArrayList<>();
    for (SectionRow row : sections) {
      // A required section is always sent, and "Aftaler" never where it is not offered: the
      // service checks both anyway, this only keeps a tampered form from confusing the message.
      if ((row.included || row.required) && row.allowed) {
        chosen.add(new TemplateSection(row.section, row.guidance));
      }
    }
    try {
      TemplateService.Saved saved =
          templates.save(conversationType, instruction, tone, length, chosen);
      if (!saved.stored()) {
        texts.info("template.unchanged");
      } else {
        texts.info("template.saved", saved.versionNo());
      }
      if (saved.jobcenterRewritten()) {
        texts.info("template.jobcenterRewritten");
      }
      show(templates.current(conversationType));
    } catch (TemplateRejectedException e) {
      texts.error(
          "template.rejected." + e.problem().name(),
          e.section() == null ? texts.get("template.instruction") : e.section().heading());
    }
  }

  public Tone[] getTones() {
    return Tone.values();
  }

  public NoteLength[] getLengths() {
    return NoteLength.values();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public ConversationType getConversationType() {
    return conversationType;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getInstruction() {
    return instruction;
  }

  public void setInstruction(String instruction) {
    this.instruction = instruction;
  }

  public Tone getTone() {
    return tone;
  }

  public void setTone(Tone tone) {
    this.tone = tone;
  }

  public NoteLength getLength() {
    return length;
  }

  public void setLength(NoteLength length) {
    this.length = length;
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public List<TemplateHistoryLine> getHistory() {
    return history;
  }
}
