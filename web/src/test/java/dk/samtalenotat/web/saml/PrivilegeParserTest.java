package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The basic privilege profile in both namespaces, scope by CVR, and the role mapping. */
class PrivilegeParserTest {

  @Test
  void readsBothNamespacesWithConstraints() throws Exception {
    for (String ns : List.of(PrivilegeParser.NAMESPACE, PrivilegeParser.LEGACY_NAMESPACE)) {
      var privileges = PrivilegeParser.parse(TestIdp.privileges(ns, "11111111", "urn:a", "urn:b"));
      assertEquals(List.of("urn:a", "urn:b"), privileges.stream().map(p -> p.uri()).toList());
      assertEquals(
          List.of(new PrivilegeParser.Constraint("urn:dk:kombit:KLE", "32.*")),
          privileges.get(0).constraints());
      assertEquals(Set.of("urn:a", "urn:b"), PrivilegeParser.forCvr(privileges, "11111111"));
      assertEquals(Set.of(), PrivilegeParser.forCvr(privileges, "22222222"));
    }
  }

  @Test
  void refusesOtherRootsDoctypesAndGarbage() {
    for (String xml :
        List.of(
            "<PrivilegeList/>",
            "<x:PrivilegeList xmlns:x=\"urn:other\"/>",
            "<!DOCTYPE a [<!ENTITY e \"x\">]><bpp:PrivilegeList xmlns:bpp=\""
                + PrivilegeParser.NAMESPACE
                + "\">&e;</bpp:PrivilegeList>",
            "not xml")) {
      assertThrows(SamlFormatException.class, () -> PrivilegeParser.parse(TestIdp.base64(xml)));
    }
    assertThrows(SamlFormatException.class, () -> PrivilegeParser.parse("***"));
    assertThrows(SamlFormatException.class, () -> PrivilegeParser.parse(""));
  }

  @Test
  void mapsKombitUserSystemRolesByDefaultAndConfiguredPrivileges() {
    Map<String, String> cfg =
        Map.of(
            "samtalenotat.saml.role-domain", "kommune.example",
            "samtalenotat.saml.role.compliance", "urn:dk:x:compliance, urn:dk:x:dpo");
    RoleMapper mapper = RoleMapper.fromConfig(k -> Optional.ofNullable(cfg.get(k)));

    assertEquals(
        Set.of(Roles.CASEWORKER),
        mapper.rolesFor(List.of("http://kommune.example/roles/usersystemrole/sagsbehandler/1")));
    assertEquals(Set.of(Roles.COMPLIANCE), mapper.rolesFor(List.of("urn:dk:x:dpo")));
    assertEquals(
        Set.of(),
        mapper.rolesFor(List.of("http://kommune.example/roles/usersystemrole/compliance/1")));
    assertEquals(Set.of(), mapper.rolesFor(List.of("urn:unknown")));
  }
}
