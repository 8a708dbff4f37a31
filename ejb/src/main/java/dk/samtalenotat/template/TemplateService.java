package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The administrator's use cases for the municipality's templates: see them per conversation type,
 * save a changed one as a new version, see the history. Templates are configuration, not personal
 * data; every call is scoped to the caller's municipality.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class TemplateService {

  private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());

  @Inject private TemplateRepository templates;
  @Inject private UserRegistry users;

  /**
   * What a save did.
   *
   * @param versionNo the version now current
   * @param stored false when nothing had changed, so no version was added
   * @param jobcenterRewritten true when "jobcenter" was replaced by "kommune" in a text
   */
  public record Saved(int versionNo, boolean stored, boolean jobcenterRewritten) {}

  /** Every conversation type with its current template. */
  public List<TemplateOverview> overview() {
    AppUser me = users.caller();
    List<TemplateOverview> out = new ArrayList<>();
    for (ConversationType type : ConversationType.values()) {
      NoteTemplate t = templates.current(me.getTenant(), type);
      var latest = templates.latest(me.getTenant(), type);
      out.add(
          new TemplateOverview(
              type,
              t.versionNo(),
              t.tone(),
              t.length(),
              t.bindingAgreements(),
              latest.map(TemplateVersion::getCreatedAt).orElse(null),
              latest.map(TemplateVersion::getCreatedBy).orElse(null)));
    }
    return out;
  }

  /** The current template of a type. */
  public NoteTemplate current(ConversationType type) {
    return templates.current(users.caller().getTenant(), type);
  }

  /** The versions of a type's template, newest first, ending with the standard (version 0). */
  public List<TemplateHistoryLine> history(ConversationType type) {
    List<TemplateHistoryLine> out = new ArrayList<>();
    for (TemplateVersion v : templates.history(users.caller().getTenant(), type)) {
      out.add(
          new TemplateHistoryLine(
              v.getVersionNo(),
              v.getTone(),
              v.getLength(),
              v.template().sections().size(),
              v.getCreatedAt(),
              v.getCreatedBy()));
    }
    NoteTemplate standard = DefaultTemplates.of(type);
    out.add(
        new TemplateHistoryLine(
            0, standard.tone(), standard.length(), standard.sections().size(), null, null));
    return out;
  }

  /**
   * Saves the template as the type's next version, unless it is the same as the current one.
   *
   * @throws TemplateRejectedException when it breaks a rule; nothing is saved
   */
  public Saved save(
      ConversationType type,
      String instruction,
      Tone tone,
      NoteLength length,
      List<TemplateSection> sections) {
    AppUser me = users.caller();
    NoteTemplate wanted = NoteTemplate.of(type, 0, instruction, tone, length, sections);
    boolean rewritten =
        Kommunen.mentionsJobcenter(instruction)
            || sections.stream().anyMatch(s -> Kommunen.mentionsJobcenter(s.guidance()));
    NoteTemplate current = templates.current(me.getTenant(), type);
    if (wanted.sameContentAs(current)) {
      return new Saved(current.versionNo(), false, rewritten);
    }
    int next = templates.latest(me.getTenant(), type).map(v -> v.getVersionNo() + 1).orElse(1);
    templates.add(new TemplateVersion(me.getTenant(), wanted.asVersion(next), me.getDisplayName()));
    LOG.info(
        () ->
            "template "
                + type
                + " of tenant "
                + me.getTenant().getCvr()
                + " saved as version "
                + next
                + " by "
                + me.getUserKey());
    return new Saved(next, true, rewritten);
  }
}
