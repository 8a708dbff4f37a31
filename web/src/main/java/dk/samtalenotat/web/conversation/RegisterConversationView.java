package dk.samtalenotat.web.conversation;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.Registration;
import dk.samtalenotat.conversation.RegistrationException;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Registering a conversation. */
@Named
@ViewScoped
public class RegisterConversationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An editable participant row. */
  public static class ParticipantRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private ParticipantRole role = ParticipantRole.BORGER;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public ParticipantRole getRole() {
      return role;
    }

    public void setRole(ParticipantRole role) {
      this.role = role;
    }
  }

  /** The citizen's answer to the notice. */
  public enum Consent {
    INFORMED,
    DECLINED
  }

  @Inject ConversationService conversations;
  @Inject Texts texts;

  private String cpr;
  private String caseReference;
  private ConversationType type = ConversationType.JOBSAMTALE;
  private ConversationForm form = ConversationForm.FREMMOEDE;
  private LocalDateTime time =
      LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).truncatedTo(ChronoUnit.MINUTES);
  private Consent consent;
  private String declinedReason;
  private final List<ParticipantRow> participants = new ArrayList<>(List.of(new ParticipantRow()));

  public String register() {
    List<Registration.ParticipantEntry> entries =
        participants.stream()
            .filter(p -> p.getName() != null && !p.getName().isBlank())
            .map(p -> new Registration.ParticipantEntry(p.getName(), p.getRole()))
            .toList();
    try {
      long id =
          conversations.register(
              new Registration(
                  cpr,
                  caseReference,
                  type,
                  form,
                  time,
                  entries,
                  consent == Consent.INFORMED,
                  consent == Consent.DECLINED,
                  declinedReason));
      texts.info(consent == Consent.DECLINED ? "register.doneDeclined" : "register.done");
      texts.keepAcrossRedirect();
      return "samtale?faces-redirect=true&id=" + id;
    } catch (RegistrationException e) {
      for (RegistrationException.Problem problem : e.problems()) {
        String field = FIELDS.get(problem);
        String message = texts.get("RegistrationProblem." + problem.name());
        if (field == null) {
          texts.error("RegistrationProblem." + problem.name());
        } else {
          markInvalid(field, message);
        }
      }
      return null;
    }
  }

  /** The field each problem belongs to (its id in the form); a problem of none is global. */
  private static final java.util.Map<RegistrationException.Problem, String> FIELDS =
      java.util.Map.of(
          RegistrationException.Problem.CPR_FORMAT, "cpr",
          RegistrationException.Problem.CPR_DATE, "cpr",
          RegistrationException.Problem.TYPE_MISSING, "type",
          RegistrationException.Problem.FORM_MISSING, "form",
          RegistrationException.Problem.TIME_MISSING, "time",
          RegistrationException.Problem.TIME_IN_FUTURE, "time",
          RegistrationException.Problem.CONSENT_MISSING, "consent",
          RegistrationException.Problem.CONSENT_CONTRADICTORY, "consent",
          RegistrationException.Problem.PARTICIPANT_INCOMPLETE, "participantsField",
          RegistrationException.Problem.PARTICIPANT_NAME_INVALID, "participantsField");

  /**
   * Marks a field as wrong (PrimeFaces draws it so and sets {@code aria-invalid}) with its message,
   * which the page shows beside it and in the list at the top.
   */
  private void markInvalid(String field, String message) {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    String clientId = "register:" + field;
    jakarta.faces.component.UIComponent component =
        faces.getViewRoot().findComponent(":" + clientId);
    if (component instanceof jakarta.faces.component.UIInput input) {
      input.setValid(false);
    }
    faces.addMessage(
        clientId,
        new jakarta.faces.application.FacesMessage(
            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public void addParticipant() {
    participants.add(new ParticipantRow());
  }

  public void removeParticipant(ParticipantRow row) {
    participants.remove(row);
  }

  public List<ConversationType> getTypes() {
    return Arrays.asList(ConversationType.values());
  }

  public List<ConversationForm> getForms() {
    return Arrays.asList(ConversationForm.values());
  }

  public List<ParticipantRole> getRoles() {
    return Arrays.stream(ParticipantRole.values())
        .filter(r -> r != ParticipantRole.SAGSBEHANDLER)
        .toList();
  }

  public Consent[] getConsents() {
    return Consent.values();
  }

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public ConversationType getType() {
    return type;
  }

  public void setType(ConversationType type) {
    this.type = type;
  }

  public ConversationForm getForm() {
    return form;
  }

  public void setForm(ConversationForm form) {
    this.form = form;
  }

  public LocalDateTime getTime() {
    return time;
  }

  public void setTime(LocalDateTime time) {
    this.time = time;
  }

  public Consent getConsent() {
    return consent;
  }

  public void setConsent(Consent consent) {
    this.consent = consent;
  }

  public String getDeclinedReason() {
    return declinedReason;
  }

  public void setDeclinedReason(String declinedReason) {
    this.declinedReason = declinedReason;
  }
}
