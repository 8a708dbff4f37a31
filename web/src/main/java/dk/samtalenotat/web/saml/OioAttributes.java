package dk.samtalenotat.web.saml;

/** Attribute names of the OIOSAML 3 professional (employee) profile that we read. */
public final class OioAttributes {

  public static final String SPEC_VERSION = "https://data.gov.dk/model/core/specVersion";
  public static final String SPEC_VERSION_VALUE = "OIO-SAML-3.0";
  public static final String NSIS_LOA = "https://data.gov.dk/concept/core/nsis/loa";
  public static final String CVR = "https://data.gov.dk/model/core/eid/professional/cvr";
  public static final String ORG_NAME = "https://data.gov.dk/model/core/eid/professional/orgName";
  public static final String PERSISTENT_UUID =
      "https://data.gov.dk/model/core/eid/professional/uuid/persistent";
  public static final String FIRST_NAME = "https://data.gov.dk/model/core/eid/firstName";
  public static final String LAST_NAME = "https://data.gov.dk/model/core/eid/lastName";
  public static final String FULL_NAME = "https://data.gov.dk/model/core/eid/fullName";
  public static final String EMAIL = "https://data.gov.dk/model/core/eid/email";
  public static final String PRIVILEGES =
      "https://data.gov.dk/model/core/eid/privilegesIntermediate";
  public static final String LEGACY_PRIVILEGES = "dk:gov:saml:attribute:Privileges_intermediate";

  /** Every professional NameID starts with this. */
  public static final String PROFESSIONAL_NAME_ID_PREFIX =
      "https://data.gov.dk/model/core/eid/professional";

  private OioAttributes() {}
}
