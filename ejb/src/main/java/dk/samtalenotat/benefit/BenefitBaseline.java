package dk.samtalenotat.benefit;

import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A team's baseline for the national programme: the minutes a journal note took before
 * Samtalenotat, as the team lead entered it. The documentation time is compared with it.
 */
@Entity
@Table(name = "benefit_baseline")
public class BenefitBaseline {

  /** The fewest minutes per note a team lead may enter. */
  public static final int MIN_MINUTES = 1;

  /** The most: ten hours for one note is beyond any plausible baseline. */
  public static final int MAX_MINUTES = 600;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "team", nullable = false, length = 100)
  private String team;

  @Column(name = "minutes_per_note", nullable = false)
  private int minutesPerNote;

  @Column(name = "changed_by", nullable = false, length = 200)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected BenefitBaseline() {}

  public BenefitBaseline(Tenant tenant, String team, int minutes, String by, Instant at) {
    this.tenant = tenant;
    this.team = team;
    change(minutes, by, at);
  }

  /**
   * @throws BaselineOutOfRangeException outside {@link #MIN_MINUTES}..{@link #MAX_MINUTES}
   */
  public void change(int minutes, String by, Instant at) {
    check(minutes);
    this.minutesPerNote = minutes;
    this.changedBy = by;
    this.changedAt = at;
  }

  /**
   * @throws BaselineOutOfRangeException outside {@link #MIN_MINUTES}..{@link #MAX_MINUTES}
   */
  public static void check(int minutes) {
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw new BaselineOutOfRangeException(minutes);
    }
  }

  public String getTeam() {
    return team;
  }

  public int getMinutesPerNote() {
    return minutesPerNote;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
