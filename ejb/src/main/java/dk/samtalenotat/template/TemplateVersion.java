package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One saved version of a municipality's template for a conversation type. Never changed once
 * stored: a save adds the next version, and a draft version records the number that made it.
 */
@Entity
@Table(name = "note_template_version")
public class TemplateVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false, updatable = false)
  private Tenant tenant;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_type", nullable = false, length = 30, updatable = false)
  private ConversationType type;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(name = "instruction", nullable = false, length = NoteTemplate.MAX_TEXT, updatable = false)
  private String instruction;

  @Enumerated(EnumType.STRING)
  @Column(name = "tone", nullable = false, length = 20, updatable = false)
  private Tone tone;

  @Enumerated(EnumType.STRING)
  @Column(name = "note_length", nullable = false, length = 20, updatable = false)
  private NoteLength length;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "note_template_section",
      joinColumns = @JoinColumn(name = "template_version_id"))
  private List<SectionRow> sections = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  protected TemplateVersion() {}

  /** Stores a template that already passed {@link NoteTemplate#of}, as its version number. */
  public TemplateVersion(Tenant tenant, NoteTemplate template, String createdBy) {
    if (template.versionNo() < 1) {
      throw new IllegalArgumentException("a saved template has version 1 or later");
    }
    this.tenant = tenant;
    this.type = template.type();
    this.versionNo = template.versionNo();
    this.instruction = template.instruction();
    this.tone = template.tone();
    this.length = template.length();
    for (TemplateSection s : template.sections()) {
      sections.add(new SectionRow(s.section(), s.guidance()));
    }
    this.createdAt = Instant.now();
    this.createdBy = createdBy;
  }

  /** The template as the engines take it, checked again: rules apply also to stored versions. */
  public NoteTemplate template() {
    return NoteTemplate.of(
        type,
        versionNo,
        instruction,
        tone,
        length,
        sections.stream().map(r -> new TemplateSection(r.section, r.guidance)).toList());
  }

  public Long getId() {
    return id;
  }

  public ConversationType getType() {
    return type;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Tone getTone() {
    return tone;
  }

  public NoteLength getLength() {
    return length;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** A section of a stored version. */
  @Embeddable
  public static class SectionRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 30)
    private NoteSection section;

    @Column(name = "guidance", nullable = false, length = NoteTemplate.MAX_TEXT)
    private String guidance;

    protected SectionRow() {}

    SectionRow(NoteSection section, String guidance) {
      this.section = section;
      this.guidance = guidance;
    }
  }
}
