package dk.samtalenotat.web.prg;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts to its screen's address with the view parameters ({@code samtale.xhtml?id=42}), not
 * to the bare page: a screen shown after a failed action still names what it shows, for a reload or
 * a bookmark. Faces leaves them out of a form's action by default.
 */
public class ViewParameterActionUrls extends ViewHandlerWrapper {

  public ViewParameterActionUrls(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot root = context.getViewRoot();
    if (root == null || !viewId.equals(root.getViewId())) {
      return url;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        parameters.putIfAbsent(parameter.getName(), List.of(value));
      }
    }
    return parameters.isEmpty()
        ? url
        : context.getExternalContext().encodeBookmarkableURL(url, parameters);
  }
}
