package dk.samtalenotat.web.journal;

import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.journal.CaseCheckException;
import dk.samtalenotat.journal.CaseLookupException;
import dk.samtalenotat.journal.JournalService;
import dk.samtalenotat.journal.JournalStatus;
import dk.samtalenotat.journal.ManualReceiptException;
import dk.samtalenotat.journal.OpenCase;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The approved note's way into the case system: status and receipt, the reason of a failure, a
 * resend to another case, and the PDF for journalising by hand.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

  @Inject JournalService journal;
  @Inject ConversationService conversations;
  @Inject Texts texts;

  /**
   * The current request's, looked up rather than injected: this bean is replicated with the
   * session, and an injected FacesContext proxy cannot be read back on another node.
   */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  private Long id;
  private JournalStatus status;
  private List<OpenCase> cases;
  private String caseReference;
  private String manualCase;
  private String manualDocument;

  /** View action, after the conversation's own. */
  public void load() {
    if (id == null || faces().getResponseComplete()) {
      return;
    }
    try {
      status = journal.status(id);
    } catch (ConversationNotFoundException e) {
      status = null;
    }
  }

  /** Polled while the note is on its way; reloads once the conversation moved on. */
  public void poll() throws IOException {
    if (conversations.state(id) != ConversationState.JOURNALISING) {
      ExternalContext ext = faces().getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/samtale.xhtml?id=" + id);
    }
  }

  public void findCases() {
    try {
      cases = journal.openCasesOf(id);
      if (cases.isEmpty()) {
        texts.error("caseLookup.none");
      }
    } catch (CaseLookupException e) {
      texts.error("caseLookup.unavailable");
    }
  }

  public void pick(OpenCase c) {
    caseReference = c.number() != null ? c.number() : c.reference();
  }

  public String resend() {
    try {
      journal.resend(id, caseReference);
      texts.keepAcrossRedirect();
      texts.info("journal.resent");
      return "samtale?faces-redirect=true&id=" + id;
    } catch (CaseCheckException e) {
      texts.error("journal.caseCheck." + e.check().name());
      return null;
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
      return null;
    }
  }

  /** The caseworker journalised the note by hand and confirms it with the document reference. */
  public String confirmManual() {
    try {
      journal.confirmJournalisedManually(id, manualCase, manualDocument);
      texts.keepAcrossRedirect();
      texts.info("journal.manual.confirmed");
      return "samtale?faces-redirect=true&id=" + id;
    } catch (ManualReceiptException e) {
      texts.error("journal.manual." + e.reason().name());
      return null;
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
      return null;
    }
  }

  /** Streams the note as a PDF; the download is logged and marked on the conversation. */
  public void downloadPdf() throws IOException {
    byte[] pdf;
    try {
      pdf = journal.notePdf(id);
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
      return;
    }
    ExternalContext ext = faces().getExternalContext();
    ext.responseReset();
    ext.setResponseContentType("application/pdf");
    ext.setResponseContentLength(pdf.length);
    ext.setResponseHeader("Content-Disposition", "attachment; filename=\"notat-" + id + ".pdf\"");
    try (OutputStream out = ext.getResponseOutputStream()) {
      out.write(pdf);
    }
    faces().responseComplete();
  }

  public String format(java.time.Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public JournalStatus getStatus() {
    return status;
  }

  public List<OpenCase> getCases() {
    return cases;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public String getManualCase() {
    return manualCase;
  }

  public void setManualCase(String manualCase) {
    this.manualCase = manualCase;
  }

  public String getManualDocument() {
    return manualDocument;
  }

  public void setManualDocument(String manualDocument) {
    this.manualDocument = manualDocument;
  }
}
