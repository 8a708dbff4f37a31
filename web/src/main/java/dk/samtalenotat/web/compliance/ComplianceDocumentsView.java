package dk.samtalenotat.web.compliance;

import dk.samtalenotat.compliance.ComplianceDocuments;
import dk.samtalenotat.compliance.MissingPurposeException;
import dk.samtalenotat.compliance.MissingSetting;
import dk.samtalenotat.compliance.MissingSettingsException;
import dk.samtalenotat.conversation.InvalidCprException;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The compliance documents page: the record of processing (PDF, CSV), the access request package
 * for one CPR number with its purpose, and the citizen notice. Each button downloads what the
 * service makes; a wrong CPR number or a missing purpose is a Danish message and nothing is sent.
 */
@Named
@ViewScoped
public class ComplianceDocumentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplianceDocuments documents;
  @Inject Texts texts;

  /**
   * The current request's, looked up rather than injected: this bean is replicated with the
   * session, and an injected FacesContext proxy cannot be read back on another node.
   */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  private String cpr;
  private String purpose;
  private java.util.List<MissingSetting> missing;

  /**
   * What the documents for citizens still need configured, for the page to say before anyone tries;
   * empty when they can be made.
   */
  public java.util.List<MissingSetting> getMissing() {
    if (missing == null) {
      missing = documents.missingForCitizens();
    }
    return missing;
  }

  public void recordOfProcessingPdf() throws IOException {
    send(documents.recordOfProcessingPdf(), "application/pdf", "fortegnelse-art30.pdf");
  }

  public void recordOfProcessingCsv() throws IOException {
    // A byte-order mark makes spreadsheets read the Danish letters as UTF-8.
    byte[] csv = ("\uFEFF" + documents.recordOfProcessingCsv()).getBytes(StandardCharsets.UTF_8);
    send(csv, "text/csv; charset=UTF-8", "fortegnelse-art30.csv");
  }

  public void accessRequest() throws IOException {
    byte[] pdf;
    try {
      pdf = documents.accessRequest(cpr, purpose);
    } catch (InvalidCprException e) {
      texts.error("documents.cprInvalid");
      return;
    } catch (MissingPurposeException e) {
      texts.error("documents.purposeMissing", ComplianceDocuments.PURPOSE_MAX);
      return;
    } catch (MissingSettingsException e) {
      refused(e);
      return;
    }
    send(pdf, "application/pdf", "indsigt-art15.pdf");
  }

  public void citizenNotice() throws IOException {
    byte[] pdf;
    try {
      pdf = documents.citizenNotice();
    } catch (MissingSettingsException e) {
      refused(e);
      return;
    }
    send(pdf, "application/pdf", "oplysning-til-borgeren.pdf");
  }

  private void refused(MissingSettingsException e) {
    missing = e.missing();
    texts.error("documents.refusedMissing");
  }

  private void send(byte[] body, String type, String fileName) throws IOException {
    ExternalContext ext = faces().getExternalContext();
    ext.responseReset();
    ext.setResponseContentType(type);
    ext.setResponseContentLength(body.length);
    ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try (OutputStream out = ext.getResponseOutputStream()) {
      out.write(body);
    }
    faces().responseComplete();
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }
}
