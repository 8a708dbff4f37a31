package dk.samtalenotat.device;

import java.util.Set;

/** Who a valid device token lets in, for one request: its owner, with the caseworker role. */
public record DeviceCaller(String userKey, Set<String> roles) {

  public DeviceCaller {
    roles = Set.copyOf(roles);
  }
}
