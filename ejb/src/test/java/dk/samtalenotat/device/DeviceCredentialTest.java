package dk.samtalenotat.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceCredentialTest {

  private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);

  private final Tenant demo = new Tenant("11111111", "Demo Kommune");
  private final Tenant other = new Tenant("22222222", "Anden Kommune");
  private final AppUser mette = new AppUser(demo, "mette", "Mette Sørensen", "Team Job");
  private final AppUser jonas = new AppUser(demo, "jonas", "Jonas Holm", "Team Job");
  private final AppUser admin = new AppUser(demo, "admin", "Anne Vestergaard", null);
  private final AppUser otherAdmin = new AppUser(other, "admin2", "Karen Bech", null);

  {
    mette.caseworker(true);
    jonas.caseworker(true);
  }

  @Test
  void aCaseworkerWhoLostTheRoleLosesTheirDevices() {
    var issued = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    assertTrue(issued.device().accepts(issued.token(), NOW));
    // Her last sign-on no longer gave the caseworker role: she left, or changed job.
    mette.caseworker(false);
    assertFalse(issued.device().accepts(issued.token(), NOW));
    assertEquals(DeviceStatus.ACTIVE, issued.device().status(NOW), "not revoked, just unusable");
    mette.caseworker(true);
    assertTrue(issued.device().accepts(issued.token(), NOW), "back in the role, back in use");
  }

  @Test
  void aDeactivatedOwnersTokenIsRefusedAndReactivationGivesNoDeviceBack() {
    var issued = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    assertTrue(mette.deactivate(NOW, "admin", AppUser.Deactivation.ADMINISTRATOR));
    assertFalse(issued.device().accepts(issued.token(), NOW), "the owner left");
    // Deactivation revokes the devices too; the owner's flag alone already refuses this one.
    issued.device().revoke(admin, NOW);
    assertTrue(mette.reactivate(NOW.plusSeconds(60)));
    assertFalse(issued.device().accepts(issued.token(), NOW.plusSeconds(61)), "still revoked");
    var fresh = DeviceCredential.issue(mette, "Ny diktafon", YEAR, NOW.plusSeconds(120));
    assertTrue(fresh.device().accepts(fresh.token(), NOW.plusSeconds(121)));
  }

  @Test
  void theTokenIsAcceptedUntilItExpires() {
    var issued = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    DeviceCredential d = issued.device();
    assertTrue(d.accepts(issued.token(), NOW));
    assertTrue(d.accepts(issued.token(), NOW.plus(YEAR).minusSeconds(1)));
    assertEquals(NOW.plus(YEAR), d.getExpiresAt());
    assertFalse(d.accepts(issued.token(), NOW.plus(YEAR)), "expired at the instant");
    assertEquals(DeviceStatus.EXPIRED, d.status(NOW.plus(YEAR)));
  }

  @Test
  void onlyTheHashIsKeptAndAnotherTokenIsRefused() {
    var issued = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    var second = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    assertNotEquals(issued.token(), second.token());
    assertFalse(issued.device().accepts(second.token(), NOW));
    assertFalse(issued.device().accepts(null, NOW));
    assertFalse(issued.device().accepts(issued.token() + "x", NOW));
  }

  @Test
  void aRevokedTokenIsRefusedAndTheFirstRevocationStands() {
    var issued = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW);
    DeviceCredential d = issued.device();
    assertTrue(d.revoke(mette, NOW.plusSeconds(60)));
    assertFalse(d.accepts(issued.token(), NOW.plusSeconds(61)));
    assertEquals(DeviceStatus.REVOKED, d.status(NOW.plusSeconds(61)));
    assertFalse(d.revoke(admin, NOW.plusSeconds(120)), "already revoked");
    assertSame(mette, d.getRevokedBy());
    assertEquals(NOW.plusSeconds(60), d.getRevokedAt());
  }

  @Test
  void theOwnerAndTheMunicipalitysAdministratorMayRevokeNobodyElse() {
    DeviceCredential d = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW).device();
    assertTrue(d.revocableBy(mette, false));
    assertFalse(d.revocableBy(jonas, false), "a colleague");
    assertTrue(d.revocableBy(admin, true));
    assertFalse(d.revocableBy(otherAdmin, true), "an administrator of another municipality");
  }

  @Test
  void aDeviceBelongsToItsOwnerOnlyInsideItsMunicipality() {
    // The same user key turning up under another municipality's sign-on: the device stays where
    // it was registered.
    AppUser moved = new AppUser(demo, "ole", "Ole Lund", null);
    moved.caseworker(true);
    var issued = DeviceCredential.issue(moved, "Diktafon", YEAR, NOW);
    assertTrue(issued.device().accepts(issued.token(), NOW));
    var movedTenant = new AppUser(other, "ole", "Ole Lund", null);
    assertFalse(issued.device().ownedBy(movedTenant));
    assertTrue(issued.device().ownedBy(moved));
    assertEquals("11111111", issued.device().getTenant().getCvr());
  }

  @Test
  void aBlankOrOverlongNameIsRefusedAndATrimmedNameKept() {
    var blank =
        assertThrows(
            DeviceNameRejectedException.class,
            () -> DeviceCredential.issue(mette, "   ", YEAR, NOW));
    assertEquals(DeviceNameRejectedException.Reason.BLANK, blank.reason());
    assertThrows(
        DeviceNameRejectedException.class, () -> DeviceCredential.issue(mette, null, YEAR, NOW));
    var longName =
        assertThrows(
            DeviceNameRejectedException.class,
            () -> DeviceCredential.issue(mette, "x".repeat(101), YEAR, NOW));
    assertEquals(DeviceNameRejectedException.Reason.TOO_LONG, longName.reason());
    assertEquals(
        "Mødelokale 2",
        DeviceCredential.issue(mette, " Mødelokale 2 ", YEAR, NOW).device().getName());
  }

  @Test
  void aLifetimeOfNothingIsAConfigurationError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DeviceCredential.issue(mette, "Diktafon", Duration.ZERO, NOW));
  }

  @Test
  void theFirstUseOfADanishDayIsReportedOnce() {
    DeviceCredential d = DeviceCredential.issue(mette, "Diktafon", YEAR, NOW).device();
    assertNull(d.getLastUsedAt());
    assertTrue(d.used(NOW));
    assertFalse(d.used(NOW.plusSeconds(30)));
    assertEquals(NOW, d.getLastUsedAt(), "uses within a minute are not written");
    assertFalse(d.used(NOW.plusSeconds(600)));
    assertEquals(NOW.plusSeconds(600), d.getLastUsedAt());
    // 23:30 UTC on the 29th is 00:30 on the 30th in Copenhagen: a new day.
    assertTrue(d.used(Instant.parse("2026-11-29T23:30:00Z")));
  }
}
