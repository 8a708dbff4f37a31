package dk.samtalenotat.devidp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.security.DemoUsers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IdP's directory and the application's demo users describe the same people. */
class DemoDirectoryTest {

  @Test
  void matchesTheApplicationsDemoUsers() {
    assertEquals(DemoUsers.ALL.size(), DemoDirectory.ALL.size());
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      DemoDirectory.Person p = DemoDirectory.find(user.login()).orElseThrow();
      assertEquals(user.userKey(), p.uuid(), user.login());
      assertEquals(user.displayName(), p.name());
      assertEquals(user.team(), p.team());
      assertEquals(user.tenantCvr(), p.cvr());
      assertEquals(user.roles(), Set.of(p.role()));
      assertEquals(DemoUsers.tenantName(user.tenantCvr()), p.orgName());
    }
  }
}
