package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.template.NoteTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drafts a note without a language model: it states what the conversation established, in the third
 * person, section by section of the municipality's template. Deterministic, so the same transcript
 * always gives the same draft.
 *
 * <p>The work is done in steps, each in its own class: {@link Talk} prepares the transcript (cut at
 * a recording stop, speakers as parties, fillers and dialect cleaned, numbers and dates as digits,
 * self-corrections resolved); {@link StatementReader} reads what was established (purpose, what
 * each party told, answers to yes/no questions, agreements from the closing summary, next steps,
 * the next meeting); {@link NoteWriter} writes the sentences by the template's sections, tone and
 * length. Every sentence cites the segments it came from. The result is a draft a caseworker
 * corrects, not a finished note.
 */
public class OfflineDraftEngine implements DraftGenerator {

  public static final String ENGINE_NAME = "offline";

  /** Public so the engine selection can create it without CDI. */
  public OfflineDraftEngine() {}

  @Override
  public String engineName() {
    return ENGINE_NAME;
  }

  @Override
  public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
    if (request.segments().isEmpty()) {
      throw new DraftGenerationException("transcript has no segments to draft from", false);
    }
    NoteTemplate template = request.template();
    Talk talk = Talk.of(request, request.municipality());
    List<Statement> statements =
        new ArrayList<>(
            NextMeetingRemarks.placed(StatementReader.read(talk, template.bindingAgreements())));
    if (talk.interpreted && statements.stream().noneMatch(NoteWriterSupport::mentionsInterpreter)) {
      interpreterStatement(talk).ifPresent(statements::add);
    }
    boolean pronounKnown = !talk.perspective.citizen().subject().equals("borger");
    List<DraftSentence> sentences =
        new ArrayList<>(NoteWriter.write(statements, template, pronounKnown));
    sentences =
        new ArrayList<>(
            WholeNames.apply(
                sentences, talk.turns, request.participants(), request.municipality()));
    sentences = new ArrayList<>(FirstMention.apply(sentences, talk.turns, talk.names));
    sentences = new ArrayList<>(NameCase.apply(sentences, talk.turns, request.participants()));
    sentences = new ArrayList<>(PartnerWord.apply(sentences, talk.turns));
    if (sentences.stream().noneMatch(s -> s.section() == NoteSection.FORMAAL)) {
      sentences.add(0, purposeFromType(request));
    }
    return new GeneratedDraft(sentences, ENGINE_NAME);
  }

  /**
   * Holds sentences of equal weight to the template's tone and length; the engine itself weighs
   * what each sentence says (see {@link NoteWriter#fitWeighted}).
   */
  static List<DraftSentence> fit(List<DraftSentence> sentences, NoteTemplate template) {
    return NoteWriter.fitWeighted(
        sentences.stream().map(s -> new NoteWriter.Weighted(s, 0)).toList(), template);
  }

  private static java.util.Optional<Statement> interpreterStatement(Talk talk) {
    for (Talk.Turn t : talk.turns) {
      if (t.party().isInterpreter()) {
        return java.util.Optional.of(
            new Statement(
                NoteSection.FORMAAL,
                Statement.Kind.PARTICIPATION,
                t.party(),
                "",
                "Samtalen blev gennemført med tolk",
                List.of(t.segment()),
                30,
                -1));
      }
    }
    return java.util.Optional.empty();
  }

  /** Small checks on statements the engine makes, kept apart from the writer's rules. */
  private static final class NoteWriterSupport {
    private NoteWriterSupport() {}

    static boolean mentionsInterpreter(Statement s) {
      return s.section() == NoteSection.FORMAAL
          && s.text().toLowerCase(Locale.ROOT).contains("tolk");
    }
  }

  private static DraftSentence purposeFromType(DraftRequest request) {
    ConversationType type = request.type();
    DraftSegment cited =
        request.segments().stream()
            .filter(
                s ->
                    s.speakerRole() == ParticipantRole.SAGSBEHANDLER
                        || "sagsbehandler".equalsIgnoreCase(String.valueOf(s.speaker())))
            .findFirst()
            .orElse(request.segments().get(0));
    String text =
        type == ConversationType.ANDEN
            ? "Samtalen var en samtale mellem sagsbehandler og borger."
            : "Samtalen var en " + type.danishName().toLowerCase(Locale.ROOT) + ".";
    return new DraftSentence(NoteSection.FORMAAL, text, List.of(cited.index()));
  }
}
