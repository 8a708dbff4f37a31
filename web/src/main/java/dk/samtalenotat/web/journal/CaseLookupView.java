package dk.samtalenotat.web.journal;

import dk.samtalenotat.conversation.InvalidCprException;
import dk.samtalenotat.journal.CaseLookupException;
import dk.samtalenotat.journal.JournalService;
import dk.samtalenotat.journal.OpenCase;
import dk.samtalenotat.web.Texts;
import dk.samtalenotat.web.conversation.RegisterConversationView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Finds the citizen's open cases on the registration screen; picking one fills the case field. */
@Named
@ViewScoped
public class CaseLookupView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JournalService journal;
  @Inject RegisterConversationView registration;
  @Inject Texts texts;

  private boolean available;
  private List<OpenCase> cases = List.of();
  private boolean searched;

  @PostConstruct
  void init() {
    available = journal.caseLookupAvailable();
  }

  public void find() {
    searched = false;
    cases = List.of();
    try {
      cases = journal.openCases(registration.getCpr());
      searched = true;
      if (cases.isEmpty()) {
        texts.error("caseLookup.none");
      }
    } catch (InvalidCprException e) {
      texts.error("caseLookup.cpr");
    } catch (CaseLookupException e) {
      texts.error("caseLookup.unavailable");
    }
  }

  public void pick(OpenCase c) {
    registration.setCaseReference(c.number() != null ? c.number() : c.reference());
  }

  public boolean isAvailable() {
    return available;
  }

  public List<OpenCase> getCases() {
    return cases;
  }

  public boolean isSearched() {
    return searched;
  }
}
