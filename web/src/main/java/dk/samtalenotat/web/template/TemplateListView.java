package dk.samtalenotat.web.template;

import dk.samtalenotat.template.TemplateOverview;
import dk.samtalenotat.template.TemplateService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of templates ({@code skabeloner.xhtml}), one per conversation type. */
@Named
@RequestScoped
public class TemplateListView {

  @Inject TemplateService templates;

  private List<TemplateOverview> overview;

  public void load() {
    overview = templates.overview();
  }

  public List<TemplateOverview> getOverview() {
    return overview;
  }
}
