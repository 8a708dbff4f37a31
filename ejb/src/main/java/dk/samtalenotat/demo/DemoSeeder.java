package dk.samtalenotat.demo;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.installation.InstallationLock;
import dk.samtalenotat.installation.InstallationSettings;
import dk.samtalenotat.installation.NodeName;
import dk.samtalenotat.pipeline.PipelineQueue;
import dk.samtalenotat.security.DemoUsers;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.importing.SampleTranscript;
import dk.samtalenotat.transcript.importing.SampleTranscripts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty demo installation: the demo users, and for the first caseworker the Danish sample
 * conversations with their transcripts imported and drafts queued, plus one registered conversation
 * waiting for a transcript, and a year of non-personal history for the benefit figures. Does
 * nothing unless {@code samtalenotat.demo=true}, and nothing once conversations exist (the history
 * only once, ever). Holds the {@link InstallationLock#BOOTSTRAP} lock while it looks and fills, so
 * demo nodes starting at once fill the installation once.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("TenantBootstrap")
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  /** Invented citizens; the numbers pass the format and date checks only. */
  private static final List<String> CITIZENS =
      List.of("0703851234", "1411790987", "2209924321", "0512880456");

  /** The demo switch and the samples (off where a test needs the pipeline to itself). */
  @Inject InstallationSettings installation;

  @Inject UserRegistry users;
  @Inject ConversationRepository conversations;
  @Inject SampleTranscripts samples;
  @Inject PipelineQueue pipeline;
  @Inject DataKeys keys;
  @Inject CprHasher cprHasher;
  @Inject NodeName node;
  @PersistenceContext EntityManager em;

  @PostConstruct
  void seed() {
    if (!installation.demo()) {
      return;
    }
    InstallationLock.take(em, InstallationLock.BOOTSTRAP, node.get());
    AppUser first = null;
    for (DemoUsers.DemoUser u : DemoUsers.ALL) {
      if (users.findTenant(u.tenantCvr()).isEmpty()) {
        // A municipality the installation does not serve (yet): the operator onboards it.
        continue;
      }
      if (users.findUser(u.userKey()).filter(known -> !known.isActive()).isPresent()) {
        // The demo's administrator deactivated this user; that stands across restarts.
        continue;
      }
      AppUser user =
          users.signedOn(
              u.userKey(),
              u.displayName(),
              u.team(),
              u.tenantCvr(),
              DemoUsers.tenantName(u.tenantCvr()),
              u.roles());
      if (first == null) {
        first = user;
      }
    }
    if (first == null || !installation.sampleConversations() || conversations.countAll() > 0) {
      return;
    }
    seedHistory(first);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
    int i = 0;
    for (SampleTranscript sample : samples.list()) {
      Conversation c =
          Conversation.register(
              first.getTenant(),
              first,
              citizen(first, CITIZENS.get(i % CITIZENS.size())),
              "27.12.04-G01-" + (101 + i) + "-26",
              sample.type(),
              ConversationForm.FREMMOEDE,
              LocalDateTime.of(today.minusDays(i + 1L), LocalTime.of(9 + i, 0)));
      c.addParticipant(first.getDisplayName(), ParticipantRole.SAGSBEHANDLER);
      c.addParticipant("Borger", ParticipantRole.BORGER);
      if (sample.type() == ConversationType.JOBSAMTALE_A_KASSE) {
        c.addParticipant("A-kasse", ParticipantRole.A_KASSE);
      }
      conversations.add(c);
      conversations.add(
          new Transcript(
              c,
              Transcript.Source.IMPORT,
              sample.fileName(),
              samples.load(sample),
              keys.create(first.getTenant().getCvr())));
      c.transcribed();
      conversations.flush();
      pipeline.startDrafting(c);
      i++;
    }
    Conversation waiting =
        Conversation.register(
            first.getTenant(),
            first,
            citizen(first, CITIZENS.get(i % CITIZENS.size())),
            null,
            ConversationType.JOBSAMTALE,
            ConversationForm.TELEFON,
            LocalDateTime.of(today, LocalTime.of(8, 30)));
    waiting.addParticipant(first.getDisplayName(), ParticipantRole.SAGSBEHANDLER);
    conversations.add(waiting);
    LOG.info("demo data seeded: " + (i + 1) + " conversations for " + first.getUserKey());
  }

  /**
   * A year of non-personal conversation records and the teams' baselines, so that the benefit page
   * shows every month (see {@link DemoHistory}); only at the demo's first start.
   */
  private void seedHistory(AppUser first) {
    if (conversations.recordExists(-1L)) {
      return;
    }
    java.time.Instant now = java.time.Instant.now();
    List<dk.samtalenotat.conversation.PurgedConversation> history =
        DemoHistory.of(first.getTenant(), now);
    history.forEach(conversations::add);
    conversations.add(
        new dk.samtalenotat.benefit.BenefitBaseline(
            first.getTenant(), DemoHistory.TEAM_JOB, DemoHistory.BASELINE_JOB, "demo", now));
    conversations.add(
        new dk.samtalenotat.benefit.BenefitBaseline(
            first.getTenant(),
            DemoHistory.TEAM_SICKNESS,
            DemoHistory.BASELINE_SICKNESS,
            "demo",
            now));
    LOG.info("demo history seeded: " + history.size() + " conversation records");
  }

  private SealedCpr citizen(AppUser owner, String cpr) {
    return SealedCpr.seal(Cpr.parse(cpr), owner.getTenant().getCvr(), keys, cprHasher);
  }
}
