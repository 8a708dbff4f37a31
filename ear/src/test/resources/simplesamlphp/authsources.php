<?php
// Employees of the OIOSAML 3 professional profile for SimpleSamlPhpIT (exampleauth:UserPass).
// SimpleSamlPhpIdp replaces @PASSWORD@ with a password the test generates; every user has it.

// The OIO basic privilege attribute: base64 of a bpp:PrivilegeList granting a KOMBIT user-system
// role of the application (samtalenotat.saml.role-domain is samtalenotat.dk) for one CVR.
$privileges = function (string $cvr, string $role): string {
    return base64_encode(
        '<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">'
        . '<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:' . $cvr . '">'
        . '<Privilege>http://samtalenotat.dk/roles/usersystemrole/' . $role . '/1</Privilege>'
        . '</PrivilegeGroup></bpp:PrivilegeList>'
    );
};

$employee = function (
    string $uuid,
    string $firstName,
    string $lastName,
    string $cvr,
    string $orgName,
    string $loa,
    string $role
) use ($privileges): array {
    return [
        // Becomes the persistent NameID (saml20-idp-hosted.php), and is then dropped.
        'nameid' => ['https://data.gov.dk/model/core/eid/professional/uuid/' . $uuid],
        'https://data.gov.dk/model/core/specVersion' => ['OIO-SAML-3.0'],
        'https://data.gov.dk/model/core/eid/professional/uuid/persistent' => ['urn:uuid:' . $uuid],
        'https://data.gov.dk/model/core/eid/professional/cvr' => [$cvr],
        'https://data.gov.dk/model/core/eid/professional/orgName' => [$orgName],
        'https://data.gov.dk/concept/core/nsis/loa' => [$loa],
        'https://data.gov.dk/model/core/eid/firstName' => [$firstName],
        'https://data.gov.dk/model/core/eid/lastName' => [$lastName],
        'https://data.gov.dk/model/core/eid/fullName' => [$firstName . ' ' . $lastName],
        'https://data.gov.dk/model/core/eid/email' => [strtolower($firstName) . '@example.dk'],
        'https://data.gov.dk/model/core/eid/privilegesIntermediate' => [$privileges($cvr, $role)],
    ];
};

$config = [
    'admin' => ['core:AdminPassword'],
    'oiosaml3' => [
        'exampleauth:UserPass',
        // A caseworker of a municipality the application serves.
        'sanne:@PASSWORD@' => $employee(
            '6f0c8a52-3b1e-4d7a-9c25-41e8b7d0f913', 'Sanne', 'Simonsen',
            '11111111', 'Testkommune', 'Substantial', 'sagsbehandler'
        ),
        // A caseworker of a municipality the application does not serve.
        'bo:@PASSWORD@' => $employee(
            '2a7d4e19-8c63-4f0b-b5d2-9e1f6a3c7b48', 'Bo', 'Bertelsen',
            '44444444', 'Fjerde Kommune', 'Substantial', 'sagsbehandler'
        ),
        // A caseworker of a served municipality, signed on at NSIS level Low only.
        'lis:@PASSWORD@' => $employee(
            'c4b9e2f7-1d58-4a36-8e0c-7f2a5b9d3e61', 'Lis', 'Lund',
            '11111111', 'Testkommune', 'Low', 'sagsbehandler'
        ),
    ],
];
