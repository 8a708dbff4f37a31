package dk.samtalenotat.draft.offline;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.language.Ages;
import dk.samtalenotat.template.Kommunen;
import dk.samtalenotat.transcript.SpokenLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcript prepared for drafting: cut at a recording stop, each segment's speaker resolved to
 * a {@link Party}, its text cleaned of fillers and dialect, numbers and dates written as digits,
 * self-corrections resolved, and split into sentences.
 */
final class Talk {

  /** One segment as the engine reads it. */
  record Turn(
      int segment,
      Party party,
      String label,
      List<String> sentences,
      String foreign,
      String language) {

    boolean isForeign() {
      return foreign != null;
    }
  }

  /**
   * A cue without a speaker that says the recording stopped ("[optagelse stoppet]"); what follows
   * it was transcribed against the citizen's wish and is never used.
   */
  private static final Pattern STOP_MARKER =
      Pattern.compile(
          "^\\[?\\s*(?:optagelse(?:n)?\\s+(?:er\\s+)?(?:stoppet|standset|afbrudt|slået\\s+fra|slukket)"
              + "|recording\\s+(?:stopped|paused))\\s*\\]?\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A sentence that says the person spoken of is a woman or a man, by the pronoun used. */
  private static final Pattern SHE =
      Pattern.compile("(?<![\\p{L}])(hun|hende|hendes)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private static final Pattern HE =
      Pattern.compile("(?<![\\p{L}])(han|ham|hans)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTERPRETER_REPORT =
      Pattern.compile(
          "^(?:og\\s+)?(han|hun)\\s+(?:siger|spørger|fortæller|mener|svarer|vil|har|er|kan|ved|forstår)",
          Pattern.CASE_INSENSITIVE);

  final List<Turn> turns;
  final boolean stopped;
  final int stopCitation;
  final boolean citizenAskedToStop;
  final boolean interpreted;
  final Names names;
  final Perspective perspective;
  final LocalDate date;
  final dk.samtalenotat.conversation.ConversationType type;

  /**
   * The segments whose speaker left the sentence open ("Og du har været sygemeldt siden ..."), for
   * the next speaker to finish.
   */
  final java.util.Set<Integer> leftOpen;

  /** A trail-off that ends the segment: "... siden ..." or "... siden…". */
  private static final Pattern TRAILS_OFF = Pattern.compile("(?:…|\\.\\.\\.)\\s*$");

  private Talk(
      List<Turn> turns,
      boolean stopped,
      int stopCitation,
      boolean citizenAskedToStop,
      boolean interpreted,
      Names names,
      Perspective perspective,
      LocalDate date,
      dk.samtalenotat.conversation.ConversationType type,
      java.util.Set<Integer> leftOpen) {
    this.turns = turns;
    this.stopped = stopped;
    this.stopCitation = stopCitation;
    this.citizenAskedToStop = citizenAskedToStop;
    this.interpreted = interpreted;
    this.names = names;
    this.perspective = perspective;
    this.date = date;
    this.type = type;
    this.leftOpen = leftOpen;
  }

  static Talk of(DraftRequest request, String municipality) {
    LocalDate date =
        request.conversationTime() == null
            ? LocalDate.now()
            : request.conversationTime().toLocalDate();
    Names names = new Names(request.participants());
    List<DraftSegment> kept = new ArrayList<>();
    boolean stopped = request.recordingStopped();
    for (DraftSegment s : request.segments()) {
      if (s.speaker() == null || s.speaker().isBlank() || s.speakerRole() == null) {
        if (STOP_MARKER.matcher(s.text().strip()).matches()) {
          stopped = true;
          break;
        }
      }
      kept.add(s);
    }
    names.learnShortForms(
        kept.stream()
            .filter(s -> SpokenLanguage.isDanish(s.language()))
            .map(DraftSegment::text)
            .toList());
    boolean interpreted =
        request.interpreterPresent()
            || kept.stream().anyMatch(s -> partyOf(s, names).isInterpreter());
    java.util.Set<String> aeSpeakers = SpokenCleaner.firstPersonAe(kept);
    List<String> spoken = CrossCorrections.withDenials(kept);
    List<Turn> turns = new ArrayList<>();
    // "fem om morgenen" said once makes a later bare "klokken fem" the same time.
    java.util.Set<Integer> morningHours = new java.util.HashSet<>();
    java.util.Set<Integer> leftOpen = new java.util.HashSet<>();
    for (int k = 0; k < kept.size(); k++) {
      DraftSegment s = kept.get(k);
      Party party = partyOf(s, names);
      if (!SpokenLanguage.isDanish(s.language())) {
        // With an interpreter who speaks next, the interpreter's Danish carries what was said; a
        // passage nobody interpreted is quoted, so that the caseworker sees it was said.
        if (!interpreted || !interpretedNext(kept, k, names)) {
          turns.add(
              new Turn(s.index(), party, s.speaker(), List.of(), s.text().strip(), s.language()));
        }
        continue;
      }
      String said =
          aeSpeakers.contains(s.speaker()) ? SpokenCleaner.aeAsJeg(spoken.get(k)) : spoken.get(k);
      if (TRAILS_OFF.matcher(said).find()) {
        leftOpen.add(s.index());
      }
      String text = Kommunen.rewrite(SpokenCleaner.clean(said), municipality);
      morningHours.addAll(dk.samtalenotat.language.DanishNormaliser.hoursSaidBeforeNoon(text));
      text = Dates.asNoteWrites(text, date, morningHours);
      text = SelfCorrections.resolve(text);
      text = dk.samtalenotat.language.SelfCorrections.resolve(text);
      text = Register.apply(text);
      text = Titles.withName(text, names);
      List<String> sentences = new ArrayList<>();
      for (String sentence : Sentences.split(text)) {
        String tidy = Ages.withYears(SpokenCleaner.tidySentence(sentence));
        if (!tidy.isBlank() && tidy.chars().anyMatch(Character::isLetterOrDigit)) {
          sentences.add(tidy);
        }
      }
      turns.add(new Turn(s.index(), party, s.speaker(), sentences, null, s.language()));
    }
    CrossCorrections.apply(turns);
    SupersededPlans.apply(turns, date);
    linkUnnamedRoles(turns, names);
    int stopCitation =
        kept.isEmpty() ? request.segments().get(0).index() : kept.get(kept.size() - 1).index();
    boolean askedToStop = false;
    if (stopped) {
      for (int i = turns.size() - 1; i >= 0 && i >= turns.size() - 4; i--) {
        Turn t = turns.get(i);
        String all = String.join(" ", t.sentences()).toLowerCase(Locale.ROOT);
        if (t.party().isCitizen() && all.matches(".*\\b(optag\\w*|slukke|stoppe|slå fra)\\b.*")) {
          askedToStop = true;
          stopCitation = t.segment();
          break;
        }
      }
    }
    Perspective.Reference citizen = citizenReference(turns, names);
    Perspective perspective = new Perspective(citizen, names, groupOfYou(turns));
    return new Talk(
        turns,
        stopped,
        stopCitation,
        askedToStop,
        interpreted,
        names,
        perspective,
        date,
        request.type(),
        java.util.Set.copyOf(leftOpen));
  }

  /**
   * A participant registered as "Anden" is the speaker the transcript labels with a role the
   * registration has no word for ("Partner", "Virksomhedskonsulent"): with one of each they are the
   * same; with several, the one who speaks right after the caseworker says the name.
   */
  private static void linkUnnamedRoles(List<Turn> turns, Names names) {
    List<String> unnamed = names.withoutRoleName();
    if (unnamed.isEmpty()) {
      return;
    }
    java.util.Set<Party> labelled = new java.util.LinkedHashSet<>();
    for (Turn t : turns) {
      if (t.party().kind() == Party.Kind.OTHER
          && (t.party().role() == null || t.party().role() == ParticipantRole.ANDEN)) {
        labelled.add(t.party());
      }
    }
    if (unnamed.size() == 1 && labelled.size() == 1) {
      names.link(unnamed.get(0), labelled.iterator().next());
      return;
    }
    for (int i = 0; i + 1 < turns.size(); i++) {
      Turn t = turns.get(i);
      Turn next = turns.get(i + 1);
      if (!t.party().isCaseworker() || !labelled.contains(next.party())) {
        continue;
      }
      String said = String.join(" ", t.sentences());
      for (String name : unnamed) {
        String first = name.split("\\s+")[0];
        if (said.matches(
            "(?s).*(?<![\\p{L}])" + java.util.regex.Pattern.quote(first) + "(?![\\p{L}]).*")) {
          names.link(name, next.party());
        }
      }
    }
  }

  /** What the next meeting of this type is called where the speaker said "samtale" or "møde". */
  String meetingKind() {
    return switch (type) {
      case JOBSAMTALE, JOBSAMTALE_A_KASSE -> "jobsamtale";
      case SYGEOPFOELGNING -> "opfølgningssamtale";
      case FLEKSJOBOPFOELGNING -> "opfølgningsmøde";
      case RUNDBORDSSAMTALE -> "rundbordssamtale";
      default -> null;
    };
  }

  static Party partyOf(DraftSegment s, Names names) {
    if (s.speakerRole() != null) {
      return Party.of(s.speakerRole(), s.speaker());
    }
    if (s.speaker() != null) {
      Party named = names.partyNamed(s.speaker().strip());
      if (named != null) {
        return named;
      }
      return Party.of(null, s.speaker());
    }
    return Party.UNKNOWN;
  }

  /** Whether the interpreter is the next to speak after the foreign segment at {@code k}. */
  private static boolean interpretedNext(List<DraftSegment> segments, int k, Names names) {
    for (int j = k + 1; j < segments.size(); j++) {
      DraftSegment next = segments.get(j);
      if (!SpokenLanguage.isDanish(next.language())
          && partyOf(next, names).equals(partyOf(segments.get(k), names))) {
        continue; // the same speaker still talking in the other language
      }
      return partyOf(next, names).isInterpreter();
    }
    return false;
  }

  /**
   * The citizen's pronoun, from how others in the conversation refer to the citizen: an interpreter
   * reporting ("hun siger, at ..."), or another party speaking of the citizen by name and then by
   * pronoun. Registered names are not used: a first name does not reliably tell. Without such
   * evidence, or with evidence both ways, the note writes "borger".
   */
  private static Perspective.Reference citizenReference(List<Turn> turns, Names names) {
    int she = 0;
    int he = 0;
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      if (t.party().isCitizen() || t.isForeign()) {
        continue;
      }
      for (int k = 0; k < t.sentences().size(); k++) {
        String sentence = t.sentences().get(k);
        if (t.party().isInterpreter()) {
          Matcher m = INTERPRETER_REPORT.matcher(sentence);
          if (m.lookingAt()) {
            if (m.group(1).equalsIgnoreCase("hun")) {
              she++;
            } else {
              he++;
            }
          }
          continue;
        }
        String previous = k > 0 ? t.sentences().get(k - 1) : "";
        if (names.mentionsCitizen(sentence) || names.mentionsCitizen(previous)) {
          String after = afterCitizenName(sentence, names);
          if (after != null) {
            boolean s = SHE.matcher(after).find();
            boolean h = HE.matcher(after).find();
            if (s && !h) {
              she++;
            } else if (h && !s) {
              he++;
            }
          }
        }
      }
    }
    if (she > 0 && he == 0) {
      return new Perspective.Reference("hun", "hende", "hendes");
    }
    if (he > 0 && she == 0) {
      return new Perspective.Reference("han", "ham", "hans");
    }
    return new Perspective.Reference("borger", "borger", "borgers");
  }

  /**
   * The part of a sentence after the citizen's name, or the whole sentence if the name came before.
   */
  private static String afterCitizenName(String sentence, Names names) {
    for (String form : names.citizenForms()) {
      int at = sentence.indexOf(form);
      if (at >= 0) {
        String after = sentence.substring(at + form.length());
        // Another name after the citizen's may be who the pronoun is about.
        return after.matches(".*\\s\\p{Lu}\\p{Ll}+.*") ? null : after;
      }
    }
    return sentence.matches("(?s)^(?:og\\s+|men\\s+)?(?i:han|hun)\\s.*") ? sentence : null;
  }

  /**
   * What the caseworker's plural "I" means: the citizen and the one other party at the citizen's
   * side (a spouse, a parent) who spoke, when there is exactly one.
   */
  private static String groupOfYou(List<Turn> turns) {
    java.util.Set<String> others = new java.util.LinkedHashSet<>();
    for (Turn t : turns) {
      Party p = t.party();
      if (!p.isCaseworker() && !p.isCitizen() && !p.isInterpreter()) {
        others.add(p.group());
      }
    }
    if (others.size() == 1) {
      String group = others.iterator().next();
      if (group.endsWith(" og borger")) {
        return "borger og " + group.substring(0, group.length() - " og borger".length());
      }
    }
    return null;
  }
}
