<?php
// The identity provider of SimpleSamlPhpIT, as OIOSAML 3 asks: assertions signed with RSA-SHA256
// and encrypted for the SP (with the encryption certificate of its published metadata), signed
// AuthnRequests and logout messages required, signed logout messages sent, the professional UUID as
// persistent NameID, attribute names in the URI NameFormat. idp.key and idp.crt are the key pair
// the test generates.
$metadata['__DYNAMIC:1__'] = [
    'host' => '__DEFAULT__',
    'privatekey' => 'idp.key',
    'certificate' => 'idp.crt',
    'auth' => 'oiosaml3',
    'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    'saml20.sign.assertion' => true,
    'saml20.sign.response' => true,
    'assertion.encryption' => true,
    'validate.authnrequest' => true,
    'validate.logout' => true,
    'sign.logout' => true,
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
    'authproc' => [
        10 => [
            'class' => 'saml:AttributeNameID',
            'attribute' => 'nameid',
            'Format' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
        ],
        20 => ['class' => 'core:PHP', 'code' => 'unset($attributes["nameid"]);'],
    ],
];
