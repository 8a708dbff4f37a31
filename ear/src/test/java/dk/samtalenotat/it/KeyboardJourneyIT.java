package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseworker who uses no mouse: from the start address through the development IdP, registering a
 * conversation, opening it from "Mine samtaler", importing a transcript, editing the draft,
 * resolving its flags, approving through the confirmation dialog, to signing out. After the first
 * address the test only presses keys (Tab, Shift+Tab, Enter, Space, typing) and reloads; it never
 * clicks. Wherever it relies on the focus, the focused element must be on screen with a visible
 * focus indicator (WCAG 2.4.7). After every action of the review screen the address reloads to the
 * same screen (post-redirect-get). No address the browser asks for answers 404 (a favicon, say).
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class KeyboardJourneyIT {

  /** More than any page of the journey has focusable elements: a missing one fails, not hangs. */
  private static final int MAX_TABS = 400;

  private static final Pattern CONVERSATION = Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*");

  @Test
  void fromSignInToApprovalAndSignOutWithoutAMouse(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Path vtt = dir.resolve("Teams-udskrift.vtt");
    Files.writeString(vtt, CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    List<String> missing = Collections.synchronizedList(new ArrayList<>());
    page.onResponse(
        response -> {
          if (response.status() == 404) {
            missing.add(response.url());
          }
        });
    Keyboard keys = page.keyboard();

    // The start address sends a person who is not signed in to the IdP's list of demo users.
    page.navigate("");
    page.locator("#user-mette").waitFor();
    tabTo(page, "#user-mette");
    page.waitForNavigation(() -> keys.press("Enter"));
    page.locator("#signed-in-user").waitFor();

    // Register a conversation: the header's link, the form's fields, the consent radio, Gem.
    tabTo(page, "a[href$='/ny-samtale.xhtml']");
    page.waitForNavigation(() -> keys.press("Enter"));
    tabTo(page, "[id='register:cpr']");
    keys.type("020202-2222");
    tabTo(page, "[id='register:caseReference']");
    keys.type("SAG-2026-0815");
    tabTo(page, "[id='register:consent:0']");
    keys.press("Space");
    page.waitForCondition(() -> byId(page, "register:consent:0").isChecked());
    tabTo(page, "[id='register:save']");
    keys.press("Enter");
    page.waitForURL(CONVERSATION);
    long id = Ui.conversationId(page);
    assertEquals("REGISTERED", Ui.state(page));
    reloadsToTheSameConversation(page, id);

    // Open it from "Mine samtaler": Enter on the link inside the table.
    tabTo(page, "a[href$='/samtaler.xhtml']");
    page.waitForNavigation(() -> keys.press("Enter"));
    tabTo(page, "a.open-link[href*='id=" + id + "']");
    page.waitForNavigation(() -> keys.press("Enter"));
    assertEquals(id, Ui.conversationId(page), page.url());

    // Import the transcript: Space on the styled "choose file" button opens the file chooser.
    FileChooser chooser = chooseFileByKeyboard(page, "[id='transcriptForm:transcriptFile_input']");
    chooser.setFiles(vtt);
    tabTo(page, "[id='transcriptForm:importTranscript']");
    page.waitForNavigation(() -> keys.press("Enter"));
    Ui.awaitState(page, "DRAFT_READY");
    assertEquals(id, Ui.conversationId(page), page.url());

    // Edit: two facts nobody said, at the end of the draft; Gem is back one Shift+Tab away.
    tabTo(page, "[id='draftForm:content']");
    keys.press("Control+End");
    keys.type("\nBorger modtager 4.500 kr. om måneden. Borger har søgt syv stillinger.");
    tabTo(page, "[id='draftForm:save']");
    page.waitForNavigation(() -> keys.press("Enter"));
    assertTrue(Ui.messages(page).contains("version 2"), Ui.messages(page));
    reloadsToTheSameConversation(page, id);
    assertEquals(2, page.locator("#sentences li.flag.open").count(), flags(page));

    // Confirm the amount ("Jeg har kontrolleret oplysningen") ...
    tabTo(page, "#sentences li.flag.open[data-kind='AMOUNT'] button.confirm-flag");
    page.waitForNavigation(() -> keys.press("Enter"));
    assertTrue(Ui.messages(page).contains("markeret som kontrolleret"), Ui.messages(page));
    reloadsToTheSameConversation(page, id);
    assertEquals(1, page.locator("#sentences li.flag.open").count(), flags(page));

    // ... and take the transcript's value for the number ("Jeg har søgt tre stillinger", offered
    // as the draft writes numbers): the sentence is corrected, saved as version 3, checked again.
    String take = "#sentences li.flag.open[data-kind='NUMBER'] button.take-value";
    assertTrue(page.locator(take).innerText().contains("„3“"), flags(page));
    tabTo(page, take);
    page.waitForNavigation(() -> keys.press("Enter"));
    assertTrue(Ui.messages(page).contains("version 3"), Ui.messages(page));
    reloadsToTheSameConversation(page, id);
    assertEquals(0, page.locator("#sentences li.flag.open").count(), flags(page));
    assertTrue(
        byId(page, "draftForm:content").inputValue().contains("Borger har søgt 3 stillinger."),
        byId(page, "draftForm:content").inputValue());

    // Approve: Godkend opens the confirmation dialog, which takes the focus; Ja confirms.
    tabTo(page, "[id='draftForm:approve']");
    keys.press("Enter");
    page.locator(".ui-confirm-dialog:visible").waitFor();
    page.waitForCondition(
        () ->
            (Boolean)
                page.evaluate(
                    "() => !!document.activeElement"
                        + " && !!document.activeElement.closest('.ui-confirm-dialog')"));
    assertVisibleFocus(page, "the confirmation dialog");
    browser.checkAccessibility(page);
    tabTo(page, ".ui-confirm-dialog .ui-confirmdialog-yes");
    page.waitForNavigation(() -> keys.press("Enter"));
    Ui.awaitState(page, "APPROVED");
    reloadsToTheSameConversation(page, id);
    String note = page.locator("#approved-note").innerText();
    assertTrue(note.contains("Borger modtager 4.500 kr. om måneden."), note);
    String header = page.locator("#approved-note").innerText().strip().lines().findFirst().get();
    assertEquals(
        1,
        page.locator("#review").innerText().lines().filter(header::equals).count(),
        "the approved note's header appears once: " + header);

    // Sign out: the header's button posts the sign-out; a confirmation page is answered too.
    tabTo(page, "#sign-out");
    page.waitForNavigation(() -> keys.press("Enter"));
    if (page.locator("#confirm-sign-out").count() > 0) {
      tabTo(page, "#confirm-sign-out");
      page.waitForNavigation(() -> keys.press("Enter"));
    }
    page.waitForURL(Pattern.compile(".*logget-ud\\.xhtml.*"));
    assertEquals(0, page.locator("#signed-in-user").count(), "signed out");
    assertEquals(0, page.locator("#sign-out").count(), "no sign-out button when signed out");

    assertTrue(missing.isEmpty(), "addresses answering 404: " + missing);
  }

  /**
   * Presses Tab until the focus is on an element matching {@code selector}, then checks the element
   * is on screen and shows that it has the focus.
   */
  /**
   * Space on the focused choose-file button, until the browser's file chooser opens: on a loaded
   * machine headless Chromium has dropped the first key press before the chooser was listened for.
   * A chooser that never opens still fails the test.
   */
  private static FileChooser chooseFileByKeyboard(Page page, String selector) {
    com.microsoft.playwright.TimeoutError last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      tabTo(page, selector);
      try {
        return page.waitForFileChooser(
            new Page.WaitForFileChooserOptions().setTimeout(20_000),
            () -> page.keyboard().press("Space"));
      } catch (com.microsoft.playwright.TimeoutError e) {
        last = e;
      }
    }
    throw last;
  }

  private static void tabTo(Page page, String selector) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < MAX_TABS; i++) {
      if (focusMatches(page, selector)) {
        assertVisibleFocus(page, selector);
        return;
      }
      page.keyboard().press("Tab");
      visited.add(focused(page));
    }
    fail(
        "Tab never reached "
            + selector
            + " on "
            + page.url()
            + "; the focus went through "
            + String.join(" > ", visited.subList(0, Math.min(visited.size(), 80))));
  }

  private static boolean focusMatches(Page page, String selector) {
    return (Boolean)
        page.evaluate(
            "s => !!document.activeElement && document.activeElement !== document.body"
                + " && document.activeElement.matches(s)",
            selector);
  }

  private static String focused(Page page) {
    return (String)
        page.evaluate(
            "() => { const e = document.activeElement; if (!e) return 'none';"
                + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className && typeof e.className === 'string'"
                + " ? '.' + e.className.trim().split(/\\s+/).join('.') : ''); }");
  }

  /**
   * The focused element, or for a visually hidden native input (PrimeFaces' radio buttons, select
   * menus and "choose file" buttons) the widget drawn for it, is on screen and has a focus ring: an
   * outline or a box shadow.
   */
  static void assertVisibleFocus(Page page, String what) {
    String problem =
        (String)
            page.evaluate(
                """
                () => {
                  let e = document.activeElement;
                  if (!e || e === document.body) return 'nothing has the focus';
                  const hidden = e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden');
                  if (hidden) {
                    const widget = e.closest('.ui-radiobutton, .ui-chkbox, .ui-selectonemenu,'
                        + ' .ui-selectcheckboxmenu, .ui-inputswitch, .ui-selectonemenu');
                    if (!widget) return 'a hidden element has the focus: ' + e.outerHTML.slice(0, 120);
                    e = widget.querySelector('.ui-state-focus') || widget;
                  }
                  if (getComputedStyle(e).opacity === '0') {
                    // An invisible native input (a styled "choose file" button): the button shows it.
                    e = e.closest('.ui-button') || e;
                  }
                  const r = e.getBoundingClientRect();
                  if (r.width < 2 || r.height < 2) return 'the focused element is not drawn';
                  if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) {
                    return 'the focused element is off screen';
                  }
                  const s = getComputedStyle(e);
                  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
                  const shadow = s.boxShadow && s.boxShadow !== 'none';
                  return outline || shadow ? '' : 'no focus indicator on ' + e.outerHTML.slice(0, 120);
                }
                """);
    assertEquals("", problem, what + " on " + page.url());
  }

  /** Reloading the address an action left shows the same conversation. */
  private static void reloadsToTheSameConversation(Page page, long id) {
    assertEquals(id, Ui.conversationId(page), page.url());
    String title = page.locator("#conversation-title").innerText();
    String state = Ui.state(page);
    page.reload();
    assertEquals(title, page.locator("#conversation-title").innerText(), page.url());
    assertEquals(state, Ui.state(page), page.url());
    assertFalse(page.content().contains("Siden kan ikke vises"), page.url());
  }

  private static String flags(Page page) {
    return page.locator("#sentences").innerText();
  }
}
